import { createSession, isSessionError, memoryStorage, SessionError } from 'lanyard'
import { createTestAuthServer, createTestWallet } from 'lanyard/testing'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { freshEmail, gated, setup, signInByEmail, tick } from '../helpers'

const sessions: Array<{ stop(): void }> = []
afterEach(() => {
  for (const session of sessions.splice(0)) session.stop()
})
function track<T extends { session: { stop(): void } }>(value: T): T {
  sessions.push(value.session)
  return value
}

describe('email one-time code', () => {
  test('signs in: visitor → emailOtp.sending → awaitingCode → loggedIn, with events in order and a record', async () => {
    const { server, session, storage, types } = track(setup())
    const seen: string[] = []
    session.subscribe((snapshot) => seen.push(`${snapshot.status}/${snapshot.step}`))
    expect(session.getSnapshot()).toMatchObject({
      status: 'visitor',
      step: null,
      user: null,
      isAuthenticated: false,
    })

    const email = freshEmail('ada')
    const sent = await session.email.sendCode(email)
    expect(sent).toBe(session.getSnapshot())
    expect(sent.step).toBe('emailOtp.awaitingCode')

    const done = await session.email.verifyCode(server.lastCode(email))
    expect(done).toMatchObject({
      status: 'loggedIn',
      step: null,
      isLoggedIn: true,
      isAuthenticated: true,
      pending: [],
    })
    expect(done.user?.email).toBe(email)
    expect(done.user?.verifiedCredentials.map((credential) => credential.format)).toEqual(['email'])
    expect(done.sessionId).toBe(done.user?.sessionId)
    expect(seen).toEqual([
      'authenticating/emailOtp.sending',
      'authenticating/emailOtp.awaitingCode',
      'authenticating/emailOtp.verifying',
      'loggedIn/null',
    ])
    expect(types().filter((type) => type !== 'change')).toEqual([
      'authenticated',
      'loggedIn',
      'tokenChanged',
      'userChanged',
    ])
    expect(session.hasScope('user:basic')).toBe(true)
    const record = JSON.parse(storage.getItem('lanyard.session') as string)
    expect(record).toMatchObject({ v: 1, token: session.getToken(), expiresAt: done.expiresAt })
    expect(server.webhooks.map((event) => event.type)).toEqual(['user.session.created'])
  })

  test('a wrong code keeps the form with invalid_code; the right one then signs in and clears the error', async () => {
    const { server, session } = track(setup())
    const email = freshEmail()
    await session.email.sendCode(email)
    const wrong = server.lastCode(email) === '000000' ? '111111' : '000000'
    const error = await session.email.verifyCode(wrong).catch((e) => e)
    expect(error).toBeInstanceOf(SessionError)
    expect(error.code).toBe('invalid_code')
    expect(session.getSnapshot()).toMatchObject({ status: 'authenticating', step: 'emailOtp.awaitingCode' })
    expect(session.getSnapshot().error).toBe(error)
    await session.email.verifyCode(server.lastCode(email))
    expect(session.getSnapshot()).toMatchObject({ status: 'loggedIn', error: null })
  })

  test('five wrong attempts burn the code: too_many_attempts, back to visitor', async () => {
    const { server, session } = track(setup())
    const email = freshEmail()
    await session.email.sendCode(email)
    const wrong = server.lastCode(email) === '000000' ? '111111' : '000000'
    const codes: string[] = []
    for (let i = 0; i < 5; i++) codes.push(await session.email.verifyCode(wrong).catch((e) => e.code))
    expect(codes).toEqual([
      'invalid_code',
      'invalid_code',
      'invalid_code',
      'invalid_code',
      'too_many_attempts',
    ])
    expect(session.getSnapshot()).toMatchObject({ status: 'visitor', step: null })
    expect(session.getSnapshot().error?.code).toBe('too_many_attempts')
  })

  test('an expired code gives code_expired; resend is rate limited with retryAfter, then works', async () => {
    let now = Date.now()
    const { server, session } = track(setup({ now: () => now }))
    const email = freshEmail()
    await session.email.sendCode(email)
    await session.email.resendCode()
    const limited = await session.email.resendCode().catch((e) => e)
    expect(limited.code).toBe('rate_limited')
    expect(limited.retryAfter).toBeGreaterThan(0)
    expect(session.getSnapshot().step).toBe('emailOtp.awaitingCode')
    now += 11 * 60_000
    const expired = await session.email.verifyCode(server.lastCode(email)).catch((e) => e)
    expect(expired.code).toBe('code_expired')
    await session.email.resendCode()
    expect(session.getSnapshot().error).toBeNull()
    await session.email.verifyCode(server.lastCode(email))
    expect(session.getSnapshot().status).toBe('loggedIn')
  })

  test('bad input lands in snapshot.error and fires `error`; a wrong state changes nothing', async () => {
    const { session } = track(setup())
    const heard: unknown[] = []
    session.on('error', ({ error }) => heard.push(error))
    const start = session.getSnapshot()
    for (const bad of ['', 'nope', 'a@b', '  ', `${'x'.repeat(300)}@example.com`]) {
      const error = await session.email.sendCode(bad).catch((e: unknown) => e)
      expect(error).toMatchObject({
        code: 'invalid_input',
        message: expect.stringContaining('name@example.com'),
      })
      expect(session.getSnapshot()).toMatchObject({ status: 'visitor', step: null, error })
      expect(heard.at(-1)).toBe(error)
    }
    expect(heard).toHaveLength(5)
    expect({ ...session.getSnapshot(), error: null }).toEqual(start)
    const before = session.getSnapshot()
    await expect(session.email.verifyCode('123456')).rejects.toMatchObject({ code: 'invalid_state' })
    await expect(session.email.resendCode()).rejects.toMatchObject({ code: 'invalid_state' })
    await expect(session.mfa.verifyTotp('123456')).rejects.toMatchObject({ code: 'invalid_state' })
    await expect(session.refresh()).rejects.toMatchObject({ code: 'invalid_state' })
    await expect(session.wallet.link(createTestWallet())).rejects.toMatchObject({ code: 'invalid_state' })
    expect(session.getSnapshot()).toBe(before)
    await session.email.sendCode(freshEmail())
    const waiting = session.getSnapshot()
    for (const bad of ['', '12', 'abc def', '1234567890123']) {
      await expect(session.email.verifyCode(bad)).rejects.toMatchObject({ code: 'invalid_input' })
      expect(session.getSnapshot()).toMatchObject({
        step: 'emailOtp.awaitingCode',
        error: { code: 'invalid_input' },
      })
    }
    expect({ ...session.getSnapshot(), error: null }).toEqual({ ...waiting, error: null })
  })
})

