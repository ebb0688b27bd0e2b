import type {
  AuthApi,
  AuthSettings,
  PasskeyCredentialJSON,
  PasskeyProvider,
  SocialCode,
  SocialStart,
  WalletAccount,
  WalletConnector,
  WalletProof,
} from '../api/types'
import type { SessionError } from '../errors'
import type { Auth, EndReason, SealedToken, StoredSession } from '../token/auth'
import type { User } from '../token/claims'
import type { Presence } from './actors/refreshSchedule'

export type { EndReason, Presence, StoredSession }

/** A one-time-code channel. */
export type OtpChannel = 'email' | 'sms'

/**
 * What a session machine needs from the outside world: every side effect comes in here, as a
 * service owned by its own module. `createSession` builds one per session and passes it through
 * `input`, so every session shares the one machine definition.
 */
export interface SessionMachineDeps {
  /** The transport: the session's `api` option. */
  api: AuthApi
  /** `tokenStorage: 'cookie'`: the server keeps the JWT in an httpOnly cookie; the session never holds one. */
  cookieMode: boolean
  /** ms since epoch. */
  now(): number
  /** Aborts when the session stops: background work (a revoke, the settings) ends with it. */
  lifetime: AbortSignal
  /** The auth settings, fetched once per session. */
  settings(signal: AbortSignal): Promise<AuthSettings>
  /** Finishes the read of an async storage adapter (only called when the first read was async). */
  restore(signal: AbortSignal): Promise<StoredSession>
  /** Removes the stored session (a logout during the async read). Omitted: nothing is stored. */
  forget?(): void
  /**
   * Ends a server session in the background (logout, a late or foreign answer): best-effort, retried,
   * never throws. `token` is null in cookie mode, where the cookie carries the session.
   */
  revoke(token: SealedToken | null, reason: string): void
  /** Keeps `social.start`'s record across the redirect. Omitted: nothing is kept. */
  keepOAuth?(record: string): Promise<void>
  /** Takes (reads and removes, once) the record `keepOAuth` kept; null when there is none. */
  takeOAuth?(): Promise<string | null>
  /** Runs a token refresh once across tabs; resolves with another tab's session when it refreshed first. */
  refreshShared(current: Auth, signal: AbortSignal, refresh: () => Promise<Auth>): Promise<Auth>
  /** Subscribes to the device waking up (visibility, focus, online, pageshow by default). */
  onWake(callback: () => void): () => void
  /** Schedules `callback` for when `now() >= deadline`, in steps below 2^31-1 ms. Returns a cancel function. */
  armAt(deadline: number, callback: () => void): () => void
  /** The fields of the EIP-4361 message wallets sign (the session's `siwe` option, defaults applied). */
  siwe: {
    /** The domain asking for the signature. */
    domain: string
    /** The URI the signature is for. */
    uri: string
    /** A line of text the wallet shows; none when omitted. */
    statement?: string
  }
  /** How long before the token's end `expiring` is emitted, in ms. */
  expiringNoticeMs: number
  /** On wake, at most once a minute, refresh a resting session to learn of a revocation. */
  revalidateOnFocus: boolean
  /**
   * Refresh the token ahead of its end, retrying passing failures with back-off (`createSession`'s
   * `autoRefresh`, default true there). Omitted: off.
   */
  autoRefresh?: boolean
  /** Whether the page is active, hidden or offline: a hidden or offline page leaves its refresh to a wake-up. Omitted: always active. */
  presence?(): Presence
}

/** The input of `createActor(sessionMachine, { input })`. */
export interface SessionMachineInput {
  /** Every side effect the machine may cause. */
  deps: SessionMachineDeps
  /** What the first read of storage found (`{ kind: 'async' }` when the adapter answers later). */
  stored:
    | StoredSession
    | {
        /** The adapter is async: the machine starts in `restoring` and calls `deps.restore`. */
        kind: 'async'
      }
}

/** A wallet connected without signing, with the connector that can sign for it later. */
export interface VisitorWallet {
  account: WalletAccount
  connector: WalletConnector
}

