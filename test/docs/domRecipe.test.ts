// @vitest-environment happy-dom
import { getByLabelText, getByRole, getByText } from '@testing-library/dom'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { mountLogin } from '../../docs/recipes/dom'
import { tabs } from '../bindings/scenario'
import { freshEmail } from '../session/helpers'

const cleanups: Array<() => void> = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup()
})

describe('docs/recipes/dom.ts', () => {
  test('signs in by email code, shows a wrong code, logs out; another tab’s logout reaches the page', async () => {
    const { server, open, stop } = tabs({})
    cleanups.push(stop)
    const [session, other] = [open(), open()]
    const root = document.createElement('main')
    document.body.append(root)
    const unmount = mountLogin(session, root)
    cleanups.push(() => {
      unmount()
      root.remove()
    })
    const user = userEvent.setup()
    const status = root.querySelector('[data-status]') as HTMLElement
    expect(status.textContent).toBe('visitor')

    const email = freshEmail()
    await user.type(getByLabelText(root, 'Email'), email)
    await user.click(getByText(root, 'Send code'))
    await vi.waitFor(() => expect((root.querySelector('[data-code]') as HTMLFormElement).hidden).toBe(false))
    await user.type(getByLabelText(root, 'Code'), '000000')
    await user.click(getByText(root, 'Verify'))
    await vi.waitFor(() => expect(getByRole(root, 'alert').textContent).not.toBe(''))
    await user.clear(getByLabelText(root, 'Code'))
    await user.type(getByLabelText(root, 'Code'), server.lastCode(email))
    await user.click(getByText(root, 'Verify'))
    await vi.waitFor(() => expect(status.textContent).toBe(`Signed in as ${email}`))
    expect(getByRole(root, 'alert').textContent).toBe('')

    await user.click(getByText(root, 'Log out'))
    await vi.waitFor(() => expect(status.textContent).toBe('loggedOut'))

    // Signed in again; this time another tab logs out.
    await session.email.sendCode(email)
    await session.email.verifyCode(server.lastCode(email))
    expect(status.textContent).toBe(`Signed in as ${email}`)
    await vi.waitFor(() => expect(other.getSnapshot().status).toBe('loggedIn'))
    await other.logout()
    await vi.waitFor(() => expect(status.textContent).toBe('loggedOut'))
    expect(session.getSnapshot().endReason).toBe('other-tab')
  })

  test('the returned function stops the updates', async () => {
    const { open, stop } = tabs({})
    cleanups.push(stop)
    const session = open()
    const root = document.createElement('main')
    const unmount = mountLogin(session, root)
    unmount()
    await session.email.sendCode(freshEmail())
    expect(root.querySelector('[data-status]')?.textContent).toBe('visitor')
  })
})
