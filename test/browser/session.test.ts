import { afterAll, afterEach, describe, expect, test } from 'vitest'
import {
  closeBrowser,
  type Demo,
  eventually,
  openDemo,
  renderedStatuses,
  signInByEmail,
  statusOf,
} from './demo'

let open: Demo | undefined
afterEach(async () => {
  await open?.close()
  open = undefined
})
afterAll(closeBrowser)

const signedIn = async (...args: Parameters<typeof openDemo>) => {
  open = await openDemo(...args)
  await signInByEmail(open.page, open.demo)
  await eventually(() => statusOf(open!.page)).toBe('Signed in as ada@example.com')
  return open
}

/** Anything that looks like a JWT (three base64url parts, the first a JSON header). */
const JWT = /eyJ[\w-]+\.[\w-]+\.[\w-]+/

describe('the session in Chromium', () => {
  test('a reload restores the session with no signed-out frame', async () => {
    const { page } = await signedIn()
    await page.reload()
    await eventually(() => statusOf(page)).toBe('Signed in as ada@example.com')
    // The first status the page ever rendered after the reload, recorded from before its first script.
    expect(await renderedStatuses(page)).toEqual(['loggedIn'])
  })

  test('cookie mode: no token in document.cookie or storage, and a reload keeps the session', async () => {
    const { page } = await signedIn({ cookie: true })
    const readable = () =>
      page.evaluate(() => ({
        cookie: document.cookie,
        local: JSON.stringify({ ...localStorage }),
        session: JSON.stringify({ ...sessionStorage }),
      }))
    const before = await readable()
    expect(before.cookie).not.toMatch(JWT)
    expect(before.local).not.toMatch(JWT)
    expect(before.session).not.toMatch(JWT)
    const httpOnly = (await page.context().cookies()).find((cookie) => cookie.name === 'lanyard_session')
    expect(httpOnly?.httpOnly).toBe(true)

    await page.reload()
    await eventually(() => statusOf(page)).toBe('Signed in as ada@example.com')
    // The stored hint renders loggedIn at once; the server then confirms the cookie.
    expect(await renderedStatuses(page)).toEqual(['loggedIn'])
    expect((await readable()).local).not.toMatch(JWT)
  })

  test('two tabs: logging out in one ends the other within a second', async () => {
    const { page, newTab } = await signedIn()
    const other = await newTab()
    await eventually(() => statusOf(other)).toBe('Signed in as ada@example.com')
    await page.getByRole('button', { name: 'Log out' }).click()
    const started = Date.now()
    await expect.poll(() => statusOf(other), { timeout: 1000, interval: 50 }).toBe('Signed out')
    expect(Date.now() - started).toBeLessThan(1000)
    await other.getByText('You signed out in another tab.').waitFor()
  })

  test('a 3-second token renews itself on screen, and expires once the backend is gone', async () => {
    const { page, demo } = await signedIn({ tokenLifetimeSeconds: 3 })
    await page.getByText(/Session expires in 0:0[0-3]/).waitFor()
    await page.waitForTimeout(4000) // past the first token's end
    expect(await statusOf(page)).toBe('Signed in as ada@example.com')
    await demo.stopBackend()
    await eventually(() => statusOf(page)).toBe('Session expired')
    await page.getByText('Your session expired. Sign in again to continue.').waitFor()
  })

  test('the backend stopped mid-session: the session stays and the error is shown', async () => {
    const { page, demo } = await signedIn()
    await demo.stopBackend()
    await page.getByRole('button', { name: 'Refresh' }).click()
    await page
      .getByRole('alert')
      .getByText(/Cannot reach the server/)
      .waitFor()
    expect(await statusOf(page)).toBe('Signed in as ada@example.com')
    await page.getByRole('button', { name: 'Log out' }).waitFor()
  })
})
