// What every framework's login screen (examples/login/*) is put through, by a user's eyes and
// hands (Testing Library), against the reference backend as a new user's sign-up meets it: email
// sign-in with a wrong code first, first-time authenticator set-up with a wrong TOTP code first, the
// required profile field by its settings label (the server refusing a first value), the embedded
// wallet created on sign-up (its progress, its failure, the retry), then logout.
import { configure, within } from '@testing-library/dom'
import userEvent from '@testing-library/user-event'
import { type AuthApi, createSession, memoryStorage, type Session } from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
import { expect, vi } from 'vitest'

// findBy*/waitFor: room for a loaded CI machine (the default is 1 s).
configure({ asyncUtilTimeout: 5000 })

type Server = ReturnType<typeof createTestAuthServer>

/** What the scenario drives: the backend, the session over it, and when the first wallet creation may go on. */
export interface Backend {
  server: Server
  session: Session
  /** What the settings call each required field, as an app fetches them for the screen's `fieldLabels`. */
  fieldLabels: Record<string, string>
  /** Lets the first embedded wallet creation (held, so that its progress can be seen) reach the server. */
  releaseWallet: () => void
}

/**
 * A backend that asks for an authenticator, an `alias` (labelled 'Display name') and an embedded
 * wallet on sign-up, whose first creation fails with a 503; and a session over it.
 */
export async function backend(): Promise<Backend> {
  const server = createTestAuthServer({
    mfa: 'required',
    requiredFields: ['alias'],
    fieldLabels: { alias: 'Display name' },
    embeddedWallets: { createOnSignup: true },
  })
  server.fail('createEmbeddedWallet', { status: 503 })
  let releaseWallet = () => {}
  const released = new Promise<void>((resolve) => {
    releaseWallet = resolve
  })
  // The reference backend answers at once; holding the call keeps `wallet.creating` on screen.
  const createEmbeddedWallet: AuthApi['createEmbeddedWallet'] = async (input, ctx) => {
    await released
    return server.api.createEmbeddedWallet(input, ctx)
  }
  const api = { ...server.api, createEmbeddedWallet }
  const session = createSession({ api, storage: memoryStorage(), crossTab: false })
  const settings = await server.api.getSettings({ signal: AbortSignal.timeout(5000), token: null })
  return { server, session, fieldLabels: settings.fieldLabels ?? {}, releaseWallet }
}

/** A container in the document, for a framework to render into. */
export function container(): HTMLElement {
  const element = document.createElement('div')
  document.body.append(element)
  return element
}

/** Signs up through the screen in `root`: email code, authenticator, profile field, wallet retry; logs out; another user leaves while pending. */
export async function signUpThenLogOut(root: HTMLElement, backend: Backend) {
  const { server, session } = backend
  const view = within(root)
  const user = userEvent.setup()
  const email = 'ada@example.com'

  await user.type(await view.findByLabelText('Email'), email)
  await user.click(view.getByRole('button', { name: 'Send a code' }))
  await user.type(await view.findByLabelText('The code from the email'), '000000')
  await user.click(view.getByRole('button', { name: 'Verify' }))
  expect((await view.findByRole('alert')).textContent).toMatch(/code is wrong/i)
  expect(session.getSnapshot()).toMatchObject({ status: 'authenticating', step: 'emailOtp.awaitingCode' })

  await user.clear(view.getByLabelText('The code from the email'))
  await user.type(view.getByLabelText('The code from the email'), server.lastCode(email))
  await user.click(view.getByRole('button', { name: 'Verify' }))

  // First sign-in: no authenticator yet. Setting one up shows its key, then asks for its code.
  await user.click(await view.findByRole('button', { name: 'Set up authenticator' }))
  const key = await view.findByText(/^[A-Z2-7]{16,}$/)
  expect(view.getByRole('link', { name: 'open in the app' }).getAttribute('href')).toMatch(
    new RegExp(`^otpauth://totp/.*secret=${key.textContent}`),
  )
  await user.type(view.getByLabelText('Authenticator code'), '000000')
  await user.click(view.getByRole('button', { name: 'Verify' }))
  expect((await view.findByRole('alert')).textContent).toMatch(/TOTP code is wrong/i)
  expect(session.getSnapshot()).toMatchObject({ status: 'pending', step: 'mfa' })

  await user.clear(view.getByLabelText('Authenticator code'))
  await user.type(view.getByLabelText('Authenticator code'), server.totpCode(email))
  await user.click(view.getByRole('button', { name: 'Verify' }))
  await fillInProfile(root, backend)
  await createWalletAfterAFailure(root, backend)

  await user.click(await view.findByRole('button', { name: `Log out ${email}` }))
  expect(await view.findByLabelText('Email')).toBeTruthy()
  await vi.waitFor(() =>
    expect(session.getSnapshot()).toMatchObject({ status: 'loggedOut', endReason: 'user-intent' }),
  )
  expect(view.queryByRole('alert')).toBeNull()
  await leaveWhilePending(root, backend)
}

