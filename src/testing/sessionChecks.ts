import type { ApiContext, AuthResult } from '../api/types'
import { SessionError } from '../errors'
import { unauthorized } from './refuse'
import { refreshVerdict } from './rotation'
import { endSession, type SessionParts, type Sessions } from './sessions'
import { issueToken } from './sessionTokens'
import { baseScope } from './sessionViews'

/** The token's verified claims; 401 for a missing, forged or expired token. */
async function claimsOf({ options, keys }: SessionParts, ctx: ApiContext): Promise<Record<string, unknown>> {
  const token = ctx?.token
  if (typeof token !== 'string' || token === '')
    throw unauthorized('No session token was sent. Sign in first.')
  try {
    return await keys.verify(token, {
      issuer: options.issuer,
      audience: options.audience,
      now: options.now(),
    })
  } catch {
    // Deliberately no cause: nothing derived from the token travels in the error.
    throw unauthorized('The session token is invalid or has expired. Sign in again.')
  }
}

/** The session and user `ctx.token` proves; 401 for a missing, forged, expired or revoked token. */
export async function authenticate(
  parts: SessionParts,
  ctx: ApiContext,
  needsFullScope = false,
): ReturnType<Sessions['authenticate']> {
  const claims = await claimsOf(parts, ctx)
  const session = typeof claims.sid === 'string' ? parts.records.get(claims.sid) : undefined
  const user = session ? parts.users.get(session.userId) : undefined
  if (!session || !user || claims.sub !== user.id || claims.environment_id !== parts.options.environmentId) {
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

/**
 * A fresh token for the session `ctx.token` proves, if that token is the current one (or was
 * replaced within the grace); a replaced token ends the session (401), so does the session's
 * maximum lifetime.
 */
export async function refreshSession(parts: SessionParts, ctx: ApiContext): Promise<AuthResult> {
  const { options } = parts
  const { session, user, jti } = await authenticate(parts, ctx)
  const at = options.now()
  if (at >= session.createdAt + options.sessionLifetimeSeconds * 1000) {
    throw unauthorized('The session reached its maximum lifetime. Sign in again.')
  }
  if (refreshVerdict(session.tokens, jti, at, options.refreshGraceSeconds * 1000) === 'reused') {
    // A replaced token came back: a copy of it is in someone else's hands. End the whole session.
    endSession(parts, session, 'user.session.revoked')
    throw unauthorized('This token was already replaced by a refresh: the session is ended. Sign in again.')
  }
  return issueToken(parts, session, user)
}
