import type { IncomingMessage, ServerResponse } from 'node:http'
import { normalizeEmail, normalizePhone } from '../validate'
import { type Backend, createBackend } from './backend'
import { createRequestListener, listen } from './http'
import { createInternals, internals } from './internals'
import { resolveOptions } from './options'
import type { TestAuthServer, TestAuthServerOptions } from './types'

/** Ends every live session that `match` picks, with an admin webhook each; how many ended. */
function revokeWhere(
  { sessions }: Backend,
  match: (session: { id: string; userId: string }) => boolean,
): number {
  let count = 0
  for (const session of sessions.all()) {
    if (match(session) && sessions.end(session, 'admin.user.session.revoked')) count++
  }
  return count
}

/** The last one-time code sent to that email or phone. */
function lastCode({ codes }: Backend, emailOrPhone: string): string {
  const normalize = emailOrPhone.includes('@') ? normalizeEmail : normalizePhone
  const code = codes.lastCode(normalize(emailOrPhone) ?? emailOrPhone)
  if (code === undefined) throw new Error(`No one-time code was sent to ${emailOrPhone}.`)
  return code
}

/** The code the user's TOTP device shows now (the next one when this one was used). */
function totpCode({ users }: Backend, now: () => number, email: string): string {
  const user = users.byAnyEmail(normalizeEmail(email) ?? email)
  if (!user?.totp) throw new Error(`The user ${email} has no TOTP device. Call enrollTotp first.`)
  // A code is taken once: when this step's code was used, hand out the next step's (still within
  // the ±1 step the device accepts), as an authenticator app would show a few seconds later.
  const { device, lastStep } = user.totp
  const current = device.counter({ timestamp: now() })
  const step = lastStep !== undefined && lastStep >= current ? current + 1 : current
  return device.generate({ timestamp: step * device.period * 1000 })
}

/**
 * Creates an in-memory reference auth backend: real RS256 JWTs (served as JWKS), Dynamic-shaped
 * claims, one-time codes with their limits, SIWE signatures checked with secp256k1 recovery,
 * RFC 6238 TOTP, embedded wallets, revocation with webhooks and fault injection. It uses no timers
 * (but for the 10 s time-out of a webhook delivery): all time is read from `options.now`.
 *
 * @example
 * ```ts
 * const server = createTestAuthServer({ requiredFields: ['alias'] })
 * const { verificationId } = await server.api.sendEmailCode({ email: 'ada@example.com' }, ctx)
 * const result = await server.api.verifyEmailCode({ verificationId, code: server.lastCode('ada@example.com') }, ctx)
 * ```
 *
 * @param options - see {@link TestAuthServerOptions}; every field is optional
 */
/* @__NO_SIDE_EFFECTS__ */
export function createTestAuthServer(options: TestAuthServerOptions = {}): TestAuthServer {
  const resolved = resolveOptions(options)
  const { now } = resolved
  const backend = createBackend(resolved)
  const { social, sessions, faults, keys } = backend
  let requestListener: ((req: IncomingMessage, res: ServerResponse) => void) | undefined
  const server: TestAuthServer = {
    environmentId: resolved.environmentId,
    options: resolved,
    api: backend.api,
    listen: (port) => listen(server, port, { social }),
    handler: (req, res) => {
      requestListener ??= createRequestListener(server, social)
      requestListener(req, res)
    },
    authorize: (url, profile) => social.authorize(url, profile),
    lastCode: (emailOrPhone) => lastCode(backend, emailOrPhone),
    totpCode: (email) => totpCode(backend, now, email),
    revokeSession: (sessionId) => revokeWhere(backend, (session) => session.id === sessionId) > 0,
    revokeUser: (userId) => revokeWhere(backend, (session) => session.userId === userId),
    revokeAll: () => revokeWhere(backend, () => true),
    fail: faults.fail,
    webhooks: backend.webhooks.events,
    visits: backend.visits,
    sessions: () => sessions.all().map((session) => sessions.view(session)),
    jwks: () => keys.jwks(),
    rotateKey: () => keys.rotate(),
  }
  internals.set(server, createInternals(sessions, backend.changes, now))
  return server
}
