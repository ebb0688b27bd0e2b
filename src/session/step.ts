// `status` and `step` as types, derived from the machine's state value (which XState infers from the
// state config), so a state added to the machine is a new step without anyone copying it here.
import type { SnapshotFrom } from 'xstate'
import type { sessionMachine } from '../machine/sessionMachine'

/**
 * States the machine leaves at once (an `always` transition without a guard), by their path below
 * `authenticated`: never in a committed snapshot, so never a step. test/session/snapshot/step.test.ts finds
 * them in the machine and fails when this list is not exactly them.
 */
type Passing = ['routing'] | ['pending', 'wallet', 'starting']

/** Every root-to-leaf path of a state value, as a tuple of state names. */
type PathsOf<TValue> = TValue extends string
  ? [TValue]
  : TValue extends object
    ? { [K in keyof TValue & string]: [K, ...PathsOf<TValue[K]>] }[keyof TValue & string]
    : never

/** `a.b.c` from `['a', 'b', 'c']`. */
type Joined<TPath> = TPath extends [infer THead extends string]
  ? THead
  : TPath extends [infer THead extends string, ...infer TRest]
    ? `${THead}.${Joined<TRest>}`
    : never

/** What `locate` does at run time: `authenticated` is a grouping, a trailing `idle` is no step. */
type Located<TPath> = TPath extends ['authenticated', ...infer TRest]
  ? Located<TRest>
  : TPath extends [...infer TRest, 'idle']
    ? TRest
    : TPath

type Placed<TPath> = TPath extends Passing
  ? never
  : TPath extends [infer TStatus extends string, ...infer TRest]
    ? {
        status: TStatus
        // Restoring is shown as a whole: its inner states are the adapter's business.
        step: TRest extends [] ? null : TStatus extends 'restoring' ? null : Joined<TRest>
      }
    : never

/** Every `{ status, step }` pair a snapshot can show. */
type Places = Placed<Located<PathsOf<SnapshotFrom<typeof sessionMachine>['value']>>>

/**
 * Where the session is: `restoring`, `visitor`, `authenticating`, `pending`, `loggedIn`, `expired` or
 * `loggedOut` (see docs/concepts.md for what each means and holds). Derived from the machine.
 *
 * @example
 * ```ts
 * import type { SessionStatus } from 'lanyard'
 * const signedIn = (status: SessionStatus) => status === 'pending' || status === 'loggedIn'
 * ```
 */
export type SessionStatus = Places['status']

/**
 * The steps of one status: `SessionStepOf<'pending'>` is `'mfa' | 'mfa.verifying' | 'info' | ...`,
 * and `null` where the status is at rest with nothing below it.
 *
 * @example
 * ```ts
 * import type { SessionStepOf } from 'lanyard'
 * const busy = (step: SessionStepOf<'loggedIn'>) => step !== null
 * ```
 */
export type SessionStepOf<TStatus extends SessionStatus> = Extract<
  Places,
  {
    /** The status whose steps these are. */
    status: TStatus
  }
>['step']

/**
 * Every value `snapshot.step` can take besides `null`: the machine path below `status`, dot-joined,
 * a trailing `idle` dropped (`'emailOtp.awaitingCode'`, `'mfa.verifying'`, `'info'`,
 * `'wallet.creating'`, `'linking.signing'`...). Derived from the machine's states, so an exhaustive
 * `switch` over it compiles and a misspelt step does not.
 *
 * @example
 * ```ts
 * import type { SessionStep } from 'lanyard'
 * function label(step: SessionStep | null): string {
 *   switch (step) {
 *     case 'emailOtp.sending':
 *     case 'smsOtp.sending':
 *       return 'Sending the code…'
 *     case 'emailOtp.verifying':
 *     case 'smsOtp.verifying':
 *       return 'Checking the code…'
 *     default:
 *       return ''
 *   }
 * }
 * ```
 */
export type SessionStep = NonNullable<Places['step']>
