import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  base64url,
  decodeJwt,
  exportJWK,
  exportSPKI,
  generateKeyPair,
  type JSONWebKeySet,
  type JWK,
  type JWTPayload,
  SignJWT,
} from 'jose'
import { createTokenVerifier, TokenVerificationError, type TokenVerificationErrorCode } from 'lanyard/server'
import { createTestAuthServer } from 'lanyard/testing'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

const ISSUER = 'https://auth.example.test/env-1'
const AUDIENCE = 'my-app'
const T0 = Date.UTC(2030, 0, 1) // a fixed clock, in ms
const seconds = (ms: number) => Math.floor(ms / 1000)

interface SigningKey {
  kid: string
  alg: 'RS256' | 'ES256'
  privateKey: CryptoKey
  publicKey: CryptoKey
  jwk: JWK
}

async function makeKey(kid: string, alg: 'RS256' | 'ES256' = 'RS256'): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true })
  const jwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' }
  return { kid, alg, privateKey, publicKey, jwk }
}

const jwksOf = (...keys: SigningKey[]): JSONWebKeySet => ({ keys: keys.map((key) => key.jwk) })

function mint(key: SigningKey, claims: JWTPayload = {}, options: { kid?: string | null; now?: number } = {}) {
  const now = seconds(options.now ?? T0)
  const header = options.kid === null ? { alg: key.alg } : { alg: key.alg, kid: options.kid ?? key.kid }
  return new SignJWT({
    sub: 'user-1',
    sid: 'session-1',
    scope: 'user:basic',
    environment_id: 'env-1',
    iss: ISSUER,
    aud: AUDIENCE,
    iat: now,
    exp: now + 3600,
    ...claims,
  })
    .setProtectedHeader(header)
    .sign(key.privateKey)
}

const encodePart = (value: object) => base64url.encode(JSON.stringify(value))

async function rejection(promise: Promise<unknown>): Promise<TokenVerificationError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(TokenVerificationError)
    return error as TokenVerificationError
  }
  throw new Error('expected the token to be refused')
}

let k1: SigningKey
let k2: SigningKey
let ec: SigningKey

beforeAll(async () => {
  ;[k1, k2, ec] = await Promise.all([makeKey('k1'), makeKey('k2'), makeKey('ec1', 'ES256')])
})

