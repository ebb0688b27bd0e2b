import type { SessionStep } from 'lanyard'

/**
 * Every `snapshot.step` by status, as the docs list them (docs/concepts.md). `satisfies` makes a
 * misspelt entry a type error; snapshot.test-d.ts checks this is exactly `SessionStep`, and
 * step.test.ts that it is exactly what the machine's states give.
 */
export const STEPS = {
  restoring: [],
  visitor: ['connecting'],
  authenticating: [
    'emailOtp.sending',
    'emailOtp.awaitingCode',
    'emailOtp.resending',
    'emailOtp.verifying',
    'smsOtp.sending',
    'smsOtp.awaitingCode',
    'smsOtp.resending',
    'smsOtp.verifying',
    'wallet.signing',
    'wallet.verifying',
    'social.starting',
    'social.redirecting',
    'social.verifying',
    'passkey.asking',
    'passkey.verifying',
    'externalJwt.verifying',
  ],
  pending: [
    'mfa',
    'mfa.enrolling',
    'mfa.verifying',
    'mfa.passkey.asking',
    'mfa.passkey.verifying',
    'mfa.refreshing',
    'info',
    'info.submitting',
    'info.refreshing',
    'wallet.waiting',
    'wallet.creating',
    'wallet.failed',
    'wallet.refreshing',
  ],
  loggedIn: [
    'refreshing',
    'linking.signing',
    'linking.verifying',
    'registeringPasskey.asking',
    'registeringPasskey.verifying',
    'steppingUp',
    'creatingWallet',
  ],
  expired: [],
  loggedOut: [],
} as const satisfies Record<string, readonly SessionStep[]>
