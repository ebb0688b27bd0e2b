import type { AuthApi, AuthSettings, WalletAccount, WalletConnector } from '../api/types'
import type { SessionError } from '../errors'
import type { StoredSession } from '../storage/record'
import type { Auth, SealedToken } from '../token/auth'
import type { User } from '../token/claims'

/** Why the last session ended. */
export type EndReason = 'user-intent' | 'token-expired' | 'session-revoked' | 'other-tab' | 'invalid-token'

/** A one-time-code channel. */
export type OtpChannel = 'email' | 'sms'

/**
 * What a session machine needs from the outside world. `createSession` builds one per session and
 * passes it through `input`, so every session shares the one machine definition.
 */
export interface SessionDeps {
  api: AuthApi
  /** `tokenStorage: 'cookie'`: the server keeps the JWT in an httpOnly cookie; the session never holds one. */
  cookieMode: boolean
  /** ms since epoch. */
  now(): number
  /** The auth settings, fetched once per session. */
  settings(signal: AbortSignal): Promise<AuthSettings>
  /** Reads an async storage adapter (only called when the record could not be read synchronously). */
  restore(signal: AbortSignal): Promise<StoredSession>
  /**
   * Runs a token refresh once across tabs: when another tab already refreshed, resolves with its
   * session instead of calling the backend.
   */
  refreshShared(current: Auth, signal: AbortSignal, refresh: () => Promise<Auth>): Promise<Auth>
  /** Calls `api.revoke` in the background, best-effort; never throws. */
  revoke(token: SealedToken | null, reason: string): void
  /** Subscribes to the device waking up (visibility, focus, online, pageshow). */
  onWake(callback: () => void): () => void
  /** Schedules `callback` for when `now() >= deadline`, in steps below 2^31-1 ms. Returns a cancel function. */
  armAt(deadline: number, callback: () => void): () => void
  siwe: { domain: string; uri: string; statement?: string }
  expiringNoticeMs: number
}

/** A wallet connected without signing, with the connector that can sign for it later. */
export interface VisitorWallet {
  account: WalletAccount
  connector: WalletConnector
}

export interface SessionContext {
  deps: SessionDeps
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
  /** The value an action resolves with when it is not the snapshot (TOTP enrollment, a connected wallet). */
  reply: unknown
  /** What the synchronous read of storage found (`{ kind: 'async' }` when the adapter is async). */
  stored: StoredSession | { kind: 'async' }
}

export interface SessionInput {
  deps: SessionDeps
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
  | { type: 'token.expired' }
  | { type: 'sync.adopt'; auth: Auth }
  | { type: 'sync.ended'; reason: EndReason }

/** Events the machine emits (the rest are derived from snapshot changes by `createSession`). */
export type SessionEmitted =
  | { type: 'expiring'; expiresAt: number; secondsLeft: number }
  | { type: 'expired' }
  | { type: 'loggedOut'; reason: EndReason }
  | { type: 'walletCreated'; wallet: WalletAccount }

export type { User }
