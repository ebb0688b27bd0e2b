import { setTimeout as sleep } from 'node:timers/promises'
import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose'
import { createTestAuthServer, createTestWallet } from 'lanyard/testing'
import { describe, expect, it, vi } from 'vitest'
import { SessionError } from '../../src/errors'
import { ctx, emailSignIn, START, setup, walletProof } from './helpers'

describe('issued JWTs', () => {
  it('are RS256 with a kid from the JWKS, and carry Dynamic-shaped claims', async () => {
    const { server } = setup()
    const result = await emailSignIn(server)
    const token = result.token as string
    const header = decodeProtectedHeader(token)
    expect(header.alg).toBe('RS256')
    expect(server.jwks().keys.map((key) => key.kid)).toEqual([header.kid])
    expect(server.jwks().keys[0]).not.toHaveProperty('d') // public only
    const { payload } = await jwtVerify(token, createLocalJWKSet(server.jwks()), {
      issuer: 'https://lanyard.test/test-env',
      audience: 'lanyard',
      currentDate: new Date(START),
    })
    const iat = Math.floor(START / 1000)
    expect(payload).toEqual({
      sub: result.user?.id,
      sid: result.user?.sessionId,
      jti: expect.any(String),
      environment_id: 'test-env',
      scope: 'user:basic',
      email: 'ada@example.com',
      verified_credentials: [
        {
          id: expect.any(String),
          format: 'email',
          email: 'ada@example.com',
          public_identifier: 'ada@example.com',
        },
      ],
      missing_fields: [],
      new_user: true,
      iat,
      exp: iat + 7200,
      iss: 'https://lanyard.test/test-env',
      aud: 'lanyard',
    })
    expect(result.expiresAt).toBe(iat + 7200)
    expect(result.serverNow).toBe(START)
  })

  it('honours environmentId, issuer, audience and tokenLifetimeSeconds', async () => {
    const server = createTestAuthServer({
      environmentId: 'prod-1',
      issuer: 'https://auth.example',
      audience: 'my-app',
      tokenLifetimeSeconds: 2_592_000,
    })
    expect(server.environmentId).toBe('prod-1')
    expect(server.api.environmentId).toBe('prod-1')
    expect(server.options).toMatchObject({ apiKey: undefined, cookie: false, mfa: 'off' })
    const claims = decodeJwt((await emailSignIn(server)).token as string)
    expect(claims).toMatchObject({ environment_id: 'prod-1', iss: 'https://auth.example', aud: 'my-app' })
    expect((claims.exp as number) - (claims.iat as number)).toBe(2_592_000)
  })

  it('refuses lifetimes above 30 days and other bad options', () => {
    expect(() => createTestAuthServer({ tokenLifetimeSeconds: 2_592_001 })).toThrow(/30 days/)
    expect(() => createTestAuthServer({ tokenLifetimeSeconds: 0 })).toThrow(RangeError)
    expect(() => createTestAuthServer({ environmentId: 'a/b' })).toThrow(/environmentId/)
    expect(() => createTestAuthServer({ mfa: 'sometimes' as 'off' })).toThrow(/mfa/)
  })

  it('gives every token a unique jti', async () => {
    const { server } = setup()
    const first = await emailSignIn(server)
    const refreshed = await server.api.refresh(ctx(first.token))
    const second = await emailSignIn(server)
    const jtis = [first, refreshed, second].map((r) => decodeJwt(r.token as string).jti)
    expect(new Set(jtis).size).toBe(3)
  })

  it('keeps verifying old tokens after rotateKey, and signs new ones with the new kid', async () => {
    const { server } = setup()
    const before = await emailSignIn(server)
    const oldKid = decodeProtectedHeader(before.token as string).kid
    const newKid = server.rotateKey()
    expect(newKid).not.toBe(oldKid)
    expect(server.jwks().keys.map((key) => key.kid)).toEqual([newKid, oldKid])
    const after = await server.api.refresh(ctx(before.token))
    expect(decodeProtectedHeader(after.token as string).kid).toBe(newKid)
    const jwks = createLocalJWKSet(server.jwks())
    const sid = decodeJwt(before.token as string).sid
    for (const [token, kid] of [
      [before.token, oldKid],
      [after.token, newKid],
    ]) {
      await expect(jwtVerify(token as string, jwks, { currentDate: new Date(START) })).resolves.toMatchObject(
        {
          protectedHeader: { alg: 'RS256', kid },
          payload: { sid, sub: before.user?.id },
        },
      )
    }
  })
})

