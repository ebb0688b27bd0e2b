import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createHttpApi } from '../../src/api/httpApi'
import type { ApiContext } from '../../src/api/types'
import { SessionError } from '../../src/errors'

// A token-looking string: it must never show up in an error message.
const FAKE_JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEifQ.c2lnbmF0dXJl'

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void

const servers: Server[] = []

/** A tiny canned server on 127.0.0.1; the handler sees each request and its body. */
async function canned(
  handler: Handler,
): Promise<{ url: string; requests: Array<{ req: IncomingMessage; body: string }> }> {
  const requests: Array<{ req: IncomingMessage; body: string }> = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      requests.push({ req, body })
      handler(req, res, body)
    })
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests }
}

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers })
    res.end(typeof body === 'string' ? body : JSON.stringify(body))
  }

const ctx = (token: string | null = null, signal = new AbortController().signal): ApiContext => ({
  signal,
  token,
})

const rejection = async (promise: Promise<unknown>): Promise<SessionError> => {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(SessionError)
  return error as SessionError
}

const verifyBody = {
  user: {
    id: 'user-1',
    sessionId: 'sess-1',
    email: 'ada@example.com',
    verifiedCredentials: [{ id: 'cred-1', format: 'email', email: 'ada@example.com' }],
    missingFields: [],
    scope: 'user:basic',
  },
  jwt: FAKE_JWT,
  expiresAt: 1_900_000_000,
}

afterEach(async () => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
  for (const server of servers.splice(0)) {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
})

