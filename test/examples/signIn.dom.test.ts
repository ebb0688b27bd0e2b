// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/dom'
import { afterEach, describe, expect, test } from 'vitest'
import { cleanup, renderExample, signInByEmail, statusText } from './helpers'

afterEach(cleanup)

describe('the example: signing in', () => {
  test('renders the first snapshot at once, before anything changes', () => {
    renderExample()
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeTruthy()
    expect(statusText()).toBe('Signed out')
    expect(screen.getByRole('button', { name: 'Send code' })).toBeTruthy()
  })

  test('email: a wrong code is shown on the code form, the right one signs in', async () => {
    const app = renderExample()
    const { user, server } = app
    await user.type(screen.getByLabelText('Email'), 'ada@example.com')
    await user.click(screen.getByRole('button', { name: 'Send code' }))
    expect(await screen.findByRole('heading', { name: 'Check your email' })).toBeTruthy()
    expect(screen.getByText('ada@example.com')).toBeTruthy()
    expect(statusText()).toBe('Waiting for your code')

    const wrong = server.lastCode('ada@example.com') === '000000' ? '111111' : '000000'
    await user.type(screen.getByLabelText('Code'), wrong)
    await user.click(screen.getByRole('button', { name: 'Verify' }))
    expect((await screen.findByRole('alert')).textContent).toMatch(/code is not right/)
    expect(screen.getByLabelText('Code').getAttribute('aria-invalid')).toBe('true')

    await user.clear(screen.getByLabelText('Code'))
    await user.type(screen.getByLabelText('Code'), server.lastCode('ada@example.com'))
    await user.click(screen.getByRole('button', { name: 'Verify' }))
    await waitFor(() => expect(statusText()).toBe('Signed in as ada@example.com'))
    expect(screen.getByRole('heading', { name: /Welcome/ })).toBeTruthy()
  })

  test('a malformed email is shown on the email form', async () => {
    const { user } = renderExample()
    await user.type(screen.getByLabelText('Email'), 'not-an-email')
    await user.click(screen.getByRole('button', { name: 'Send code' }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).not.toBe('')
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeTruthy()
  })

  test('SMS: the "Text message" tab, a phone number, its code', async () => {
    const { user, server } = renderExample()
    await user.click(screen.getByRole('tab', { name: 'Text message' }))
    await user.type(screen.getByLabelText('Phone'), '+14155550123')
    await user.click(screen.getByRole('button', { name: 'Send code' }))
    expect(await screen.findByRole('heading', { name: 'Check your phone' })).toBeTruthy()
    await user.type(screen.getByLabelText('Code'), server.lastCode('+14155550123'))
    await user.click(screen.getByRole('button', { name: 'Verify' }))
    await waitFor(() => expect(statusText()).toBe('Signed in as +14155550123'))
  })

  test('resend: a new code, then a countdown from the rate limit with Resend disabled', async () => {
    const { user } = renderExample()
    await user.type(screen.getByLabelText('Email'), 'ada@example.com')
    await user.click(screen.getByRole('button', { name: 'Send code' }))
    const resend = await screen.findByRole('button', { name: 'Resend code' })
    await user.click(resend)
    await user.click(resend)
    await screen.findByText(/you can ask again in \d+ s/)
    expect((screen.getByRole('button', { name: 'Resend code' }) as HTMLButtonElement).disabled).toBe(true)
  })

  test('cancel goes back to the sign-in form', async () => {
    const { user } = renderExample()
    await user.type(screen.getByLabelText('Email'), 'ada@example.com')
    await user.click(screen.getByRole('button', { name: 'Send code' }))
    await user.click(await screen.findByRole('button', { name: 'Cancel' }))
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy()
    expect(statusText()).toBe('Signed out')
  })

  test('wallet: connect only (still signed out), then sign in with it', async () => {
    const { user } = renderExample()
    await user.click(screen.getByRole('button', { name: 'Connect wallet' }))
    const list = await screen.findByRole('list', { name: 'Connected wallets' })
    expect(within(list).getByText('Connected, not signed in')).toBeTruthy()
    expect(statusText()).toBe('Signed out')
    await user.click(screen.getByRole('button', { name: 'Sign in with wallet' }))
    await waitFor(() => expect(statusText()).toMatch(/^Signed in as 0x/))
    const credentials = screen.getByRole('list', { name: 'Credentials' })
    expect(within(credentials).getByText(/Wallet/)).toBeTruthy()
  })

  test('wallet: sign in with wallet in one go', async () => {
    const { user } = renderExample()
    await user.click(screen.getByRole('button', { name: 'Sign in with wallet' }))
    await waitFor(() => expect(statusText()).toMatch(/^Signed in as 0x/))
  })

  test('keyboard: Tab to the email, type, Enter, then the code and Enter', async () => {
    const app = renderExample()
    const { user, server } = app
    await user.tab() // the brand link
    await user.tab() // the Email tab
    await user.tab() // the email input
    expect(document.activeElement).toBe(screen.getByLabelText('Email'))
    await user.keyboard('ada@example.com{Enter}')
    await screen.findByLabelText('Code')
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Code')))
    await user.keyboard(`${server.lastCode('ada@example.com')}{Enter}`)
    await waitFor(() => expect(statusText()).toBe('Signed in as ada@example.com'))
  })

  test('signInByEmail helper reaches the home screen', async () => {
    const app = renderExample()
    await signInByEmail(app)
    await waitFor(() => expect(statusText()).toBe('Signed in as ada@example.com'))
  })
})
