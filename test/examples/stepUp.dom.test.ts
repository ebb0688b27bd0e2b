// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/dom'
import { createTestPasskey } from 'lanyard/testing'
import { afterEach, describe, expect, test } from 'vitest'
import { cleanup, renderExample, signInByEmail, statusText } from './helpers'

afterEach(cleanup)

/** Signed in with an authenticator set up (MFA required at sign-in). */
async function signInWithAuthenticator() {
  const app = renderExample({ mfa: 'required' })
  const { user, server } = app
  await signInByEmail(app)
  await user.click(await screen.findByRole('button', { name: 'Set up authenticator' }))
  await screen.findByRole('img', { name: 'QR code for your authenticator app' })
  await user.type(screen.getByLabelText('Authenticator code'), server.totpCode('ada@example.com'))
  await user.click(screen.getByRole('button', { name: 'Verify' }))
  await waitFor(() => expect(statusText()).toBe('Signed in as ada@example.com'))
  return app
}

describe('the example: step-up MFA', () => {
  test('no authenticator, no step-up: the panel is not offered', async () => {
    const app = renderExample()
    await signInByEmail(app)
    await waitFor(() => expect(statusText()).toBe('Signed in as ada@example.com'))
    expect(screen.queryByRole('button', { name: 'Confirm with authenticator' })).toBeNull()
    expect(screen.queryByRole('group', { name: 'Sensitive actions' })).toBeNull()
  })

  test('with a passkey: Confirm with a passkey elevates "sensitive"', async () => {
    const app = renderExample({}, {}, { passkey: createTestPasskey() })
    const { user, session } = app
    await signInByEmail(app)
    await user.click(await screen.findByRole('button', { name: 'Add a passkey' }))
    const panel = await screen.findByRole('group', { name: 'Sensitive actions' })
    expect(within(panel).queryByRole('button', { name: 'Confirm with authenticator' })).toBeNull()
    await user.click(within(panel).getByRole('button', { name: 'Confirm with a passkey' }))
    await within(panel).findByText(/Confirmed: sensitive/)
    expect(session.getSnapshot().elevatedScopes).toEqual(['sensitive'])
  })

  test('Confirm with authenticator: a wrong code is shown in the panel, the right one elevates "sensitive"', async () => {
    const app = await signInWithAuthenticator()
    const { user, server, session } = app
    const token = session.getToken()
    const panel = screen.getByRole('group', { name: 'Sensitive actions' })
    await user.click(within(panel).getByRole('button', { name: 'Confirm with authenticator' }))
    const code = within(panel).getByLabelText('Authenticator code')
    expect(document.activeElement).toBe(code)

    const right = server.totpCode('ada@example.com')
    await user.type(code, right === '000000' ? '111111' : '000000')
    await user.click(within(panel).getByRole('button', { name: 'Confirm' }))
    expect((await within(panel).findByRole('alert')).textContent).toMatch(/code is not right/)
    expect(screen.getAllByRole('alert')).toHaveLength(1) // shown where it happened, once
    expect(code.getAttribute('aria-invalid')).toBe('true')

    await user.clear(code)
    await user.type(code, right)
    await user.click(within(panel).getByRole('button', { name: 'Confirm' }))
    const badge = await within(panel).findByText(/Confirmed: sensitive · \d:\d\d left/)
    expect(badge).toBeTruthy()
    expect(session.getSnapshot().elevatedScopes).toEqual(['sensitive'])
    expect(session.getToken()).toBe(token) // the session's own token is untouched
    expect(within(panel).queryByRole('alert')).toBeNull()
    expect(within(panel).queryByRole('button', { name: 'Confirm with authenticator' })).toBeNull()
  })

  test('Cancel closes the code form', async () => {
    const { user } = await signInWithAuthenticator()
    const panel = screen.getByRole('group', { name: 'Sensitive actions' })
    await user.click(within(panel).getByRole('button', { name: 'Confirm with authenticator' }))
    await user.click(within(panel).getByRole('button', { name: 'Cancel' }))
    expect(within(panel).getByRole('button', { name: 'Confirm with authenticator' })).toBeTruthy()
    expect(within(panel).queryByRole('button', { name: 'Confirm' })).toBeNull()
  })
})
