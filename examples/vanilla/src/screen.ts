import type { PasskeyProvider, Session, SessionSnapshot, WalletConnector } from 'lanyard'

/** What every screen shares: the session, where to get wallets, and what the person typed earlier. */
export interface AppContext {
  session: Session
  /** The demo wallet the person signs in with (the same one across reloads). */
  wallet(): WalletConnector
  /** A fresh wallet, for "Link a wallet". */
  newWallet(): WalletConnector
  /** The WebAuthn provider; undefined: the SDK's default (`navigator.credentials`). */
  passkey?: PasskeyProvider
  /** A JWT from the app's own identity system ("Acme ID"), for `externalJwt.signIn`; none: no button. */
  externalToken?: () => Promise<string>
  /** Goes to the social provider's URL (a full page navigation in the browser). */
  navigate(url: string): void
  /** Where the last code went, for "We sent a code to ...". */
  sentTo: { email?: string; phone?: string }
  /** The sign-in flow the person used last: its form shows the errors and is the open tab. */
  lastFlow: 'email' | 'sms' | 'wallet' | 'social' | 'passkey' | 'external'
  /** The clock the countdowns read (tests may replace it). */
  now(): number
  /** The settings' labels of required profile fields, by key (Dynamic's `kyc[].label`). */
  fieldLabels: Promise<Record<string, string>>
}

/** One screen: built once when the person arrives, updated in place for every snapshot after. */
export interface Screen {
  el: HTMLElement
  update(snapshot: SessionSnapshot): void
  destroy?(): void
}

export type ScreenFactory = (ctx: AppContext, snapshot: SessionSnapshot) => Screen

/** Runs an action; a rejection the snapshot did not show (it already did for most) goes to `show`. */
export function run(promise: Promise<unknown>, show: (error: unknown) => void): void {
  promise.catch((error: unknown) => {
    if ((error as { code?: string } | null)?.code === 'cancelled') return
    show(error)
  })
}

/** Calls `tick` every second until the returned function is called. */
export function everySecond(tick: () => void): () => void {
  const timer = setInterval(tick, 1000)
  return () => clearInterval(timer)
}
