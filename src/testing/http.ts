import { createHash, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { createLocalJWKSet, jwtVerify } from 'jose'
import type { ApiContext, ApiUser, AuthResult, WalletProof } from '../api/types'
import { SessionError, type SessionErrorCode } from '../errors'
import type { TestAuthServer } from './types'

/** Name of the httpOnly cookie that holds the JWT when the server runs in cookie mode. */
export const SESSION_COOKIE = 'lanyard_session'

/** Largest request body accepted, in bytes. */
const MAX_BODY_BYTES = 64 * 1024

type Json = Record<string, unknown>

/** Everything a route handler needs to know about its request. */
interface RouteContext {
  api: ApiContext
  body: Json
  res: ServerResponse
  secure: boolean
}

type Handler = (ctx: RouteContext) => Promise<unknown>

interface Route {
  method: 'GET' | 'POST' | 'PUT'
  run: Handler
}

/** A response with no body (204). */
const NO_CONTENT = Symbol('no content')

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const invalid = (message: string) => new SessionError('invalid_input', message, { status: 400 })

function text(body: Json, key: string): string {
  const value = body[key]
  if (typeof value !== 'string' || value === '')
    throw invalid(`The request body needs a non-empty string \`${key}\`.`)
  return value
}

function defaultStatus(code: SessionErrorCode): number {
  switch (code) {
    case 'unauthorized':
    case 'invalid_token':
      return 401
    case 'rate_limited':
      return 429
    case 'invalid_state':
      return 409
    case 'server':
      return 500
    case 'network':
      return 502
    case 'timeout':
      return 504
    default:
      return 400
  }
}

function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>()
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq <= 0) continue
    cookies.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim())
  }
  return cookies
}

function bearer(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')
  return match?.[1] ?? null
}

/** Compares two secrets in constant time (hashing first, so lengths leak nothing either). */
function sameSecret(given: string | null, expected: string): boolean {
  if (given === null) return false
  const a = createHash('sha256').update(given).digest()
  const b = createHash('sha256').update(expected).digest()
  return timingSafeEqual(a, b)
}

function readBody(req: IncomingMessage): Promise<Json> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'])
    if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
      reject(
        new SessionError('invalid_input', 'The request body is too large (64 KiB at most).', { status: 413 }),
      )
      req.resume()
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    let done = false
    req.on('data', (chunk: Buffer) => {
      if (done) return
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        done = true
        reject(
          new SessionError('invalid_input', 'The request body is too large (64 KiB at most).', {
            status: 413,
          }),
        )
        return
      }
      chunks.push(chunk)
    })
    req.on('error', (error) => {
      if (!done) reject(error)
      done = true
    })
    // The client went away mid-body: nothing will answer, but do not leave the handler hanging.
    req.on('close', () => {
      if (!done) reject(new SessionError('cancelled', 'The client closed the connection.', { status: 499 }))
      done = true
    })
    req.on('end', () => {
      if (done) return
      done = true
      const raw = Buffer.concat(chunks).toString('utf8')
      if (raw.trim() === '') return resolve({})
      let parsed: unknown
      try {
        parsed = JSON.parse(raw)
      } catch {
        return reject(invalid('The request body is not valid JSON.'))
      }
      if (!isObject(parsed)) return reject(invalid('The request body must be a JSON object.'))
      resolve(parsed)
    })
  })
}

function proofFrom(body: Json): WalletProof {
  return {
    message: text(body, 'messageToSign'),
    signature: text(body, 'signedMessage'),
    address: text(body, 'publicWalletAddress'),
    chain: text(body, 'chain'),
    walletName: text(body, 'walletName'),
    walletProvider: typeof body.walletProvider === 'string' ? body.walletProvider : 'browserExtension',
  }
}

function decodePayload(token: string): Json {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'))
    return isObject(payload) ? payload : {}
  } catch {
    return {}
  }
}

