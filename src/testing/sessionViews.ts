import type { ApiUser } from '../api/types'
import type { SessionParts, SessionRecord } from './sessions'
import type { TestSession } from './types'
import { type UserRecord, verifiedEmail } from './users'

const iso = (ms: number) => new Date(ms).toISOString()

/** `user:basic`, or `requiresAdditionalAuth` while the session's MFA is owed. */
export const baseScope = (session: SessionRecord): string =>
  session.mfaRequired && !session.mfaVerified ? 'requiresAdditionalAuth' : 'user:basic'

/** The token's `scope`: the base scope and the gate scopes granted at sign-in. */
export const scopeOf = (session: SessionRecord): string => [baseScope(session), ...session.scopes].join(' ')

/** The session as webhooks and `server.sessions()` show it. */
export function viewOf({ options }: SessionParts, session: SessionRecord): TestSession {
  return {
    id: session.id,
    userId: session.userId,
    environmentId: options.environmentId,
    createdAt: iso(session.createdAt),
    expiresAt: iso(session.expiresAt),
    revokedAt: session.revokedAt === null ? null : iso(session.revokedAt),
  }
}

/** The user as answers carry it, with the session's scope. */
export function apiUserOf(
  { options, users }: SessionParts,
  user: UserRecord,
  session: SessionRecord,
): ApiUser {
  const result: ApiUser = {
    id: user.id,
    sessionId: session.id,
    environmentId: options.environmentId,
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