describe('createTokenVerifier with a fixed JWKS', () => {
  const verifier = (extra: Partial<Parameters<typeof createTokenVerifier>[0]> = {}) =>
    createTokenVerifier({ jwks: jwksOf(k1, ec), issuer: ISSUER, audience: AUDIENCE, now: () => T0, ...extra })

  it('accepts a valid RS256 token and returns its claims', async () => {
    const claims = await verifier().verify(await mint(k1))
    expect(claims).toMatchObject({
      sub: 'user-1',
      sid: 'session-1',
      iss: ISSUER,
      aud: AUDIENCE,
      scope: 'user:basic',
    })
    expect(claims.exp).toBe(seconds(T0) + 3600)
  })

  it('accepts ES256 tokens and tokens without a kid', async () => {
    await expect(verifier().verify(await mint(ec))).resolves.toMatchObject({ sub: 'user-1' })
    await expect(verifier().verify(await mint(k1, {}, { kid: null }))).resolves.toMatchObject({
      sub: 'user-1',
    })
  })

  it('accepts an audience array that contains the audience', async () => {
    await expect(verifier().verify(await mint(k1, { aud: ['other', AUDIENCE] }))).resolves.toMatchObject({
      sub: 'user-1',
      aud: ['other', AUDIENCE],
    })
  })

  const cases: Array<[string, () => Promise<string>, TokenVerificationErrorCode]> = [
    [
      'a token with a flipped payload character',
      async () => {
        const [h, p, s] = (await mint(k1)).split('.') as [string, string, string]
        const i = Math.floor(p.length / 2)
        return `${h}.${p.slice(0, i)}${p[i] === 'A' ? 'B' : 'A'}${p.slice(i + 1)}.${s}`
      },
      'invalid_signature',
    ],
    [
      'a token whose claims were re-encoded (sub: admin)',
      async () => {
        const [h, p, s] = (await mint(k1)).split('.') as [string, string, string]
        const claims = JSON.parse(new TextDecoder().decode(base64url.decode(p)))
        return `${h}.${encodePart({ ...claims, sub: 'admin' })}.${s}`
      },
      'invalid_signature',
    ],
    [
      'a token signed by a key that is not in the set',
      () => mint(k2, {}, { kid: 'k1' }),
      'invalid_signature',
    ],
    ['an expired token', () => mint(k1, { iat: seconds(T0) - 7200, exp: seconds(T0) - 60 }), 'expired'],
    ['a token not valid yet', () => mint(k1, { nbf: seconds(T0) + 60 }), 'not_yet_valid'],
    ['a token of another issuer', () => mint(k1, { iss: 'https://evil.example/env-1' }), 'wrong_issuer'],
    ['a token without an issuer', () => mint(k1, { iss: undefined }), 'wrong_issuer'],
    ['a token for another audience', () => mint(k1, { aud: 'other-app' }), 'wrong_audience'],
    ['an MFA-pending token', () => mint(k1, { scope: 'requiresAdditionalAuth' }), 'insufficient_scope'],
    ['a token without a scope', () => mint(k1, { scope: undefined }), 'insufficient_scope'],
    [
      'a token whose scope only looks similar',
      () => mint(k1, { scope: 'user:basic2 user:basi' }),
      'insufficient_scope',
    ],
    ['a token with an unknown kid', () => mint(k2), 'unknown_key'],
    ['a token without a subject', () => mint(k1, { sub: undefined }), 'malformed'],
    ['a token without an expiry', () => mint(k1, { exp: undefined }), 'malformed'],
    [
      'an unsigned alg:none token',
      async () => `${encodePart({ alg: 'none', kid: 'k1' })}.${(await mint(k1)).split('.')[1]}.`,
      'malformed',
    ],
    [
      'an alg:none token with a made-up signature',
      async () => `${encodePart({ alg: 'none', kid: 'k1' })}.${(await mint(k1)).split('.')[1]}.c2lnbmF0dXJl`,
      'invalid_signature',
    ],
    [
      'an HS256 token keyed with the public key (algorithm confusion)',
      async () => {
        const secret = new TextEncoder().encode(await exportSPKI(k1.publicKey))
        const now = seconds(T0)
        return new SignJWT({
          sub: 'admin',
          scope: 'user:basic',
          iss: ISSUER,
          aud: AUDIENCE,
          iat: now,
          exp: now + 60,
        })
          .setProtectedHeader({ alg: 'HS256', kid: 'k1' })
          .sign(secret)
      },
      'invalid_signature',
    ],
    ['garbage with three parts', async () => 'abc.def.ghi', 'malformed'],
    [
      'a header that is not JSON',
      async () => `${base64url.encode('nope')}.${encodePart({ sub: 'a' })}.c2ln`,
      'malformed',
    ],
  ]

  it.each(cases)('refuses %s', async (_, make, code) => {
    const error = await rejection(verifier().verify(await make()))
    expect(error.code).toBe(code)
  })

  it('never echoes the token, or any part of it, in the message, the stack or the cause', async () => {
    for (const [name, make] of cases) {
      const token = await make()
      const error = await rejection(verifier().verify(token))
      const exposed = [
        error.message,
        String(error.stack),
        String(error.cause),
        String((error.cause as Error | undefined)?.stack),
        JSON.stringify(error.cause ?? null),
        JSON.stringify(error),
      ].join('\n')
      for (const secret of [token, ...token.split('.').filter((part) => part.length > 3)]) {
        expect(exposed.includes(secret), `${name}: leaked ${secret.slice(0, 12)}…`).toBe(false)
      }
      // jose attaches the decoded payload to claim errors; the cause must not carry it.
      expect(Object.keys((error.cause as object | undefined) ?? {})).not.toContain('payload')
    }
  })

  it('marks an MFA-pending token so a backend can tell the client to finish signing in', async () => {
    const pending = await rejection(verifier().verify(await mint(k1, { scope: 'requiresAdditionalAuth' })))
    expect(pending.mfaPending).toBe(true)
    expect(pending.message).toMatch(/MFA/)
    const other = await rejection(verifier().verify(await mint(k1, { scope: 'profile' })))
    expect(other.mfaPending).toBe(false)
  })

  it('refuses tokens that are not strings, empty, or huge, as malformed', async () => {
    for (const token of [undefined, 42, '', 'a.b', 'a..c', `${'a'.repeat(20_000)}.b.c`]) {
      expect((await rejection(verifier().verify(token as string))).code).toBe('malformed')
    }
  })

  it('allows the configured clock leeway on exp and nbf, no more', async () => {
    const now = seconds(T0)
    const v = verifier({ clockToleranceSeconds: 5 })
    await expect(v.verify(await mint(k1, { iat: now - 100, exp: now - 4 }))).resolves.toMatchObject({
      sub: 'user-1',
      exp: now - 4,
    })
    await expect(v.verify(await mint(k1, { nbf: now + 4 }))).resolves.toMatchObject({
      sub: 'user-1',
      nbf: now + 4,
    })
    expect((await rejection(v.verify(await mint(k1, { iat: now - 100, exp: now - 7 })))).code).toBe('expired')
    expect((await rejection(v.verify(await mint(k1, { nbf: now + 7 })))).code).toBe('not_yet_valid')
  })

  it('checks a custom required scope', async () => {
    const v = verifier({ requiredScope: 'admin' })
    await expect(v.verify(await mint(k1, { scope: 'user:basic admin' }))).resolves.toMatchObject({
      sub: 'user-1',
      scope: 'user:basic admin',
    })
    expect((await rejection(v.verify(await mint(k1)))).code).toBe('insufficient_scope')
  })

  it('refuses invalid options at creation', () => {
    expect(() => createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE })).toThrow(TypeError)
    expect(() =>
      createTokenVerifier({
        jwks: jwksOf(k1),
        jwksUrl: 'https://x.test/jwks',
        issuer: ISSUER,
        audience: AUDIENCE,
      }),
    ).toThrow(TypeError)
    expect(() => createTokenVerifier({ jwks: jwksOf(k1), issuer: '', audience: AUDIENCE })).toThrow(TypeError)
    expect(() =>
      createTokenVerifier({ jwks: { keys: 'no' } as never, issuer: ISSUER, audience: AUDIENCE }),
    ).toThrow(TypeError)
  })
})

