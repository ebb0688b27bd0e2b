import { exportJWK, generateKeyPair, SignJWT } from 'jose'
import { createTokenVerifier } from 'lanyard/server'
import { createTestPasskey } from 'lanyard/testing'
import { beforeAll, describe, expect, test, vi } from 'vitest'
import { freshEmail, gated, setup, signInByEmail } from '../helpers'

let keys: { privateKey: CryptoKey; jwk: JsonWebKey }
let otherKey: CryptoKey
const external = { issuer: 'https://idp.example.com', audience: 'lanyard-app' }

beforeAll(async () => {
  const pair = await generateKeyPair('ES256')
  keys = {
    privateKey: pair.privateKey,
    jwk: { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256' } as JsonWebKey,
  }
  otherKey = (await generateKeyPair('ES256')).privateKey
})

const thirdParty = (claims: Record<string, unknown> = {}, key = keys.privateKey) =>
  new SignJWT({ email: 'ext@example.com', ...claims })
    .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
    .setSubject(String(claims.sub ?? 'user-1'))
    .setIssuer(String(claims.iss ?? external.issuer))
    .setAudience(String(claims.aud ?? external.audience))
    .setIssuedAt()
    .setExpirationTime((claims.exp as number | undefined) ?? '5m')
    .sign(key)

const withExternal = () => setup({ externalJwt: { jwks: { keys: [keys.jwk] }, ...external } })

describe('external JWT', () => {
  test('a valid third-party JWT signs in with an externalUser credential; the same subject is the same user', async () => {
    const { session, server } = withExternal()
    const snapshot = await session.externalJwt.signIn(await thirdParty())
    expect(snapshot.status).toBe('loggedIn')
    expect(snapshot.user?.verifiedCredentials).toEqual([
      expect.objectContaining({ format: 'externalUser', publicIdentifier: `${external.issuer}|user-1` }),
    ])
    const id = snapshot.user?.id
    await session.logout()
    expect((await session.externalJwt.signIn(await thirdParty())).user?.id).toBe(id)
    expect(server.webhooks.filter((e) => e.type === 'user.session.created')).toHaveLength(2)
  })

  test.each([
    ['wrong issuer', { iss: 'https://evil.example.com' }, undefined, /issuer/],
    ['wrong audience', { aud: 'another-app' }, undefined, /audience/],
    ['expired', { exp: Math.floor(Date.now() / 1000) - 60 }, undefined, /expired/],
    ['wrong signature', {}, 'other', /signature/],
  ])('%s → invalid_token, no session', async (_name, claims, key, message) => {
    const { session, server } = withExternal()
    const jwt = await thirdParty(claims, key ? otherKey : undefined)
    const error = await session.externalJwt.signIn(jwt).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'invalid_token', message })
    expect(String((error as Error).message)).not.toContain(jwt)
    expect(session.getSnapshot()).toMatchObject({ status: 'visitor', error: { code: 'invalid_token' } })
    expect(server.sessions()).toEqual([])
  })

  test('not a JWT → invalid_input; the raw JWT never reaches the machine snapshot', async () => {
    const { session } = withExternal()
    await expect(session.externalJwt.signIn('nope')).rejects.toMatchObject({ code: 'invalid_input' })
    const jwt = await thirdParty()
    const gate = gated(session.actor.getSnapshot().context.deps.api, 'signInWithExternalJwt')
    expect(gate).toBeDefined()
    const pending = session.externalJwt.signIn(jwt)
    expect(JSON.stringify(session.actor.getSnapshot().toJSON())).not.toContain(jwt)
    await pending
  })

  test('cancel: the late answer is revoked', async () => {
    const base = withExternal()
    const slow = gated(base.server.api, 'signInWithExternalJwt')
    const { session, server } = setup({}, { api: slow.api })
    void server
    const pending = session.externalJwt.signIn(await thirdParty())
    expect(session.getSnapshot().step).toBe('externalJwt.verifying')
    session.cancel()
    await expect(pending).rejects.toMatchObject({ code: 'cancelled' })
    slow.release()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(session.getSnapshot().status).toBe('visitor')
    expect(base.server.sessions().every((s) => s.revokedAt !== null)).toBe(true)
  })
})