describe('createHttpApi: error mapping', () => {
  it('maps a 403 without a known code to server: a firewall refusing must not end the session', async () => {
    const { url } = await canned(json(403, { error: { code: 'forbidden', message: 'Blocked.' } }))
    const error = await rejection(
      createHttpApi({ baseUrl: url, environmentId: 'env' }).refresh(ctx(FAKE_JWT)),
    )
    expect(error.code).toBe('server')
    expect(error.status).toBe(403)
  })

  it('maps 401 to unauthorized and keeps the status', async () => {
    const { url } = await canned(json(401, { error: { code: 'whatever', message: 'Session revoked.' } }))
    const error = await rejection(
      createHttpApi({ baseUrl: url, environmentId: 'env' }).refresh(ctx(FAKE_JWT)),
    )
    expect(error.code).toBe('unauthorized')
    expect(error.status).toBe(401)
  })

  it('maps 400 without a known body code to invalid_input', async () => {
    const { url } = await canned(
      json(400, { error: { code: 'bad_email', message: 'That is not an email.' } }),
    )
    const error = await rejection(
      createHttpApi({ baseUrl: url, environmentId: 'env' }).sendEmailCode({ email: 'x' }, ctx()),
    )
    expect(error.code).toBe('invalid_input')
    expect(error.status).toBe(400)
    expect(error.message).toBe('That is not an email.')
  })

  it('lets a known body code win on a 4xx (422 invalid_code)', async () => {
    const { url } = await canned(json(422, { error: { code: 'invalid_code', message: 'Wrong code.' } }))
    const api = createHttpApi({ baseUrl: url, environmentId: 'env' })
    const error = await rejection(api.verifyEmailCode({ verificationId: 'v', code: '000000' }, ctx()))
    expect(error.code).toBe('invalid_code')
    expect(error.status).toBe(422)
  })

  it('maps 422 without a body code to invalid_input', async () => {
    const { url } = await canned(json(422, 'nope'))
    const error = await rejection(createHttpApi({ baseUrl: url, environmentId: 'env' }).getNonce(ctx()))
    expect(error.code).toBe('invalid_input')
  })

  it('maps 429 to rate_limited with Retry-After in seconds', async () => {
    const { url } = await canned(
      json(429, { error: { code: 'rate_limited', message: 'Slow down.' } }, { 'Retry-After': '27' }),
    )
    const api = createHttpApi({ baseUrl: url, environmentId: 'env' })
    const error = await rejection(api.resendEmailCode({ verificationId: 'v' }, ctx()))
    expect(error.code).toBe('rate_limited')
    expect(error.retryAfter).toBe(27)
    expect(error.status).toBe(429)
  })

  it('reads a Retry-After HTTP date against the server clock', async () => {
    const date = new Date('2030-01-01T00:00:00Z')
    const { url } = await canned(
      json(
        429,
        {},
        { Date: date.toUTCString(), 'Retry-After': new Date(date.getTime() + 90_000).toUTCString() },
      ),
    )
    const error = await rejection(createHttpApi({ baseUrl: url, environmentId: 'env' }).getNonce(ctx()))
    expect(error.code).toBe('rate_limited')
    expect(error.retryAfter).toBe(90)
  })

  it('maps 5xx to server, even when the body claims a 4xx code', async () => {
    const { url } = await canned(json(503, { error: { code: 'invalid_code', message: 'Down.' } }))
    const error = await rejection(createHttpApi({ baseUrl: url, environmentId: 'env' }).getSettings(ctx()))
    expect(error.code).toBe('server')
    expect(error.status).toBe(503)
  })

  it('does not let a server claim a client-only code', async () => {
    const { url } = await canned(json(400, { error: { code: 'cancelled', message: 'x' } }))
    const error = await rejection(createHttpApi({ baseUrl: url, environmentId: 'env' }).getNonce(ctx()))
    expect(error.code).toBe('invalid_input')
  })

  it('maps a connection failure (closed port) to network', async () => {
    const { url } = await canned(json(200, {}))
    const server = servers.pop() as Server
    await new Promise((resolve) => server.close(resolve))
    const error = await rejection(createHttpApi({ baseUrl: url, environmentId: 'env' }).getNonce(ctx()))
    expect(error.code).toBe('network')
    expect(error.status).toBeUndefined()
  })

  it('times out a server that never answers', async () => {
    const { url } = await canned(() => {})
    const started = Date.now()
    const api = createHttpApi({ baseUrl: url, environmentId: 'env', timeoutMs: 80 })
    const error = await rejection(api.getNonce(ctx()))
    expect(error.code).toBe('timeout')
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('times out a body that never ends', async () => {
    const { url } = await canned((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.write('{"nonce":')
    })
    const error = await rejection(
      createHttpApi({ baseUrl: url, environmentId: 'env', timeoutMs: 80 }).getNonce(ctx()),
    )
    expect(error.code).toBe('timeout')
  })

  it('rejects with cancelled when the caller aborts', async () => {
    const { url } = await canned(() => {})
    const controller = new AbortController()
    const call = createHttpApi({ baseUrl: url, environmentId: 'env' }).getNonce(ctx(null, controller.signal))
    setTimeout(() => controller.abort(), 30)
    expect((await rejection(call)).code).toBe('cancelled')
  })

  it('rejects with cancelled without a request when the signal is already aborted', async () => {
    const { url, requests } = await canned(json(200, { nonce: 'abcdefgh12' }))
    const controller = new AbortController()
    controller.abort()
    const error = await rejection(
      createHttpApi({ baseUrl: url, environmentId: 'env' }).getNonce(ctx(null, controller.signal)),
    )
    expect(error.code).toBe('cancelled')
    expect(requests).toHaveLength(0)
  })

  it('never puts a token-looking server message into the error', async () => {
    const { url } = await canned(
      json(401, { error: { code: 'unauthorized', message: `bad token ${FAKE_JWT}` } }),
    )
    const error = await rejection(
      createHttpApi({ baseUrl: url, environmentId: 'env' }).refresh(ctx(FAKE_JWT)),
    )
    expect(error.code).toBe('unauthorized')
    expect(error.message).not.toContain('eyJ')
    expect(JSON.stringify(error)).not.toContain('eyJ')
  })
})

describe('createHttpApi: hostile bodies', () => {
  it('rejects a non-JSON success as server', async () => {
    const { url } = await canned((_req, res) => res.end(`<html>${FAKE_JWT}</html>`))
    const error = await rejection(createHttpApi({ baseUrl: url, environmentId: 'env' }).refresh(ctx()))
    expect(error.code).toBe('server')
    expect(error.message).not.toContain('eyJ')
  })

  it('rejects a numeric jwt next to a valid user as invalid_token', async () => {
    const { url } = await canned(json(200, { jwt: 42, user: { id: 'u' }, expiresAt: 1 }))
    const error = await rejection(createHttpApi({ baseUrl: url, environmentId: 'env' }).refresh(ctx()))
    expect(error.code).toBe('invalid_token')
  })

  it('rejects { jwt: 42 } as invalid_token', async () => {
    const { url } = await canned(json(200, { jwt: 42 }))
    const error = await rejection(createHttpApi({ baseUrl: url, environmentId: 'env' }).refresh(ctx()))
    expect(error.code).toBe('invalid_token')
  })

  it('rejects a verify response without a user as invalid_token', async () => {
    const { url } = await canned(json(200, { jwt: FAKE_JWT, expiresAt: 1_900_000_000 }))
    const api = createHttpApi({ baseUrl: url, environmentId: 'env' })
    const error = await rejection(api.verifyEmailCode({ verificationId: 'v', code: '123456' }, ctx()))
    expect(error.code).toBe('invalid_token')
    expect(error.message).not.toContain('eyJ')
  })

  it('rejects a verify response without a numeric expiresAt as invalid_token', async () => {
    const { url } = await canned(json(200, { ...verifyBody, expiresAt: '1900000000' }))
    const error = await rejection(createHttpApi({ baseUrl: url, environmentId: 'env' }).refresh(ctx()))
    expect(error.code).toBe('invalid_token')
  })

  it('requires a new jwt when the session sends a bearer token (in-app)', async () => {
    const { jwt: _jwt, ...cookieShaped } = verifyBody
    const { url } = await canned(json(200, cookieShaped))
    const error = await rejection(
      createHttpApi({ baseUrl: url, environmentId: 'env' }).refresh(ctx(FAKE_JWT)),
    )
    expect(error.code).toBe('invalid_token')
  })

  it('rejects a JSON array or string where an object is expected', async () => {
    const { url } = await canned(json(200, '[1,2,3]'))
    const api = createHttpApi({ baseUrl: url, environmentId: 'env' })
    expect((await rejection(api.refresh(ctx()))).code).toBe('server')
    expect((await rejection(api.getNonce(ctx()))).code).toBe('server')
    expect((await rejection(api.sendEmailCode({ email: 'a@b.c' }, ctx()))).code).toBe('server')
    expect((await rejection(api.enrollTotp(ctx()))).code).toBe('server')
    expect((await rejection(api.getSettings(ctx()))).code).toBe('server')
  })

  it('rejects a huge garbage body as server without buffering it all', async () => {
    const { url } = await canned((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      const chunk = 'x'.repeat(64 * 1024)
      let sent = 0
      const pump = () => {
        while (sent < 64 && res.write(chunk)) sent++
        if (sent < 64) res.once('drain', pump)
        else res.end()
      }
      res.on('error', () => {})
      pump()
    })
    const error = await rejection(createHttpApi({ baseUrl: url, environmentId: 'env' }).refresh(ctx()))
    expect(error.code).toBe('server')
    expect(error.message).toMatch(/too large/)
  })

  it('rejects a huge declared Content-Length as server', async () => {
    const { url } = await canned((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(50 * 1024 * 1024) })
      res.write('{')
    })
    const error = await rejection(createHttpApi({ baseUrl: url, environmentId: 'env' }).refresh(ctx()))
    expect(error.code).toBe('server')
  })
})