describe('SMS one-time code', () => {
  test('signs in with a phone number; invalid numbers are refused', async () => {
    const { server, session } = track(setup())
    await expect(session.sms.sendCode('12345')).rejects.toMatchObject({ code: 'invalid_input' })
    const phone = `+1415555${String(Math.floor(Math.random() * 9000) + 1000)}`
    await session.sms.sendCode(phone)
    expect(session.getSnapshot().step).toBe('smsOtp.awaitingCode')
    await expect(session.email.verifyCode('123456')).rejects.toMatchObject({ code: 'invalid_state' })
    await session.sms.verifyCode(server.lastCode(phone))
    const { user } = session.getSnapshot()
    expect(user?.verifiedCredentials.map((credential) => credential.format)).toEqual(['phoneNumber'])
  })
})

describe('wallets', () => {
  test('connect-only visitor, then sign in with the first visitor wallet; the other stays connected', async () => {
    const { session, server } = track(setup())
    const first = createTestWallet()
    const second = createTestWallet()
    const account = await session.wallet.connect(first)
    expect(account).toMatchObject({ address: first.address, walletName: first.name })
    await session.wallet.connect(second)
    expect(session.getSnapshot()).toMatchObject({ status: 'visitor', isAuthenticated: false })
    expect(session.getSnapshot().visitorWallets.map((wallet) => wallet.address)).toEqual([
      first.address,
      second.address,
    ])
    expect(server.visits).toHaveLength(2)
    expect(session.getToken()).toBeNull()

    await session.wallet.signIn()
    const snapshot = session.getSnapshot()
    expect(snapshot.status).toBe('loggedIn')
    expect(snapshot.user?.verifiedCredentials[0]).toMatchObject({
      format: 'blockchain',
      address: first.address,
    })
    expect(snapshot.visitorWallets.map((wallet) => wallet.address)).toEqual([second.address])
  })

  test('signIn(connector) signs an EIP-4361 message from a server nonce', async () => {
    const { session } = track(
      setup({ environmentId: 'env-siwe' }, { siwe: { domain: 'app.example', uri: 'https://app.example' } }),
    )
    const messages: string[] = []
    const wallet = createTestWallet()
    const spy = {
      ...wallet,
      name: wallet.name,
      connect: wallet.connect,
      signMessage: (m: string, a: string) => {
        messages.push(m)
        return wallet.signMessage(m, a)
      },
    }
    await session.wallet.signIn(spy)
    expect(session.getSnapshot().status).toBe('loggedIn')
    const [message] = messages as [string]
    expect(message).toMatch(
      /^app\.example wants you to sign in with your Ethereum account:\n0x[0-9a-fA-F]{40}\n/,
    )
    expect(message).toContain('\nURI: https://app.example\n')
    expect(message).toContain('\nRequest ID: env-siwe')
    const issued = Date.parse(/Issued At: (.*)/.exec(message)?.[1] ?? '')
    const expires = Date.parse(/Expiration Time: (.*)/.exec(message)?.[1] ?? '')
    expect(expires - issued).toBe(5 * 60_000)
  })

  test('a rejecting wallet returns to visitor with wallet_rejected', async () => {
    const { session } = track(setup())
    await expect(session.wallet.signIn(createTestWallet({ reject: true }))).rejects.toMatchObject({
      code: 'wallet_rejected',
    })
    expect(session.getSnapshot()).toMatchObject({ status: 'visitor', isAuthenticated: false })
    expect(session.getSnapshot().error?.code).toBe('wallet_rejected')
    await expect(session.wallet.connect({} as never)).rejects.toMatchObject({ code: 'invalid_input' })
    await expect(session.wallet.signIn()).rejects.toMatchObject({ code: 'invalid_input' })
  })

  test('wallet.signIn() with nothing to sign with is invalid_input wherever a sign-in can start', async () => {
    const { server, session } = track(setup())
    const nothingToSign = async (status: string) => {
      const error = await session.wallet.signIn().catch((e: unknown) => e)
      expect(error).toMatchObject({ code: 'invalid_input' })
      expect(session.getSnapshot()).toMatchObject({ status, step: null, error })
    }
    await nothingToSign('visitor')
    await signInByEmail(session, server)
    await session.logout()
    await nothingToSign('loggedOut')
  })

  test('disconnect removes a visitor wallet', async () => {
    const { session } = track(setup())
    const wallet = createTestWallet()
    await session.wallet.connect(wallet)
    await session.wallet.disconnect(wallet.address.toLowerCase())
    expect(session.getSnapshot().visitorWallets).toEqual([])
  })

  test('link keeps loggedIn throughout and replaces the token with the same session', async () => {
    const { server, session } = track(setup())
    await signInByEmail(session, server)
    const before = session.getSnapshot()
    const tokenBefore = session.getToken()
    const statuses: string[] = []
    session.subscribe((snapshot) => statuses.push(snapshot.status))
    const wallet = createTestWallet()
    const after = await session.wallet.link(wallet)
    expect(new Set(statuses)).toEqual(new Set(['loggedIn']))
    expect(after.step).toBeNull()
    expect(session.getToken()).not.toBe(tokenBefore)
    expect(after.sessionId).toBe(before.sessionId)
    expect(after.user?.verifiedCredentials.map((credential) => credential.address).filter(Boolean)).toEqual([
      wallet.address,
    ])
  })
})

