import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { routes } from '../api/routes'
import { SessionError } from '../errors'
import { handleAdmin } from './httpAdmin'
import { handleOAuth } from './httpOAuth'
import { refuseCrossSite, refuseForeignHost } from './httpOrigin'
import { isSecure, readBody, tokenOf } from './httpRequest'
import { createResponder, NO_CONTENT, type Responder } from './httpResponse'
import { createRouteTable, type Handler, matchPath, type RouteTable } from './httpRoutes'
import type { Social } from './social'
import type { TestAuthServer } from './types'

const notFound = (message: string) => new SessionError('invalid_input', message, { status: 404 })

/** A path segment, percent-decoded; a malformed escape (`%E0`) is a path that names no route. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    throw notFound('No such route: the path has a malformed %-escape.')
  }
}

/** The handler of an SDK route; 404 for an unknown path, 405 for a known one with another method. */
function handlerOf(table: RouteTable, method: string | undefined, path: string, pathname: string): Handler {
  const methods = table.get(path)
  const handler = methods?.get(method ?? '')
  if (handler) return handler
  if (methods) {
    throw new SessionError('invalid_input', `Use ${[...methods.keys()].join(' or ')} for ${path}.`, {
      status: 405,
    })
  }
  throw notFound(`No such route: ${method} ${pathname}.`)
}

function answerPreflight(allowedOrigin: boolean, res: ServerResponse) {
  if (allowedOrigin) {
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, OPTIONS')
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Accept, Idempotency-Key')
    res.setHeader('Access-Control-Max-Age', '600')
  }
}

function createHandler(server: TestAuthServer, responder: Responder, social?: Social) {
  const { environmentId, options } = server
  const table = createRouteTable(server, responder)
  return async (req: IncomingMessage, res: ServerResponse) => {
    refuseForeignHost(req, options.hosts)
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const segments = url.pathname.split('/').filter(Boolean).map(decodeSegment)
    const [area, env, ...rest] = segments
    if (area === 'oauth' && env === environmentId && social) return handleOAuth(social, req, res, url, rest)
    if ((area !== 'sdk' && area !== 'admin') || env !== environmentId) {
      throw notFound(`No such route. The routes live under /sdk/${environmentId}/.`)
    }
    if (area === 'admin') return handleAdmin(server, responder, req, res, rest)
    const allowedOrigin = responder.cors(req, res)
    if (req.method === 'OPTIONS') {
      answerPreflight(allowedOrigin, res)
      return responder.send(res, 204, NO_CONTENT)
    }
    const { path, params } = matchPath(table, rest.join('/'))
    const handler = handlerOf(table, req.method, path, url.pathname)
    // CSRF: every route that changes state (GET users/mfa/register/totp starts an enrolment).
    if (req.method !== 'GET' || path === routes.enrollTotp.path) refuseCrossSite(req, options.allowedOrigins)
    if (req.method === 'GET') req.resume()
    const body = req.method === 'GET' ? {} : await readBody(req)
    const controller = new AbortController()
    // The client went away before we answered: abort the in-process call.
    res.on('close', () => {
      if (!res.writableFinished) controller.abort()
    })
    const token = tokenOf(req, options.cookie === true)
    const result = await handler({
      api: { signal: controller.signal, token },
      body,
      params,
      res,
      secure: isSecure(req),
    })
    responder.send(res, 200, result)
  }
}

/** A Node request listener for `server`: what `listen()` serves and `server.handler` mounts elsewhere. */
export function createRequestListener(
  server: TestAuthServer,
  social?: Social,
): (req: IncomingMessage, res: ServerResponse) => void {
  const responder = createResponder(server.options)
  const handle = createHandler(server, responder, social)
  return (req, res) => {
    handle(req, res).catch((error) => responder.sendError(res, error, req.url))
  }
}

/** How long a connection may stay open without finishing its business, in ms (Node's `http.createServer` options). */
export interface HttpTimeouts {
  /** From the connection (or the end of the previous request) until the request's headers are in. */
  readonly headersTimeout: number
  /** Until the whole request, body included, is in. */
  readonly requestTimeout: number
  /** An idle keep-alive connection, between two requests. */
  readonly keepAliveTimeout: number
  /** How often Node checks `headersTimeout` and `requestTimeout`: a connection may outlive them by this much. */
  readonly connectionsCheckingInterval: number
}

/**
 * What `server.listen()` uses: idle or dripping connections end, headers within 10 s, a whole
 * request within 30 s, keep-alive 5 s (docs/testing.md). Node's own defaults are 60 s and 300 s.
 */
export const HTTP_TIMEOUTS: HttpTimeouts = Object.freeze({
  headersTimeout: 10_000,
  requestTimeout: 30_000,
  keepAliveTimeout: 5_000,
  connectionsCheckingInterval: 2_000,
})

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
 * @param options - `social`: the simulated providers whose URLs point here; `timeouts`: see {@link HTTP_TIMEOUTS}
 */
export function listen(
  server: TestAuthServer,
  port = 0,
  { social, timeouts = HTTP_TIMEOUTS }: { social?: Social; timeouts?: HttpTimeouts } = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const httpServer = createServer({ ...timeouts }, createRequestListener(server, social))

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
      // The social sign-in URLs it hands out point here from now on.
      if (social) social.base = `http://127.0.0.1:${bound}`
      resolve({ url: `http://127.0.0.1:${bound}`, close })
    })
  })
}
