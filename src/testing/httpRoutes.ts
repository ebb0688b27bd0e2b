import type { ServerResponse } from 'node:http'
import type { Json } from '../api/json'
import { routes } from '../api/routes'
import type { ApiContext, AuthResult } from '../api/types'
import type { Method, Route } from '../api/wire'
import { readRequest, writeAnswer } from '../api/wireServer'
import type { ProfileUpdate } from './api'
import { dynamicAnswer, sessionAnswer, updateSelfResponse } from './httpAnswers'
import { NO_CONTENT, type Responder } from './httpResponse'
import { addIdempotentWalletCreate, addServerRoutes } from './httpServerRoutes'
import type { TestAuthServer } from './types'

/** Everything a route handler needs to know about its request. */
export interface RouteContext {
  api: ApiContext
  body: Json
  res: ServerResponse
  secure: boolean
  /** The values of a templated path's `{name}` segments (`providers/{provider}/verify`). */
  params?: Json
}

export type Handler = (ctx: RouteContext) => Promise<unknown>

/** The handlers by path, then by method. */
export type RouteTable = Map<string, Map<string, Handler>>

/**
 * The table's path for a request path: itself, or the templated path whose other segments match
 * (`providers/google/verify` → `providers/{provider}/verify`, with `{ provider: 'google' }`).
 */
export function matchPath(table: RouteTable, path: string): { path: string; params: Json } {
  if (table.has(path)) return { path, params: {} }
  const segments = path.split('/')
  for (const candidate of table.keys()) {
    const parts = candidate.split('/')
    if (parts.length !== segments.length || !candidate.includes('{')) continue
    const params: Json = {}
    const same = parts.every((part, i) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1]
      if (name) params[name] = segments[i]
      return name !== undefined || part === segments[i]
    })
    if (same) return { path: candidate, params }
  }
  return { path, params: {} }
}

/** What building the table needs: the server, how answers are written, and the table so far. */
export interface RouteParts {
  server: TestAuthServer
  responder: Responder
  /** The JWT travels in the httpOnly cookie, never in a body. */
  cookieMode: boolean
  table: RouteTable
}

/** Adds (or replaces) the handler of `method path`. */
export function addRoute(table: RouteTable, method: string, path: string, handler: Handler): void {
  const methods = table.get(path) ?? new Map<string, Handler>()
  table.set(path, methods.set(method, handler))
}

/** The handler of one wire route: reads its input as the wire says, calls `server.api`, writes its answer. */
function wireHandler(parts: RouteParts, name: Method, route: Route): Handler {
  const { server, responder, cookieMode } = parts
  const call = server.api[name] as (...args: unknown[]) => Promise<unknown>
  return async (ctx) => {
    const run = () =>
      route.body ? call({ ...readRequest(route, ctx.body), ...ctx.params }, ctx.api) : call(ctx.api)
    let result: unknown
    try {
      result = await run()
    } finally {
      // Logging out ends the cookie whatever the server says about the token.
      if (name === 'revoke' && cookieMode) ctx.res.appendHeader('Set-Cookie', responder.clearCookie())
    }
    if (route.answer === 'session') {
      const body = sessionAnswer(parts, ctx, route, result as AuthResult)
      return name === 'updateUser' ? updateSelfResponse(body, result as ProfileUpdate) : body
    }
    return dynamicAnswer(server.options, name, ctx.body, writeAnswer(route, result)) ?? NO_CONTENT
  }
}

/**
 * The `/sdk/{environmentId}/` routes of the reference backend: one handler per route of the wire
 * (`api/wire.ts`), each reading its input as the wire says, calling `server.api` and writing the
 * answer as the wire says; in cookie mode a session answer puts the JWT into the httpOnly cookie.
 */
export function createRouteTable(server: TestAuthServer, responder: Responder): RouteTable {
  const parts: RouteParts = {
    server,
    responder,
    cookieMode: server.options.cookie === true,
    table: new Map(),
  }
  for (const [name, route] of Object.entries(routes) as Array<[Method, Route]>) {
    addRoute(parts.table, route.method, route.path, wireHandler(parts, name, route))
  }
  addIdempotentWalletCreate(parts)
  addServerRoutes(parts)
  return parts.table
}
