import { randomUUID } from 'node:crypto'
import { snake } from '../api/json'
import type { ApiContext, ApiUser, AuthResult } from '../api/types'
import { SessionError } from '../errors'
import type { Access } from './access'
import type { KeyRing } from './keys'
import { unauthorized } from './refuse'
import { refreshVerdict, rotate, type TokenFamily } from './rotation'
import type { ResolvedTestAuthServerOptions, TestSession, WebhookEventType } from './types'
import { type UserRecord, type Users, verifiedEmail, verifiedPhone } from './users'
import type { Webhooks } from './webhooks'

/** A session as the reference backend stores it. */
export interface SessionRecord {
  id: string
  userId: string
  createdAt: number
  expiresAt: number
  revokedAt: number | null
  newUser: boolean
  /** Fixed at sign-in: MFA is required by the environment or the user already has a device. */
  mfaRequired: boolean
  mfaVerified: boolean
  /** Gate scopes granted at sign-in, added to every token's `scope`. */
  scopes: string[]
  /** The tokens that may still refresh (rotation, see rotation.ts). */
  tokens: TokenFamily
}

/** Sessions and the tokens that prove them: start, issue, check, end. */
export interface Sessions {
  get(id: string): SessionRecord | undefined
  all(): SessionRecord[]
  /** A new session for the user, its first token, and a `user.session.created` webhook. */
  start(user: UserRecord, newUser: boolean): Promise<AuthResult>
  /** A fresh token for the session (the session's expiry follows it). */
  issue(session: SessionRecord, user: UserRecord): Promise<AuthResult>
  /** Ends a live session with that webhook; false when it had already ended. */
  end(session: SessionRecord, type: WebhookEventType): boolean
  /** The session and user `ctx.token` proves; 401 for a missing, forged, expired or revoked token. */
  authenticate(
    ctx: ApiContext,
    needsFullScope?: boolean,
  ): Promise<{ session: SessionRecord; user: UserRecord; jti: unknown }>
  /**
   * A fresh token for the session `ctx.token` proves, if that token is the current one (or was
   * replaced within the grace); a replaced token ends the session (401), so does the session's
   * maximum lifetime.
   */
  refresh(ctx: ApiContext): Promise<AuthResult>
  /** The session as webhooks and `server.sessions()` show it. */
  view(session: SessionRecord): TestSession
  /** The user as answers carry it, with the session's scope. */
  apiUser(user: UserRecord, session: SessionRecord): ApiUser
}

interface Parts {
  access: Access
  options: ResolvedTestAuthServerOptions
  keys: KeyRing
  users: Users
  webhooks: Webhooks
}

/**
 * The profile as claims: `email` and `phone_number` are the verified ones only (what the user typed
 * into `PUT users` may be anybody's address), the other fields as they are.
 */
function claimsOfProfile(user: UserRecord): Record<string, unknown> {
  const { email: _typed, phoneNumber: _typedPhone, ...rest } = user.profile
  return snakeCased({ ...rest, email: verifiedEmail(user), phoneNumber: verifiedPhone(user) })
}

const iso = (ms: number) => new Date(ms).toISOString()

/** `{ walletName: 'x' }` → `{ wallet_name: 'x' }`, leaving out what is undefined. */
const snakeCased = (record: object): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(record)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [snake(key), value]),
  )

