import { Agent, request as httpRequest } from 'node:http'
import { connect, createServer } from 'node:net'
import { createLocalJWKSet, jwtVerify } from 'jose'
import {
  createTestAuthServer,
  createTestWallet,
  type TestAuthServer,
  type TestAuthServerOptions,
} from 'lanyard/testing'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createHttpApi } from '../../src/api/httpApi'
import type { ApiContext, AuthApi, WalletConnector } from '../../src/api/types'
import { SessionError } from '../../src/errors'
import { listen } from '../../src/testing/http'
import { createSiweMessage } from '../../src/wallet/siwe'

type Listening = { url: string; close(): Promise<void> }
const open: Listening[] = []

afterEach(async () => {
  vi.restoreAllMocks()
  await Promise.all(open.splice(0).map((server) => server.close()))
})

async function start(options: TestAuthServerOptions = {}) {
  const server = createTestAuthServer(options)
  const http = await server.listen(0)
  open.push(http)
  const api = createHttpApi({ baseUrl: http.url, environmentId: server.environmentId })
  return { server, http, api, sdk: `${http.url}/sdk/${server.environmentId}` }
}

const ctx = (token: string | null = null, signal = new AbortController().signal): ApiContext => ({
  signal,
  token,
})

async function rejection(promise: Promise<unknown>): Promise<SessionError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(SessionError)
  return error as SessionError
}

async function emailSignIn(server: TestAuthServer, api: AuthApi, email = 'ada@example.com') {
  const { verificationId } = await api.sendEmailCode({ email }, ctx())
  return api.verifyEmailCode({ verificationId, code: server.lastCode(email) }, ctx())
}

async function proofFor(api: AuthApi, wallet: WalletConnector, environmentId: string) {
  const { address, chain } = await wallet.connect()
  const { nonce } = await api.getNonce(ctx())
  const issuedAt = new Date()
  const message = createSiweMessage({
    domain: 'app.example.com',
    address,
    uri: 'https://app.example.com',
    chainId: 1,
    nonce,
    issuedAt,
    expirationTime: new Date(issuedAt.getTime() + 5 * 60_000),
    requestId: environmentId,
  })
  return {
    message,
    signature: await wallet.signMessage(message, address),
    address,
    chain,
    walletName: wallet.name,
    walletProvider: 'browserExtension',
  }
}