describe('createHttpApi: requests and results', () => {
  it('sends Dynamic-shaped payloads to the documented routes with the bearer token', async () => {
    const { url, requests } = await canned(json(200, verifyBody))
    const api = createHttpApi({ baseUrl: `${url}/`, environmentId: 'my env' })
    await api.linkWallet(
      {
        message: 'msg',
        signature: '0xsig',
        address: '0xabc',
        chain: 'EVM',
        walletName: 'metamask',
        walletProvider: 'browserExtension',
      },
      ctx(FAKE_JWT),
    )
    const [first] = requests
    expect(first?.req.method).toBe('POST')
    expect(first?.req.url).toBe('/sdk/my%20env/verify/link')
    expect(first?.req.headers.authorization).toBe(`Bearer ${FAKE_JWT}`)
    expect(first?.req.headers['content-type']).toBe('application/json')
    expect(JSON.parse(first?.body ?? '')).toEqual({
      messageToSign: 'msg',
      signedMessage: '0xsig',
      publicWalletAddress: '0xabc',
      chain: 'EVM',
      walletName: 'metamask',
      walletProvider: 'browserExtension',
    })
  })

  it('sends no Authorization header without a token', async () => {
    const { url, requests } = await canned(json(200, { verificationUUID: 'v-1' }))
    const api = createHttpApi({ baseUrl: url, environmentId: 'env' })
    expect(await api.sendSmsCode({ phone: '+15550100' }, ctx())).toEqual({ verificationId: 'v-1' })
    expect(requests[0]?.req.url).toBe('/sdk/env/smsVerifications/create')
    expect(requests[0]?.req.headers.authorization).toBeUndefined()
    expect(JSON.parse(requests[0]?.body ?? '')).toEqual({ phoneNumber: '+15550100' })
  })

  it('maps a verify response to an AuthResult with serverNow from the Date header (its second’s last ms)', async () => {
    const date = new Date('2031-05-06T07:08:09Z')
    const { url } = await canned(json(200, verifyBody, { Date: date.toUTCString() }))
    const result = await createHttpApi({ baseUrl: url, environmentId: 'env' }).refresh(ctx(FAKE_JWT))
    expect(result).toEqual({
      token: FAKE_JWT,
      expiresAt: 1_900_000_000,
      serverNow: date.getTime() + 999,
      user: verifyBody.user,
    })
  })

  it('camel-cases a snake_case user and keeps a tokenless (cookie mode) answer', async () => {
    const { url } = await canned(
      json(200, {
        user: {
          id: 'u-2',
          session_id: 's-2',
          environment_id: 'env',
          first_name: 'Ada',
          last_name: 'Lovelace',
          new_user: true,
          missing_fields: [{ name: 'alias' }, 'email'],
          verified_credentials: [
            { id: 'c', format: 'blockchain', address: '0xA', wallet_name: 'mm', wallet_provider: 'x' },
          ],
          scopes: ['user:basic', 'x'],
        },
        expiresAt: 1_900_000_000,
      }),
    )
    const result = await createHttpApi({ baseUrl: url, environmentId: 'env' }).verifySmsCode(
      { verificationId: 'v', code: '1' },
      ctx(),
    )
    expect(result.token).toBeNull()
    expect(result.user).toEqual({
      id: 'u-2',
      sessionId: 's-2',
      environmentId: 'env',
      firstName: 'Ada',
      lastName: 'Lovelace',
      newUser: true,
      missingFields: ['alias', 'email'],
      verifiedCredentials: [
        { id: 'c', format: 'blockchain', address: '0xA', walletName: 'mm', walletProvider: 'x' },
      ],
      scope: 'user:basic x',
    })
  })

  it('maps the TOTP enrollment and the settings', async () => {
    const { url } = await canned((req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      if (req.url?.endsWith('/settings')) {
        res.end(
          JSON.stringify({
            kyc: [
              { name: 'alias', required: true, enabled: true, unique: false, verify: false },
              { name: 'team', required: false, enabled: true, unique: false, verify: false },
              { name: 'country', required: true, enabled: false, unique: false, verify: false },
              { name: 7, required: true, enabled: true },
            ],
            sdk: { embeddedWallets: { automaticEmbeddedWalletCreation: true } },
          }),
        )
      } else res.end(JSON.stringify({ secret: 'SECRET', uri: 'otpauth://totp/x?secret=SECRET' }))
    })
    const api = createHttpApi({ baseUrl: url, environmentId: 'env' })
    expect(await api.enrollTotp(ctx(FAKE_JWT))).toEqual({
      secret: 'SECRET',
      otpauthUri: 'otpauth://totp/x?secret=SECRET',
    })
    expect(await api.getSettings(ctx())).toEqual({
      embeddedWallets: { createOnSignup: true },
      requiredFields: ['alias'],
      fieldLabels: {},
    })
  })

  it('accepts 204 for connect and revoke', async () => {
    const { url, requests } = await canned((_req, res) => {
      res.writeHead(204)
      res.end()
    })
    const api = createHttpApi({ baseUrl: url, environmentId: 'env' })
    await expect(
      api.recordVisit({ address: '0xA', chain: 'EVM', walletName: 'mm' }, ctx()),
    ).resolves.toBeUndefined()
    await expect(api.revoke({ reason: 'logout' }, ctx(FAKE_JWT))).resolves.toBeUndefined()
    expect(requests.map((r) => r.req.url)).toEqual(['/sdk/env/connect', '/sdk/env/revoke'])
    expect(JSON.parse(requests[1]?.body ?? '')).toEqual({ reason: 'logout' })
  })

  it('exposes environmentId', () => {
    expect(createHttpApi({ baseUrl: 'http://x', environmentId: 'abc' }).environmentId).toBe('abc')
  })

  it('passes credentials through to fetch (default same-origin)', async () => {
    const seen: RequestInit[] = []
    const fakeFetch = (async (_input: unknown, init?: RequestInit) => {
      seen.push(init ?? {})
      return new Response(JSON.stringify({ nonce: 'abcdefgh12' }), { status: 200 })
    }) as typeof fetch
    await createHttpApi({ baseUrl: 'http://x', environmentId: 'e', fetch: fakeFetch }).getNonce(ctx())
    await createHttpApi({
      baseUrl: 'http://x',
      environmentId: 'e',
      fetch: fakeFetch,
      credentials: 'include',
    }).getNonce(ctx())
    expect(seen.map((init) => init.credentials)).toEqual(['same-origin', 'include'])
  })

  it('looks up globalThis.fetch at call time, not at creation', async () => {
    const api = createHttpApi({ baseUrl: 'http://x', environmentId: 'e' })
    const late = vi.fn(async () => new Response(JSON.stringify({ nonce: 'late-nonce-1' }), { status: 200 }))
    vi.stubGlobal('fetch', late)
    expect(await api.getNonce(ctx())).toEqual({ nonce: 'late-nonce-1' })
    expect(late).toHaveBeenCalledOnce()
  })

  it('maps a fetch that throws to network and clears its timer', async () => {
    vi.useFakeTimers()
    const failing = (async () => {
      throw new TypeError('fetch failed')
    }) as typeof fetch
    const error = await rejection(
      createHttpApi({ baseUrl: 'http://x', environmentId: 'e', fetch: failing }).getNonce(ctx()),
    )
    expect(error.code).toBe('network')
    expect(vi.getTimerCount()).toBe(0)
    const ok = (async () => new Response(JSON.stringify({ nonce: 'abcdefgh12' }))) as typeof fetch
    await createHttpApi({ baseUrl: 'http://x', environmentId: 'e', fetch: ok }).getNonce(ctx())
    expect(vi.getTimerCount()).toBe(0)
  })

  it('refuses to be created without baseUrl or environmentId', () => {
    expect(() => createHttpApi({ baseUrl: '', environmentId: 'e' })).toThrow(SessionError)
    expect(() => createHttpApi({ baseUrl: 'http://x', environmentId: '' })).toThrow(SessionError)
  })
})
