import { SessionError } from '../errors'
import type { SessionEvent } from '../machine/types'
import type { Core } from './core'
import { locate, type MachineSnapshot } from './snapshot'

interface Waiter {
  type: SessionEvent['type']
  /** The busy steps the action entered: it settles when none of them is active any more. */
  steps: string[]
  before: SessionError | null
  resolve(snapshot: MachineSnapshot): void
  reject(error: SessionError): void
}

const ENDED: ReadonlySet<string> = new Set(['expired', 'loggedOut'])

/** The busy steps of a snapshot: the active state nodes whose `meta` says `busy` (public `getMeta`). */
const busySteps = (state: MachineSnapshot): string[] =>
  Object.entries(state.getMeta())
    .filter(([, meta]) => (meta as { busy?: unknown } | undefined)?.busy === true)
    .map(([id]) => id)

function outcome(waiter: Waiter, state: MachineSnapshot): SessionError | null {
  const { error, endReason } = state.context
  const failed = error !== null && error !== waiter.before
  if (ENDED.has(locate(state.value).status) && waiter.type !== 'session.logout') {
    return failed
      ? error
      : new SessionError(
          'cancelled',
          process.env.NODE_ENV !== 'production'
            ? `The session ended (${endReason}) before this finished. Sign in again.`
            : '',
        )
  }
  return failed ? error : null
}

/**
 * Sends the actions' events and settles their promises when the steps they started are over. A class:
 * one per session, its methods on the prototype (most sessions run few actions).
 */
export class Steps {
  /** Later actions reject with `invalid_state`. */
  stopped = false
  private readonly waiters = new Set<Waiter>()

  constructor(private readonly core: Core) {}

  /**
   * Sends an action's event. The state is checked first (`invalid_state`: a bare rejection), then the
   * input (`problem`: the message naming the fix, or false when the input is fine), which lands in
   * `snapshot.error` like any failure of the flow. Resolves when every busy step the event entered
   * is over: with the committed machine snapshot, or rejects with the step's error.
   */
  run(event: SessionEvent, problem: string | false = false): Promise<MachineSnapshot> {
    // XState queues events sent while it notifies observers: an action called from a listener waits
    // until the notification is over, or it would settle before its event is even processed.
    if (this.core.notifying) return Promise.resolve().then(() => this.run(event, problem))
    if (this.stopped) {
      return Promise.reject(
        new SessionError(
          'invalid_state',
          process.env.NODE_ENV !== 'production' ? 'The session was stopped. Create a new one.' : '',
        ),
      )
    }
    const state = this.core.actor.getSnapshot()
    if (!state.can(event)) {
      const { status, step } = locate(state.value)
      return Promise.reject(
        new SessionError(
          'invalid_state',
          process.env.NODE_ENV !== 'production'
            ? `"${event.type}" cannot be done while the session is ${status}${step ? ` (${step})` : ''}. Check snapshot.status first.`
            : '',
        ),
      )
    }
    return problem ? this.refuse(problem) : this.send(event)
  }

  /** Rejects the flow's input: the error lands in `snapshot.error` and the promise rejects with it. */
  refuse(message: string): Promise<never> {
    const error = new SessionError('invalid_input', message)
    this.core.actor.send({ type: 'input.rejected', error })
    return Promise.reject(error)
  }

  /** Checks the waiting actions against a committed snapshot. */
  settle(state: MachineSnapshot): void {
    if (this.waiters.size === 0) return
    const active = new Set(busySteps(state))
    for (const waiter of [...this.waiters]) {
      if (waiter.steps.some((step) => active.has(step))) continue
      this.waiters.delete(waiter)
      const error = outcome(waiter, state)
      if (error) waiter.reject(error)
      else waiter.resolve(state)
    }
  }

  /** Rejects every waiting action with `cancelled` (logout, cancel, another tab's sign-in, stop). */
  cancelAll(message: string): void {
    for (const waiter of this.waiters) waiter.reject(new SessionError('cancelled', message))
    this.waiters.clear()
  }

  /** Later actions reject with `invalid_state`. */
  stop(): void {
    this.stopped = true
  }

  private send(event: SessionEvent): Promise<MachineSnapshot> {
    const { actor } = this.core
    return new Promise((resolve, reject) => {
      const state = actor.getSnapshot()
      const before = new Set(busySteps(state))
      const waiter: Waiter = { type: event.type, steps: [], before: state.context.error, resolve, reject }
      actor.send(event)
      const after = actor.getSnapshot()
      waiter.steps = busySteps(after).filter((step) => !before.has(step))
      this.waiters.add(waiter)
      this.settle(after)
    })
  }
}