describe('passkeys', () => {
  test('register while logged in, sign in with it, use it as MFA and for step-up', async () => {
    const { session, server } = setup({ passkeys: { origins: ['http://localhost'] } })
    const email = await signInByEmail(session, server)
    const passkey = createTestPasskey()
    const registered = await session.passkey.register(passkey)
    expect(registered.status).toBe('loggedIn')
    expect(registered.user?.verifiedCredentials.map((c) => c.format)).toEqual(['email', 'passkey'])
    const id = registered.user?.id
    await session.logout()
    const signedIn = await session.passkey.signIn(passkey)
    expect(signedIn).toMatchObject({ status: 'loggedIn', user: { id, email } })
    await session.mfa.stepUp({ scope: 'transfer', passkey: true, provider: passkey })
    expect(session.getSnapshot().elevatedScopes).toEqual(['transfer'])
  })

  test('mfa.verifyPasskey completes a pending MFA', async () => {
    const { session, server } = setup({ mfa: 'required' })
    const email = freshEmail()
    await session.email.sendCode(email)
    await session.email.verifyCode(server.lastCode(email))
    const { secret } = await session.mfa.enrollTotp()
    expect(secret).toBeTruthy()
    await session.mfa.verifyTotp(server.totpCode(email))
    const passkey = createTestPasskey()
    await session.passkey.register(passkey)
    await session.logout()
    await session.email.sendCode(email)
    await session.email.verifyCode(server.lastCode(email))
    expect(session.getSnapshot().step).toBe('mfa')
    const done = await session.mfa.verifyPasskey(passkey)
    expect(done.status).toBe('loggedIn')
    expect(session.hasScope('user:basic')).toBe(true)
  })

  test('a dismissed ceremony rejects cancelled and goes back; an unknown passkey is refused', async () => {
    const { session, server } = setup()
    await expect(session.passkey.signIn(createTestPasskey({ dismiss: true }))).rejects.toMatchObject({
      code: 'cancelled',
    })
    expect(session.getSnapshot()).toMatchObject({ status: 'visitor', error: { code: 'cancelled' } })
    // A passkey this server never registered.
    const stranger = createTestPasskey()
    await stranger.create({ challenge: 'x', rp: { id: 'localhost' }, user: { id: 'u' } } as never)
    await expect(session.passkey.signIn(stranger)).rejects.toMatchObject({ code: 'invalid_code' })
    expect(server.sessions()).toEqual([])
    await expect(session.passkey.signIn({} as never)).rejects.toMatchObject({ code: 'invalid_input' })
    await expect(session.passkey.register(createTestPasskey())).rejects.toMatchObject({
      code: 'invalid_state',
    })
  })

  test('a dismissed registration keeps the session', async () => {
    const { session, server } = setup()
    await signInByEmail(session, server)
    await expect(session.passkey.register(createTestPasskey({ dismiss: true }))).rejects.toMatchObject({
      code: 'cancelled',
    })
    expect(session.getSnapshot()).toMatchObject({ status: 'loggedIn', error: { code: 'cancelled' } })
  })
})