export function createSessions({ access, options, keys, users, webhooks }: Parts): Sessions {
  const { environmentId, now, issuer, audience, tokenLifetimeSeconds, sessionLifetimeSeconds } = options
  const graceMs = options.refreshGraceSeconds * 1000
  const sessions = new Map<string, SessionRecord>()

  const baseScope = (session: SessionRecord) =>
    session.mfaRequired && !session.mfaVerified ? 'requiresAdditionalAuth' : 'user:basic'
  const scopeOf = (session: SessionRecord) => [baseScope(session), ...session.scopes].join(' ')

  const view = (session: SessionRecord): TestSession => ({
    id: session.id,
    userId: session.userId,
    environmentId,
    createdAt: iso(session.createdAt),
    expiresAt: iso(session.expiresAt),
    revokedAt: session.revokedAt === null ? null : iso(session.revokedAt),
  })

  const apiUser = (user: UserRecord, session: SessionRecord): ApiUser => {
    const result: ApiUser = {
      id: user.id,
      sessionId: session.id,
      environmentId,
      verifiedCredentials: user.credentials.map((credential) => ({ ...credential })),
      missingFields: users.missingFields(user),
      scope: scopeOf(session),
      newUser: session.newUser,
    }
    for (const key of ['alias', 'firstName', 'lastName'] as const) {
      if (user.profile[key]) result[key] = user.profile[key]
    }
    const email = verifiedEmail(user)
    if (email) result.email = email
    return result
  }

  const issue = async (session: SessionRecord, user: UserRecord): Promise<AuthResult> => {
    // The first key pair takes a moment to generate: not between reading the clock and answering.
    keys.prepare()
    const at = now()
    // The session's life starts with its first token (the key may have taken a moment to make).
    if (session.tokens.size === 0) session.createdAt = at
    const iat = Math.floor(at / 1000)
    // No token outlives the session's maximum lifetime, however often it is refreshed.
    const exp = Math.min(
      iat + tokenLifetimeSeconds,
      Math.floor(session.createdAt / 1000) + sessionLifetimeSeconds,
    )
    session.expiresAt = exp * 1000
    const jti = randomUUID()
    rotate(session.tokens, jti, at, graceMs)
    const token = await keys.sign({
      ...claimsOfProfile(user),
      sub: user.id,
      sid: session.id,
      jti,
      environment_id: environmentId,
      scope: scopeOf(session),
      verified_credentials: user.credentials.map(snakeCased),
      missing_fields: users.missingFields(user),
      new_user: session.newUser,
      iat,
      exp,
      iss: issuer,
      aud: audience,
    })
    return { token, expiresAt: exp, serverNow: at, user: apiUser(user, session) }
  }

  const isLive = (session: SessionRecord) => session.revokedAt === null && session.expiresAt > now()

  const end: Sessions['end'] = (session, type) => {
    if (!isLive(session)) return false
    session.revokedAt = now()
    webhooks.record(type, view(session))
    return true
  }

  const authenticate: Sessions['authenticate'] = async (ctx, needsFullScope = false) => {
    const token = ctx?.token
    if (typeof token !== 'string' || token === '')
      throw unauthorized('No session token was sent. Sign in first.')
    let claims: Record<string, unknown>
    try {
      claims = await keys.verify(token, { issuer, audience, now: now() })
    } catch {
      // Deliberately no cause: nothing derived from the token travels in the error.
      throw unauthorized('The session token is invalid or has expired. Sign in again.')
    }
    const session = typeof claims.sid === 'string' ? sessions.get(claims.sid) : undefined
    const user = session ? users.get(session.userId) : undefined
    if (!session || !user || claims.sub !== user.id || claims.environment_id !== environmentId) {
      throw unauthorized('The session token does not belong to a session of this environment. Sign in again.')
    }
    if (session.revokedAt !== null) throw unauthorized('The session was revoked. Sign in again.')
    // An elevated (step-up) token proves one action, never the session.
    if (claims.token_use === 'elevated') throw unauthorized('A step-up token is not a session token.')
    if (needsFullScope && baseScope(session) !== 'user:basic') {
      throw new SessionError('invalid_state', 'Complete multi-factor authentication (TOTP) first.', {
        status: 403,
      })
    }
    return { session, user, jti: claims.jti }
  }

  const refresh: Sessions['refresh'] = async (ctx) => {
    const { session, user, jti } = await authenticate(ctx)
    const at = now()
    if (at >= session.createdAt + sessionLifetimeSeconds * 1000) {
      throw unauthorized('The session reached its maximum lifetime. Sign in again.')
    }
    if (refreshVerdict(session.tokens, jti, at, graceMs) === 'reused') {
      // A replaced token came back: a copy of it is in someone else's hands. End the whole session.
      end(session, 'user.session.revoked')
      throw unauthorized('This token was already replaced by a refresh: the session is ended. Sign in again.')
    }
    return issue(session, user)
  }

  return {
    get: (id) => sessions.get(id),
    all: () => [...sessions.values()],
    view,
    apiUser,
    issue,
    authenticate,
    refresh,
    end,
    async start(user, newUser) {
      let scopes: string[]
      try {
        scopes = access.admit(user)
      } catch (error) {
        // Refused: no session, no webhook, and a user signing up is not kept either.
        if (newUser) users.remove(user.id)
        throw error
      }
      const at = now()
      const session: SessionRecord = {
        id: randomUUID(),
        userId: user.id,
        createdAt: at,
        expiresAt: at,
        revokedAt: null,
        newUser,
        mfaRequired: options.mfa === 'required' || user.totp?.verified === true,
        mfaVerified: false,
        scopes,
        tokens: new Map(),
      }
      sessions.set(session.id, session)
      const result = await issue(session, user)
      webhooks.record('user.session.created', view(session))
      return result
    },
  }
}
