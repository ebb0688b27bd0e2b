import { randomUUID } from 'node:crypto'
import { snake } from '../api/json'
import type { AuthResult } from '../api/types'
import { rotate } from './rotation'
import type { SessionParts, SessionRecord } from './sessions'
import { apiUserOf, scopeOf } from './sessionViews'
import { type UserRecord, verifiedEmail, verifiedPhone } from './users'

/** `{ walletName: 'x' }` → `{ wallet_name: 'x' }`, leaving out what is undefined. */
const snakeCased = (record: object): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(record)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [snake(key), value]),
  )

/**
 * The profile as claims: `email` and `phone_number` are the verified ones only (what the user typed
 * into `PUT users` may be anybody's address), the other fields as they are.
 */
function claimsOfProfile(user: UserRecord): Record<string, unknown> {
  const { email: _typed, phoneNumber: _typedPhone, ...rest } = user.profile
  return snakeCased({ ...rest, email: verifiedEmail(user), phoneNumber: verifiedPhone(user) })
}

/** The token's `exp` (seconds): its lifetime, but never past the session's maximum lifetime. */
function expiryOf({ options }: SessionParts, session: SessionRecord, iat: number): number {
  return Math.min(
    iat + options.tokenLifetimeSeconds,
    Math.floor(session.createdAt / 1000) + options.sessionLifetimeSeconds,
  )
}

/** A fresh token for the session (the session's expiry follows it). */
export async function issueToken(
  parts: SessionParts,
  session: SessionRecord,
  user: UserRecord,
): Promise<AuthResult> {
  const { options, keys, users } = parts
  // The first key pair takes a moment to generate: not between reading the clock and answering.
  keys.prepare()
  const at = options.now()
  // The session's life starts with its first token (the key may have taken a moment to make).
  if (session.tokens.size === 0) session.createdAt = at
  const iat = Math.floor(at / 1000)
  const exp = expiryOf(parts, session, iat)
  session.expiresAt = exp * 1000
  const jti = randomUUID()
  rotate(session.tokens, jti, at, options.refreshGraceSeconds * 1000)
  const token = await keys.sign({
    ...claimsOfProfile(user),
    sub: user.id,
    sid: session.id,
    jti,
    environment_id: options.environmentId,
    scope: scopeOf(session),
    verified_credentials: user.credentials.map(snakeCased),
    missing_fields: users.missingFields(user),
    new_user: session.newUser,
    iat,
    exp,
    iss: options.issuer,
    aud: options.audience,
  })
  return { token, expiresAt: exp, serverNow: at, user: apiUserOf(parts, user, session) }
}
