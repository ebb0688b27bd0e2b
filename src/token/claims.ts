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
  const parts = token.split('.')
  if (parts.length !== 3 || !parts[2]) throw invalid('unsigned')
  let header: { alg?: unknown }
  let claims: Record<string, unknown>
  try {
    header = jwtDecode(token, { header: true })
    claims = jwtDecode(token)
  } catch (cause) {
    throw invalid('undecodable', cause)
  }
  if (typeof header.alg !== 'string' || header.alg.toLowerCase() === 'none') throw invalid('unsigned')
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) throw invalid('no claims')
  const { sub, exp, iat } = claims
  if (typeof sub !== 'string' || sub === '') throw invalid('no subject')
  if (!Number.isFinite(exp) || !Number.isFinite(iat)) throw invalid('no lifetime')
  if ((exp as number) <= (iat as number)) throw invalid('expires before it was issued')
  return claims as TokenClaims
}

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined

function credentialFromClaim(raw: unknown): Credential | null {
  if (typeof raw !== 'object' || raw === null) return null
  const c = raw as Record<string, unknown>
  const id = str(c.id)
  const format = str(c.format)
  if (!id || !format) return null
  const credential: Credential = { id, format: format as Credential['format'] }
  const fields: Array<[keyof Credential, unknown]> = [
    ['address', c.address],
    ['chain', c.chain],
    ['walletName', c.wallet_name ?? c.walletName],
    ['walletProvider', c.wallet_provider ?? c.walletProvider],
    ['email', c.email],
    ['publicIdentifier', c.public_identifier ?? c.publicIdentifier],
  ]
  for (const [key, value] of fields) {
    const text = str(value)
    if (text) (credential as unknown as Record<string, string>)[key] = text
  }
  return credential
}

function fieldName(raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw
  if (typeof raw === 'object' && raw !== null) return str((raw as { name?: unknown }).name)
  return undefined
}

const list = <T>(raw: unknown, map: (item: unknown) => T | null | undefined): T[] =>
  Array.isArray(raw) ? raw.map(map).filter((item): item is T => item !== null && item !== undefined) : []

const scopesOf = (scope: unknown): string[] =>
  typeof scope === 'string' ? scope.split(/\s+/).filter(Boolean) : []

/** Camel-cases claims (and, in cookie mode, the server's user object) into a frozen {@link User}. */
export function userFrom(claims: Partial<TokenClaims> | null, apiUser?: ApiUser): User {
  const source: Record<string, unknown> = claims ?? {
    ...apiUser,
    sub: apiUser?.id,
    sid: apiUser?.sessionId,
    environment_id: apiUser?.environmentId,
    first_name: apiUser?.firstName,
    last_name: apiUser?.lastName,
    new_user: apiUser?.newUser,
    missing_fields: apiUser?.missingFields,
    verified_credentials: apiUser?.verifiedCredentials,
  }
  const id = str(source.sub)
  if (!id) throw invalid('no subject')
  const user: User = {
    id,
    sessionId: str(source.sid) ?? null,
    environmentId: str(source.environment_id) ?? null,
    verifiedCredentials: list(source.verified_credentials, credentialFromClaim),
    missingFields: list(source.missing_fields, fieldName),
    scopes: scopesOf(source.scope),
  }
  for (const [key, claim] of [
    ['email', 'email'],
    ['alias', 'alias'],
    ['firstName', 'first_name'],
    ['lastName', 'last_name'],
  ] as const) {
    const value = str(source[claim]) ?? str(apiUser?.[key])
    if (value) user[key] = value
  }
  if (typeof source.new_user === 'boolean') user.newUser = source.new_user
  for (const credential of user.verifiedCredentials) Object.freeze(credential)
  Object.freeze(user.verifiedCredentials)
  Object.freeze(user.missingFields)
  Object.freeze(user.scopes)
  return Object.freeze(user)
}