/** The Dynamic-shaped user object (camelCase) made from a token's claims. */
function userFromClaims(claims: Json): ApiUser {
  const user: ApiUser = { id: String(claims.sub) }
  if (typeof claims.sid === 'string') user.sessionId = claims.sid
  if (typeof claims.environment_id === 'string') user.environmentId = claims.environment_id
  if (typeof claims.email === 'string') user.email = claims.email
  if (typeof claims.alias === 'string') user.alias = claims.alias
  if (typeof claims.first_name === 'string') user.firstName = claims.first_name
  if (typeof claims.last_name === 'string') user.lastName = claims.last_name
  if (typeof claims.scope === 'string') user.scope = claims.scope
  if (typeof claims.new_user === 'boolean') user.newUser = claims.new_user
  if (Array.isArray(claims.missing_fields)) {
    user.missingFields = claims.missing_fields.filter((field): field is string => typeof field === 'string')
  }
  if (Array.isArray(claims.verified_credentials)) {
    user.verifiedCredentials = claims.verified_credentials.filter(isObject).map((c) => {
      const credential: Record<string, unknown> = { id: c.id, format: c.format }
      for (const [from, to] of [
        ['address', 'address'],
        ['chain', 'chain'],
        ['wallet_name', 'walletName'],
        ['wallet_provider', 'walletProvider'],
        ['email', 'email'],
        ['public_identifier', 'publicIdentifier'],
      ] as const) {
        if (typeof c[from] === 'string') credential[to] = c[from]
      }
      return credential as unknown as NonNullable<ApiUser['verifiedCredentials']>[number]
    })
  }
  return user
}

/**
 * Serves a {@link TestAuthServer} over HTTP on 127.0.0.1, with the Dynamic-shaped routes under
 * `/sdk/{environmentId}/` and the admin routes under `/admin/{environmentId}/` (see docs/http-api.md).
 * This is what `server.listen(port)` calls.
 *
 * @example
 * const server = createTestAuthServer()
 * const { url, close } = await listen(server, 0)
 * const api = createHttpApi({ baseUrl: url, environmentId: server.environmentId })
 * // ...
 * await close()
 *
 * @param server - the in-memory reference backend whose `api` answers every route
 * @param port - the TCP port; 0 or omitted = any free port
 */
