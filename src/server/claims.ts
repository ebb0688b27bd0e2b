import type { JWTPayload } from 'jose'
import { fail } from './errors'

/**
 * The claims of a verified lanyard (Dynamic-shaped) token, as `verifier.verify(token)` resolves them.
 *
 * @example
 * ```ts
 * const claims = await verifier.verify(token)
 * const account = await db.accounts.find({ userId: claims.sub })
 * if (claims.scope.split(' ').includes('admin')) grantAdmin()
 * ```
 */
export interface VerifiedClaims {
  /** The user's id. */
  sub: string
  /** The issuer: the verifier's `issuer`. */
  iss: string
  /** When the token expires, in unix seconds. */
  exp: number
  /** Space-separated scopes; always includes the verifier's `requiredScope`. */
  scope: string
  /** The session id. */
  sid?: string
  /** The auth environment. */
  environment_id?: string
  /** The user's email address, if known. */
  email?: string
  /** The user's credentials, as the auth server wrote them (`sessionHint` reads them). */
  verified_credentials?: unknown[]
  /** Required profile fields the user has not filled in yet. */
  missing_fields?: unknown[]
  /** The audience(s) the token was issued for: the verifier's `audience` among them. */
  aud?: string | string[]
  /** When the token was issued, in unix seconds. */
  iat?: number
  /** Not valid before, in unix seconds. */
  nbf?: number
  /** The token's unique id. */
  jti?: string
  /** Any other claim the token carries. */
  [claim: string]: unknown
}

const MAX_TOKEN_LENGTH = 16_384

/** The three parts of a compact JWS, or a `malformed` refusal before any decoding. */
export function compactParts(token: unknown): string[] {
  const parts = typeof token === 'string' ? token.split('.') : []
  if (
    parts.length !== 3 ||
    (token as string).length > MAX_TOKEN_LENGTH ||
    parts.some((part) => part === '')
  ) {
    throw fail('malformed', 'The token is not a compact signed JWT (header.payload.signature).')
  }
  return parts
}

/**
 * The checks left once the signature, `iss`, `aud`, `exp` and `nbf` hold: a subject, an expiry,
 * and the required scope (an MFA-pending token is marked `mfaPending`).
 */
export function checkClaims(payload: JWTPayload, requiredScope: string): VerifiedClaims {
  if (typeof payload.sub !== 'string' || payload.sub === '' || typeof payload.exp !== 'number') {
    throw fail('malformed', 'The token has no subject or no expiry.')
  }
  const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : []
  if (!scopes.includes(requiredScope)) {
    if (scopes.includes('requiresAdditionalAuth')) {
      throw fail(
        'insufficient_scope',
        'The user has not completed MFA yet (scope requiresAdditionalAuth). Ask the client to finish signing in.',
        undefined,
        true,
      )
    }
    throw fail('insufficient_scope', `The token lacks the scope "${requiredScope}".`)
  }
  return payload as VerifiedClaims
}