export interface SessionContext {
  deps: SessionMachineDeps
  /** The current authentication; its token is sealed, so the inspector never sees the raw JWT. */
  auth: Auth | null
  /** The current token came from another tab (which, not this one, finishes what it started). */
  adopted: boolean
  /** What a sign-in flow returns to when it is cancelled or fails. */
  origin: 'visitor' | 'expired' | 'loggedOut'
  otp: { channel: OtpChannel; target: string; verificationId: string | null } | null
  /** The wallet being signed in with or linked. */
  signer: { connector: WalletConnector; account: WalletAccount | null } | null
  visitors: readonly VisitorWallet[]
  error: SessionError | null
  endReason: EndReason | null
  /** The secret of a TOTP enrolment in progress, until the code is verified. */
  enrollment: { secret: string; otpauthUri: string } | null
  /** The signed EIP-4361 proof between a wallet's signing and its verifying step. */
  proof: WalletProof | null
  /** The provider's URL a `social.start` answered with, for the app to navigate to. */
  redirect: string | null
  /** The WebAuthn credential between a passkey ceremony and its verifying step. */
  credential: PasskeyCredentialJSON | null
  /** Step-up tokens by scope: sealed, in memory only, each until its device-clock `expiresAt`. */
  elevated: Readonly<Record<string, Elevated>>
  /** When the session last heard from the server (sign-in, refresh, restore): wake checks wait a minute after. */
  checkedAt: number
  /** The refresh in flight was started by the session itself (`autoRefresh`), not asked for: passing failures stay quiet. */
  autoRefreshing: boolean
  /** What the synchronous read of storage found (`{ kind: 'async' }` when the adapter is async). */
  stored: StoredSession | { kind: 'async' }
}

export type SessionEvent =
  | { type: 'email.send'; email: string }
  | { type: 'email.resend' }
  | { type: 'email.verify'; code: string }
  | { type: 'sms.send'; phone: string }
  | { type: 'sms.resend' }
  | { type: 'sms.verify'; code: string }
  | { type: 'wallet.connect'; connector: WalletConnector }
  | { type: 'wallet.signIn'; connector?: WalletConnector }
  | { type: 'wallet.disconnect'; address: string }
  | { type: 'wallet.link'; connector: WalletConnector }
  | { type: 'mfa.enroll' }
  | { type: 'mfa.verify'; code: string }
  | { type: 'info.submit'; fields: Record<string, string> }
  | { type: 'embeddedWallet.create' }
  | { type: 'session.refresh' }
  | { type: 'session.logout' }
  | { type: 'flow.cancel' }
  | { type: 'token.expiring' }
  /** The token should be refreshed now (`autoRefresh`): a resting session refreshes, a busy one is asked again later. */
  | { type: 'token.refreshDue' }
  /** The device woke up (focus, visibility, network): a resting session may revalidate. */
  | { type: 'session.wake' }
  | { type: 'token.expired' }
  | { type: 'sync.adopt'; auth: Auth }
  | { type: 'sync.ended'; reason: EndReason }
  /** `record`: what the redirect is checked against later (state, PKCE verifier), kept by the machine. */
  | { type: 'social.start'; input: SocialStart; record: string }
  /** `redeem`: checks the kept record (null when none) against the redirect; throws when they do not match. */
  | { type: 'social.complete'; redeem(record: string | null): SocialCode }
  /** The third-party JWT, sealed like the session's own. */
  | { type: 'externalJwt.signIn'; jwt: SealedToken }
  | { type: 'passkey.signIn'; provider: PasskeyProvider }
  | { type: 'passkey.register'; provider: PasskeyProvider }
  | { type: 'mfa.verifyPasskey'; provider: PasskeyProvider }
  | { type: 'mfa.stepUp'; scope: string; code?: string; provider?: PasskeyProvider }
  | { type: 'elevation.expired' }
  /** An action's input broke its rule: the error lands in the snapshot, nothing else changes. */
  | { type: 'input.rejected'; error: SessionError }
  /** The storage failed (quota, a throwing adapter): the session goes on in memory, the error is shown. */
  | { type: 'storage.failed'; error: SessionError }

/** A step-up token for one scope. */
export interface Elevated {
  scope: string
  token: SealedToken
  /** ms since epoch, in this device's clock. */
  expiresAt: number
}

/** Events the machine emits (the rest are derived from snapshot changes by `createSession`). */
export type SessionEmitted =
  | { type: 'expiring'; expiresAt: number; secondsLeft: number }
  | { type: 'expired' }
  | { type: 'loggedOut'; reason: EndReason }
  | { type: 'walletCreated'; wallet: WalletAccount }

export type { User }
