// @vitest-environment happy-dom
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createSession, memoryStorage, type Session } from 'lanyard'
import { SessionProvider } from 'lanyard/react'
import { createTestAuthServer } from 'lanyard/testing'
import { URI } from 'otpauth'
import { createElement, type FunctionComponent } from 'react'
import { afterEach, expect, test } from 'vitest'
import { codeBlocks, root } from './blocks'

// The React login screen of docs/login-ui.md, exactly as written there (nothing prepended), rendered
// with the real React against the reference backend: a newcomer who copies it gets a screen that signs in.
const block = codeBlocks([join(root, 'docs/login-ui.md')]).find(
  (found) => found.lang === 'tsx' && found.code.includes('export function LoginScreen'),
)
const dir = join(root, 'test/docs/.screen')

type Screen = FunctionComponent<{ fieldLabels?: Record<string, string> }>

/** The screen as docs/login-ui.md's main.tsx mounts it: inside a SessionProvider of `session`. */
async function showLoginScreen(session: Session, fieldLabels?: Record<string, string>) {
  if (!block) throw new Error('docs/login-ui.md lost its React login screen')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'LoginScreen.tsx'), block.code)
  const LoginScreen: Screen = (await import(join(dir, 'LoginScreen.tsx'))).LoginScreen
  render(createElement(SessionProvider, { session }, createElement(LoginScreen, { fieldLabels })))
}

afterEach(cleanup)

test('the React login screen of docs/login-ui.md signs in by email, shows a wrong code, and logs out', async () => {
  const server = createTestAuthServer()
  const session = createSession({ api: server.api, storage: memoryStorage(), crossTab: false })
  const user = userEvent.setup()
  await showLoginScreen(session)

  await user.type(screen.getByLabelText('Email'), 'ada@example.com')
  await user.click(screen.getByRole('button', { name: 'Send a code' }))
  await user.type(await screen.findByLabelText('The code from the email'), '000000')
  await user.click(screen.getByRole('button', { name: 'Verify' }))
  expect((await screen.findByRole('alert')).textContent).toMatch(/code is wrong/i)

  await user.clear(screen.getByLabelText('The code from the email'))
  await user.type(screen.getByLabelText('The code from the email'), server.lastCode('ada@example.com'))
  await user.click(screen.getByRole('button', { name: 'Verify' }))
  await user.click(await screen.findByRole('button', { name: 'Log out ada@example.com' }))
  await waitFor(() => expect(screen.getByLabelText('Email')).toBeTruthy())
  expect(session.getSnapshot().status).toBe('loggedOut')
  session.stop()
})

test('with MFA required, a new user sets up an authenticator from the screen; a later sign-in asks for its code at once', async () => {
  let clock = Date.now()
  const server = createTestAuthServer({ mfa: 'required', now: () => clock })
  const session = createSession({ api: server.api, storage: memoryStorage(), crossTab: false })
  const user = userEvent.setup()
  await showLoginScreen(session)
  const signInByEmail = async () => {
    await user.type(await screen.findByLabelText('Email'), 'grace@example.com')
    await user.click(screen.getByRole('button', { name: 'Send a code' }))
    await user.type(
      await screen.findByLabelText('The code from the email'),
      server.lastCode('grace@example.com'),
    )
    await user.click(screen.getByRole('button', { name: 'Verify' }))
  }

  // First sign-in: a new user, no authenticator yet.
  await signInByEmail()
  await user.click(await screen.findByRole('button', { name: 'Set up authenticator' }))
  const shownUri = (await screen.findByLabelText('otpauth URI')).textContent ?? ''
  const shownSecret = screen.getByLabelText('Secret').textContent ?? ''
  // The user's authenticator app scans the URI and shows a code (RFC 6238, computed here as the app does).
  const authenticator = URI.parse(shownUri)
  expect(shownUri).toContain(`secret=${shownSecret}`)
  await user.type(screen.getByLabelText('Authenticator code'), authenticator.generate({ timestamp: clock }))
  await user.click(screen.getByRole('button', { name: 'Verify' }))
  await user.click(await screen.findByRole('button', { name: 'Log out grace@example.com' }))

  // Later (the next 30-second step): the user has an authenticator, so the screen asks for its code;
  // one who would rather leave logs out from it.
  clock += 31_000
  await signInByEmail()
  await screen.findByLabelText('Authenticator code')
  await user.click(screen.getByRole('button', { name: 'Log out' }))
  await screen.findByLabelText('Email')
  expect(session.getSnapshot()).toMatchObject({ status: 'loggedOut', endReason: 'user-intent' })

  clock += 31_000
  await signInByEmail()
  const codeInput = await screen.findByLabelText('Authenticator code')
  expect(screen.queryByRole('button', { name: 'Set up authenticator' })).toBeNull()
  expect(screen.queryByLabelText('otpauth URI')).toBeNull()
  await user.type(codeInput, authenticator.generate({ timestamp: clock }))
  await user.click(screen.getByRole('button', { name: 'Verify' }))
  await screen.findByRole('button', { name: 'Log out grace@example.com' })
  expect(session.getSnapshot()).toMatchObject({ status: 'loggedIn', pending: [] })
  expect(session.getSnapshot().user?.verifiedCredentials.filter((c) => c.format === 'totp')).toHaveLength(1)
  session.stop()
})

