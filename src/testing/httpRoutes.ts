import type { ServerResponse } from 'node:http'
import { decodeJwt } from 'jose'
import type { Json } from '../api/json'
import { routes } from '../api/routes'
import type { ApiContext, AuthResult } from '../api/types'
import { type Method, type Route, serverRoutes } from '../api/wire'
import { readRequest, sdkUser, writeAnswer } from '../api/wireServer'
import { apiUserFrom } from '../token/user'
import { normalizeEmail } from '../validate'
import type { ProfileUpdate } from './api'
import { NO_CONTENT, type Responder } from './httpResponse'
import { internals, totpDeviceId } from './internals'
import { unauthorized } from './refuse'
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

/**
 * Dynamic's UpdateSelfResponse: what the UI shows next. A new email or phone for a user who proved
 * one waits for its code (`verify-email`, with the verification to answer); otherwise `done`.
 */
function updateSelfResponse(body: Json, { verifications }: ProfileUpdate): Json {
  if (verifications?.email) {
    return { ...body, nextView: 'verify-email', emailVerification: { verificationUUID: verifications.email } }
  }
  if (verifications?.sms) {
    return { ...body, nextView: 'verify-sms', smsVerification: { verificationUUID: verifications.sms } }
  }
  return { ...body, nextView: 'done' }
}

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
  const extra = () => {
    const found = internals.get(server)
    if (!found) throw unauthorized('This server has no reference-backend internals.')
    return found
  }
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
        const body = sessionAnswer(ctx, route, result as AuthResult)
        return name === 'updateUser' ? updateSelfResponse(body, result as ProfileUpdate) : body
      }
      return dynamicAnswer(name, ctx.body, writeAnswer(route, result)) ?? NO_CONTENT
    })
  }

  /** The fields Dynamic's answers carry besides lanyard's: the verification's target, the TOTP device, MFA settings. */
  const dynamicAnswer = (name: Method, request: Json, body: Json | undefined) => {
    if (!body) return body
    if (name === 'sendEmailCode' || name === 'resendEmailCode') {
      return { ...body, email: normalizeEmail(request.email) ?? undefined }
    }
    if (name === 'sendSmsCode' || name === 'resendSmsCode') {
      return { ...body, phoneNumber: request.phoneNumber }
    }
    if (name === 'enrollTotp') return { id: totpDeviceId(String(body.secret)), type: 'totp', ...body }
    if (name === 'getSettings') {
      const required = options.mfa === 'required'
      return { ...body, security: { mfa: { enabled: true, required, availableMethods: ['totp'] } } }
    }
    return body
  }

  // Idempotency-Key of createEmbeddedWallet, per user: a retry of a create whose answer was lost
  // gets the session's fresh token (the wallet it created) instead of a second wallet.
  const created = new Map<string, Promise<unknown>>()
  const createWallet = table.get(routes.createEmbeddedWallet.path)?.get(routes.createEmbeddedWallet.method)
  if (createWallet) {
    add(routes.createEmbeddedWallet.method, routes.createEmbeddedWallet.path, async (ctx) => {
      const key = ctx.res.req.headers['idempotency-key']
      const sub = ctx.api.token ? claimsOf(ctx.api.token).sub : undefined
      if (typeof key !== 'string' || typeof sub !== 'string') return createWallet(ctx)
      const id = `${sub} ${key}`
      const earlier = created.get(id)
      if (
        earlier &&
        (await earlier.then(
          () => true,
          () => false,
        ))
      ) {
        return sessionAnswer(ctx, routes.refresh, await server.api.refresh(ctx.api))
      }
      const run = createWallet(ctx)
      created.set(id, run)
      run.catch(() => created.delete(id))
      return run
    })
  }

  // GET users: Dynamic's getAuthenticatedUser, the SdkUser itself, for a fully signed-in session
  // only (a token still waiting for MFA, or a step-up token, is refused as on every full-scope route).
  add(serverRoutes.currentUser.method, serverRoutes.currentUser.path, async ({ api }) =>
    sdkUser(await extra().currentUser(api)),
  )
  add(serverRoutes.jwks.method, serverRoutes.jwks.path, async () => server.jwks())
  add(serverRoutes.jwksJson.method, serverRoutes.jwksJson.path, async () => server.jwks())
  // Dynamic's `verify`: the wallet sign-in (or sign-up) of `wallets/signin`.
  const walletSignIn = table.get(routes.signInWithWallet.path)?.get(routes.signInWithWallet.method)
  if (walletSignIn) add(serverRoutes.verify.method, serverRoutes.verify.path, walletSignIn)
  for (const [route, channel] of [
    [serverRoutes.confirmEmailChange, 'email'],
    [serverRoutes.confirmSmsChange, 'sms'],
  ] as const) {
    add(route.method, route.path, async (ctx) => {
      const result = await extra().confirmChange(channel, ctx.body, ctx.api)
      return updateSelfResponse(sessionAnswer(ctx, routes.updateUser, result), result)
    })
  }
  add(serverRoutes.confirmTotp.method, serverRoutes.confirmTotp.path, async ({ api, body }) =>
    extra().confirmTotp(body, api),
  )
  return table
}
