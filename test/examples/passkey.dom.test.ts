// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/dom'
import { createTestPasskey } from 'lanyard/testing'
import { afterEach, describe, expect, test } from 'vitest'
import { cleanup, renderExample, signInByEmail, statusText } from './helpers'

// The example's passkey buttons with a software authenticator (real P-256 keys, verified by the
// reference backend with @simplewebauthn/server) injected as the WebAuthn provider.
afterEach(cleanup)

type App = ReturnType<typeof renderExample>

async function addPasskey({ user }: App) {
  await user.click(await screen.findByRole('button', { name: 'Add a passkey' }))
  const credentials = screen.getByRole('list', { name: 'Credentials' })
  await waitFor(() => expect(within(credentials).getByText('Passkey')).toBeTruthy())
}

async function logOut({ user }: App) {
  await user.click(screen.getByRole('button', { name: 'Log out' }))
  await screen.findByRole('heading', { name: 'Sign in' })
}

describe('the example: passkeys', () => {
  test('Add a passkey while signed in, then Sign in with a passkey after logging out', async () => {
    const app = renderExample({}, {}, { passkey: createTestPasskey() })
    await signInByEmail(app)
    await waitFor(() => expect(statusText()).toBe('Signed in as ada@example.com'))
    await addPasskey(app)
    expect(statusText()).toBe('Signed in as ada@example.com') // the session continues
    await logOut(app)

    await app.user.click(screen.getByRole('button', { name: 'Sign in with a passkey' }))
    await waitFor(() => expect(statusText()).toBe('Signed in as ada@example.com'))
  })

  test('a passkey the server does not know: the error shows by the passkey button', async () => {
    // A passkey made for another server: this one has no such credential.
    const passkey = createTestPasskey()
    const elsewhere = renderExample({}, {}, { passkey })
    await signInByEmail(elsewhere)
    await addPasskey(elsewhere)
    cleanup()
    const fresh = renderExample({}, {}, { passkey })
    await fresh.user.click(screen.getByRole('button', { name: 'Sign in with a passkey' }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).not.toBe('')
    expect(alert.closest('.methods')).toBeTruthy()
    expect(statusText()).toBe('Signed out')
  })

  test('dismissing the passkey prompt goes back quietly: no error, still signed out', async () => {
    const app = renderExample({}, {}, { passkey: createTestPasskey({ dismiss: true }) })
    await app.user.click(screen.getByRole('button', { name: 'Sign in with a passkey' }))
    await waitFor(() => expect(statusText()).toBe('Signed out'))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(
      (screen.getByRole('button', { name: 'Sign in with a passkey' }) as HTMLButtonElement).disabled,
    ).toBe(false)
  })

  test('MFA: "Use a passkey instead" appears once the user has a passkey, and completes the sign-in', async () => {
    const app = renderExample({ mfa: 'required' }, {}, { passkey: createTestPasskey() })
    const { user, server } = app
    await signInByEmail(app)
    await user.click(await screen.findByRole('button', { name: 'Set up authenticator' }))
    await screen.findByRole('img', { name: 'QR code for your authenticator app' })
    expect(screen.queryByRole('button', { name: 'Use a passkey instead' })).toBeNull()
    await user.type(await screen.findByLabelText('Authenticator code'), server.totpCode('ada@example.com'))
    await user.click(screen.getByRole('button', { name: 'Verify' }))
    await waitFor(() => expect(statusText()).toBe('Signed in as ada@example.com'))
    await addPasskey(app)
    await logOut(app)

    await signInByEmail(app)
    await screen.findByRole('heading', { name: 'Enter your authenticator code' })
    await user.click(screen.getByRole('button', { name: 'Use a passkey instead' }))
    await waitFor(() => expect(statusText()).toBe('Signed in as ada@example.com'))
  })
})