describe('reference backend over HTTP: flows through createHttpApi', () => {
  it('signs in with an email code, carrying serverNow from the Date header', async () => {
    const skew = 3 * 3600_000
    const { server, api } = await start({ now: () => Date.now() - skew })
    const result = await emailSignIn(server, api)
    expect(typeof result.token).toBe('string')
    expect(result.user).toMatchObject({ email: 'ada@example.com', newUser: true, scope: 'user:basic' })
    expect(result.user?.verifiedCredentials?.[0]).toMatchObject({ format: 'email', email: 'ada@example.com' })
    expect(Math.abs((result.serverNow ?? 0) - (Date.now() - skew))).toBeLessThan(2000)
    expect(Math.abs(result.expiresAt - Math.floor((Date.now() - skew) / 1000) - 7200)).toBeLessThanOrEqual(2)
    expect(server.webhooks.map((event) => event.type)).toEqual(['user.session.created'])
  })

  it('maps a wrong code to invalid_code and an early resend to rate_limited with retryAfter', async () => {
    const { api } = await start()
    const { verificationId } = await api.sendEmailCode({ email: 'ada@example.com' }, ctx())
    const wrong = await rejection(api.verifyEmailCode({ verificationId, code: '000000' }, ctx()))
    expect(wrong).toMatchObject({ code: 'invalid_code', status: 422 })
    expect(await api.resendEmailCode({ verificationId }, ctx())).toEqual({ verificationId })
    const early = await rejection(api.resendEmailCode({ verificationId }, ctx()))
    expect(early.code).toBe('rate_limited')
    expect(early.status).toBe(429)
    expect(early.retryAfter).toBeGreaterThan(0)
    expect(early.retryAfter).toBeLessThanOrEqual(30)
  })

  it('rejects a malformed email as invalid_input with status 400', async () => {
    const { api } = await start()
    const error = await rejection(api.sendEmailCode({ email: 'not-an-email' }, ctx()))
    expect(error.code).toBe('invalid_input')
    expect(error.status).toBe(400)
  })

  it('signs in with an SMS code', async () => {
    const { server, api } = await start()
    const { verificationId } = await api.sendSmsCode({ phone: '+15550100000' }, ctx())
    const result = await api.verifySmsCode({ verificationId, code: server.lastCode('+15550100000') }, ctx())
    expect(result.user?.verifiedCredentials?.[0]).toMatchObject({
      format: 'phoneNumber',
      publicIdentifier: '+15550100000',
    })
  })

  it('records a connect-only visit and signs in with a wallet (real SIWE signature)', async () => {
    const { server, api } = await start()
    const wallet = createTestWallet()
    await api.recordVisit({ address: wallet.address, chain: 'EVM', walletName: wallet.name }, ctx())
    expect(server.visits).toMatchObject([{ address: wallet.address, chain: 'EVM' }])
    const result = await api.signInWithWallet(await proofFor(api, wallet, server.environmentId), ctx())
    expect(result.user?.verifiedCredentials?.[0]).toMatchObject({
      format: 'blockchain',
      address: wallet.address,
      walletName: wallet.name,
      walletProvider: 'browserExtension',
    })
  })

  it('refuses a forged wallet signature', async () => {
    const { server, api } = await start()
    const proof = await proofFor(api, createTestWallet(), server.environmentId)
    const other = createTestWallet()
    const error = await rejection(api.signInWithWallet({ ...proof, address: other.address }, ctx()))
    expect(error.code).toBe('invalid_input')
  })

  it('links a second wallet to a signed-in user', async () => {
    const { server, api } = await start()
    const first = await emailSignIn(server, api)
    const wallet = createTestWallet()
    const linked = await api.linkWallet(await proofFor(api, wallet, server.environmentId), ctx(first.token))
    expect(linked.token).not.toBe(first.token)
    expect(linked.user?.verifiedCredentials?.map((c) => c.format)).toEqual(['email', 'blockchain'])
  })

  it('fills required fields with updateUser', async () => {
    const { server, api } = await start({ requiredFields: ['alias'] })
    const first = await emailSignIn(server, api)
    expect(first.user?.missingFields).toEqual(['alias'])
    const updated = await api.updateUser({ fields: { alias: 'ada' } }, ctx(first.token))
    expect(updated.user).toMatchObject({ alias: 'ada', missingFields: [] })
    const error = await rejection(api.updateUser({ fields: { alias: '' } }, ctx(updated.token)))
    expect(error.code).toBe('invalid_input')
    expect(error.status).toBe(422)
  })

  it('enrolls and verifies TOTP when MFA is required', async () => {
    const { server, api } = await start({ mfa: 'required' })
    const first = await emailSignIn(server, api)
    expect(first.user?.scope).toBe('requiresAdditionalAuth')
    const { secret, otpauthUri } = await api.enrollTotp(ctx(first.token))
    expect(secret).toMatch(/^[A-Z2-7]+$/)
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\//)
    const wrongCode = server.totpCode('ada@example.com') === '000000' ? '111111' : '000000'
    const wrong = await rejection(api.verifyTotp({ code: wrongCode }, ctx(first.token)))
    expect(wrong).toMatchObject({ code: 'invalid_code', status: 422 })
    const verified = await api.verifyTotp({ code: server.totpCode('ada@example.com') }, ctx(first.token))
    expect(verified.user?.scope).toBe('user:basic')
  })

  it('refuses fieldLabels that are not labels, naming the option', () => {
    expect(() => createTestAuthServer({ fieldLabels: { firstName: '' } })).toThrow(
      /`fieldLabels` must map field names/,
    )
  })

  it('serves the settings and creates an embedded wallet', async () => {
    const { server, api } = await start({
      embeddedWallets: { createOnSignup: true },
      requiredFields: ['alias', 'firstName'],
      fieldLabels: { firstName: 'First name' },
    })
    const settings = {
      embeddedWallets: { createOnSignup: true },
      requiredFields: ['alias', 'firstName'],
      fieldLabels: { firstName: 'First name' },
    }
    expect(await api.getSettings(ctx())).toEqual(settings) // over HTTP, as Dynamic's kyc[].label
    expect(await server.api.getSettings(ctx())).toEqual(settings) // in process
    const first = await emailSignIn(server, api)
    const withAlias = await api.updateUser({ fields: { alias: 'ada' } }, ctx(first.token))
    const created = await api.createEmbeddedWallet({ chain: 'EVM' }, ctx(withAlias.token))
    expect(created.user?.verifiedCredentials?.some((c) => c.walletProvider === 'embeddedWallet')).toBe(true)
  })

  it('refreshes, then revokes: the revoked token gets 401 unauthorized', async () => {
    const { server, api } = await start()
    const first = await emailSignIn(server, api)
    const refreshed = await api.refresh(ctx(first.token))
    expect(refreshed.token).not.toBe(first.token)
    await api.revoke({ reason: 'logout' }, ctx(refreshed.token))
    expect(server.webhooks.map((event) => event.type)).toEqual([
      'user.session.created',
      'user.session.revoked',
    ])
    const error = await rejection(api.refresh(ctx(refreshed.token)))
    expect(error.code).toBe('unauthorized')
    expect(error.status).toBe(401)
    expect(error.message).not.toContain(refreshed.token ?? '')
  })

  it('maps injected failures: 503 → server, 429 → rate_limited with Retry-After, status 0 → network', async () => {
    const { server, api } = await start()
    server.fail('getNonce', { status: 503 })
    expect(await rejection(api.getNonce(ctx()))).toMatchObject({ code: 'server', status: 503 })
    server.fail('getNonce', { status: 429, retryAfter: 7 })
    expect(await rejection(api.getNonce(ctx()))).toMatchObject({ code: 'rate_limited', retryAfter: 7 })
    server.fail('getNonce', { status: 0 })
    expect(await rejection(api.getNonce(ctx()))).toMatchObject({ code: 'network' })
    expect(await api.getNonce(ctx())).toEqual({ nonce: expect.any(String) })
  })

  it('serves the JWKS that verifies the issued tokens', async () => {
    const { server, api, sdk } = await start()
    const { token } = await emailSignIn(server, api)
    const response = await fetch(`${sdk}/.well-known/jwks`)
    const jwks = await response.json()
    expect(jwks).toEqual(server.jwks())
    const { payload } = await jwtVerify(token ?? '', createLocalJWKSet(jwks), {
      issuer: server.options.issuer,
      audience: server.options.audience,
    })
    expect(payload.environment_id).toBe(server.environmentId)
  })

  it('serves the current user at GET users, and 401 without or after revocation', async () => {
    const { server, api, sdk } = await start()
    const { token, user } = await emailSignIn(server, api)
    const ok = await fetch(`${sdk}/users`, { headers: { Authorization: `Bearer ${token}` } })
    expect(ok.status).toBe(200)
    // Dynamic's SdkUser itself, not wrapped: projectEnvironmentId, credentials with signInEnabled.
    const body = await ok.json()
    expect(body).toMatchObject({
      id: user?.id,
      email: 'ada@example.com',
      scope: 'user:basic',
      projectEnvironmentId: server.environmentId,
      verifiedCredentials: [{ format: 'email', signInEnabled: true }],
    })
    expect(body.jwt).toBeUndefined()
    expect((await fetch(`${sdk}/users`)).status).toBe(401)
    server.revokeAll()
    expect((await fetch(`${sdk}/users`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(401)
  })
})

describe('reference backend over HTTP: protocol', () => {
  it('stamps every response, errors included, with a Date from the server clock', async () => {
    const at = Date.UTC(2031, 0, 2, 3, 4, 5)
    const { sdk } = await start({ now: () => at })
    for (const response of [
      await fetch(`${sdk}/nonce`),
      await fetch(`${sdk}/users`),
      await fetch(`${sdk}/nope`),
    ]) {
      expect(response.headers.get('date')).toBe(new Date(at).toUTCString())
      expect(response.headers.get('cache-control')).toBe('no-store')
    }
  })

  it('answers malformed JSON, wrong shapes and oversized bodies with 4xx invalid_input', async () => {
    const { sdk } = await start()
    const post = (body: string) =>
      fetch(`${sdk}/emailVerifications/create`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      })
    const malformed = await post('{"email":')
    expect(malformed.status).toBe(400)
    expect(await malformed.json()).toEqual({ error: expect.any(String), code: 'invalid_input' })
    expect((await post('[1]')).status).toBe(400)
    expect((await post('{"email":42}')).status).toBe(400)
    const huge = await post(JSON.stringify({ email: 'x'.repeat(100 * 1024) }))
    expect(huge.status).toBe(413)
    expect((await huge.json()).code).toBe('invalid_input')
  })

  it('refuses a 20 MB body at 64 KiB: from its Content-Length at once, counted while reading without one', async () => {
    const { http, server } = await start()
    const port = Number(new URL(http.url).port)
    const request = (framing: string) =>
      `POST /sdk/${server.environmentId}/emailVerifications/create HTTP/1.1\r\nHost: 127.0.0.1\r\n` +
      `Content-Type: application/json\r\n${framing}\r\n\r\n`
    /** Sends `head`, then `body` in 64 KiB chunk frames as fast as the server reads, until it answers. */
    const send = async (head: string, body = 0) => {
      const socket = connect(port, '127.0.0.1')
      await new Promise((resolve) => socket.once('connect', resolve))
      let answer = ''
      let sentWhenAnswered = -1
      let sent = 0
      socket.setEncoding('utf8')
      socket.on('error', () => {})
      socket.on('data', (chunk: string) => {
        answer += chunk
        if (sentWhenAnswered < 0) sentWhenAnswered = sent
      })
      socket.write(head)
      const chunk = Buffer.alloc(64 * 1024, 'a')
      const frame = Buffer.concat([
        Buffer.from(`${chunk.length.toString(16)}\r\n`),
        chunk,
        Buffer.from('\r\n'),
      ])
      while (sent < body && sentWhenAnswered < 0 && !socket.destroyed) {
        sent += chunk.length
        if (!socket.write(frame)) await new Promise((resolve) => socket.once('drain', resolve))
      }
      await vi.waitFor(() => expect(answer).toMatch(/"code":"invalid_input"/))
      socket.destroy()
      return { status: answer.split(' ')[1], sentWhenAnswered }
    }
    const twentyMegabytes = 20 * 1024 * 1024
    // Declared: refused from the header, before a byte of the body was sent.
    const declared = await send(request(`Content-Length: ${twentyMegabytes}`))
    expect(declared).toEqual({ status: '413', sentWhenAnswered: 0 })
    // Chunked (no length): the answer comes while the client is still sending, not after 20 MB.
    const chunked = await send(request('Transfer-Encoding: chunked'), twentyMegabytes)
    expect(chunked.status).toBe('413')
    expect(chunked.sentWhenAnswered).toBeGreaterThan(64 * 1024)
    expect(chunked.sentWhenAnswered).toBeLessThan(twentyMegabytes)
  })

  it('answers unknown routes, other environments and wrong methods', async () => {
    const { http, sdk } = await start()
    expect((await fetch(`${sdk}/nope`)).status).toBe(404)
    expect((await fetch(`${http.url}/sdk/other-env/nonce`)).status).toBe(404)
    const wrongMethod = await fetch(`${sdk}/nonce`, { method: 'POST' })
    expect(wrongMethod.status).toBe(405)
  })

  it('aborts the in-process call when the client disconnects', async () => {
    const server = createTestAuthServer()
    let seen: AbortSignal | undefined
    const hanging: TestAuthServer = {
      ...server,
      api: {
        ...server.api,
        getNonce: (c) => {
          seen = c.signal
          return new Promise(() => {})
        },
      },
    }
    const http = await listen(hanging, 0)
    open.push(http)
    const controller = new AbortController()
    const call = createHttpApi({ baseUrl: http.url, environmentId: server.environmentId }).getNonce(
      ctx(null, controller.signal),
    )
    await vi.waitFor(() => expect(seen).toBeDefined())
    expect(seen?.aborted).toBe(false)
    controller.abort()
    expect((await rejection(call)).code).toBe('cancelled')
    await vi.waitFor(() => expect(seen?.aborted).toBe(true))
  })

  it('close() frees the port and drops open connections, even with a request in flight', async () => {
    const server = createTestAuthServer()
    const hanging: TestAuthServer = {
      ...server,
      api: { ...server.api, getNonce: () => new Promise(() => {}) },
    }
    const http = await listen(hanging, 0)
    const port = Number(new URL(http.url).port)
    const agent = new Agent({ keepAlive: true })
    // One idle keep-alive connection, and one request that the server never answers.
    await fetch(`${http.url}/sdk/${server.environmentId}/settings`)
    const idle = await new Promise<number>((resolve, reject) => {
      httpRequest(`${http.url}/sdk/${server.environmentId}/settings`, { agent }, (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      })
        .on('error', reject)
        .end()
    })
    expect(idle).toBe(200)
    const inFlight = new Promise<string>((resolve) => {
      httpRequest(`${http.url}/sdk/${server.environmentId}/nonce`, { agent }, () => resolve('answered'))
        .on('error', (error) => resolve(error.message))
        .end()
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    const started = Date.now()
    await http.close()
    expect(Date.now() - started).toBeLessThan(1000)
    expect(await inFlight).toMatch(/socket hang up|ECONNRESET/)
    await http.close() // idempotent
    agent.destroy()
    // The port is free again.
    const probe = createServer()
    await new Promise<void>((resolve, reject) =>
      probe.once('error', reject).listen(port, '127.0.0.1', resolve),
    )
    await new Promise((resolve) => probe.close(resolve))
    await expect(fetch(`${http.url}/sdk/${server.environmentId}/settings`)).rejects.toThrow()
  })

  it('listens on 127.0.0.1 only', async () => {
    const { http } = await start()
    expect(new URL(http.url).hostname).toBe('127.0.0.1')
  })
})

describe('reference backend over HTTP: admin routes', () => {
  it('has no admin routes without an API key (no well-known default key)', async () => {
    const { server, api, http } = await start()
    await emailSignIn(server, api)
    const admin = `${http.url}/admin/${server.environmentId}`
    for (const key of ['test-api-key', '', 'undefined']) {
      const response = await fetch(`${admin}/revoke`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${key}` },
      })
      expect(response.status).toBe(404)
      expect((await response.json()).error).toContain('apiKey')
    }
    expect(server.sessions().every((session) => session.revokedAt === null)).toBe(true)
  })

  it('refuses admin calls without the API key, or with a wrong one', async () => {
    const { server, api, http } = await start({ apiKey: 'test-api-key' })
    const { user } = await emailSignIn(server, api)
    const admin = `${http.url}/admin/${server.environmentId}`
    expect((await fetch(`${admin}/revoke`, { method: 'POST' })).status).toBe(401)
    const wrong = await fetch(`${admin}/users/${user?.id}/revoke`, {
      method: 'POST',
      headers: { Authorization: 'Bearer test-api-kez' },
    })
    expect(wrong.status).toBe(401)
    expect((await wrong.json()).code).toBe('unauthorized')
    expect(server.sessions().every((session) => session.revokedAt === null)).toBe(true)
  })

  it('revokes one session, all of a user, and all of the environment', async () => {
    const { server, api, http } = await start({ apiKey: 'sekret' })
    const admin = `${http.url}/admin/${server.environmentId}`
    const post = (path: string) =>
      fetch(`${admin}/${path}`, { method: 'POST', headers: { Authorization: 'Bearer sekret' } })

    const one = await emailSignIn(server, api)
    const response = await post(`sessions/${one.user?.sessionId}/revoke`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ revoked: 1 })
    expect((await rejection(api.refresh(ctx(one.token)))).code).toBe('unauthorized')

    const a = await emailSignIn(server, api)
    const b = await emailSignIn(server, api)
    const other = await emailSignIn(server, api, 'bob@example.com')
    expect(await (await post(`users/${a.user?.id}/revoke`)).json()).toEqual({ revoked: 2 })
    expect((await rejection(api.refresh(ctx(b.token)))).code).toBe('unauthorized')
    expect((await api.refresh(ctx(other.token))).token).toEqual(expect.any(String))

    expect(await (await post('revoke')).json()).toEqual({ revoked: 1 })
    expect((await rejection(api.refresh(ctx(other.token)))).code).toBe('unauthorized')
    expect(server.webhooks.filter((event) => event.type === 'admin.user.session.revoked')).toHaveLength(4)
    expect((await post('nope/revoke')).status).toBe(404)
  })
})

describe('reference backend over HTTP: CORS', () => {
  const preflight = (url: string, origin: string) =>
    fetch(url, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    })

  it('answers a preflight from an allowed origin, with credentials and never *', async () => {
    const { sdk } = await start({ allowedOrigins: ['http://app.example.com'] })
    const response = await preflight(`${sdk}/refresh`, 'http://app.example.com')
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('http://app.example.com')
    expect(response.headers.get('access-control-allow-credentials')).toBe('true')
    expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/)
    expect(response.headers.get('access-control-allow-headers')).toMatch(/Authorization/)
    expect(response.headers.get('vary')).toMatch(/Origin/)
    const actual = await fetch(`${sdk}/nonce`, { headers: { Origin: 'http://app.example.com' } })
    expect(actual.headers.get('access-control-allow-origin')).toBe('http://app.example.com')
    expect(actual.headers.get('access-control-expose-headers')).toMatch(/Date/)
  })

  it('gives no CORS headers to a disallowed origin, nor by default', async () => {
    const { sdk } = await start({ allowedOrigins: ['http://app.example.com'] })
    const evil = await preflight(`${sdk}/refresh`, 'http://evil.example.com')
    expect(evil.headers.get('access-control-allow-origin')).toBeNull()
    expect(evil.headers.get('access-control-allow-credentials')).toBeNull()
    const plain = await start()
    const none = await preflight(`${plain.sdk}/refresh`, 'http://app.example.com')
    expect(none.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('reference backend over HTTP: cookie mode', () => {
  /** A fetch with a one-origin cookie jar that also records every raw response body and Set-Cookie. */
  function cookieJarFetch(extraHeaders: Record<string, string> = {}) {
    const jar = new Map<string, string>()
    const bodies: string[] = []
    const setCookies: string[] = []
    const jarFetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const headers = new Headers(init.headers)
      for (const [name, value] of Object.entries(extraHeaders)) headers.set(name, value)
      if (jar.size > 0) headers.set('Cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '))
      const response = await fetch(input, { ...init, headers })
      for (const line of response.headers.getSetCookie()) {
        setCookies.push(line)
        const [pair = '', ...attributes] = line.split(';')
        const eq = pair.indexOf('=')
        const name = pair.slice(0, eq).trim()
        const value = pair.slice(eq + 1).trim()
        if (value === '' || attributes.some((a) => /^\s*max-age=0\s*$/i.test(a))) jar.delete(name)
        else jar.set(name, value)
      }
      const text = await response.text()
      bodies.push(text)
      return new Response(text === '' ? null : text, { status: response.status, headers: response.headers })
    }) as typeof fetch
    return { jarFetch, jar, bodies, setCookies }
  }

  async function startCookie(extraHeaders: Record<string, string> = {}) {
    const server = createTestAuthServer({ cookie: true })
    const http = await server.listen(0)
    open.push(http)
    const client = cookieJarFetch(extraHeaders)
    const api = createHttpApi({
      baseUrl: http.url,
      environmentId: server.environmentId,
      fetch: client.jarFetch,
      credentials: 'include',
    })
    return { server, api, ...client }
  }

  it('keeps the JWT in an HttpOnly cookie and out of every body', async () => {
    const log = vi.spyOn(console, 'log')
    const error = vi.spyOn(console, 'error')
    const { server, api, jar, bodies, setCookies } = await startCookie()
    const result = await emailSignIn(server, api)
    expect(result.token).toBeNull()
    expect(result.user?.email).toBe('ada@example.com')
    expect(result.serverNow).toEqual(expect.any(Number))
    expect(setCookies).toHaveLength(1)
    const cookie = setCookies[0] ?? ''
    expect(cookie).toMatch(/^lanyard_session=eyJ/)
    expect(cookie).toMatch(/; HttpOnly/)
    expect(cookie).toMatch(/; SameSite=Lax/)
    expect(cookie).toMatch(/; Path=\//)
    expect(cookie).toMatch(/; Max-Age=(7200|7199)(;|$)/)
    expect(cookie).not.toMatch(/Secure/)
    const jwt = jar.get('lanyard_session') ?? ''
    expect(jwt.split('.')).toHaveLength(3)

    const refreshed = await api.refresh(ctx())
    expect(refreshed.token).toBeNull()
    expect(jar.get('lanyard_session')).not.toBe(jwt)
    for (const body of bodies) {
      expect(body).not.toContain('eyJ')
      expect(body).not.toContain('"jwt"')
    }
    expect(log).not.toHaveBeenCalled()
    expect(error).not.toHaveBeenCalled()
  })

  it('clears the cookie on revoke, and a later call is a 401 that clears it too', async () => {
    const { server, api, jar, setCookies } = await startCookie()
    await emailSignIn(server, api)
    const stolen = jar.get('lanyard_session') ?? ''
    await api.revoke({ reason: 'logout' }, ctx())
    expect(setCookies.at(-1)).toMatch(/^lanyard_session=; HttpOnly; SameSite=Lax; Path=\/; Max-Age=0/)
    expect(jar.has('lanyard_session')).toBe(false)
    expect((await rejection(api.refresh(ctx()))).code).toBe('unauthorized')
    // A replayed (revoked) cookie: 401, and the server tells the browser to drop it.
    jar.set('lanyard_session', stolen)
    expect((await rejection(api.refresh(ctx()))).code).toBe('unauthorized')
    expect(setCookies.at(-1)).toMatch(/Max-Age=0/)
    expect(jar.has('lanyard_session')).toBe(false)
  })

  it('ignores a bearer token in cookie mode', async () => {
    const { server, api, jar } = await startCookie()
    await emailSignIn(server, api)
    const token = jar.get('lanyard_session') ?? null
    jar.clear()
    expect((await rejection(api.refresh(ctx(token)))).code).toBe('unauthorized')
  })

  it('marks the cookie Secure behind an https proxy', async () => {
    const { server, api, setCookies } = await startCookie({ 'x-forwarded-proto': 'https' })
    await emailSignIn(server, api)
    expect(setCookies[0]).toMatch(/; Secure/)
  })
})
