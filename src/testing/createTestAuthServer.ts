import type { IncomingMessage, ServerResponse } from 'node:http'
import { normalizeEmail, normalizePhone } from '../validate'
import { createAccess } from './access'
import { createApi } from './api'
import { createContactChanges } from './contactChanges'
import { createExternalJwt } from './externalJwt'
import { createFaults } from './faults'
import { createRequestListener, listen } from './http'
import { createInternals, internals } from './internals'
import { createKeyRing } from './keys'
import { createOneTimeCodes } from './oneTimeCodes'
import { resolveOptions } from './options'
import { createPasskeys } from './passkeys'
import { createSessions } from './sessions'
import { createSocial } from './social'
import { createStepUp } from './stepUp'
import type { TestAuthServer, TestAuthServerOptions, Visit } from './types'
import { createUsers } from './users'
import { createWalletProofs } from './walletProofs'
import { createWebhooks } from './webhooks'

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
  const { environmentId, now } = resolved
  const keys = createKeyRing()
  const codes = createOneTimeCodes(now)
  const users = createUsers(resolved.requiredFields)
  const webhooks = createWebhooks(resolved)
  const sessions = createSessions({
    access: createAccess(resolved),
    options: resolved,
    keys,
    users,
    webhooks,
  })
  const faults = createFaults()
  const visits: Visit[] = []
  const social = createSocial({ options: resolved, users, sessions })
  const passkeys = createPasskeys({ options: resolved, users, sessions })
  const changes = createContactChanges({ codes, users, sessions })
  const api = createApi({
    changes,
    social,
    passkeys,
    externalJwt: createExternalJwt({ options: resolved, users, sessions }),
    stepUp: createStepUp({ options: resolved, keys, sessions, passkeys }),
    options: resolved,
    codes,
    users,
    sessions,
    proofs: createWalletProofs(resolved),
    faults,
    visits,
  })

  /** Ends every live session that `match` picks, with an admin webhook each; how many ended. */
  const revokeWhere = (match: (session: { id: string; userId: string }) => boolean) => {
    let count = 0
    for (const session of sessions.all()) {
      if (match(session) && sessions.end(session, 'admin.user.session.revoked')) count++
    }
    return count
  }

  let requestListener: ((req: IncomingMessage, res: ServerResponse) => void) | undefined
  const server: TestAuthServer = {
    environmentId,
    options: resolved,
    api,
    listen: (port) => listen(server, port, { social }),
    handler: (req, res) => {
      requestListener ??= createRequestListener(server, social)
      requestListener(req, res)
    },
    authorize: (url, profile) => social.authorize(url, profile),

    lastCode(emailOrPhone) {
      const normalize = emailOrPhone.includes('@') ? normalizeEmail : normalizePhone
      const code = codes.lastCode(normalize(emailOrPhone) ?? emailOrPhone)
      if (code === undefined) throw new Error(`No one-time code was sent to ${emailOrPhone}.`)
      return code
    },

    totpCode(email) {
      const user = users.byAnyEmail(normalizeEmail(email) ?? email)
      if (!user?.totp) throw new Error(`The user ${email} has no TOTP device. Call enrollTotp first.`)
      // A code is taken once: when this step's code was used, hand out the next step's (still within
      // the ±1 step the device accepts), as an authenticator app would show a few seconds later.
      const { device, lastStep } = user.totp
      const current = device.counter({ timestamp: now() })
      const step = lastStep !== undefined && lastStep >= current ? current + 1 : current
      return device.generate({ timestamp: step * device.period * 1000 })
    },

    revokeSession: (sessionId) => revokeWhere((session) => session.id === sessionId) > 0,
    revokeUser: (userId) => revokeWhere((session) => session.userId === userId),
    revokeAll: () => revokeWhere(() => true),
    fail: faults.fail,
    webhooks: webhooks.events,
    visits,
    sessions: () => sessions.all().map(sessions.view),
    jwks: () => keys.jwks(),
    rotateKey: () => keys.rotate(),
  }
  internals.set(server, createInternals(sessions, changes, now))
  return server
}
