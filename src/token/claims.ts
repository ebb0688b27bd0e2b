import { jwtDecode } from 'jwt-decode'
import { str } from '../api/json'
import { SessionError } from '../errors'

// The session and the machine import users from here; the normalising itself lives in user.ts.
export { type User, userFrom } from './user'

/** The claims lanyard reads from a Dynamic-shaped JWT. */
export interface TokenClaims {
  sub: string
  sid?: string
  jti?: string
  iss?: string
  aud?: string | string[]
  iat: number
  exp: number
  environment_id?: string
  scope?: string
  email?: string
  alias?: string
  first_name?: string
  last_name?: string
  new_user?: boolean
  missing_fields?: unknown[]
  verified_credentials?: unknown[]
  [claim: string]: unknown
}

const invalid = (why: string, cause?: unknown) =>
  new SessionError(
    'invalid_token',
    process.env.NODE_ENV !== 'production' ? `The auth token is not usable (${why}). Sign in again.` : '',
    {
      cause,
    },
  )

/**
 * Decodes and checks the shape of a JWT (not its signature: that is the server's job, see
 * `lanyard/server`). Throws `invalid_token` for anything lanyard could not hold a session on.
 */
export function decodeToken(token: unknown): TokenClaims {
  if (typeof token !== 'string' || token.length > 16_384) throw invalid('not a JWT')
  // Three parts, the signature not empty.
  if (!/^[^.]*\.[^.]*\.[^.]+$/.test(token)) throw invalid('unsigned')
  let header: { alg?: unknown } | null
  let claims: TokenClaims | null
  try {
    header = jwtDecode(token, { header: true })
    claims = jwtDecode(token)
  } catch (cause) {
    throw invalid('undecodable', cause)
  }
  const alg = header?.alg
  if (typeof alg !== 'string' || alg.toLowerCase() === 'none') throw invalid('unsigned')
  if (typeof claims !== 'object' || !claims || Array.isArray(claims)) throw invalid('no claims')
  if (!str(claims.sub)) throw invalid('no subject')
  if (!Number.isFinite(claims.exp) || !Number.isFinite(claims.iat)) throw invalid('no lifetime')
  if (claims.exp <= claims.iat) throw invalid('expires before it was issued')
  return claims as TokenClaims
}
