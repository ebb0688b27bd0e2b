// What the Vue, Svelte and Solid login screens beside this file share: which screen a snapshot asks
// for, whether a request is in flight, and what the form's submit does there. It reads `status`
// and the typed `step` (a SessionStep: a misspelt case does not compile), never parts of a string.
import type { Session, SessionSnapshot } from 'lanyard'

/** The screens: email, the emailed code, authenticator set-up, the authenticator code, the account. */
export type Screen = 'loading' | 'email' | 'code' | 'enrol' | 'totp' | 'elsewhere' | 'account'

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
    case 'pending': {
      if (s.pending[0] !== 'mfa') return 'elsewhere' // profile fields, embedded wallet: see examples/vanilla
      const hasAuthenticator = s.user.verifiedCredentials.some((credential) => credential.format === 'totp')
      return hasAuthenticator || enrolled ? 'totp' : 'enrol'
    }
    case 'loggedIn':
      return 'account'
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
  return action.then(
    () => true,
    () => false,
  )
}
