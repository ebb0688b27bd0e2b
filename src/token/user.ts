import { isObject, type Json, list, pick, str } from '../api/json'
import type { ApiUser, Credential, CredentialFormat } from '../api/types'
import { SessionError } from '../errors'

// One normaliser for every shape a user arrives in: a server's user object (camelCase or
// snake_case), a JWT's claims (`sub`, `sid`, snake_case), or both. The HTTP transport, the
// reference backend's HTTP layer and the session all read users through `apiUserFrom`.

/**
 * The signed-in user, derived from the JWT claims and the server's user object (in cookie mode,
 * where there is no token to read, from the user object alone). Frozen.
 *
 * @example
 * ```ts
 * const { user } = session.getSnapshot()
 * const wallets = user?.verifiedCredentials.filter((credential) => credential.format === 'blockchain')
 * const greeting = user ? `Hello ${user.firstName ?? user.alias ?? user.email ?? 'there'}` : 'Sign in'
 * ```
 */
export interface User {
  /** The user's id (the JWT's `sub`). */
  id: string
  /** The session's id (the JWT's `sid`), or null. */
  sessionId: string | null
  /** The auth environment (the JWT's `environment_id`), or null. */
  environmentId: string | null
  /** The user's email address, if known. */
  email?: string
  /** The user's alias (a profile field). */
  alias?: string
  /** The user's first name (a profile field). */
  firstName?: string
  /** The user's last name (a profile field). */
  lastName?: string
  /** Every credential the user has proven (email, phone, wallets, social, passkeys...). */
  verifiedCredentials: Credential[]
  /** Required profile fields not filled in yet; not empty means the `info` requirement. */
  missingFields: string[]
  /** The token's scopes; `user:basic` once MFA (if required) is done. */
  scopes: string[]
  /** True when this sign-in created the user. */
  newUser?: boolean
}

const credentialKeys = [
  'id',
  'format',
  'address',
  'chain',
  'walletName',
  'walletProvider',
  'email',
  'publicIdentifier',
  'oauthProvider',
]

const profileKeys = ['email', 'alias', 'firstName', 'lastName'] as const

// Every CredentialFormat as a key: the type checks this against the union, so neither can drift.
const formats: Record<CredentialFormat, 0> = {
  blockchain: 0,
  email: 0,
  phoneNumber: 0,
  oauth: 0,
  passkey: 0,
  externalUser: 0,
  totp: 0,
}

/** One of the credential formats lanyard knows (a server's newer format is not a {@link Credential}). */
const isFormat = (format: string | undefined): format is CredentialFormat =>
  format !== undefined && Object.hasOwn(formats, format)

/**
 * A {@link Credential} from a claim or a server's user object (camelCase or snake_case); null
 * without an id, or without a format of {@link CredentialFormat}.
 */
export function credentialFrom(raw: unknown): Credential | null {
  if (!isObject(raw)) return null
  const credential: Record<string, string> = {}
  for (const key of credentialKeys) {
    const text = str(pick(raw, key))
    if (text) credential[key] = text
  }
  const { id, format } = credential
  return id && isFormat(format) ? { ...credential, id, format } : null
}

/** A required field, given as its name or as `{ name }`. */
export const fieldName = (raw: unknown): string | undefined =>
  typeof raw === 'string' ? raw : str((raw as { name?: unknown } | null)?.name)

/**
 * An {@link ApiUser} from a server's user object or a token's claims, camelCase or snake_case:
 * `id` or `sub`, `sessionId` or `sid`, `scope` or a `scopes` list. Keys it cannot read are left out;
 * without an id (or `sub`) there is no user: undefined.
 */
export function apiUserFrom(raw: Json): ApiUser | undefined {
  const id = str(raw.id) ?? str(raw.sub)
  if (!id) return
  const credentials = pick(raw, 'verifiedCredentials')
  const missing = pick(raw, 'missingFields')
  const newUser = pick(raw, 'newUser')
  // Also a Json, for the loop below that deletes the keys left undefined by name.
  const user: ApiUser & Json = {
    id,
    sessionId: str(pick(raw, 'sessionId')) ?? str(raw.sid),
    environmentId: str(pick(raw, 'environmentId')),
    verifiedCredentials: Array.isArray(credentials) ? list(credentials, credentialFrom) : undefined,
    missingFields: Array.isArray(missing) ? list(missing, fieldName) : undefined,
    scope:
      typeof raw.scope === 'string'
        ? raw.scope
        : Array.isArray(raw.scopes)
          ? raw.scopes.filter((s) => typeof s === 'string').join(' ')
          : undefined,
    newUser: typeof newUser === 'boolean' ? newUser : undefined,
  }
  for (const key of profileKeys) user[key] = str(pick(raw, key))
  for (const key in user) if (user[key] === undefined) delete user[key]
  return user
}

const scopesOf = (scope: unknown): string[] =>
  typeof scope === 'string' ? scope.split(/\s+/).filter(Boolean) : []

/**
 * A frozen {@link User} from the token's claims; in cookie mode (no claims) from the server's user
 * object. The profile fields the claims lack are taken from the user object.
 */
export function userFrom(claims: Json | null, apiUser?: ApiUser): User {
  const source = apiUserFrom(claims ?? { ...apiUser })
  if (!source) {
    throw new SessionError(
      'invalid_token',
      process.env.NODE_ENV !== 'production'
        ? 'The auth token is not usable (no subject). Sign in again.'
        : '',
    )
  }
  const user: User = {
    id: source.id,
    sessionId: source.sessionId ?? null,
    environmentId: source.environmentId ?? null,
    verifiedCredentials: source.verifiedCredentials ?? [],
    missingFields: source.missingFields ?? [],
    scopes: scopesOf(source.scope),
  }
  for (const key of profileKeys) {
    const value = source[key] ?? str(apiUser?.[key])
    if (value) user[key] = value
  }
  if (source.newUser !== undefined) user.newUser = source.newUser
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
