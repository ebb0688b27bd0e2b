import type { Actor } from 'xstate'
import type { PasskeyProvider, WalletAccount, WalletConnector } from '../api/types'
import type { sessionMachine } from '../machine/sessionMachine'
import type { SessionEvents } from './options'
import type { SessionSnapshot } from './snapshot'

export type { SessionEvents, SessionOptions } from './options'

/**
 * A session: read its snapshot, call its actions, listen to its events. Every action returns a
 * promise that settles after the state it caused is committed: it resolves with the new snapshot
 * (unless noted) and rejects with a `SessionError` (`invalid_state` when the current status cannot
 * take it, which changes nothing; `invalid_input` for bad input, which lands in `snapshot.error`
 * while the flow stays where it is). Made by {@link createSession}.
 *
 * @example
 * ```ts
 * const session = createSession({ api })
 * const unsubscribe = session.subscribe((snapshot) => render(snapshot))
 * await session.ready
 * if (session.getSnapshot().status === 'visitor') await session.email.sendCode('ada@example.com')
 * ```
 */
export interface Session {
  /** The current snapshot: frozen, and the same object until something visible changes. */
  getSnapshot(): SessionSnapshot
  /**
   * Calls `listener` once per new snapshot, after the change is committed.
   * @example
   * ```ts
   * const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot)
   * ```
   * @param listener - called with each new snapshot
   * @returns a function that removes the listener
   */
  subscribe(listener: (snapshot: SessionSnapshot) => void): () => void
  /**
   * The snapshot to render on the server and in the first client render while hydrating: derived
   * from the `hint` option alone (status `restoring` without one), so server and client agree.
   * Frozen, and always the same object.
   * @example
   * ```ts
   * const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot, session.getServerSnapshot)
   * ```
   */
  getServerSnapshot(): SessionSnapshot
  /**
   * Listens to one of the {@link SessionEvents}.
   * @example
   * ```ts
   * const unbind = session.on('loggedOut', ({ reason }) => showGoodbye(reason))
   * ```
   * @param event - the event's name
   * @param handler - called with the event's payload
   * @returns a function that removes the handler
   */
  on<TEvent extends keyof SessionEvents>(event: TEvent, handler: SessionEvents[TEvent]): () => void
  /** The first settled snapshot (after `restoring`; in cookie mode, after the server confirmed the session). */
  readonly ready: Promise<SessionSnapshot>
  /** The underlying XState actor, for power users and the inspector. */
  readonly actor: Actor<typeof sessionMachine>
  /** Email one-time codes. */
  email: {
    /**
     * visitor, expired, loggedOut → `authenticating` step `emailOtp.awaitingCode`.
     * @param email - the address to send the code to (trimmed and lower-cased)
     */
    sendCode(email: string): Promise<SessionSnapshot>
    /** A new code for the same verification; `rate_limited` (with `retryAfter`) when too soon. */
    resendCode(): Promise<SessionSnapshot>
    /**
     * → `pending` or `loggedIn`; a wrong code keeps the form (`invalid_code`).
     * @param code - the code from the email (letters and digits, 4 to 12, trimmed)
     */
    verifyCode(code: string): Promise<SessionSnapshot>
  }
  /** SMS one-time codes, as `email`; phone numbers in international format (`+14155550123`). */
  sms: {
    /**
     * visitor, expired, loggedOut → `authenticating` step `smsOtp.awaitingCode`.
     * @param phone - E.164 (`+14155550123`); spaces, dots, dashes and brackets are removed
     */
    sendCode(phone: string): Promise<SessionSnapshot>
    /** A new code for the same verification; `rate_limited` (with `retryAfter`) when too soon. */
    resendCode(): Promise<SessionSnapshot>
    /**
     * → `pending` or `loggedIn`; a wrong code keeps the form (`invalid_code`).
     * @param code - the code from the text message
     */
    verifyCode(code: string): Promise<SessionSnapshot>
  }
  /** Ethereum wallets. */
  wallet: {
    /**
     * Connect only (no signature, no JWT): adds to `visitorWallets`. Resolves with the account.
     * @param connector - the wallet to connect
     */
    connect(connector: WalletConnector): Promise<WalletAccount>
    /**
     * Signs an EIP-4361 message with the connector, or with the first visitor wallet when none is given.
     * @param connector - the wallet to sign with; default: the first of `visitorWallets`
     */
    signIn(connector?: WalletConnector): Promise<SessionSnapshot>
    /**
     * Removes a visitor wallet.
     * @param address - the wallet's address, as in `visitorWallets`
     */
    disconnect(address: string): Promise<SessionSnapshot>
    /**
     * While loggedIn: proves another wallet; the token is replaced and the session continues.
     * @param connector - the wallet to add to the user
     */
    link(connector: WalletConnector): Promise<SessionSnapshot>
  }
  /** The `mfa` requirement. */
  mfa: {
    /** For a user without an authenticator: resolves with the secret and an `otpauth://` URI for a QR code. */
    enrollTotp(): Promise<{
      /** The shared secret (base32 from the reference backend), for typing into an authenticator app. */
      secret: string
      /** The same secret as an `otpauth://totp/...` URI, to show as a QR code. */
      otpauthUri: string
    }>
    /**
     * → the next requirement, or loggedIn (the token now has `user:basic`).
     * @param code - the authenticator's current code (6 to 8 digits; spaces removed)
     */
    verifyTotp(code: string): Promise<SessionSnapshot>
    /**
     * A passkey as the second factor, like `verifyTotp`. Default provider: `navigator.credentials`.
     * @param provider - runs the WebAuthn ceremony; default `navigator.credentials`
     */
    verifyPasskey(provider?: PasskeyProvider): Promise<SessionSnapshot>
    /**
     * While loggedIn: proves the user again (a TOTP `code`, or `passkey: true`) for one sensitive
     * action. The session's token is untouched; `getToken({ scope })` gives the short-lived
     * elevated token (at most 5 minutes, in memory only) and `snapshot.elevatedScopes` names it.
     * @example
     * ```ts
     * await session.mfa.stepUp({ scope: 'transfer', code: '123456' })
     * const elevated = session.getToken({ scope: 'transfer' })
     * ```
     * @param request - the scope, and the proof: a TOTP `code`, or `passkey: true` (with an optional `provider`)
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
     * @example
     * ```ts
     * location.assign((await session.social.start('google', { redirectUri: location.href })).url)
     * ```
     * @param provider - the provider's name, as the auth server knows it (`'google'`, `'github'`...)
     * @param options - `redirectUri`: the page the provider sends the user back to
     * @returns the provider's URL to navigate to
     */
    start(
      provider: string,
      options: { redirectUri: string },
    ): Promise<{
      /** The provider's authorization URL. */
      url: string
    }>
    /**
     * On the page the provider redirected to: checks `state` (mismatch, replay or no code:
     * `invalid_input`; the provider's `error=access_denied`: `access_denied`), then exchanges the code.
     * @example
     * ```ts
     * await session.social.complete(location.href)
     * ```
     * @param url - the URL the provider redirected to, with its `code` and `state`
     */
    complete(url: string): Promise<SessionSnapshot>
  }
  /** WebAuthn passkeys; the provider defaults to `navigator.credentials`. A dismissed prompt is `cancelled`. */
  passkey: {
    /**
     * visitor, expired, loggedOut → pending or loggedIn.
     * @param provider - runs the WebAuthn ceremony; default `navigator.credentials`
     */
    signIn(provider?: PasskeyProvider): Promise<SessionSnapshot>
    /**
     * While loggedIn: creates a passkey for the user; the token is replaced and the session continues.
     * @param provider - runs the WebAuthn ceremony; default `navigator.credentials`
     */
    register(provider?: PasskeyProvider): Promise<SessionSnapshot>
  }
  /** A third-party JWT, verified by the server against its JWKS, issuer and audience. */
  externalJwt: {
    /**
     * visitor, expired, loggedOut → pending or loggedIn; the user gets an `externalUser` credential.
     * @param jwt - the identity system's token for the user
     */
    signIn(jwt: string): Promise<SessionSnapshot>
  }
  /** The `info` requirement: `info.submit({ alias: 'ada' })`; server-side validation errors keep the step. */
  info: {
    /**
     * Sends the profile fields the server asks for (`user.missingFields`) → the next requirement, or loggedIn.
     * @param fields - field name → value, e.g. `{ alias: 'ada' }`
     */
    submit(fields: Record<string, string>): Promise<SessionSnapshot>
  }
  /** Retries a failed embedded wallet (`wallet.failed`), or adds one while loggedIn. */
  embeddedWallet: {
    /** Asks the server for the user's embedded wallet (step `wallet.creating`, or `creatingWallet` while loggedIn). */
    create(): Promise<SessionSnapshot>
  }
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
  /**
   * The elevated token of a step-up for `scope` while it lives (loggedIn only), else null. Never stored.
   * @param options - `scope`: the scope passed to `mfa.stepUp`
   */
  getToken(options: { scope: string }): string | null
  /**
   * Whether the current JWT's scope includes `scope`.
   * @param scope - e.g. `'user:basic'`, or a scope the server adds for a gate
   */
  hasScope(scope: string): boolean
  /** Removes every timer, listener and channel the session created; later actions reject. */
  stop(): void
}
