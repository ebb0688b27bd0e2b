import type { Actor } from 'xstate'
import type { AuthApi, PasskeyProvider, WalletAccount, WalletConnector } from '../api/types'
import type { SessionError } from '../errors'
import type { sessionMachine } from '../machine/sessionMachine'
import type { StorageAdapter } from '../storage/types'
import type { EndReason, Requirement } from '../token/auth'
import type { User } from '../token/claims'
import type { SessionHint } from './hint'
import type { SessionSnapshot } from './snapshot'

/** Options of {@link createSession}. */
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
  /** SIWE message fields; default from `location`. */
  siwe?: { domain?: string; uri?: string; statement?: string }
  /** Passed to XState (e.g. `@statelyai/inspect`). */
  inspect?: (event: unknown) => void
  /**
   * Server rendering: what the server verified, from `sessionHint(claims)` (`lanyard/server`).
   * `getServerSnapshot()` is derived from it. In cookie mode in a browser it also stands in for a
   * stored record when storage holds none (or is async), so the first snapshot shows the session
   * at once; `ready` then confirms it with the server. Null or omitted: no hint.
   * @example createSession({ api, tokenStorage: 'cookie', hint: props.hint })
   */
  hint?: SessionHint | null
  /**
   * Where wake-ups come from: the expiry is re-checked and, with `revalidateOnFocus`, the session
   * revalidated each time `check` is called. Default: `visibilitychange`, `focus`, `online` and
   * `pageshow` in browsers, nothing elsewhere. React Native passes `AppState`.
   * @example onWake: (check) => AppState.addEventListener('change', (s) => s === 'active' && check()).remove
   * @returns a function that stops listening
   */
  onWake?: (check: () => void) => () => void
}

/** The events of `session.on`, with their payloads. */
export interface SessionEvents {
  change: (snapshot: SessionSnapshot) => void
  authenticated: (payload: { user: User }) => void
  loggedIn: (payload: { user: User }) => void
  pending: (payload: { pending: ReadonlyArray<Requirement> }) => void
  expiring: (payload: { expiresAt: number; secondsLeft: number }) => void
  expired: (payload: {}) => void
  loggedOut: (payload: { reason: EndReason }) => void
  tokenChanged: (payload: { expiresAt: number | null }) => void
  userChanged: (payload: { user: User | null }) => void
  walletCreated: (payload: { wallet: WalletAccount }) => void
  error: (payload: { error: SessionError }) => void
}

/**
 * A session: read its snapshot, call its actions, listen to its events. Every action returns a
 * promise that settles after the state it caused is committed: it resolves with the new snapshot
 * (unless noted) and rejects with a `SessionError` (`invalid_state` when the current status cannot
 * take it, which changes nothing; `invalid_input` for bad input, which lands in `snapshot.error`
 * while the flow stays where it is).
 */