describe('pending requirements', () => {
  test('MFA, then information, then the embedded wallet, in that order', async () => {
    const { server, session, events } = track(
      setup({ mfa: 'required', requiredFields: ['alias'], embeddedWallets: { createOnSignup: true } }),
    )
    const email = await signInByEmail(session, server)
    expect(session.getSnapshot()).toMatchObject({
      status: 'pending',
      step: 'mfa',
      pending: ['mfa', 'info', 'wallet'],
    })
    expect(session.hasScope('user:basic')).toBe(false)
    await expect(session.info.submit({ alias: 'ada' })).rejects.toMatchObject({ code: 'invalid_state' })

    const { secret, otpauthUri } = await session.mfa.enrollTotp()
    expect(otpauthUri).toContain(secret)
    await expect(session.mfa.verifyTotp('12')).rejects.toMatchObject({ code: 'invalid_input' })
    const wrong = server.totpCode(email) === '000000' ? '111111' : '000000'
    await expect(session.mfa.verifyTotp(wrong)).rejects.toMatchObject({ code: 'invalid_code' })
    expect(session.getSnapshot()).toMatchObject({ status: 'pending', step: 'mfa' })
    await session.mfa.verifyTotp(server.totpCode(email))
    expect(session.getSnapshot()).toMatchObject({ step: 'info', pending: ['info', 'wallet'] })
    expect(session.hasScope('user:basic')).toBe(true)

    await expect(session.info.submit({ alias: ' ' })).rejects.toMatchObject({ code: 'invalid_input' })
    const loggedIn = new Promise<void>((resolve) => session.on('loggedIn', () => resolve()))
    const afterInfo = await session.info.submit({ alias: 'ada' })
    // An action settles when its own step ends: the embedded wallet owed next is a step of its own,
    // started at once, so submit resolves in it (CHANGELOG: Behaviour worth knowing).
    expect(afterInfo).toMatchObject({ status: 'pending', step: 'wallet.creating', pending: ['wallet'] })
    expect(afterInfo.user?.alias).toBe('ada')
    await loggedIn
    const { user } = session.getSnapshot()
    expect(user?.alias).toBe('ada')
    const embedded = user?.verifiedCredentials.find(
      (credential) => credential.walletProvider === 'embeddedWallet',
    )
    expect(embedded?.address).toMatch(/^0x[0-9a-fA-F]{40}$/)
    const types = events.map((event) => event.type)
    expect(types.indexOf('authenticated')).toBeLessThan(types.indexOf('pending'))
    expect(types.indexOf('walletCreated')).toBeLessThan(types.lastIndexOf('loggedIn'))
    expect(events.find((event) => event.type === 'walletCreated')?.payload).toMatchObject({
      wallet: { address: embedded?.address, walletProvider: 'embeddedWallet' },
    })
  })

  test('a failed embedded wallet waits in wallet.failed and is retried on demand', async () => {
    const { server, session } = track(setup({ embeddedWallets: { createOnSignup: true } }))
    server.fail('createEmbeddedWallet', { status: 503 })
    const email = freshEmail()
    await session.email.sendCode(email)
    await session.email.verifyCode(server.lastCode(email))
    await tick()
    expect(session.getSnapshot()).toMatchObject({
      status: 'pending',
      step: 'wallet.failed',
      pending: ['wallet'],
    })
    expect(session.getSnapshot().error?.code).toBe('server')
    const done = await session.embeddedWallet.create()
    expect(done).toMatchObject({ status: 'loggedIn', error: null })
  })
})