describe('createTokenVerifier with a JWKS over HTTP', () => {
  let server: Server | undefined
  afterEach(async () => {
    server?.closeAllConnections()
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
    server = undefined
  })

  /** A tiny JWKS endpoint on 127.0.0.1 that counts its requests. */
  async function jwksServer(initial: JSONWebKeySet) {
    const state = { jwks: initial, fetches: 0, status: 200, body: undefined as string | undefined }
    server = createServer((_, response) => {
      state.fetches++
      response.writeHead(state.status, { 'content-type': 'application/json', connection: 'close' })
      response.end(state.body ?? JSON.stringify(state.jwks))
    })
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    return { state, url: `http://127.0.0.1:${port}/.well-known/jwks` }
  }

  function remote(url: string, clock: { now: number }, extra = {}) {
    return createTokenVerifier({
      jwksUrl: url,
      issuer: ISSUER,
      audience: AUDIENCE,
      now: () => clock.now,
      ...extra,
    })
  }

  it('fetches the JWKS once and serves later verifications from the cache', async () => {
    const { state, url } = await jwksServer(jwksOf(k1))
    const clock = { now: T0 }
    const verifier = remote(url, clock)
    const token = await mint(k1)
    // Concurrent first verifications share one request.
    await Promise.all([1, 2, 3, 4, 5].map(() => verifier.verify(token)))
    for (let i = 0; i < 5; i++) await verifier.verify(token)
    expect(state.fetches).toBe(1)
  })

  it('refetches on an unknown kid at most once per cooldown', async () => {
    const { state, url } = await jwksServer(jwksOf(k1))
    const clock = { now: T0 }
    const verifier = remote(url, clock, { cooldownMs: 30_000 })
    await verifier.verify(await mint(k1))
    expect(state.fetches).toBe(1)

    const stranger = await mint(k2, {}, { kid: 'never-published' })
    // Right after the first fetch: no new request, refused.
    expect((await rejection(verifier.verify(stranger))).code).toBe('unknown_key')
    expect(state.fetches).toBe(1)

    clock.now += 31_000
    const later = await mint(k2, {}, { kid: 'never-published', now: clock.now })
    expect((await rejection(verifier.verify(later))).code).toBe('unknown_key')
    expect(state.fetches).toBe(2)
    // A flood of unknown kids within the cooldown costs nothing more.
    for (let i = 0; i < 10; i++) expect((await rejection(verifier.verify(later))).code).toBe('unknown_key')
    expect(state.fetches).toBe(2)
    // Known keys still verify from the cache meanwhile.
    await verifier.verify(await mint(k1, {}, { now: clock.now }))
    expect(state.fetches).toBe(2)

    clock.now += 31_000
    await rejection(verifier.verify(await mint(k2, {}, { kid: 'never-published', now: clock.now })))
    expect(state.fetches).toBe(3)
  })

  it('picks up a rotated key (after the cooldown)', async () => {
    const { state, url } = await jwksServer(jwksOf(k1))
    const clock = { now: T0 }
    const verifier = remote(url, clock, { cooldownMs: 30_000 })
    await verifier.verify(await mint(k1))

    state.jwks = jwksOf(k2, k1) // the auth server rotates: k2 signs from now on
    clock.now += 30_000
    const claims = await verifier.verify(await mint(k2, {}, { now: clock.now }))
    expect(claims.sub).toBe('user-1')
    expect(state.fetches).toBe(2)
    // Both keys now come from the cache.
    await verifier.verify(await mint(k1, {}, { now: clock.now }))
    await verifier.verify(await mint(k2, {}, { now: clock.now }))
    expect(state.fetches).toBe(2)
  })

  it('refreshes a cache older than cacheMaxAgeMs, and keeps the old keys if that fails', async () => {
    const { state, url } = await jwksServer(jwksOf(k1))
    const clock = { now: T0 }
    const verifier = remote(url, clock, { cacheMaxAgeMs: 60_000, cooldownMs: 1_000 })
    await verifier.verify(await mint(k1))
    clock.now += 61_000
    state.status = 503
    await verifier.verify(await mint(k1, {}, { now: clock.now }))
    expect(state.fetches).toBe(2)
    state.status = 200
    clock.now += 2_000
    await verifier.verify(await mint(k1, {}, { now: clock.now }))
    expect(state.fetches).toBe(3)
  })

  it('reports an unreachable or broken JWKS as jwks_unavailable, and retries after the cooldown', async () => {
    const { state, url } = await jwksServer(jwksOf(k1))
    const clock = { now: T0 }
    const token = await mint(k1, { exp: seconds(T0) + 86_400 })

    state.status = 500
    const verifier = remote(url, clock, { cooldownMs: 30_000 })
    expect((await rejection(verifier.verify(token))).code).toBe('jwks_unavailable')
    state.status = 200
    state.body = '{"not":"a jwks"}'
    clock.now += 30_000
    expect((await rejection(verifier.verify(token))).code).toBe('jwks_unavailable')
    state.body = 'not json'
    clock.now += 30_000
    expect((await rejection(verifier.verify(token))).code).toBe('jwks_unavailable')
    state.body = undefined
    clock.now += 30_000
    await expect(verifier.verify(token)).resolves.toMatchObject({ sub: 'user-1' })
    expect(state.fetches).toBe(4)

    const closed = remote('http://127.0.0.1:9/.well-known/jwks', clock, { timeoutMs: 2_000 })
    const error = await rejection(closed.verify(token))
    expect(error.code).toBe('jwks_unavailable')
    expect(error.message).not.toContain(token)
  })

  it('while no JWKS has loaded yet, asks a down auth server at most once per cooldown', async () => {
    const { state, url } = await jwksServer(jwksOf(k1))
    state.status = 503
    const clock = { now: T0 }
    const verifier = remote(url, clock, { cooldownMs: 30_000 })
    const token = await mint(k1)
    for (let i = 0; i < 50; i++)
      expect((await rejection(verifier.verify(token))).code).toBe('jwks_unavailable')
    await Promise.all([1, 2, 3, 4, 5].map(() => rejection(verifier.verify(token))))
    expect(state.fetches).toBe(1)
    // The refusal during the cool-down says what failed last.
    expect((await rejection(verifier.verify(token))).message).toMatch(/HTTP 503.*cool-down/)

    clock.now += 29_999
    await rejection(verifier.verify(token))
    expect(state.fetches).toBe(1)
    clock.now += 1
    await rejection(verifier.verify(token))
    expect(state.fetches).toBe(2)

    state.status = 200 // back up: the first verification after the cool-down loads the keys
    clock.now += 30_000
    await expect(verifier.verify(await mint(k1, {}, { now: clock.now }))).resolves.toMatchObject({
      sub: 'user-1',
    })
    expect(state.fetches).toBe(3)
  })

  /** A JWKS endpoint on 127.0.0.1 that sends 20 MB, in 64 KiB chunks, as fast as the client reads. */
  async function hugeJwksServer(headers: Record<string, string> = {}) {
    const state = { sent: 0, finished: false, closed: new Promise<void>(() => {}) }
    server = createServer((_, response) => {
      state.closed = new Promise((resolve) => response.on('close', () => resolve()))
      response.on('finish', () => (state.finished = true))
      response.writeHead(200, { 'content-type': 'application/json', ...headers })
      const chunk = Buffer.alloc(65_536, 0x20)
      const pump = () => {
        while (state.sent < 20_000_000 && !response.destroyed) {
          state.sent += chunk.length
          if (!response.write(chunk)) return void response.once('drain', pump)
        }
        response.end()
      }
      pump()
    })
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    return { state, url: `http://127.0.0.1:${port}/.well-known/jwks` }
  }

  it('refuses a JWKS response over 1 MB without reading it whole', async () => {
    const { state, url } = await hugeJwksServer()
    const verifier = remote(url, { now: T0 }, { timeoutMs: 10_000 })
    const error = await rejection(verifier.verify(await mint(k1)))
    expect(error.code).toBe('jwks_unavailable')
    expect(error.message).toMatch(/larger than 1 MB/)
    await state.closed
    expect(state.finished).toBe(false) // the client hung up long before the 20 MB were sent
  })

  it('refuses a JWKS response that declares more than 1 MB before reading its body', async () => {
    server = createServer((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '20000000' })
      response.write('{"keys":[') // and never more: reading the body would wait for the time-out
    })
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const verifier = remote(`http://127.0.0.1:${port}/jwks`, { now: T0 }, { timeoutMs: 10_000 })
    const started = Date.now()
    const error = await rejection(verifier.verify(await mint(k1)))
    expect(error.code).toBe('jwks_unavailable')
    expect(error.message).toMatch(/larger than 1 MB/)
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('stops reading a 50 MB JWKS body at the byte cap', async () => {
    let pulled = 0
    let cancelled = false
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 50_000_000) return controller.close()
        pulled += 16_384
        controller.enqueue(new Uint8Array(16_384).fill(0x20))
      },
      cancel() {
        cancelled = true
      },
    })
    const verifier = createTokenVerifier({
      jwksUrl: 'https://auth.example.test/jwks',
      issuer: ISSUER,
      audience: AUDIENCE,
      now: () => T0,
      fetch: async () => new Response(endless, { headers: { 'content-type': 'application/json' } }),
    })
    const error = await rejection(verifier.verify(await mint(k1)))
    expect(error.code).toBe('jwks_unavailable')
    expect(error.message).toMatch(/larger than 1 MB/)
    expect(cancelled).toBe(true)
    expect(pulled).toBeLessThan(1_200_000)
  })

  it('accepts a JWKS response just under the cap', async () => {
    const jwks = jwksOf(k1)
    const padded = JSON.stringify({
      ...jwks,
      padding: 'x'.repeat(1_000_000 - JSON.stringify(jwks).length - 20),
    })
    expect(padded.length).toBeLessThan(1_000_000)
    const verifier = createTokenVerifier({
      jwksUrl: 'https://auth.example.test/jwks',
      issuer: ISSUER,
      audience: AUDIENCE,
      now: () => T0,
      fetch: async () => new Response(padded, { headers: { 'content-type': 'application/json' } }),
    })
    await expect(verifier.verify(await mint(k1))).resolves.toMatchObject({ sub: 'user-1' })
  })

  it('uses the injected fetch', async () => {
    const requested: string[] = []
    const verifier = createTokenVerifier({
      jwksUrl: new URL('https://auth.example.test/jwks'),
      issuer: ISSUER,
      audience: AUDIENCE,
      now: () => T0,
      fetch: async (input) => {
        requested.push(String(input))
        return new Response(JSON.stringify(jwksOf(k1)), { headers: { 'content-type': 'application/json' } })
      },
    })
    await verifier.verify(await mint(k1))
    expect(requested).toEqual(['https://auth.example.test/jwks'])
  })
})

