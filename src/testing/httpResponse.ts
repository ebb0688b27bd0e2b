import type { IncomingMessage, ServerResponse } from 'node:http'
import { errorBody, statusOf } from '../api/wireCodes'
import { SessionError } from '../errors'
import { SESSION_COOKIE } from './httpRequest'
import type { ResolvedTestAuthServerOptions } from './types'

// Writing the reference backend's answers: JSON or 204, errors as the wire spells them, the
// session cookie, and CORS for the allowed origins.

/** A response with no body (204). */
export const NO_CONTENT = Symbol('no content')

/** Writes an answer on the server's clock (`Date`), never cached: JSON, or 204 for NO_CONTENT. */
function send(
  { now }: ResolvedTestAuthServerOptions,
  res: ServerResponse,
  status: number,
  body: unknown,
): void {
  if (res.headersSent || res.destroyed) return
  res.setHeader('Date', new Date(now()).toUTCString())
  res.setHeader('Cache-Control', 'no-store')
  if (body === NO_CONTENT) {
    res.writeHead(status === 200 ? 204 : status)
    res.end()
    return
  }
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(body ?? {}))
}

/** An error as Dynamic writes it, `{ error: message, code }`, with its status; `Retry-After` when rate limited. */
function sendError(
  options: ResolvedTestAuthServerOptions,
  res: ServerResponse,
  error: unknown,
  path?: string,
): void {
  if (res.headersSent || res.destroyed) return
  // An injected network failure (`server.fail(op, { status: 0 })`): drop the connection as a real outage would.
  if (error instanceof TypeError && error.message === 'fetch failed') {
    res.socket?.destroy()
    return
  }
  const sessionError =
    error instanceof SessionError
      ? error
      : new SessionError('server', 'The auth server failed unexpectedly. Try again later.', {
          status: 500,
        })
  const status = sessionError.status ?? statusOf(sessionError.code)
  if (status === 429 || sessionError.retryAfter !== undefined) {
    res.setHeader('Retry-After', String(Math.max(0, Math.ceil(sessionError.retryAfter ?? 1))))
  }
  if (status === 401 && options.cookie === true) res.appendHeader('Set-Cookie', clearCookie())
  send(options, res, status, errorBody(sessionError, path))
}

/** The httpOnly cookie that carries the JWT in cookie mode, for as long as the token lives. */
function sessionCookie(
  { now }: ResolvedTestAuthServerOptions,
  token: string,
  expiresAt: number,
  secure: boolean,
) {
  const maxAge = Math.max(0, Math.floor(expiresAt - now() / 1000))
  return `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Lax; Path=/; Max-Age=${maxAge}${secure ? '; Secure' : ''}`
}

function clearCookie(): string {
  return `${SESSION_COOKIE}=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0`
}

/** CORS headers for an allowed origin; true when the request's origin is one. */
function cors(
  { allowedOrigins: allowed }: ResolvedTestAuthServerOptions,
  req: IncomingMessage,
  res: ServerResponse,
) {
  if (!allowed || allowed.length === 0) return false
  res.setHeader('Vary', 'Origin')
  const origin = req.headers.origin
  if (typeof origin !== 'string' || !allowed.includes(origin)) return false
  res.setHeader('Access-Control-Allow-Origin', origin)
  res.setHeader('Access-Control-Allow-Credentials', 'true')
  res.setHeader('Access-Control-Expose-Headers', 'Date, Retry-After')
  return true
}

/** Writes answers on the server's clock (`Date`), never cached. */
export function createResponder(options: ResolvedTestAuthServerOptions) {
  return {
    send: (res: ServerResponse, status: number, body: unknown) => send(options, res, status, body),
    sendError: (res: ServerResponse, error: unknown, path?: string) => sendError(options, res, error, path),
    sessionCookie: (token: string, expiresAt: number, secure: boolean): string =>
      sessionCookie(options, token, expiresAt, secure),
    clearCookie,
    cors: (req: IncomingMessage, res: ServerResponse): boolean => cors(options, req, res),
  }
}

export type Responder = ReturnType<typeof createResponder>
