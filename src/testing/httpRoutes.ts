import type { ServerResponse } from 'node:http'
import { createLocalJWKSet, decodeJwt, jwtVerify } from 'jose'
import type { Json } from '../api/json'
import type { ApiContext, AuthResult } from '../api/types'
import { type Method, type Route, readRequest, routes, serverRoutes, writeAnswer } from '../api/wire'
import { apiUserFrom } from '../token/user'
import { NO_CONTENT, type Responder } from './httpResponse'
import { unauthorized } from './refuse'
import type { TestAuthServer } from './types'

/** Everything a route handler needs to know about its request. */
export interface RouteContext {
  api: ApiContext
  body: Json
  res: ServerResponse
  secure: boolean
}

export type Handler = (ctx: RouteContext) => Promise<unknown>

/** The handlers by path, then by method. */
export type RouteTable = Map<string, Map<string, Handler>>

const claimsOf = (token: string): Json => {
  try {
    return decodeJwt(token)
  } catch {
    return {}
  }
}

/**
 * The `/sdk/{environmentId}/` routes of the reference backend: one handler per route of the wire
 * (`api/wire.ts`), each reading its input as the wire says, calling `server.api` and writing the
 * answer as the wire says; in cookie mode a session answer puts the JWT into the httpOnly cookie.
 */
export function createRouteTable(server: TestAuthServer, responder: Responder): RouteTable {
  const { options } = server
  const cookieMode = options.cookie === true
  const table: RouteTable = new Map()
  const add = (method: string, path: string, handler: Handler) => {
    const methods = table.get(path) ?? new Map<string, Handler>()
    table.set(path, methods.set(method, handler))
  }

  /** `{ user, jwt?, expiresAt }`; in cookie mode the JWT goes into the httpOnly cookie and never into the body. */
  const sessionAnswer = ({ res, secure }: RouteContext, route: Route, result: AuthResult) => {
    const { token } = result
    const user = result.user ?? (token ? apiUserFrom(claimsOf(token)) : undefined)
    const body = writeAnswer(route, { ...result, user }) as Json
    if (!cookieMode) return body
    if (token) res.appendHeader('Set-Cookie', responder.sessionCookie(token, result.expiresAt, secure))
    delete body.jwt
    return body
  }

  for (const [name, route] of Object.entries(routes) as Array<[Method, Route]>) {
    const call = server.api[name] as (...args: unknown[]) => Promise<unknown>
    add(route.method, route.path, async (ctx) => {
      const run = () => (route.body ? call(readRequest(route, ctx.body), ctx.api) : call(ctx.api))
      let result: unknown
      try {
        result = await run()
      } finally {
        // Logging out ends the cookie whatever the server says about the token.
        if (name === 'revoke' && cookieMode) ctx.res.appendHeader('Set-Cookie', responder.clearCookie())
      }
      if (route.answer === 'session') return sessionAnswer(ctx, route, result as AuthResult)
      return writeAnswer(route, result) ?? NO_CONTENT
    })
  }

  /** GET users: the current user, from a token this server signed and whose session is still live. */
  add(serverRoutes.currentUser.method, serverRoutes.currentUser.path, async ({ api }) => {
    const refused = () => unauthorized('No valid session: sign in again.')
    if (!api.token) throw refused()
    let claims: Json
    try {
      const verified = await jwtVerify(api.token, createLocalJWKSet(server.jwks()), {
        currentDate: new Date(options.now()),
        issuer: options.issuer,
        audience: options.audience,
      })
      claims = verified.payload as Json
    } catch {
      throw refused()
    }
    const session = server.sessions().find((s) => s.id === claims.sid)
    if (!session || session.revokedAt !== null) throw refused()
    return { user: apiUserFrom(claims), expiresAt: claims.exp }
  })
  add(serverRoutes.jwks.method, serverRoutes.jwks.path, async () => server.jwks())
  return table
}
