import { afterAll, afterEach, describe, test } from 'vitest'
import { closeBrowser, type Demo, eventually, openDemo, statusOf } from './demo'

let open: Demo | undefined
afterEach(async () => {
  await open?.close()
  open = undefined
})
afterAll(closeBrowser)

describe('the example in Chromium: external JWT', () => {
  test('Continue with Acme ID: the dev server’s identity system signs a JWT, the backend verifies it', async () => {
    open = await openDemo()
    const { page } = open
    await eventually(() => statusOf(page)).toBe('Signed out')
    await page.getByRole('button', { name: 'Continue with Acme ID' }).click()
    await eventually(() => statusOf(page)).toBe('Signed in as acme.user@example.com')
    await page.getByRole('list', { name: 'Credentials' }).getByText('External account').waitFor()
  })
})