export function listen(server: TestAuthServer, port = 0): Promise<{ url: string; close(): Promise<void> }> {
  const { options } = server
  const environmentId = server.environmentId ?? options.environmentId
  const now = () => options.now()
  const cookieMode = options.cookie === true

  const sdkRoutes: Record<string, Route> = {
    'emailVerifications/create': {
      method: 'POST',
      run: async ({ api, body }) => {
        const { verificationId } = await server.api.sendEmailCode({ email: text(body, 'email') }, api)
        return { verificationUUID: verificationId }
      },
    },
    'emailVerifications/retry': {
      method: 'POST',
      run: async ({ api, body }) => {
        const { verificationId } = await server.api.resendEmailCode(
          { verificationId: text(body, 'verificationUUID') },
          api,
        )
        return { verificationUUID: verificationId }
      },
    },
    'emailVerifications/signin': {
      method: 'POST',
      run: async (ctx) =>
        verifyResponse(
          ctx,
          await server.api.verifyEmailCode(
            { verificationId: text(ctx.body, 'verificationUUID'), code: text(ctx.body, 'verificationToken') },
            ctx.api,
          ),
        ),
    },
    'smsVerifications/create': {
      method: 'POST',
      run: async ({ api, body }) => {
        const { verificationId } = await server.api.sendSmsCode({ phone: text(body, 'phoneNumber') }, api)
        return { verificationUUID: verificationId }
      },
    },
    'smsVerifications/retry': {
      method: 'POST',
      run: async ({ api, body }) => {
        const { verificationId } = await server.api.resendSmsCode(
          { verificationId: text(body, 'verificationUUID') },
          api,
        )
        return { verificationUUID: verificationId }
      },
    },
    'smsVerifications/signin': {
      method: 'POST',
      run: async (ctx) =>
        verifyResponse(
          ctx,
          await server.api.verifySmsCode(
            { verificationId: text(ctx.body, 'verificationUUID'), code: text(ctx.body, 'verificationToken') },
            ctx.api,
          ),
        ),
    },
    nonce: { method: 'GET', run: async ({ api }) => server.api.getNonce(api) },
    connect: {
      method: 'POST',
      run: async ({ api, body }) => {
        await server.api.recordVisit(
          {
            address: text(body, 'address'),
            chain: text(body, 'chain'),
            walletName: text(body, 'walletName'),
          },
          api,
        )
        return NO_CONTENT
      },
    },
    'wallets/signin': {
      method: 'POST',
      run: async (ctx) =>
        verifyResponse(ctx, await server.api.signInWithWallet(proofFrom(ctx.body), ctx.api)),
    },
    'verify/link': {
      method: 'POST',
      run: async (ctx) => verifyResponse(ctx, await server.api.linkWallet(proofFrom(ctx.body), ctx.api)),
    },
    'users/mfa/register/totp': {
      method: 'POST',
      run: async ({ api }) => {
        const { secret, otpauthUri } = await server.api.enrollTotp(api)
        return { secret, uri: otpauthUri }
      },
    },
    'users/mfa/auth/totp': {
      method: 'POST',
      run: async (ctx) =>
        verifyResponse(ctx, await server.api.verifyTotp({ code: text(ctx.body, 'code') }, ctx.api)),
    },
    'users/embeddedWallets': {
      method: 'POST',
      run: async (ctx) =>
        verifyResponse(
          ctx,
          await server.api.createEmbeddedWallet({ chain: text(ctx.body, 'chain') }, ctx.api),
        ),
    },
    refresh: { method: 'POST', run: async (ctx) => verifyResponse(ctx, await server.api.refresh(ctx.api)) },
    revoke: {
      method: 'POST',
      run: async ({ api, body, res }) => {
        const reason = typeof body.reason === 'string' ? body.reason : 'logout'
        try {
          await server.api.revoke({ reason }, api)
        } finally {
          if (cookieMode) res.appendHeader('Set-Cookie', clearCookie())
        }
        return NO_CONTENT
      },
    },
    settings: { method: 'GET', run: async ({ api }) => server.api.getSettings(api) },
    '.well-known/jwks': { method: 'GET', run: async () => server.jwks() },
  }

  const usersRoutes: Record<'GET' | 'PUT', Handler> = {
    GET: async ({ api }) => currentUser(api.token),
    PUT: async (ctx) => {
      const fields = ctx.body.fields
      if (!isObject(fields) || !Object.values(fields).every((value) => typeof value === 'string')) {
        throw invalid(
          'The request body needs `fields`: an object of strings, e.g. { "fields": { "alias": "ada" } }.',
        )
      }
      return verifyResponse(
        ctx,
        await server.api.updateUser({ fields: fields as Record<string, string> }, ctx.api),
      )
    },
  }

  /** GET users: the current user, from a token this server signed and whose session is still live. */
  async function currentUser(token: string | null) {
    const unauthorized = () =>
      new SessionError('unauthorized', 'No valid session: sign in again.', { status: 401 })
    if (!token) throw unauthorized()
    let claims: Json
    try {
      const verified = await jwtVerify(token, createLocalJWKSet(server.jwks()), {
        currentDate: new Date(now()),
        issuer: options.issuer,
        audience: options.audience,
      })
      claims = verified.payload as Json
    } catch {
      throw unauthorized()
    }
    const session = server.sessions().find((s) => s.id === claims.sid)
    if (!session || session.revokedAt !== null) throw unauthorized()
    return { user: userFromClaims(claims), expiresAt: claims.exp }
  }

  function sessionCookie(token: string, expiresAt: number, secure: boolean): string {
    const maxAge = Math.max(0, Math.floor(expiresAt - now() / 1000))
    return `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Lax; Path=/; Max-Age=${maxAge}${secure ? '; Secure' : ''}`
  }

  function clearCookie(): string {
    return `${SESSION_COOKIE}=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0`
  }

  /** `{ user, jwt?, expiresAt }`; in cookie mode the JWT goes into the httpOnly cookie and never into the body. */
  function verifyResponse({ res, secure }: RouteContext, result: AuthResult) {
    const token = result.token
    const user = result.user ?? (token ? userFromClaims(decodePayload(token)) : undefined)
    if (cookieMode) {
      if (token) res.appendHeader('Set-Cookie', sessionCookie(token, result.expiresAt, secure))
      return { user, expiresAt: result.expiresAt }
    }
    return { user, jwt: token ?? undefined, expiresAt: result.expiresAt }
  }

  function cors(req: IncomingMessage, res: ServerResponse): boolean {
    const allowed = options.allowedOrigins
    if (!allowed || allowed.length === 0) return false
    res.setHeader('Vary', 'Origin')
    const origin = req.headers.origin
    if (typeof origin !== 'string' || !allowed.includes(origin)) return false
    res.setHeader('Access-Control-Allow-Origin', origin)
    res.setHeader('Access-Control-Allow-Credentials', 'true')
    res.setHeader('Access-Control-Expose-Headers', 'Date, Retry-After')
    return true
  }

  function send(res: ServerResponse, status: number, body: unknown) {
    if (res.headersSent || res.destroyed) return
    res.setHeader('Date', new Date(now()).toUTCString())
    res.setHeader('Cache-Control', 'no-store')
    if (body === NO_CONTENT) {
      res.writeHead(status === 200 ? 204 : status)
      res.end()
      return
    }
    const json = JSON.stringify(body ?? {})
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' })
    res.end(json)
  }

  function sendError(res: ServerResponse, error: unknown) {
    if (res.headersSent || res.destroyed) return
    // An injected network failure (`server.fail(op, { status: 0 })`): drop the connection as a real outage would.
    if (error instanceof TypeError && error.message === 'fetch failed') {
      res.socket?.destroy()
      return
    }
    const sessionError =
      error instanceof SessionError
        ? error
        : new SessionError('server', 'The auth server failed unexpectedly. Try again later.', { status: 500 })
    const status = sessionError.status ?? defaultStatus(sessionError.code)
    if (status === 429 || sessionError.retryAfter !== undefined) {
      res.setHeader('Retry-After', String(Math.max(0, Math.ceil(sessionError.retryAfter ?? 1))))
    }
    if (status === 401 && cookieMode) res.appendHeader('Set-Cookie', clearCookie())
    send(res, status, { error: { code: sessionError.code, message: sessionError.message } })
  }

  async function handleAdmin(req: IncomingMessage, res: ServerResponse, segments: string[]) {
    if (!sameSecret(bearer(req.headers.authorization), options.apiKey)) {
      res.setHeader('WWW-Authenticate', 'Bearer')
      throw new SessionError('unauthorized', 'The admin routes need `Authorization: Bearer <apiKey>`.', {
        status: 401,
      })
    }
    if (req.method !== 'POST') throw new SessionError('invalid_input', 'Use POST.', { status: 405 })
    await readBody(req)
    const [kind, id, action] = segments
    if (kind === 'revoke' && id === undefined) return send(res, 200, { revoked: server.revokeAll() })
    if (kind === 'sessions' && id && action === 'revoke' && segments.length === 3) {
      return send(res, 200, { revoked: server.revokeSession(id) ? 1 : 0 })
    }
    if (kind === 'users' && id && action === 'revoke' && segments.length === 3) {
      return send(res, 200, { revoked: server.revokeUser(id) })
    }
    throw new SessionError('invalid_input', 'No such admin route.', { status: 404 })
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent)
    const [area, env, ...rest] = segments
    if ((area !== 'sdk' && area !== 'admin') || env !== environmentId) {
      throw new SessionError(
        'invalid_input',
        `No such route. The routes live under /sdk/${environmentId}/.`,
        {
          status: 404,
        },
      )
    }
    if (area === 'admin') return handleAdmin(req, res, rest)

    const allowedOrigin = cors(req, res)
    if (req.method === 'OPTIONS') {
      if (allowedOrigin) {
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, OPTIONS')
        res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Accept')
        res.setHeader('Access-Control-Max-Age', '600')
      }
      return send(res, 204, NO_CONTENT)
    }

    const path = rest.join('/')
    let handler: Handler | undefined
    if (path === 'users') handler = usersRoutes[req.method as 'GET' | 'PUT']
    else {
      const route = sdkRoutes[path]
      if (route && route.method === req.method) handler = route.run
      else if (route)
        throw new SessionError('invalid_input', `Use ${route.method} for ${path}.`, { status: 405 })
    }
    if (!handler) {
      throw new SessionError('invalid_input', `No such route: ${req.method} ${url.pathname}.`, {
        status: 404,
      })
    }

    if (req.method === 'GET') req.resume()
    const body = req.method === 'GET' ? {} : await readBody(req)
    const token = cookieMode
      ? parseCookies(req.headers.cookie).get(SESSION_COOKIE) || null
      : bearer(req.headers.authorization)
    const controller = new AbortController()
    // The client went away before we answered: abort the in-process call.
    res.on('close', () => {
      if (!res.writableFinished) controller.abort()
    })
    const secure =
      (req.socket as Socket & { encrypted?: boolean }).encrypted === true ||
      String(req.headers['x-forwarded-proto'] ?? '')
        .split(',')[0]
        ?.trim() === 'https'
    const result = await handler({ api: { signal: controller.signal, token }, body, res, secure })
    send(res, 200, result)
  }

  const httpServer = createServer((req, res) => {
    handle(req, res).catch((error) => sendError(res, error))
  })

  let closing: Promise<void> | undefined
  const close = () => {
    closing ??= new Promise<void>((resolve) => {
      httpServer.close(() => resolve())
      httpServer.closeAllConnections()
    })
    return closing
  }

  return new Promise((resolve, reject) => {
    httpServer.once('error', reject)
    httpServer.listen(port, '127.0.0.1', () => {
      httpServer.off('error', reject)
      const { port: bound } = httpServer.address() as AddressInfo
      resolve({ url: `http://127.0.0.1:${bound}`, close })
    })
  })
}