test('with MFA and a required profile field (the dev server as docs/dev-server.md starts it), the screen asks for the field, labelled as the settings name it, after the authenticator and signs in', async () => {
  const server = createTestAuthServer({
    mfa: 'required',
    requiredFields: ['alias'],
    fieldLabels: { alias: 'Display name' },
  })
  const session = createSession({ api: server.api, storage: memoryStorage(), crossTab: false })
  const user = userEvent.setup()
  // As main.tsx does: the labels come from the settings.
  const settings = await server.api.getSettings({ signal: AbortSignal.timeout(5000), token: null })
  await showLoginScreen(session, settings.fieldLabels)

  await user.type(screen.getByLabelText('Email'), 'ada@example.com')
  await user.click(screen.getByRole('button', { name: 'Send a code' }))
  await user.type(await screen.findByLabelText('The code from the email'), server.lastCode('ada@example.com'))
  await user.click(screen.getByRole('button', { name: 'Verify' }))
  await user.click(await screen.findByRole('button', { name: 'Set up authenticator' }))
  await user.type(await screen.findByLabelText('Authenticator code'), server.totpCode('ada@example.com'))
  await user.click(screen.getByRole('button', { name: 'Verify' }))

  // Pending `info`: the missing field by its label, not a disabled email form.
  await user.type(await screen.findByLabelText('Display name'), 'ada')
  expect(screen.queryByLabelText('Email')).toBeNull()
  await user.click(screen.getByRole('button', { name: 'Save' }))
  await screen.findByRole('button', { name: 'Log out ada@example.com' })
  expect(session.getSnapshot()).toMatchObject({ status: 'loggedIn', pending: [] })
  expect(session.getSnapshot().user?.missingFields).toEqual([])
  session.stop()
})

test('an embedded wallet owed on sign-up whose creation fails: the error and a retry that signs in', async () => {
  const server = createTestAuthServer({ embeddedWallets: { createOnSignup: true } })
  server.fail('createEmbeddedWallet', { status: 503 })
  const session = createSession({ api: server.api, storage: memoryStorage(), crossTab: false })
  const user = userEvent.setup()
  await showLoginScreen(session)

  await user.type(screen.getByLabelText('Email'), 'ada@example.com')
  await user.click(screen.getByRole('button', { name: 'Send a code' }))
  await user.type(await screen.findByLabelText('The code from the email'), server.lastCode('ada@example.com'))
  await user.click(screen.getByRole('button', { name: 'Verify' }))
  // The first creation fails (503): the screen says so and offers the retry, no email form.
  const retry = await screen.findByRole('button', { name: 'Create wallet' })
  expect(screen.getByRole('alert').textContent).toMatch(/HTTP 503|failed/i)
  expect(screen.queryByLabelText('Email')).toBeNull()
  await user.click(retry)
  await screen.findByRole('button', { name: 'Log out ada@example.com' })
  expect(session.getSnapshot()).toMatchObject({ status: 'loggedIn', pending: [] })
  expect(
    session.getSnapshot().user?.verifiedCredentials.some((c) => c.walletProvider === 'embeddedWallet'),
  ).toBe(true)
  session.stop()
})
