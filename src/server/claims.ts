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
  /** Space-separated scopes; always includes the verifier's `requiredScope` (or its `stepUpAction`). */
  scope: string
  /** What the token is for: absent (or `'session'`) for a session token, `'elevated'` for a step-up token. */
  token_use?: string
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

/** What a verifier requires of a token's purpose and scope. */
export interface ScopeRule {
  requiredScope: string
  stepUpAction?: string | undefined
}

/** A step-up verifier wants an elevated token for exactly its action; any other verifier wants a session token. */
function checkTokenUse(payload: JWTPayload, scopes: string[], { stepUpAction }: ScopeRule): void {
  const use = payload.token_use
  const elevated = use === 'elevated'
  if (stepUpAction === undefined) {
    if (use === undefined || use === 'session') return
    throw fail(
      'wrong_token_use',
      elevated
        ? 'This is a step-up token, which proves one action, not a session: send the session token (or verify with `stepUpAction`).'
        : 'The token is not a session token.',
    )
  }
  if (!elevated) {
    throw fail(
      'wrong_token_use',
      `This route needs a step-up token for "${stepUpAction}": ask the user to step up.`,
    )
  }
  if (scopes.length !== 1 || scopes[0] !== stepUpAction) {
    throw fail('insufficient_scope', `The step-up token is for another action than "${stepUpAction}".`)
  }
}

/**
 * The checks left once the signature, `iss`, `aud`, `exp` and `nbf` hold: a subject, an expiry,
 * what the token is for (session or step-up) and the required scope (an MFA-pending token is
 * marked `mfaPending`).
 */
export function checkClaims(payload: JWTPayload, rule: ScopeRule): VerifiedClaims {
  if (typeof payload.sub !== 'string' || payload.sub === '' || typeof payload.exp !== 'number') {
    throw fail('malformed', 'The token has no subject or no expiry.')
  }
  const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : []
  checkTokenUse(payload, scopes, rule)
  if (rule.stepUpAction !== undefined) return payload as VerifiedClaims
  const { requiredScope } = rule
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