/** Another user, signed in but owing an authenticator, leaves from the set-up screen: signed out, the email form back. */
async function leaveWhilePending(root: HTMLElement, { server, session }: Backend) {
  const view = within(root)
  const user = userEvent.setup()
  await user.type(await view.findByLabelText('Email'), 'grace@example.com')
  await user.click(view.getByRole('button', { name: 'Send a code' }))
  await user.type(await view.findByLabelText('The code from the email'), server.lastCode('grace@example.com'))
  await user.click(view.getByRole('button', { name: 'Verify' }))
  await view.findByRole('button', { name: 'Set up authenticator' })
  expect(session.getSnapshot()).toMatchObject({ status: 'pending', step: 'mfa' })
  await user.click(view.getByRole('button', { name: 'Log out' }))
  expect(await view.findByLabelText('Email')).toBeTruthy()
  expect(session.getSnapshot()).toMatchObject({ status: 'loggedOut', endReason: 'user-intent' })
  expect(view.queryByRole('button', { name: 'Log out' })).toBeNull()
}

/** Pending `info`: the required field by its label (not an email form); the server's refusal shown, then a value it takes. */
async function fillInProfile(root: HTMLElement, { server, session }: Backend) {
  const view = within(root)
  const user = userEvent.setup()
  server.fail('updateUser', { status: 400, message: 'The display name "ada" is taken: choose another.' })
  await user.type(await view.findByLabelText('Display name'), 'ada')
  expect(view.queryByLabelText('Email')).toBeNull()
  await user.click(view.getByRole('button', { name: 'Save' }))
  expect((await view.findByRole('alert')).textContent).toMatch(/"ada" is taken/)
  expect(session.getSnapshot()).toMatchObject({
    status: 'pending',
    step: 'info',
    user: { missingFields: ['alias'] },
  })

  await user.clear(view.getByLabelText('Display name'))
  await user.type(view.getByLabelText('Display name'), 'ada lovelace')
  await user.click(view.getByRole('button', { name: 'Save' }))
}

/**
 * Pending `wallet`: its progress while the first creation is held, the server's 503 once it goes
 * on, then the retry, which signs in with the wallet.
 */
async function createWalletAfterAFailure(root: HTMLElement, { session, releaseWallet }: Backend) {
  const view = within(root)
  const user = userEvent.setup()
  expect((await view.findByText('Creating your wallet…')).getAttribute('aria-busy')).toBe('true')
  expect(session.getSnapshot()).toMatchObject({ status: 'pending', step: 'wallet.creating' })
  expect(session.getSnapshot().user?.alias).toBe('ada lovelace')
  releaseWallet()
  const retry = await view.findByRole('button', { name: 'Create wallet' })
  expect(view.getByRole('alert').textContent).toMatch(/createEmbeddedWallet with HTTP 503/)
  expect(session.getSnapshot()).toMatchObject({ status: 'pending', step: 'wallet.failed' })
  await user.click(retry)
  await vi.waitFor(() => expect(session.getSnapshot()).toMatchObject({ status: 'loggedIn', pending: [] }))
  const wallets = session
    .getSnapshot()
    .user?.verifiedCredentials.filter((c) => c.walletProvider === 'embeddedWallet')
  expect(wallets).toHaveLength(1)
}