describe('createTokenVerifier against the reference backend (lanyard/testing)', () => {
  const ctx = () => ({ signal: new AbortController().signal, token: null })

  async function signIn(server: ReturnType<typeof createTestAuthServer>, email: string) {
    const { verificationId } = await server.api.sendEmailCode({ email }, ctx())
    const result = await server.api.verifyEmailCode({ verificationId, code: server.lastCode(email) }, ctx())
    return result.token as string
  }

  it('verifies a token issued by createTestAuthServer against server.jwks()', async () => {
    const server = createTestAuthServer({ environmentId: 'env-42' })
    const token = await signIn(server, 'ada@example.com')
    const verifier = createTokenVerifier({
      jwks: server.jwks(),
      issuer: 'https://lanyard.test/env-42',
      audience: 'lanyard',
    })
    const claims = await verifier.verify(token)
    expect(claims).toMatchObject({ environment_id: 'env-42', email: 'ada@example.com' })
    expect(claims.scope.split(' ')).toContain('user:basic')
    expect(claims.sid).toEqual(expect.any(String))

    const otherEnv = createTokenVerifier({
      jwks: server.jwks(),
      issuer: 'https://lanyard.test/other',
      audience: 'lanyard',
    })
    expect((await rejection(otherEnv.verify(token))).code).toBe('wrong_issuer')
  })

  it('refuses an MFA-pending token of the reference backend', async () => {
    const server = createTestAuthServer({ mfa: 'required' })
    const token = await signIn(server, 'grace@example.com')
    const verifier = createTokenVerifier({
      jwks: server.jwks(),
      issuer: 'https://lanyard.test/test-env',
      audience: 'lanyard',
    })
    const error = await rejection(verifier.verify(token))
    expect(error.code).toBe('insufficient_scope')
    expect(error.mfaPending).toBe(true)
    await expect(
      createTokenVerifier({
        jwks: server.jwks(),
        issuer: 'https://lanyard.test/test-env',
        audience: 'lanyard',
        requiredScope: 'requiresAdditionalAuth',
      }).verify(token),
    ).resolves.toMatchObject({
      scope: 'requiresAdditionalAuth',
      sub: decodeJwt(token).sub,
      sid: decodeJwt(token).sid,
    })
  })

  it('follows a key rotation of the reference backend served over HTTP', async () => {
    let clock = T0
    const backend = createTestAuthServer({ now: () => clock })
    const http = await backend.listen(0)
    try {
      const verifier = createTokenVerifier({
        jwksUrl: `${http.url}/sdk/test-env/.well-known/jwks`,
        issuer: 'https://lanyard.test/test-env',
        audience: 'lanyard',
        now: () => clock,
      })
      await verifier.verify(await signIn(backend, 'linus@example.com'))
      backend.rotateKey()
      clock += 31_000
      const claims = await verifier.verify(await signIn(backend, 'linus@example.com'))
      expect(claims.email).toBe('linus@example.com')
    } finally {
      await http.close()
    }
  })
})
