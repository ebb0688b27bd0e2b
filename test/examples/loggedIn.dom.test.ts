// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/dom'
import { afterEach, describe, expect, test } from 'vitest'
import { cleanup, renderExample, signInByEmail, statusText } from './helpers'

afterEach(cleanup)

const signedIn = async (...args: Parameters<typeof renderExample>) => {
  const app = renderExample(...args)
  await signInByEmail(app)
  await waitFor(() => expect(statusText()).toBe('Signed in as ada@example.com'))
  return app
}

describe('the example: signed in', () => {
  test('shows the user, the credentials and a live "expires in" countdown', async () => {
    await signedIn({ tokenLifetimeSeconds: 3600 })
    expect(screen.getByText('Signed in as', { selector: 'dt' })).toBeTruthy()
    const credentials = within(screen.getByRole('list', { name: 'Credentials' }))
    expect(credentials.getByText('ada@example.com')).toBeTruthy()
    const countdown = screen.getByText(/^\d+:\d\d(:\d\d)?$/)
    expect(countdown.textContent).toMatch(/^(59:5\d|1:00:00)$/)
    const before = countdown.textContent
    await waitFor(() => expect(countdown.textContent).not.toBe(before), { timeout: 2500 })
  })

  test('link a wallet: a second credential, still signed in', async () => {
    const { user } = await signedIn()
    await user.click(screen.getByRole('button', { name: 'Link a wallet' }))
    const credentials = within(screen.getByRole('list', { name: 'Credentials' }))
    expect(await credentials.findByText(/^Wallet/)).toBeTruthy()
    expect(statusText()).toBe('Signed in as ada@example.com')
  })

  test('create wallet while signed in adds an embedded wallet', async () => {
    const { user } = await signedIn()
    await user.click(screen.getByRole('button', { name: 'Create wallet' }))
    const credentials = within(screen.getByRole('list', { name: 'Credentials' }))
    expect(await credentials.findByText('Embedded wallet')).toBeTruthy()
  })

  test('refresh keeps the session; a network failure is shown and keeps it too', async () => {
    const { user, server } = await signedIn()
    await user.click(screen.getByRole('button', { name: 'Refresh' }))
    await waitFor(() =>
      expect((screen.getByRole('button', { name: 'Refresh' }) as HTMLButtonElement).disabled).toBe(false),
    )
    server.fail('refresh', { status: 0 }, 1)
    await user.click(screen.getByRole('button', { name: 'Refresh' }))
    expect((await screen.findByRole('alert')).textContent).toMatch(/Cannot reach the server/)
    expect(statusText()).toBe('Signed in as ada@example.com')
  })

  test('log out: "Signed out" and why', async () => {
    const { user } = await signedIn()
    await user.click(screen.getByRole('button', { name: 'Log out' }))
    expect(await screen.findByText('You signed out.')).toBeTruthy()
    expect(statusText()).toBe('Signed out')
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeTruthy()
    expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe('ada@example.com')
  })

  test('revoked on the server: the next refresh ends it and says so', async () => {
    const { user, server, session } = await signedIn()
    server.revokeSession(session.getSnapshot().sessionId!)
    await user.click(screen.getByRole('button', { name: 'Refresh' }))
    expect(await screen.findByText(/ended on the server/)).toBeTruthy()
    expect(statusText()).toBe('Signed out')
  })

  test('less than a minute left and the renewal failing: a warning that says what to do', async () => {
    const { server } = await signedIn({ tokenLifetimeSeconds: 4 })
    const warning = screen.getByText(/ends in less than a minute/)
    expect(warning.hidden).toBe(true) // a short token alone is no reason to worry: it is renewed
    server.fail('refresh', { status: 503 }, 100)
    // The automatic attempts (from 3 s) fail; with half the margin left the session says so.
    await waitFor(() => expect(warning.hidden).toBe(false), { timeout: 4000 })
    expect(warning.textContent).toMatch(/could not be renewed. Refresh to try again/)
    expect(statusText()).toBe('Signed in as ada@example.com')
  })

  test('a short token is renewed by itself: still signed in after its end', async () => {
    const { session } = await signedIn({ tokenLifetimeSeconds: 2 })
    const first = session.getSnapshot().expiresAt as number
    await waitFor(() => expect(session.getSnapshot().expiresAt).toBeGreaterThan(first), { timeout: 4000 })
    await new Promise((resolve) => setTimeout(resolve, first - Date.now() + 200))
    expect(statusText()).toBe('Signed in as ada@example.com')
  })

  test('a token that runs out (the backend refuses to renew it): "Session expired"', async () => {
    const { server } = await signedIn({ tokenLifetimeSeconds: 2 })
    server.fail('refresh', { status: 503 }, 100)
    await waitFor(() => expect(statusText()).toBe('Session expired'), { timeout: 4000 })
    expect(screen.getByText('Your session expired. Sign in again to continue.')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Send code' })).toBeTruthy()
  })

  test('an async storage shows "Restoring your session…" first', async () => {
    const slow = {
      getItem: () => new Promise<string | null>((resolve) => setTimeout(() => resolve(null), 50)),
      setItem: async () => {},
      removeItem: async () => {},
    }
    renderExample({}, { storage: slow })
    expect(statusText()).toBe('Restoring your session…')
    expect(screen.getByText('Restoring your session…', { selector: 'p.progress-label' })).toBeTruthy()
    await waitFor(() => expect(statusText()).toBe('Signed out'))
  })
})
