// What every framework's login screen (examples/login/*) is put through, by a user's eyes and
// hands (Testing Library): email sign-in with a wrong code first, first-time authenticator set-up
// with a wrong TOTP code first, then logout, against the reference backend with MFA required.
import { configure, within } from '@testing-library/dom'
import userEvent from '@testing-library/user-event'
import { createSession, memoryStorage, type Session } from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
import { expect, vi } from 'vitest'

// findBy*/waitFor: room for a loaded CI machine (the default is 1 s).
configure({ asyncUtilTimeout: 5000 })

/** A backend that asks for an authenticator, and a session over it. */
export function backend() {
  const server = createTestAuthServer({ mfa: 'required' })
  const session = createSession({ api: server.api, storage: memoryStorage(), crossTab: false })
  return { server, session }
}

/** A container in the document, for a framework to render into. */
export function container(): HTMLElement {
  const element = document.createElement('div')
  document.body.append(element)
  return element
}

export async function signInWithMfaThenLogOut(
  root: HTMLElement,
  { server, session }: { server: ReturnType<typeof createTestAuthServer>; session: Session },
) {
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
  await user.click(await view.findByRole('button', { name: `Log out ${email}` }))
  expect(await view.findByLabelText('Email')).toBeTruthy()
  await vi.waitFor(() =>
    expect(session.getSnapshot()).toMatchObject({ status: 'loggedOut', endReason: 'user-intent' }),
  )
  expect(view.queryByRole('alert')).toBeNull()
}
