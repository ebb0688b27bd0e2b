// What the Vue, Svelte and Solid login screens beside this file share: which screen a snapshot asks
// for, whether a request is in flight, and what each form does there. It reads `status` and the
// typed `step` (a SessionStep: a misspelt case does not compile, nor does a pending step left out),
// never parts of a string.
import type { Session, SessionSnapshot } from 'lanyard'

/**
 * The screens: email, the emailed code, authenticator set-up, the authenticator code, the required
 * profile fields, the embedded wallet being created or failed, the account.
 */
export type Screen =
  | 'loading'
  | 'email'
  | 'code'
  | 'enrol'
  | 'totp'
  | 'info'
  | 'creatingWallet'
  | 'walletFailed'
  | 'account'

type Pending = Extract<SessionSnapshot, { status: 'pending' }>

/**
 * Which screen `s` asks for. `enrolled`: this screen has just set up an authenticator (the
 * user's `totp` credential exists only once its first code is verified).
 */
export function screenOf(s: SessionSnapshot, enrolled: boolean): Screen {
  switch (s.status) {
    case 'restoring':
      return 'loading'
    case 'visitor':
    case 'expired':
    case 'loggedOut':
      return 'email'
    case 'authenticating':
      switch (s.step) {
        case 'emailOtp.awaitingCode':
        case 'emailOtp.resending':
        case 'emailOtp.verifying':
          return 'code'
        default:
          return 'email' // emailOtp.sending, or another sign-in method in flight
      }
    case 'pending':
      return pendingScreen(s, enrolled)
    case 'loggedIn':
      return 'account'
  }
}

/** What a pending session owes, by its step: every case is listed, so a new step does not compile until it is placed. */
function pendingScreen(s: Pending, enrolled: boolean): Screen {
  switch (s.step) {
    case 'mfa':
    case 'mfa.enrolling':
    case 'mfa.verifying':
    case 'mfa.refreshing':
    case 'mfa.passkey.asking':
    case 'mfa.passkey.verifying': {
      const hasAuthenticator = s.user.verifiedCredentials.some((credential) => credential.format === 'totp')
      return hasAuthenticator || enrolled ? 'totp' : 'enrol'
    }
    case 'info':
    case 'info.submitting':
    case 'info.refreshing':
      return 'info'
    case 'wallet.creating':
    case 'wallet.waiting': // another tab signed in and creates it
    case 'wallet.refreshing':
      return 'creatingWallet'
    case 'wallet.failed':
      return 'walletFailed'
  }
}

/** A request is in flight: the form waits for it. */
export function isBusy(s: SessionSnapshot): boolean {
  switch (s.step) {
    case 'emailOtp.sending':
    case 'emailOtp.resending':
    case 'emailOtp.verifying':
    case 'mfa.enrolling':
    case 'mfa.verifying':
    case 'info.submitting':
      return true
    default:
      return false
  }
}

/**
 * What the form does on `screen` with what was typed. Failures land in `snapshot.error` too
 * (render that), so the promise resolves either way: `true` when the action went through.
 */
export function submit(session: Session, screen: Screen, value: string): Promise<boolean> {
  const action =
    screen === 'code'
      ? session.email.verifyCode(value)
      : screen === 'totp'
        ? session.mfa.verifyTotp(value)
        : session.email.sendCode(value)
  return settled(action)
}

/**
 * The profile fields form (one input per `user.missingFields` entry, named after it): sends what
 * was typed with `session.info.submit`. A refusal (the server's validation) is in `snapshot.error`.
 */
export function submitFields(session: Session, form: HTMLFormElement): Promise<boolean> {
  const fields = [...new FormData(form)].map(([name, value]) => [name, String(value)])
  return settled(session.info.submit(Object.fromEntries(fields)))
}

/** Retries the embedded wallet whose creation failed (`wallet.failed`); the failure is in `snapshot.error`. */
export function retryWallet(session: Session): Promise<boolean> {
  return settled(session.embeddedWallet.create())
}

const settled = (action: Promise<unknown>): Promise<boolean> =>
  action.then(
    () => true,
    () => false,
  )
