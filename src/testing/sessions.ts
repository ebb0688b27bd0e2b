import { randomUUID } from 'node:crypto'
import type { ApiContext, ApiUser, AuthResult } from '../api/types'
import type { Access } from './access'
import type { KeyRing } from './keys'
import type { TokenFamily } from './rotation'
import { authenticate, refreshSession } from './sessionChecks'
import { issueToken } from './sessionTokens'
import { apiUserOf, viewOf } from './sessionViews'
import type { ResolvedTestAuthServerOptions, TestSession, WebhookEventType } from './types'
import type { UserRecord, Users } from './users'
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

/** What the session functions share: the backend's parts and the sessions it holds, by id. */
export interface SessionParts {
  access: Access
  options: ResolvedTestAuthServerOptions
  keys: KeyRing
  users: Users
  webhooks: Webhooks
  records: Map<string, SessionRecord>
}

const isLive = ({ options }: SessionParts, session: SessionRecord) =>
  session.revokedAt === null && session.expiresAt > options.now()

/** Ends a live session with that webhook; false when it had already ended. */
export function endSession(parts: SessionParts, session: SessionRecord, type: WebhookEventType): boolean {
  if (!isLive(parts, session)) return false
  session.revokedAt = parts.options.now()
  parts.webhooks.record(type, viewOf(parts, session))
  return true
}

/** The gate scopes the user is admitted with; a refused user signing up is not kept. */
function admit({ access, users }: SessionParts, user: UserRecord, newUser: boolean): string[] {
  try {
    return access.admit(user)
  } catch (error) {
    // Refused: no session, no webhook, and a user signing up is not kept either.
    if (newUser) users.remove(user.id)
    throw error
  }
}

/** A new session for the user, its first token, and a `user.session.created` webhook. */
async function startSession(parts: SessionParts, user: UserRecord, newUser: boolean): Promise<AuthResult> {
  const scopes = admit(parts, user, newUser)
  const at = parts.options.now()
  const session: SessionRecord = {
    id: randomUUID(),
    userId: user.id,
    createdAt: at,
    expiresAt: at,
    revokedAt: null,
    newUser,
    mfaRequired: parts.options.mfa === 'required' || user.totp?.verified === true,
    mfaVerified: false,
    scopes,
    tokens: new Map(),
  }
  parts.records.set(session.id, session)
  const result = await issueToken(parts, session, user)
  parts.webhooks.record('user.session.created', viewOf(parts, session))
  return result
}

export function createSessions(backend: Omit<SessionParts, 'records'>): Sessions {
  const parts: SessionParts = { ...backend, records: new Map() }
  return {
    get: (id) => parts.records.get(id),
    all: () => [...parts.records.values()],
    view: (session) => viewOf(parts, session),
    apiUser: (user, session) => apiUserOf(parts, user, session),
    issue: (session, user) => issueToken(parts, session, user),
    authenticate: (ctx, needsFullScope) => authenticate(parts, ctx, needsFullScope),
    refresh: (ctx) => refreshSession(parts, ctx),
    end: (session, type) => endSession(parts, session, type),
    start: (user, newUser) => startSession(parts, user, newUser),
  }
}