describe('token checks of server.api', () => {
  it('401s a missing, forged or foreign token', async () => {
    const { server } = setup()
    const mine = (await emailSignIn(server)).token as string
    const other = setup()
    const foreign = (await emailSignIn(other.server)).token as string
    const [h, p] = mine.split('.')
    const unsigned = `${h}.${p}.`
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...decodeJwt(mine), sub: 'someone' })).toString('base64url')}.${mine.split('.')[2]}`
    for (const token of [null, '', 'garbage', unsigned, tampered, foreign]) {
      const error = await server.api.refresh(ctx(token)).catch((e) => e)
      expect(error).toBeInstanceOf(SessionError)
      expect(error).toMatchObject({ code: 'unauthorized', status: 401 })
      // Never echo the token.
      if (token) expect(error.message).not.toContain(token)
    }
  })

  it('401s an expired token, judged by now()', async () => {
    const { server, advance } = setup({ tokenLifetimeSeconds: 60 })
    const { token } = await emailSignIn(server)
    advance(59_000)
    const refreshed = await server.api.refresh(ctx(token))
    expect(refreshed).toMatchObject({ token: expect.any(String), expiresAt: START / 1000 + 59 + 60 })
    expect(decodeJwt(refreshed.token as string)).toMatchObject({ sid: decodeJwt(token as string).sid })
    const { server: s2, advance: a2 } = setup({ tokenLifetimeSeconds: 60 })
    const r2 = await emailSignIn(s2)
    a2(60_000)
    await expect(s2.api.refresh(ctx(r2.token))).rejects.toMatchObject({ code: 'unauthorized' })
  })

  it('refresh issues a fresh lifetime with the same sid, and extends the session', async () => {
    const { server, advance } = setup()
    const first = await emailSignIn(server)
    advance(3_600_000)
    const next = await server.api.refresh(ctx(first.token))
    const a = decodeJwt(first.token as string)
    const b = decodeJwt(next.token as string)
    expect(b.sid).toBe(a.sid)
    expect(b.exp).toBe((a.exp as number) + 3600)
    expect(next.expiresAt).toBe(b.exp)
    expect(server.sessions()[0]?.expiresAt).toBe(new Date((b.exp as number) * 1000).toISOString())
  })
})

describe('revocation and webhooks', () => {
  it('revoke ends the session and records user.session.revoked', async () => {
    const { server, advance } = setup()
    const { token, user } = await emailSignIn(server)
    advance(1000)
    await expect(server.api.revoke({ reason: 'logout' }, ctx(token))).resolves.toBeUndefined()
    await expect(server.api.refresh(ctx(token))).rejects.toMatchObject({ code: 'unauthorized', status: 401 })
    expect(server.webhooks).toEqual([
      {
        type: 'user.session.created',
        payload: {
          id: user?.sessionId,
          userId: user?.id,
          environmentId: 'test-env',
          createdAt: new Date(START).toISOString(),
          expiresAt: new Date(START + 7_200_000).toISOString(),
          revokedAt: null,
        },
      },
      {
        type: 'user.session.revoked',
        payload: expect.objectContaining({
          id: user?.sessionId,
          revokedAt: new Date(START + 1000).toISOString(),
        }),
      },
    ])
  })

  it('revokeSession, revokeUser and revokeAll end sessions with one admin webhook each', async () => {
    const { server } = setup()
    const a1 = await emailSignIn(server, 'a@example.com')
    const a2 = await emailSignIn(server, 'a@example.com')
    const b = await emailSignIn(server, 'b@example.com')
    const c = await emailSignIn(server, 'c@example.com')
    const admin = () => server.webhooks.filter((event) => event.type === 'admin.user.session.revoked')

    expect(server.revokeSession(c.user?.sessionId as string)).toBe(true)
    expect(server.revokeSession(c.user?.sessionId as string)).toBe(false)
    expect(server.revokeSession('unknown')).toBe(false)
    expect(admin().map((event) => event.payload.id)).toEqual([c.user?.sessionId])

    expect(server.revokeUser(a1.user?.id as string)).toBe(2)
    expect(admin().map((event) => event.payload.id)).toEqual([
      c.user?.sessionId,
      a1.user?.sessionId,
      a2.user?.sessionId,
    ])
    await expect(server.api.refresh(ctx(a1.token))).rejects.toMatchObject({ code: 'unauthorized' })
    await expect(server.api.refresh(ctx(b.token))).resolves.toMatchObject({
      token: expect.any(String),
      user: { id: b.user?.id, sessionId: b.user?.sessionId },
    })

    expect(server.revokeAll()).toBe(1)
    expect(admin()).toHaveLength(4)
    expect(admin().every((event) => event.payload.revokedAt !== null)).toBe(true)
    await expect(server.api.refresh(ctx(b.token))).rejects.toMatchObject({ code: 'unauthorized' })
    expect(server.revokeAll()).toBe(0)
  })

  it('also POSTs events, signed with HMAC-SHA256, when webhookUrl is set', async () => {
    const { createServer } = await import('node:http')
    const { createHmac } = await import('node:crypto')
    const received: Array<{ body: string; signature: string }> = []
    let done: () => void = () => {}
    const arrived = new Promise<void>((resolve) => {
      done = resolve
    })
    const http = createServer((req, res) => {
      let body = ''
      req.on('data', (chunk) => {
        body += chunk
      })
      req.on('end', () => {
        received.push({ body, signature: String(req.headers['x-lanyard-signature']) })
        res.end()
        done()
      })
    })
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
    const { port } = http.address() as { port: number }
    try {
      const { server } = setup({ webhookUrl: `http://127.0.0.1:${port}/hook`, webhookSecret: 's3cret' })
      await emailSignIn(server)
      await arrived
      const [event] = received
      expect(JSON.parse(event?.body as string)).toEqual(server.webhooks[0])
      const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(event?.signature as string)
      expect(match?.[1]).toBe(String(Math.floor(START / 1000)))
      expect(match?.[2]).toBe(
        createHmac('sha256', 's3cret').update(`${match?.[1]}.${event?.body}`).digest('hex'),
      )
    } finally {
      await new Promise((resolve) => http.close(resolve))
    }
  })

  it('swallows webhook delivery failures', async () => {
    const { server } = setup({ webhookUrl: 'http://127.0.0.1:1/unreachable' })
    await expect(emailSignIn(server)).resolves.toMatchObject({ token: expect.any(String) })
  })

  it('drops a delivery after 10 s when the receiver never answers, without holding up the sign-in', async () => {
    const { createServer } = await import('node:http')
    let requests = 0
    let dropped = false
    // Reads the request, never answers: only the sender can end the exchange.
    const http = createServer((req) => {
      requests++
      req.resume()
      req.socket.on('close', () => {
        dropped = true
      })
    })
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
    const { port } = http.address() as { port: number }
    // Polls in real time (node:timers/promises is not faked; vi.waitFor would advance the fake clock).
    const until = async (done: () => boolean) => {
      for (let waited = 0; !done(); waited += 10) {
        if (waited > 2000) throw new Error('timed out waiting')
        await sleep(10)
      }
    }
    try {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
      const { server } = setup({ webhookUrl: `http://127.0.0.1:${port}/hook` })
      await expect(emailSignIn(server)).resolves.toMatchObject({ token: expect.any(String) })
      await until(() => requests === 1)
      vi.advanceTimersByTime(9_999)
      await sleep(100)
      expect(dropped).toBe(false)
      vi.advanceTimersByTime(1)
      // The receiver sees its connection end: the sender gave up (and swallows the failure).
      await until(() => dropped)
    } finally {
      vi.useRealTimers()
      http.closeAllConnections()
      await new Promise((resolve) => http.close(resolve))
    }
  })
})