export interface Session {
  /** The current snapshot: frozen, and the same object until something visible changes. */
  getSnapshot(): SessionSnapshot
  /**
   * Calls `listener` once per new snapshot, after the change is committed.
   * @example const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot)
   * @returns a function that removes the listener
   */
  subscribe(listener: (snapshot: SessionSnapshot) => void): () => void
  /**
   * The snapshot to render on the server and in the first client render while hydrating: derived
   * from the `hint` option alone (status `restoring` without one), so server and client agree.
   * Frozen, and always the same object.
   * @example const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot, session.getServerSnapshot)
   */
  getServerSnapshot(): SessionSnapshot
  /**
   * Listens to one of the {@link SessionEvents}.
   * @example const unbind = session.on('loggedOut', ({ reason }) => showGoodbye(reason))
   */
  on<TEvent extends keyof SessionEvents>(event: TEvent, handler: SessionEvents[TEvent]): () => void
  /** The first settled snapshot (after `restoring`; in cookie mode, after the server confirmed the session). */
  readonly ready: Promise<SessionSnapshot>
  /** The underlying XState actor, for power users and the inspector. */
  readonly actor: Actor<typeof sessionMachine>
  /** Email one-time codes. */
  email: {
    /** visitor, expired, loggedOut → `authenticating` step `emailOtp.awaitingCode`. */
    sendCode(email: string): Promise<SessionSnapshot>
    /** A new code for the same verification; `rate_limited` (with `retryAfter`) when too soon. */
    resendCode(): Promise<SessionSnapshot>
    /** → `pending` or `loggedIn`; a wrong code keeps the form (`invalid_code`). */
    verifyCode(code: string): Promise<SessionSnapshot>
  }
  /** SMS one-time codes, as `email`; phone numbers in international format (`+14155550123`). */
  sms: {
    sendCode(phone: string): Promise<SessionSnapshot>
    resendCode(): Promise<SessionSnapshot>
    verifyCode(code: string): Promise<SessionSnapshot>
  }
  /** Ethereum wallets. */
  wallet: {
    /** Connect only (no signature, no JWT): adds to `visitorWallets`. Resolves with the account. */
    connect(connector: WalletConnector): Promise<WalletAccount>
    /** Signs an EIP-4361 message with the connector, or with the first visitor wallet when none is given. */
    signIn(connector?: WalletConnector): Promise<SessionSnapshot>
    /** Removes a visitor wallet. */
    disconnect(address: string): Promise<SessionSnapshot>
    /** While loggedIn: proves another wallet; the token is replaced and the session continues. */
    link(connector: WalletConnector): Promise<SessionSnapshot>
  }
  /** The `mfa` requirement. */
  mfa: {
    /** For a user without an authenticator: resolves with the secret and an `otpauth://` URI for a QR code. */
    enrollTotp(): Promise<{ secret: string; otpauthUri: string }>
    /** → the next requirement, or loggedIn (the token now has `user:basic`). */
    verifyTotp(code: string): Promise<SessionSnapshot>
    /** A passkey as the second factor, like `verifyTotp`. Default provider: `navigator.credentials`. */
    verifyPasskey(provider?: PasskeyProvider): Promise<SessionSnapshot>
    /**
     * While loggedIn: proves the user again (a TOTP `code`, or `passkey: true`) for one sensitive
     * action. The session's token is untouched; `getToken({ scope })` gives the short-lived
     * elevated token (at most 5 minutes, in memory only) and `snapshot.elevatedScopes` names it.
     * @example await session.mfa.stepUp({ scope: 'transfer', code: '123456' })
     */
    stepUp(
      request: { scope: string; code: string } | { scope: string; passkey: true; provider?: PasskeyProvider },
    ): Promise<SessionSnapshot>
  }
  /** Social sign-in: OAuth 2.0 authorization code with PKCE (S256) and a random `state`. */
  social: {
    /**
     * visitor, expired, loggedOut → `authenticating` step `social.redirecting`. Keeps the state and
     * verifier in `sessionStorage` (or the session's storage) under `${storageKey}.oauth`.
     * @example location.assign((await session.social.start('google', { redirectUri: location.href })).url)
     * @returns the provider's URL to navigate to
     */
    start(provider: string, options: { redirectUri: string }): Promise<{ url: string }>
    /**
     * On the page the provider redirected to: checks `state` (mismatch, replay or no code:
     * `invalid_input`; the provider's `error=access_denied`: `access_denied`), then exchanges the code.
     * @example await session.social.complete(location.href)
     */
    complete(url: string): Promise<SessionSnapshot>
  }
  /** WebAuthn passkeys; the provider defaults to `navigator.credentials`. A dismissed prompt is `cancelled`. */
  passkey: {
    /** visitor, expired, loggedOut → pending or loggedIn. */
    signIn(provider?: PasskeyProvider): Promise<SessionSnapshot>
    /** While loggedIn: creates a passkey for the user; the token is replaced and the session continues. */
    register(provider?: PasskeyProvider): Promise<SessionSnapshot>
  }
  /** A third-party JWT, verified by the server against its JWKS, issuer and audience. */
  externalJwt: {
    /** visitor, expired, loggedOut → pending or loggedIn; the user gets an `externalUser` credential. */
    signIn(jwt: string): Promise<SessionSnapshot>
  }
  /** The `info` requirement: `info.submit({ alias: 'ada' })`; server-side validation errors keep the step. */
  info: { submit(fields: Record<string, string>): Promise<SessionSnapshot> }
  /** Retries a failed embedded wallet (`wallet.failed`), or adds one while loggedIn. */
  embeddedWallet: { create(): Promise<SessionSnapshot> }
  /**
   * A new token and user from the server (pending, loggedIn). Concurrent calls share one request, and
   * tabs share one refresh. A 401 ends the session (`session-revoked`); a network error keeps it.
   */
  refresh(): Promise<SessionSnapshot>
  /**
   * Clears token, user, visitor wallets and storage, tells other tabs, and resolves once `loggedOut`
   * is committed; the server's revoke runs in the background and never makes it fail.
   */
  logout(): Promise<SessionSnapshot>
  /** Abandons the sign-in flow in progress (its promise rejects with `cancelled`); does nothing otherwise. */
  cancel(): void
  /** The raw JWT, or null (always null with `tokenStorage: 'cookie'`). Never part of a snapshot or event. */
  getToken(): string | null
  /** The elevated token of a step-up for `scope` while it lives (loggedIn only), else null. Never stored. */
  getToken(options: { scope: string }): string | null
  /** Whether the current JWT's scope includes `scope`. */
  hasScope(scope: string): boolean
  /** Removes every timer, listener and channel the session created; later actions reject. */
  stop(): void
}
