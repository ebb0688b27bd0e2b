import { afterAll, afterEach, describe, expect, test } from 'vitest'
import { closeBrowser, type Demo, eventually, openDemo, screenshot, signInByEmail, statusOf } from './demo'

let open: Demo | undefined
afterEach(async () => {
  await open?.close()
  open = undefined
})
afterAll(closeBrowser)

describe('the example in Chromium', () => {
  test('email → MFA → info → embedded wallet → signed in', async () => {
    open = await openDemo({
      mfa: 'required',
      requiredFields: ['alias'],
      embeddedWallets: { createOnSignup: true },
    })
    const { page, demo } = open
    await eventually(() => statusOf(page)).toBe('Signed out')
    await page.getByLabel('Email').fill('ada@example.com')
    await screenshot(page, 'sign-in')
    await signInByEmail(page, demo)

    await page.getByRole('button', { name: 'Set up authenticator' }).click()
    await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor()
    await screenshot(page, 'mfa')
    await page.getByLabel('Authenticator code').fill(demo.backend.totpCode('ada@example.com'))
    await page.getByRole('button', { name: 'Verify' }).click()

    await page.getByLabel('alias').fill('ada')
    await page.getByRole('button', { name: 'Save' }).click()

    await eventually(() => statusOf(page)).toBe('Signed in as ada@example.com')
    const credentials = page.getByRole('list', { name: 'Credentials' })
    await credentials.getByText('Authenticator app').waitFor()
    await credentials.getByText('Embedded wallet').waitFor()
    await page.getByText(/Session expires in \d+:\d\d:\d\d/).waitFor()
    await screenshot(page, 'logged-in')
  })

  test('the keyboard alone signs in, and out', async () => {
    open = await openDemo()
    const { page, demo } = open
    await page.keyboard.press('Tab') // the brand link
    await page.keyboard.press('Tab') // the Email tab
    await page.keyboard.press('Tab') // the email input
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('name') ?? null)
    expect(await focused()).toBe('email')
    await page.keyboard.type('ada@example.com')
    await page.keyboard.press('Enter')
    await eventually(focused).toBe('code')
    await page.keyboard.type(demo.backend.lastCode('ada@example.com'))
    await page.keyboard.press('Enter')
    await eventually(() => statusOf(page)).toBe('Signed in as ada@example.com')

    const logOut = page.getByRole('button', { name: 'Log out' })
    for (let i = 0; i < 12 && !(await logOut.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab')
    }
    await page.keyboard.press('Enter')
    await eventually(() => statusOf(page)).toBe('Signed out')
  })

  test('wallet: connect the demo wallet, then sign in with it', async () => {
    open = await openDemo()
    const { page } = open
    await page.getByRole('button', { name: 'Connect wallet' }).click()
    await page
      .getByRole('list', { name: 'Connected wallets' })
      .getByText('Connected, not signed in')
      .waitFor()
    await page.getByRole('button', { name: 'Sign in with wallet' }).click()
    await eventually(() => statusOf(page)).toMatch(/^Signed in as 0x/)
  })
})
