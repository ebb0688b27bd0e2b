// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/dom'
import { afterEach, describe, expect, test } from 'vitest'
import { cleanup, renderExample, signInByEmail, statusText } from './helpers'

afterEach(cleanup)

describe('the example: what is still owed after sign-in', () => {
  test('MFA enrolment (QR code, secret), then info, then the embedded wallet', async () => {
    const app = renderExample({
      mfa: 'required',
      requiredFields: ['alias'],
      embeddedWallets: { createOnSignup: true },
    })
    const { user, server } = app
    await signInByEmail(app)

    expect(await screen.findByRole('heading', { name: 'Protect your account' })).toBeTruthy()
    expect(statusText()).toBe('Almost signed in as ada@example.com')
    await user.click(screen.getByRole('button', { name: 'Set up authenticator' }))
    const qr = await screen.findByRole('img', { name: 'QR code for your authenticator app' })
    expect(qr.querySelector('svg')).toBeTruthy()
    const secret = screen.getByLabelText('Secret key').textContent?.replaceAll(' ', '')
    expect(secret).toMatch(/^[A-Z2-7]+=*$/)
    expect(
      screen.getByRole('link', { name: /authenticator app on this device/ }).getAttribute('href'),
    ).toMatch(/^otpauth:\/\/totp\//)

    await user.type(screen.getByLabelText('Authenticator code'), server.totpCode('ada@example.com'))
    await user.click(screen.getByRole('button', { name: 'Verify' }))

    expect(await screen.findByRole('heading', { name: 'Complete your profile' })).toBeTruthy()
    await user.type(screen.getByLabelText('alias'), 'ada')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(statusText()).toBe('Signed in as ada@example.com'))
    expect(screen.getByRole('heading', { name: 'Welcome, ada' })).toBeTruthy()
    const credentials = within(screen.getByRole('list', { name: 'Credentials' }))
    expect(credentials.getByText('Authenticator app')).toBeTruthy()
    expect(credentials.getByText('Embedded wallet')).toBeTruthy()
  })

  test('a wrong authenticator code is shown on the MFA form', async () => {
    const app = renderExample({ mfa: 'required' })
    const { user, server } = app
    await signInByEmail(app)
    await user.click(await screen.findByRole('button', { name: 'Set up authenticator' }))
    await screen.findByRole('img', { name: 'QR code for your authenticator app' })
    const right = server.totpCode('ada@example.com')
    await user.type(
      await screen.findByLabelText('Authenticator code'),
      right === '000000' ? '111111' : '000000',
    )
    await user.click(screen.getByRole('button', { name: 'Verify' }))
    expect((await screen.findByRole('alert')).textContent).toMatch(/code is not right/)
    expect(screen.getByRole('heading', { name: 'Protect your account' })).toBeTruthy()
  })

  test('a returning user with an authenticator gets the code form straight away', async () => {
    const app = renderExample({ mfa: 'required' })
    const { user, server, session } = app
    await signInByEmail(app)
    await user.click(await screen.findByRole('button', { name: 'Set up authenticator' }))
    await screen.findByRole('img', { name: 'QR code for your authenticator app' })
    await user.type(await screen.findByLabelText('Authenticator code'), server.totpCode('ada@example.com'))
    await user.click(screen.getByRole('button', { name: 'Verify' }))
    await waitFor(() => expect(statusText()).toBe('Signed in as ada@example.com'))
    await user.click(screen.getByRole('button', { name: 'Log out' }))
    await screen.findByRole('heading', { name: 'Sign in' })

    await signInByEmail(app)
    expect(await screen.findByRole('heading', { name: 'Enter your authenticator code' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Set up authenticator' })).toBeNull()
    await user.type(screen.getByLabelText('Authenticator code'), server.totpCode('ada@example.com'))
    await user.click(screen.getByRole('button', { name: 'Verify' }))
    await waitFor(() => expect(session.getSnapshot().isLoggedIn).toBe(true))
  })

  test('info: one labelled input per missing field', async () => {
    const app = renderExample({ requiredFields: ['alias', 'firstName'] })
    await signInByEmail(app)
    expect(await screen.findByLabelText('alias')).toBeTruthy()
    expect(screen.getByLabelText('firstName')).toBeTruthy()
    await app.user.type(screen.getByLabelText('alias'), 'ada')
    await app.user.type(screen.getByLabelText('firstName'), 'Ada')
    await app.user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(statusText()).toBe('Signed in as ada@example.com'))
    expect(screen.getByRole('heading', { name: 'Welcome, ada' })).toBeTruthy()
  })

  test('info: a field the settings label is shown by its label, the others by their key', async () => {
    const app = renderExample({
      requiredFields: ['alias', 'firstName'],
      fieldLabels: { firstName: 'First name' },
    })
    await signInByEmail(app)
    expect(await screen.findByLabelText('First name')).toBeTruthy()
    expect(screen.queryByLabelText('firstName')).toBeNull()
    await app.user.type(screen.getByLabelText('alias'), 'ada')
    await app.user.type(screen.getByLabelText('First name'), 'Ada')
    await app.user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(statusText()).toBe('Signed in as ada@example.com'))
    expect(app.session.getSnapshot().user).toMatchObject({ alias: 'ada', firstName: 'Ada' })
  })

  test('embedded wallet: progress while it is created, an error and "Create wallet" when it fails', async () => {
    const app = renderExample({ embeddedWallets: { createOnSignup: true } })
    app.server.fail('createEmbeddedWallet', { status: 503 }, 1)
    await signInByEmail(app)
    expect(await screen.findByRole('heading', { name: 'Your wallet' })).toBeTruthy()
    const retry = await screen.findByRole('button', { name: 'Create wallet' })
    expect(screen.getByRole('alert').textContent).not.toBe('')

    const seen: string[] = []
    app.session.subscribe((s) => seen.push(`${s.status}/${s.step}`))
    await app.user.click(retry)
    await waitFor(() => expect(statusText()).toBe('Signed in as ada@example.com'))
    expect(seen).toContain('pending/wallet.creating')
    expect(
      within(screen.getByRole('list', { name: 'Credentials' })).getByText('Embedded wallet'),
    ).toBeTruthy()
  })

  test('"Creating your wallet…" is on screen while the wallet is created', async () => {
    const app = renderExample({ embeddedWallets: { createOnSignup: true } })
    let release: () => void = () => {}
    const create = app.server.api.createEmbeddedWallet
    app.server.api.createEmbeddedWallet = async (input, ctx) => {
      await new Promise<void>((resolve) => (release = resolve))
      return create(input, ctx)
    }
    await signInByEmail(app)
    expect(await screen.findByText('Creating your wallet…')).toBeTruthy()
    expect(app.root.dataset.step).toBe('wallet.creating')
    release()
    await waitFor(() => expect(statusText()).toBe('Signed in as ada@example.com'))
  })
})