describe('fault injection and cancellation', () => {
  it('fails the next calls of an operation with the given status, then recovers', async () => {
    const { server } = setup()
    server.fail('sendEmailCode', { status: 503 }, 2)
    for (let i = 0; i < 2; i++) {
      await expect(server.api.sendEmailCode({ email: 'a@example.com' }, ctx())).rejects.toMatchObject({
        code: 'server',
        status: 503,
      })
    }
    await expect(server.api.sendEmailCode({ email: 'a@example.com' }, ctx())).resolves.toEqual({
      verificationId: expect.any(String),
    })
  })

  it('maps statuses to codes, or uses the given code', async () => {
    const { server } = setup()
    const { token } = await emailSignIn(server)
    server.fail('refresh', { status: 401 })
    server.fail('refresh', { status: 429, retryAfter: 7 })
    server.fail('refresh', { status: 400 })
    server.fail('refresh', { status: 422, code: 'invalid_code', message: 'nope' })
    await expect(server.api.refresh(ctx(token))).rejects.toMatchObject({ code: 'unauthorized', status: 401 })
    await expect(server.api.refresh(ctx(token))).rejects.toMatchObject({
      code: 'rate_limited',
      retryAfter: 7,
    })
    await expect(server.api.refresh(ctx(token))).rejects.toMatchObject({ code: 'invalid_input', status: 400 })
    await expect(server.api.refresh(ctx(token))).rejects.toMatchObject({
      code: 'invalid_code',
      message: 'nope',
    })
    await expect(server.api.refresh(ctx(token))).resolves.toMatchObject({
      token: expect.any(String),
      user: { sessionId: decodeJwt(token as string).sid },
    })
  })

  it('status 0 is a network failure: a plain TypeError', async () => {
    const { server } = setup()
    server.fail('getNonce', { status: 0 })
    const error = await server.api.getNonce(ctx()).catch((e) => e)
    expect(error).toBeInstanceOf(TypeError)
    expect(error).not.toBeInstanceOf(SessionError)
    expect(error.message).toBe('fetch failed')
  })

  it('refuses unknown operations', () => {
    const { server } = setup()
    expect(() => server.fail('nope' as 'refresh', { status: 500 })).toThrow(/unknown operation/)
  })

  it('rejects with cancelled when the signal is already aborted, without side effects', async () => {
    const { server } = setup()
    const controller = new AbortController()
    controller.abort()
    await expect(
      server.api.sendEmailCode({ email: 'a@example.com' }, ctx(null, controller.signal)),
    ).rejects.toMatchObject({ code: 'cancelled' })
    expect(() => server.lastCode('a@example.com')).toThrow()
  })

  it('rejects with cancelled when aborted while the call runs', async () => {
    const { server } = setup()
    const { verificationId } = await server.api.sendEmailCode({ email: 'a@example.com' }, ctx())
    const controller = new AbortController()
    const pending = server.api.verifyEmailCode(
      { verificationId, code: server.lastCode('a@example.com') },
      ctx(null, controller.signal),
    )
    controller.abort()
    await expect(pending).rejects.toMatchObject({ code: 'cancelled' })
  })
})