describe('refresh, logout and the server', () => {
  test('refresh replaces the token; a 401 ends the session (session-revoked) before rejecting', async () => {
    const { server, session, storage } = track(setup())
    await signInByEmail(session, server)
    const first = session.getToken()
    await session.refresh()
    expect(session.getToken()).not.toBe(first)
    server.revokeSession(session.getSnapshot().sessionId as string)
    const ended: string[] = []
    session.on('loggedOut', ({ reason }) => ended.push(reason))
    const error = await session.refresh().catch((e) => e)
    expect(error.code).toBe('unauthorized')
    expect(session.getSnapshot()).toMatchObject({
      status: 'loggedOut',
      endReason: 'session-revoked',
      user: null,
    })
    expect(ended).toEqual(['session-revoked'])
    expect(storage.getItem('lanyard.session')).toBeNull()
  })

  test('a network error or a 5xx never ends a valid session', async () => {
    const { server, session } = track(setup())
    await signInByEmail(session, server)
    const errors: string[] = []
    session.on('error', ({ error }) => errors.push(error.code))
    server.fail('refresh', { status: 0 })
    await expect(session.refresh()).rejects.toMatchObject({ code: 'network' })
    server.fail('refresh', { status: 503 })
    await expect(session.refresh()).rejects.toMatchObject({ code: 'server' })
    expect(session.getSnapshot()).toMatchObject({ status: 'loggedIn', isLoggedIn: true })
    expect(errors).toEqual(['network', 'server'])
    await session.refresh()
    expect(session.getSnapshot().error).toBeNull()
  })

  test('concurrent refresh calls share one request', async () => {
    const server = createTestAuthServer()
    const gate = gated(server.api, 'refresh')
    const session = createSession({ api: gate.api, storage: memoryStorage(), crossTab: false })
    sessions.push(session)
    await signInByEmail(session, server)
    const a = session.refresh()
    const b = session.refresh()
    expect(a).toBe(b)
    gate.release()
    await a
    expect(gate.calls()).toBe(1)
  })

  test('a malformed answer gives invalid_token and keeps the previous state', async () => {
    const server = createTestAuthServer()
    let hostile = false
    const api = {
      ...server.api,
      environmentId: server.api.environmentId,
      refresh: async (ctx: Parameters<typeof server.api.refresh>[0]) =>
        hostile ? ({ token: 'not.a.jwt', expiresAt: 1 } as never) : server.api.refresh(ctx),
    }
    const session = createSession({ api, storage: memoryStorage(), crossTab: false })
    sessions.push(session)
    await signInByEmail(session, server)
    const token = session.getToken()
    hostile = true
    await expect(session.refresh()).rejects.toMatchObject({ code: 'invalid_token' })
    expect(session.getSnapshot().status).toBe('loggedIn')
    expect(session.getToken()).toBe(token)
  })

  test('logout clears token, user, visitor wallets and storage, and revokes on the server', async () => {
    const { server, session, storage } = track(setup())
    await signInByEmail(session, server)
    const reasons: string[] = []
    session.on('loggedOut', ({ reason }) => reasons.push(reason))
    const out = await session.logout()
    expect(out).toMatchObject({
      status: 'loggedOut',
      endReason: 'user-intent',
      user: null,
      sessionId: null,
      expiresAt: null,
      isAuthenticated: false,
    })
    expect(session.getToken()).toBeNull()
    expect(storage.getItem('lanyard.session')).toBeNull()
    expect(reasons).toEqual(['user-intent'])
    await vi.waitFor(() =>
      expect(server.webhooks.map((event) => event.type)).toEqual([
        'user.session.created',
        'user.session.revoked',
      ]),
    )
    // A new sign-in from loggedOut works.
    await signInByEmail(session, server)
    expect(session.getSnapshot().status).toBe('loggedIn')
  })

  test('logout resolves even when the server cannot be reached', async () => {
    const { server, session } = track(setup())
    await signInByEmail(session, server)
    server.fail('revoke', { status: 0 })
    await expect(session.logout()).resolves.toMatchObject({ status: 'loggedOut' })
  })
})

