import type { AuthApi, WalletAccount } from '../api/types'
import type { SessionError } from '../errors'
import type { StorageAdapter } from '../storage/types'
import type { EndReason, Requirement } from '../token/auth'
import type { User } from '../token/claims'
import type { SessionHint } from './hint'
import type { SessionSnapshot } from './snapshot'

// What createSession takes, and what session.on hears.
/**
 * Options of {@link createSession}. Only `api` is required.
 *
 * @example
 * ```ts
 * const session = createSession({
 *   api: createHttpApi({ baseUrl: 'https://auth.example.com', environmentId: 'my-env' }),
 *   storage: localStorageAdapter(),
 *   expiringNoticeSeconds: 120,
 * })
 * ```
 */
export interface SessionOptions {
  /** The transport: `createHttpApi({...})`, or `server.api` from `lanyard/testing`. */
  api: AuthApi
  /** Default: `localStorageAdapter()` when usable, else `memoryStorage()`. */
  storage?: StorageAdapter
  /** Default 'lanyard'; every key is prefixed with it. */
  storageKey?: string
  /** 'cookie': the server keeps the JWT in an httpOnly cookie; `getToken()` is null and storage keeps only a hint. */
  tokenStorage?: 'in-app' | 'cookie'
  /** Default true in browsers (windows, workers), false in Node: login, logout and refresh reach other tabs. */
  crossTab?: boolean
  /** Default 60: emit `expiring` this long before the end. */
  expiringNoticeSeconds?: number
  /** Default true: on focus, at most once a minute, `refresh()` to learn of revocation. */
  revalidateOnFocus?: boolean
  /**
   * Default true: the session refreshes its token by itself before it ends (with a quarter of the
   * token's lifetime left, at most 5 minutes before), once across tabs, retrying a `network`,
   * `timeout`, `server` or `rate_limited` failure with back-off (honouring `retryAfter`) until the
   * token really ends; a 401 ends the session. An offline or hidden page leaves it to the next
   * wake-up (a hidden one until half that margin is left). `false`: the session ends at the token's
   * end unless the app calls `refresh()`.
   * @example
   * ```ts
   * createSession({ api, autoRefresh: false }) // refresh on your own terms: session.refresh()
   * ```
   */
  autoRefresh?: boolean
  /** Fields of the EIP-4361 (Sign-In with Ethereum) message that wallets sign; defaults from `location`. */
  siwe?: {
    /** The domain asking for the signature. Default `location.host`, else 'localhost'. */
    domain?: string
    /** The URI the signature is for. Default `location.origin`, else 'http://localhost'. */
    uri?: string
    /** A line of text the wallet shows the user. Default: none. */
    statement?: string
  }
  /** Passed to XState (e.g. `@statelyai/inspect`). */
  inspect?: (event: unknown) => void
  /**
   * Server rendering: what the server verified, from `sessionHint(claims)` (`lanyard/server`).
   * `getServerSnapshot()` is derived from it. In cookie mode in a browser it also stands in for a
   * stored record when storage holds none (or is async), so the first snapshot shows the session
   * at once; `ready` then confirms it with the server. Null or omitted: no hint.
   * @example
   * ```ts
   * createSession({ api, tokenStorage: 'cookie', hint: props.hint })
   * ```
   */
  hint?: SessionHint | null
  /**
   * Where wake-ups come from: the expiry is re-checked and, with `revalidateOnFocus`, the session
   * revalidated each time `check` is called. Default: `visibilitychange`, `focus`, `online` and
   * `pageshow` in browsers, nothing elsewhere. React Native passes `AppState`.
   * @example
   * ```ts
   * onWake: (check) => AppState.addEventListener('change', (s) => s === 'active' && check()).remove
   * ```
   * @returns a function that stops listening
   */
  onWake?: (check: () => void) => () => void
}

/**
 * The events of `session.on`, with their payloads. After every committed change: `subscribe`
 * listeners first, then `change`, then the events the machine raised (`walletCreated`, `expired`,
 * `loggedOut`), then `authenticated`, `loggedIn`, `pending`, `tokenChanged`, `userChanged` and
 * `error` as they apply.
 *
 * @example
 * ```ts
 * session.on('loggedIn', ({ user }) => greet(user))
 * session.on('expiring', ({ secondsLeft }) => showBanner(`Signing out in ${secondsLeft}s`))
 * session.on('error', ({ error }) => report(error.code))
 * ```
 */
export interface SessionEvents {
  /** A new snapshot was committed (the same as a `subscribe` listener hears, right after them). */
  change: (snapshot: SessionSnapshot) => void
  /** A token is now held (status `pending` or `loggedIn`) where there was none. */
  authenticated: (payload: { user: User }) => void
  /** The status became `loggedIn`: nothing more is owed. */
  loggedIn: (payload: { user: User }) => void
  /** The status became `pending`, or its list of requirements changed. */
  pending: (payload: { pending: ReadonlyArray<Requirement> }) => void
  /**
   * The token ends in `expiringNoticeSeconds` (default 60). With `autoRefresh` (the default) the
   * session has been refreshing it already: this means those attempts have not succeeded yet.
   */
  expiring: (payload: { expiresAt: number; secondsLeft: number }) => void
  /** The token reached its end: the status is now `expired` (a `loggedOut` with `token-expired` follows). */
  expired: (payload: {}) => void
  /** A session ended, or `logout()` was called: `reason` says why (`user-intent`, `token-expired`...). */
  loggedOut: (payload: { reason: EndReason }) => void
  /** The token was issued, replaced, adopted from another tab or ended (`expiresAt` null); in cookie mode too. */
  tokenChanged: (payload: { expiresAt: number | null }) => void
  /** The user changed: signed in, updated by the server (a refresh, a new credential), or gone (null). */
  userChanged: (payload: { user: User | null }) => void
  /** The embedded wallet the environment creates on sign-up now exists. */
  walletCreated: (payload: { wallet: WalletAccount }) => void
  /**
   * A new `snapshot.error`, or a storage failure (the session then keeps to memory). Problems found
   * while the session is created are emitted after a microtask, so `on('error')` right after hears them.
   */
  error: (payload: { error: SessionError }) => void
}