describe('settings, profile, embedded wallets', () => {
  it('serves settings', async () => {
    const { server } = setup({ requiredFields: ['alias'], embeddedWallets: { createOnSignup: true } })
    await expect(server.api.getSettings(ctx())).resolves.toEqual({
      embeddedWallets: { createOnSignup: true },
      requiredFields: ['alias'],
      fieldLabels: {},
    })
  })

  it('reports missing fields in every token until updateUser fills them', async () => {
    const { server } = setup({ requiredFields: ['alias', 'firstName', 'email'] })
    const wallet = createTestWallet()
    const signedIn = await server.api.signInWithWallet(await walletProof(server, wallet), ctx())
    expect(decodeJwt(signedIn.token as string).missing_fields).toEqual(['alias', 'firstName', 'email'])
    expect(signedIn.user?.missingFields).toEqual(['alias', 'firstName', 'email'])

    await expect(
      server.api.updateUser({ fields: { alias: '  ' } }, ctx(signedIn.token)),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('"alias" is required'),
    })
    await expect(
      server.api.updateUser({ fields: { email: 'not-an-email' } }, ctx(signedIn.token)),
    ).rejects.toMatchObject({ code: 'invalid_input' })
    await expect(
      server.api.updateUser({ fields: { shoeSize: '42' } }, ctx(signedIn.token)),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('Unknown profile field'),
    })
    await expect(server.api.updateUser({ fields: { alias: 'ada' } }, ctx(null))).rejects.toMatchObject({
      code: 'unauthorized',
    })

    const partial = await server.api.updateUser(
      { fields: { alias: 'ada', firstName: 'Ada' } },
      ctx(signedIn.token),
    )
    expect(decodeJwt(partial.token as string)).toMatchObject({
      missing_fields: ['email'],
      alias: 'ada',
      first_name: 'Ada',
      sid: decodeJwt(signedIn.token as string).sid,
    })
    const done = await server.api.updateUser({ fields: { email: 'Ada@Example.com' } }, ctx(partial.token))
    expect(done.user).toMatchObject({ missingFields: [], alias: 'ada', firstName: 'Ada' })
    // A typed address fills the field but proves nothing: it is no `email` of the user or the token.
    expect(done.user?.email).toBeUndefined()
    expect(decodeJwt(done.token as string).email).toBeUndefined()
  })

  it('creates an embedded wallet credential and a new token', async () => {
    const { server } = setup({ embeddedWallets: { createOnSignup: true } })
    const signedIn = await emailSignIn(server)
    await expect(server.api.createEmbeddedWallet({ chain: 'EVM' }, ctx(null))).rejects.toMatchObject({
      code: 'unauthorized',
    })
    await expect(
      server.api.createEmbeddedWallet({ chain: 'SOL' }, ctx(signedIn.token)),
    ).rejects.toMatchObject({
      code: 'invalid_input',
    })
    const result = await server.api.createEmbeddedWallet({ chain: 'EVM' }, ctx(signedIn.token))
    const embedded = result.user?.verifiedCredentials?.find((c) => c.walletProvider === 'embeddedWallet')
    expect(embedded).toMatchObject({ format: 'blockchain', chain: 'EVM', walletName: 'lanyard' })
    expect(embedded?.address).toMatch(/^0x[0-9a-fA-F]{40}$/)
    const { toChecksumAddress } = await import('../../src/wallet/address')
    expect(embedded?.address).toBe(toChecksumAddress(embedded?.address as string))
    const claims = decodeJwt(result.token as string)
    expect(claims.sid).toBe(signedIn.user?.sessionId)
    expect(claims.verified_credentials).toContainEqual(
      expect.objectContaining({
        wallet_provider: 'embeddedWallet',
        wallet_name: 'lanyard',
        address: embedded?.address,
      }),
    )
  })
})
