import { jwtDecode } from 'jwt-decode'
import type { ApiUser, Credential } from '../api/types'
import { SessionError } from '../errors'

/** The signed-in user, derived from the JWT claims and the server's user object. */
export interface User {
  id: string
  sessionId: string | null
  environmentId: string | null
  email?: string
  alias?: string
  firstName?: string
  lastName?: string
  verifiedCredentials: Credential[]
  missingFields: string[]
  scopes: string[]
  newUser?: boolean
}

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
  new SessionError('invalid_token', `The auth token is not usable (${why}). Sign in again.`, { cause })

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

/** `value` when it is a non-empty string. */
export const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined

/** `walletName` → `wallet_name`. */
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

/** `raw[key]`, or else its snake_case twin (`walletName`, then `wallet_name`). */
export const pick = (raw: Record<string, unknown>, key: string): unknown => raw[key] ?? raw[snake(key)]

const credentialKeys = [
  'id',
  'format',
  'address',
  'chain',
  'walletName',
  'walletProvider',
  'email',
  'publicIdentifier',
]

/** A {@link Credential} from a claim or a server's user object (camelCase or snake_case); null without id and format. */
export function credentialFrom(raw: unknown): Credential | null {
  if (typeof raw !== 'object' || raw === null) return null
  const credential: Record<string, string> = {}
  for (const key of credentialKeys) {
    const text = str(pick(raw as Record<string, unknown>, key))
    if (text) credential[key] = text
  }
  return credential.id && credential.format ? (credential as unknown as Credential) : null
}

/** A required field, given as its name or as `{ name }`. */
export const fieldName = (raw: unknown): string | undefined =>
  typeof raw === 'string' ? raw : str((raw as { name?: unknown } | null)?.name)

/** The items of `raw` (when an array) that `map` turns into something. */
export const list = <T>(raw: unknown, map: (item: unknown) => T | null | undefined): T[] =>
  Array.isArray(raw) ? raw.map(map).filter((item): item is T => item != null) : []

const scopesOf = (scope: unknown): string[] =>
  typeof scope === 'string' ? scope.split(/\s+/).filter(Boolean) : []

/** Camel-cases claims (and, in cookie mode, the server's user object) into a frozen {@link User}. */
export function userFrom(claims: Partial<TokenClaims> | null, apiUser?: ApiUser): User {
  // In cookie mode the server's user object stands in for the claims, snake-cased like them.
  const source: Record<string, unknown> =
    claims ??
    Object.fromEntries(
      Object.entries({ ...apiUser, sub: apiUser?.id, sid: apiUser?.sessionId }).map(([key, value]) => [
        snake(key),
        value,
      ]),
    )
  const id = str(source.sub)
  if (!id) throw invalid('no subject')
  const user: User = {
    id,
    sessionId: str(source.sid) ?? null,
    environmentId: str(source.environment_id) ?? null,
    verifiedCredentials: list(source.verified_credentials, credentialFrom),
    missingFields: list(source.missing_fields, fieldName),
    scopes: scopesOf(source.scope),
  }
  for (const key of ['email', 'alias', 'firstName', 'lastName'] as const) {
    const value = str(source[snake(key)]) ?? str(apiUser?.[key])
    if (value) user[key] = value
  }
  if (typeof source.new_user === 'boolean') user.newUser = source.new_user
  for (const part of [
    ...user.verifiedCredentials,
    user.verifiedCredentials,
    user.missingFields,
    user.scopes,
  ]) {
    Object.freeze(part)
  }
  return Object.freeze(user)
}
