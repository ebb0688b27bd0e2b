import { routes } from '../api/routes'
import { serverRoutes } from '../api/wire'
import { sdkUser } from '../api/wireServer'
import { claimsOf, sessionAnswer, updateSelfResponse } from './httpAnswers'
import { addRoute, type Handler, type RouteParts } from './httpRoutes'
import { internals } from './internals'
import { unauthorized } from './refuse'

// The routes Dynamic's client calls beyond the wire's AuthApi methods, and the retry rule of
// createEmbeddedWallet.

const handlerOf = ({ table }: RouteParts, route: { method: string; path: string }): Handler | undefined =>
  table.get(route.path)?.get(route.method)

/**
 * Idempotency-Key of createEmbeddedWallet, per user: a retry of a create whose answer was lost
 * gets the session's fresh token (the wallet it created) instead of a second wallet.
 */
export function addIdempotentWalletCreate(parts: RouteParts): void {
  const createWallet = handlerOf(parts, routes.createEmbeddedWallet)
  if (!createWallet) return
  const created = new Map<string, Promise<unknown>>()
  const succeeded = (run: Promise<unknown>) =>
    run.then(
      () => true,
      () => false,
    )
  addRoute(parts.table, routes.createEmbeddedWallet.method, routes.createEmbeddedWallet.path, async (ctx) => {
    const key = ctx.res.req.headers['idempotency-key']
    const sub = ctx.api.token ? claimsOf(ctx.api.token).sub : undefined
    if (typeof key !== 'string' || typeof sub !== 'string') return createWallet(ctx)
    const id = `${sub} ${key}`
    const earlier = created.get(id)
    if (earlier && (await succeeded(earlier))) {
      return sessionAnswer(parts, ctx, routes.refresh, await parts.server.api.refresh(ctx.api))
    }
    const run = createWallet(ctx)
    created.set(id, run)
    run.catch(() => created.delete(id))
    return run
  })
}

/** `currentUser`, the JWKS, Dynamic's `verify`, the contact-change confirmations and the TOTP device. */
export function addServerRoutes(parts: RouteParts): void {
  const { server, table } = parts
  const extra = () => {
    const found = internals.get(server)
    if (!found) throw unauthorized('This server has no reference-backend internals.')
    return found
  }
  // GET users: Dynamic's getAuthenticatedUser, the SdkUser itself, for a fully signed-in session
  // only (a token still waiting for MFA, or a step-up token, is refused as on every full-scope route).
  addRoute(table, serverRoutes.currentUser.method, serverRoutes.currentUser.path, async ({ api }) =>
    sdkUser(await extra().currentUser(api)),
  )
  addRoute(table, serverRoutes.jwks.method, serverRoutes.jwks.path, async () => server.jwks())
  addRoute(table, serverRoutes.jwksJson.method, serverRoutes.jwksJson.path, async () => server.jwks())
  // Dynamic's `verify`: the wallet sign-in (or sign-up) of `wallets/signin`.
  const walletSignIn = handlerOf(parts, routes.signInWithWallet)
  if (walletSignIn) addRoute(table, serverRoutes.verify.method, serverRoutes.verify.path, walletSignIn)
  for (const [route, channel] of [
    [serverRoutes.confirmEmailChange, 'email'],
    [serverRoutes.confirmSmsChange, 'sms'],
  ] as const) {
    addRoute(table, route.method, route.path, async (ctx) => {
      const result = await extra().confirmChange(channel, ctx.body, ctx.api)
      return updateSelfResponse(sessionAnswer(parts, ctx, routes.updateUser, result), result)
    })
  }
  addRoute(table, serverRoutes.confirmTotp.method, serverRoutes.confirmTotp.path, async ({ api, body }) =>
    extra().confirmTotp(body, api),
  )
}
