import { afterAll, afterEach, describe, expect, test } from 'vitest'
import { closeBrowser, type Demo, eventually, openDemo, statusOf } from './demo'

let open: Demo | undefined
afterEach(async () => {
  await open?.close()
  open = undefined
})
afterAll(closeBrowser)

describe('the example in Chromium: social sign-in', () => {
  test('Continue with GitHub: real redirects to the simulated provider and back, signed in', async () => {
    open = await openDemo()
    const { page, demo } = open
    await eventually(() => statusOf(page)).toBe('Signed out')
    const provider = page.waitForRequest((request) => request.url().includes('/github/authorize'))
    await page.getByRole('button', { name: 'Continue with GitHub' }).click()
    await provider // the browser really went to the provider's authorize URL (its 302 brought it back)

    await eventually(() => statusOf(page)).toBe('Signed in as github.user@example.com')
    expect(new URL(page.url()).search).toBe('') // the code and state are gone from the address bar
    expect(`${new URL(page.url()).origin}`).toBe(demo.url)
    await page.getByRole('list', { name: 'Credentials' }).getByText('Social').waitFor()

    await page.reload() // the stored session restores; nothing is replayed
    await eventually(() => statusOf(page)).toBe('Signed in as github.user@example.com')
    expect(await page.getByRole('alert').count()).toBe(0)
  })
})
