import type { AuthResult, AuthSettings } from '../api/types'
import { SessionError } from '../errors'
import { decodeToken, type TokenClaims, type User, userFrom } from './claims'

/** A requirement that keeps an authenticated session in `pending`, in the order it is asked. */
export type Requirement = 'mfa' | 'info' | 'wallet'

/** Why the last session ended. */
export type EndReason = 'user-intent' | 'token-expired' | 'session-revoked' | 'other-tab' | 'invalid-token'

/** What a stored record turned out to hold (storage reads it; the machine restores from it). */
export type StoredSession =
  | { kind: 'none' }
  | { kind: 'auth'; auth: Auth }
  | { kind: 'ended' }
  | { kind: 'bad'; error: SessionError }

/**
 * A token the inspector, `JSON.stringify` and `console.log` cannot see: the raw JWT lives in a
 * module-private WeakMap, so machine context and events can carry the handle safely.
 */
export interface SealedToken {
  readonly sealed: true
}

const vault = new WeakMap<SealedToken, string>()

export function seal(token: string): SealedToken {
  const handle = Object.freeze({ sealed: true as const, toJSON: () => '[token]' })
  vault.set(handle, token)
  return handle
}

export function unseal(handle: SealedToken | null | undefined): string | null {
  return (handle && vault.get(handle)) ?? null
}

/** Everything the session knows about its current authentication: no raw token in sight. */
export interface Auth {
  readonly token: SealedToken | null
  readonly user: User
  /** ms since epoch, in this device's clock. */
  readonly expiresAt: number
  readonly pending: readonly Requirement[]
  /** Server setting kept with the session, so that a restore knows whether a wallet is owed. */
  readonly createWallet: boolean
}

const hasEmbeddedWallet = (user: User) =>
  user.verifiedCredentials.some((credential) => credential.walletProvider === 'embeddedWallet')

function requirements(user: User, createWallet: boolean): readonly Requirement[] {
  const pending: Requirement[] = []
  if (!user.scopes.includes('user:basic')) pending.push('mfa')
  if (user.missingFields.length > 0) pending.push('info')
  if (createWallet && !hasEmbeddedWallet(user)) pending.push('wallet')
  return Object.freeze(pending)
}

function build(token: string | null, user: User, expiresAt: number, createWallet: boolean): Auth {
  // A session is told apart by its id (SessionSnapshot promises one whenever a user is signed in).
  if (!user.sessionId) {
    throw new SessionError(
      'invalid_token',
      process.env.NODE_ENV !== 'production'
        ? 'The auth server answered with a session that has no id: the token needs a `sid` claim (in cookie mode, the user a `sessionId`). Sign in again.'
        : '',
    )
  }
  return Object.freeze({
    token: token === null ? null : seal(token),
    user,
    expiresAt,
    pending: requirements(user, createWallet),
    createWallet,
  })
}

/**
 * Device-clock expiry of a token received at `receivedAt` (ms): its `exp` moved by how far this
 * device's clock is from the server's. The server's clock of the answer (`serverNow`, from its `Date`
 * header) is the reading; the token's `iat` only stands in for it where there is none. Either errs
 * early, never late: a session that ends a moment early is refreshed in time.
 */
export function deviceExpiry(
  claims: Pick<TokenClaims, 'exp' | 'iat'>,
  receivedAt: number,
  serverNow?: number,
): number {
  // `iat` counts whole seconds too: its last millisecond, as for a Date header (see httpApi.ts).
  const serverTime = Number.isFinite(serverNow) ? (serverNow as number) : claims.iat * 1000 + 999
  if (claims.exp * 1000 <= serverTime) {
    throw new SessionError(
      'invalid_token',
      process.env.NODE_ENV !== 'production'
        ? "The auth server answered with a token that had already expired by its own clock. Check the server's clock and token lifetime, then sign in again."
        : '',
    )
  }
  return claims.exp * 1000 + (receivedAt - serverTime)
}

/**
 * Turns an auth server's answer into an {@link Auth}, decoding the token once. Throws
 * `invalid_token` when the answer cannot hold a session: in-app mode without a usable token, cookie
 * mode without a user. In cookie mode a token the server sent anyway is dropped, never held.
 */
export function authFromResult(
  result: AuthResult,
  settings: AuthSettings,
  receivedAt: number,
  cookieMode: boolean,
): Auth {
  if (typeof result !== 'object' || result === null) {
    throw new SessionError(
      'invalid_token',
      process.env.NODE_ENV !== 'production' ? 'The auth server answered without a session. Try again.' : '',
    )
  }
  const createWallet = settings.embeddedWallets.createOnSignup === true
  if (!cookieMode) {
    if (typeof result.token !== 'string') {
      throw new SessionError(
        'invalid_token',
        process.env.NODE_ENV !== 'production'
          ? 'The auth server answered without a token. If it keeps the token in an httpOnly cookie, create the session with tokenStorage: "cookie".'
          : '',
      )
    }
    const claims = decodeToken(result.token)
    const expiresAt = deviceExpiry(claims, receivedAt, result.serverNow)
    return build(result.token, userFrom(claims, result.user), expiresAt, createWallet)
  }
  // Cookie mode: the JWT stays in an httpOnly cookie; the server's user and clock stand in for its claims.
  if (!Number.isFinite(result.expiresAt) || typeof result.user?.id !== 'string') {
    throw new SessionError(
      'invalid_token',
      process.env.NODE_ENV !== 'production'
        ? 'The auth server answered without a user. With tokenStorage: "cookie", enable cookie mode on the server too.'
        : '',
    )
  }
  const serverNow = Number.isFinite(result.serverNow) ? (result.serverNow as number) : receivedAt
  if (result.expiresAt * 1000 <= serverNow) {
    throw new SessionError(
      'invalid_token',
      process.env.NODE_ENV !== 'production'
        ? "The auth server answered with a session that had already ended by its own clock. Check the server's clock, then sign in again."
        : '',
    )
  }
  return build(
    null,
    userFrom(null, result.user),
    result.expiresAt * 1000 + (receivedAt - serverNow),
    createWallet,
  )
}

/** Rebuilds an {@link Auth} from a stored token (restore, another tab's record). */
export function authFromToken(
  token: string,
  storedExpiresAt: unknown,
  createWallet: boolean,
  now: number,
): Auth {
  const claims = decodeToken(token)
  const lifetime = (claims.exp - claims.iat) * 1000
  // The stored device-clock expiry is trusted only within the token's own lifetime from now.
  const expiresAt =
    typeof storedExpiresAt === 'number' && Number.isFinite(storedExpiresAt)
      ? Math.min(storedExpiresAt, now + lifetime)
      : claims.exp * 1000
  return build(token, userFrom(claims), expiresAt, createWallet)
}

/** Rebuilds a cookie-mode {@link Auth} from its stored hint (no token). */
export function authFromHint(user: unknown, expiresAt: unknown, createWallet: boolean): Auth {
  if (
    typeof expiresAt !== 'number' ||
    !Number.isFinite(expiresAt) ||
    typeof user !== 'object' ||
    user === null
  ) {
    throw new SessionError(
      'invalid_token',
      process.env.NODE_ENV !== 'production' ? 'The stored session hint is malformed. Sign in again.' : '',
    )
  }
  const u = user as Record<string, unknown>
  return build(
    null,
    userFrom(null, {
      ...(u as object),
      id: u.id as string,
      scope: (u.scopes as string[] | undefined)?.join(' '),
    }),
    expiresAt,
    createWallet,
  )
}
