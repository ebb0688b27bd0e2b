import { afterAll, afterEach, describe, test } from 'vitest'
import { closeBrowser, type Demo, eventually, openDemo, signInByEmail, statusOf } from './demo'

let open: Demo | undefined
afterEach(async () => {
  await open?.close()
  open = undefined
})
afterAll(closeBrowser)

describe('the example in Chromium: passkeys', () => {
  test('Add a passkey, log out, Sign in with a passkey: the default provider with a virtual authenticator', async () => {
    open = await openDemo()
    const { page, demo } = open
    // A platform authenticator that holds discoverable credentials and says yes by itself.
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('WebAuthn.enable')
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    })
    try {
      // Browsers refuse WebAuthn on an IP address: first the page at 127.0.0.1 says where to go instead.
      await eventually(() => statusOf(page)).toBe('Signed out')
      await page.getByRole('button', { name: 'Sign in with a passkey' }).click()
      await page.getByRole('alert').getByText(`open this page at ${demo.passkeyUrl}/`).waitFor()

      await page.goto(demo.passkeyUrl)
      await eventually(() => statusOf(page)).toBe('Signed out')
      await signInByEmail(page, demo)
      await eventually(() => statusOf(page)).toBe('Signed in as ada@example.com')
      await page.getByRole('button', { name: 'Add a passkey' }).click()
      await page.getByRole('list', { name: 'Credentials' }).getByText('Passkey').waitFor()
      await eventually(
        async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials.length,
      ).toBe(1)

      await page.getByRole('button', { name: 'Log out' }).click()
      await eventually(() => statusOf(page)).toBe('Signed out')
      await page.getByRole('button', { name: 'Sign in with a passkey' }).click()
      await eventually(() => statusOf(page)).toBe('Signed in as ada@example.com')
    } finally {
      await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId }).catch(() => {})
      await cdp.detach().catch(() => {})
    }
  })
})
