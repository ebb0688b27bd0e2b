import type { Session, SessionSnapshot, SessionStatus, SessionStep, SessionStepOf, User } from 'lanyard'
import { expectTypeOf, test } from 'vitest'
import type { STEPS } from './steps'

declare const session: Session
type Listed<TStatus extends SessionStatus> = (typeof STEPS)[TStatus][number]

test('SessionStep is every step the machine has, and nothing else', () => {
  expectTypeOf<SessionStep>().toEqualTypeOf<Listed<SessionStatus>>()
  expectTypeOf<SessionStatus>().toEqualTypeOf<
    'restoring' | 'visitor' | 'authenticating' | 'pending' | 'loggedIn' | 'expired' | 'loggedOut'
  >()
  expectTypeOf<SessionStepOf<'pending'>>().toEqualTypeOf<Listed<'pending'>>() // never null: something is owed
  expectTypeOf<SessionStepOf<'loggedIn'>>().toEqualTypeOf<Listed<'loggedIn'> | null>()
  expectTypeOf<SessionStepOf<'visitor'>>().toEqualTypeOf<'connecting' | null>()
  expectTypeOf<SessionStepOf<'restoring'>>().toEqualTypeOf<null>()
  expectTypeOf<SessionStepOf<'expired'>>().toEqualTypeOf<null>()
})

test('a misspelt step does not compile', () => {
  const snapshot = session.getSnapshot()
  // @ts-expect-error 'emailOtp.awaitngCode' is not a step
  if (snapshot.step === 'emailOtp.awaitngCode') return
  // @ts-expect-error 'mfa' is a step of pending, not of authenticating
  if (snapshot.status === 'authenticating' && snapshot.step === 'mfa') return
  // @ts-expect-error
  const step: SessionStep = 'wallet.connecting'
  expectTypeOf(step).toBeString()
})

test('an exhaustive switch over the steps of a status compiles', () => {
  const label = (snapshot: SessionSnapshot): string => {
    if (snapshot.status !== 'loggedIn') return ''
    const { step } = snapshot
    switch (step) {
      case null:
        return 'Signed in'
      case 'refreshing':
        return 'Refreshing…'
      case 'linking.signing':
      case 'linking.verifying':
        return 'Linking a wallet…'
      case 'registeringPasskey.asking':
      case 'registeringPasskey.verifying':
        return 'Adding a passkey…'
      case 'steppingUp':
        return 'Confirming…'
      case 'creatingWallet':
        return 'Creating a wallet…'
      default: {
        // Every step is handled: what is left is never.
        const rest: never = step
        return rest
      }
    }
  }
  expectTypeOf(label).returns.toBeString()
})

test("status === 'loggedIn' narrows user, sessionId and expiresAt to non-null", () => {
  const snapshot = session.getSnapshot()
  expectTypeOf(snapshot.user).toEqualTypeOf<User | null>()
  expectTypeOf(snapshot.sessionId).toEqualTypeOf<string | null>()
  expectTypeOf(snapshot.expiresAt).toEqualTypeOf<number | null>()
  if (snapshot.status === 'loggedIn') {
    expectTypeOf(snapshot.user).toEqualTypeOf<User>()
    expectTypeOf(snapshot.sessionId).toEqualTypeOf<string>()
    expectTypeOf(snapshot.expiresAt).toEqualTypeOf<number>()
    expectTypeOf(snapshot.isLoggedIn).toEqualTypeOf<true>()
    expectTypeOf(snapshot.step).toEqualTypeOf<SessionStepOf<'loggedIn'>>()
  }
  if (snapshot.status === 'pending') {
    expectTypeOf(snapshot.user).toEqualTypeOf<User>()
    expectTypeOf(snapshot.isLoggedIn).toEqualTypeOf<false>()
  }
  if (snapshot.status === 'visitor' || snapshot.status === 'expired') {
    expectTypeOf(snapshot.user).toEqualTypeOf<null>()
    expectTypeOf(snapshot.expiresAt).toEqualTypeOf<null>()
  }
  if (snapshot.isAuthenticated) expectTypeOf(snapshot.user).toEqualTypeOf<User>()
  if (snapshot.isLoggedIn) expectTypeOf(snapshot.status).toEqualTypeOf<'loggedIn'>()
})