describe('cancel and stale responses', () => {
  test('cancel abandons the flow, rejects its promise with cancelled, and the late answer changes nothing', async () => {
    const server = createTestAuthServer()
    const gate = gated(server.api, 'sendEmailCode')
    const session = createSession({ api: gate.api, storage: memoryStorage(), crossTab: false })
    sessions.push(session)
    const pending = session.email.sendCode(freshEmail())
    const changes: unknown[] = []
    session.subscribe((snapshot) => changes.push(snapshot))
    session.cancel()
    await expect(pending).rejects.toMatchObject({ code: 'cancelled' })
    const after = session.getSnapshot()
    expect(after).toMatchObject({ status: 'visitor', step: null, error: null })
    gate.release()
    await tick()
    expect(session.getSnapshot()).toBe(after)
    expect(changes).toHaveLength(1)
    session.cancel() // nothing in progress: nothing happens
    expect(session.getSnapshot()).toBe(after)
  })

  test('a verification answered after logout never brings the session back, and its session is revoked', async () => {
    const server = createTestAuthServer()
    const gate = gated(server.api, 'verifyEmailCode')
    const session = createSession({ api: gate.api, storage: memoryStorage(), crossTab: false })
    sessions.push(session)
    const email = freshEmail()
    await session.email.sendCode(email)
    const verifying = session.email.verifyCode(server.lastCode(email))
    await vi.waitFor(() => expect(gate.calls()).toBe(1)) // the request reached the server
    await session.logout()
    await expect(verifying).rejects.toMatchObject({ code: 'cancelled' })
    gate.release()
    await vi.waitFor(() =>
      expect(server.webhooks.map((event) => event.type)).toEqual([
        'user.session.created',
        'user.session.revoked',
      ]),
    )
    expect(session.getSnapshot()).toMatchObject({ status: 'loggedOut', user: null })
    expect(session.getToken()).toBeNull()
  })

  test('cancel from a flow started after logout returns to loggedOut', async () => {
    const { server, session } = track(setup())
    await signInByEmail(session, server)
    await session.logout()
    await session.email.sendCode(freshEmail())
    session.cancel()
    expect(session.getSnapshot()).toMatchObject({ status: 'loggedOut', endReason: 'user-intent' })
  })
})

describe('snapshot and storage', () => {
  test('a second session on the same storage starts logged in synchronously', async () => {
    const { server, session, storage } = track(setup())
    await signInByEmail(session, server)
    const second = createSession({ api: server.api, storage, crossTab: false })
    sessions.push(second)
    expect(second.getSnapshot()).toMatchObject({
      status: 'loggedIn',
      sessionId: session.getSnapshot().sessionId,
    })
    expect(second.getToken()).toBe(session.getToken())
  })

  test('snapshots are frozen and stable; errors are SessionErrors', async () => {
    const { session } = track(setup())
    const first = session.getSnapshot()
    expect(Object.isFrozen(first)).toBe(true)
    expect(session.getSnapshot()).toBe(first)
    const error = await session.email.verifyCode('1').catch((e) => e)
    expect(isSessionError(error, 'invalid_state')).toBe(true)
    expect(error.message).toMatch(/visitor/)
  })
})
