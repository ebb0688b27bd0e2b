import { assign } from 'xstate'
import type { StoredSession } from '../token/auth'
import { adopt, machineSetup } from './setup'
import { authenticated } from './states/authenticated'
import { authenticating } from './states/authenticating'
import { expired, loggedOut, visitor } from './states/visitor'

const restoreTargets = [
  { guard: { type: 'storedIs', params: 'auth' }, target: '#authenticated', actions: 'adoptStored' },
  {
    guard: { type: 'storedIs', params: 'ended' },
    target: '#session.expired',
    actions: 'storedEnded',
  },
  { guard: { type: 'storedIs', params: 'bad' }, target: '#session.visitor', actions: 'storedError' },
  { guard: { type: 'storedIs', params: 'none' }, target: '#session.visitor' },
] as const

/**
 * The session statechart, shared by every session: `restoring` → `visitor` → `authenticating` →
 * `authenticated` (`pending` | `loggedIn`) → `expired` / `loggedOut`. Dependencies (the API,
 * storage, clock) come in through `input`, so inspecting or testing it needs no browser. Its states
 * and transitions are drawn in docs/state-diagram.md; `createSession` is how an app runs it.
 *
 * @example
 * ```ts
 * import { sessionMachine } from 'lanyard'
 * Object.keys(sessionMachine.states) // ['restoring', 'visitor', ...]
 * ```
 */
export const sessionMachine = machineSetup
  .extend({
    actions: {
      adoptStored: assign(({ context }) => ({
        auth: context.stored.kind === 'auth' ? context.stored.auth : null,
        adopted: false,
        checkedAt: context.deps.now(),
        stored: { kind: 'none' } as StoredSession,
      })),
      // The record ended before this start: there is no session to end or to announce, only its reason.
      storedEnded: assign({ endReason: 'token-expired' as const }),
      storedError: assign(({ context }) => ({
        error: context.stored.kind === 'bad' ? context.stored.error : null,
        stored: { kind: 'none' } as StoredSession,
      })),
    },
  })
  .createMachine({
    id: 'session',
    context: ({ input }) => ({
      deps: input.deps,
      stored: input.stored,
      auth: null,
      adopted: false,
      origin: 'visitor',
      otp: null,
      signer: null,
      visitors: [],
      error: null,
      endReason: null,
      enrollment: null,
      proof: null,
      redirect: null,
      credential: null,
      elevated: {},
      checkedAt: input.deps.now(),
      autoRefreshing: false,
    }),
    initial: 'restoring',
    on: {
      'input.rejected': { actions: 'setError' },
      'storage.failed': { actions: 'setError' },
      'session.logout': {
        target: '.loggedOut',
        actions: ['revokeInBackground', 'clearError', { type: 'end', params: 'user-intent' }],
      },
    },
    states: {
      restoring: {
        // Another tab signed in while the async read was under way: its record is newer.
        on: { 'sync.adopt': { target: '#authenticated', actions: adopt } },
        initial: 'checking',
        states: {
          // With a synchronous adapter the record is already read: this resolves during start().
          checking: { always: [...restoreTargets, { target: 'reading' }] },
          reading: {
            meta: { busy: true },
            invoke: {
              src: 'restore',
              input: ({ context }) => context.deps,
              onDone: { target: 'checking', actions: assign({ stored: ({ event }) => event.output }) },
              onError: { target: '#session.visitor', actions: 'setError' },
            },
          },
        },
      },
      visitor,
      authenticating,
      authenticated,
      expired,
      loggedOut,
    },
  })