describe('step-up MFA', () => {
  async function loggedInWithTotp(options = {}) {
    const context = setup({ mfa: 'required', ...options })
    const email = freshEmail()
    await context.session.email.sendCode(email)
    await context.session.email.verifyCode(context.server.lastCode(email))
    await context.session.mfa.enrollTotp()
    await context.session.mfa.verifyTotp(context.server.totpCode(email))
    return { ...context, email }
  }

  test('a TOTP code gives a short-lived token for one scope; the session token is untouched', async () => {
    const { session, server, email } = await loggedInWithTotp()
    const token = session.getToken()
    const snapshot = await session.mfa.stepUp({ scope: 'transfer', code: server.totpCode(email) })
    expect(snapshot.elevatedScopes).toEqual(['transfer'])
    expect(session.getToken()).toBe(token)
    const elevated = session.getToken({ scope: 'transfer' }) as string
    expect(elevated).toMatch(/^eyJ/)
    expect(elevated).not.toBe(token)
    expect(session.getToken({ scope: 'other' })).toBeNull()
    const verifier = createTokenVerifier({
      jwks: server.jwks(),
      issuer: server.options.issuer,
      audience: server.options.audience,
      stepUpAction: 'transfer',
    })
    const claims = await verifier.verify(elevated)
    expect((claims.exp as number) - (claims.iat as number)).toBeLessThanOrEqual(300)
    // It proves the action, never the session.
    await expect(
      server.api.refresh({ signal: new AbortController().signal, token: elevated }),
    ).rejects.toMatchObject({ code: 'unauthorized' })
  })

  test('a wrong code keeps the session and gives no token; bad input is refused', async () => {
    const { session, server, email } = await loggedInWithTotp()
    const right = server.totpCode(email)
    const wrong = String((Number(right) + 500_001) % 1_000_000).padStart(6, '0')
    await expect(session.mfa.stepUp({ scope: 'transfer', code: wrong })).rejects.toMatchObject({
      code: 'invalid_code',
    })
    expect(session.getSnapshot()).toMatchObject({ status: 'loggedIn', elevatedScopes: [] })
    await expect(session.mfa.stepUp({ scope: 'bad scope!', code: right })).rejects.toMatchObject({
      code: 'invalid_input',
    })
    await expect(session.mfa.stepUp({ scope: 'user:basic', code: right })).rejects.toMatchObject({
      code: 'invalid_input',
    })
  })

  test('dies with its own lifetime (5 minutes) and with logout', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    try {
      const { session, server, email } = await loggedInWithTotp({ now: () => Date.now() })
      await session.mfa.stepUp({ scope: 'transfer', code: server.totpCode(email) })
      await vi.advanceTimersByTimeAsync(299_000)
      expect(session.getToken({ scope: 'transfer' })).not.toBeNull()
      await vi.advanceTimersByTimeAsync(2_000)
      expect(session.getToken({ scope: 'transfer' })).toBeNull()
      expect(session.getSnapshot().elevatedScopes).toEqual([])
      expect(session.getSnapshot().status).toBe('loggedIn')
      await vi.advanceTimersByTimeAsync(31_000)
      await session.mfa.stepUp({ scope: 'transfer', code: server.totpCode(email) })
      await session.logout()
      expect(session.getToken({ scope: 'transfer' })).toBeNull()
      expect(session.getSnapshot().elevatedScopes).toEqual([])
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('access control at sign-in', () => {
  test('a blocked user and a user not on the allow list get access_denied, no session, no webhook', async () => {
    const blocked = setup({ accessList: { block: ['Eve@Example.com'] } })
    await blocked.session.email.sendCode('eve@example.com')
    await expect(
      blocked.session.email.verifyCode(blocked.server.lastCode('eve@example.com')),
    ).rejects.toMatchObject({ code: 'access_denied' })
    expect(blocked.session.getSnapshot()).toMatchObject({
      status: 'visitor',
      error: { code: 'access_denied' },
    })
    expect(blocked.server.webhooks).toEqual([])
    expect(blocked.server.sessions()).toEqual([])

    const allow = setup({ accessList: { allow: ['ada@example.com'] } })
    await expect(signInByEmail(allow.session, allow.server, 'bob@example.com')).rejects.toMatchObject({
      code: 'access_denied',
    })
    await signInByEmail(allow.session, allow.server, 'ada@example.com')
    expect(allow.session.getSnapshot().status).toBe('loggedIn')
  })

  test('gate scopes land in the token: hasScope and createTokenVerifier see them', async () => {
    const { session, server } = setup({ gates: [{ scope: 'beta', allow: ['ada@example.com'] }] })
    await signInByEmail(session, server, 'ada@example.com')
    expect(session.hasScope('beta')).toBe(true)
    expect(session.hasScope('user:basic')).toBe(true)
    const verifier = createTokenVerifier({
      jwks: server.jwks(),
      issuer: server.options.issuer,
      audience: server.options.audience,
      requiredScope: 'beta',
    })
    await expect(verifier.verify(session.getToken() as string)).resolves.toMatchObject({
      sub: session.getSnapshot().user?.id,
    })
    await session.logout()
    await signInByEmail(session, server, 'bob@example.com')
    expect(session.hasScope('beta')).toBe(false)
  })

  test('the access list applies to every method (social, external JWT)', async () => {
    const { session, server, storage } = setup({ accessList: { block: ['mallory@example.com'] } })
    const { url } = await session.social.start('google', { redirectUri: 'https://app.example.com/cb' })
    const back = await server.authorize(url, { email: 'mallory@example.com' })
    await expect(session.social.complete(back)).rejects.toMatchObject({ code: 'access_denied' })
    expect(storage.getItem('lanyard.oauth')).toBeNull()
    expect(server.webhooks).toEqual([])
  })
})
