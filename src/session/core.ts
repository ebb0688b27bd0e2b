import type { Emitter } from 'nanoevents'
import { type Actor, createActor } from 'xstate'
import type { SessionError } from '../errors'
import { sessionMachine } from '../machine/sessionMachine'
import type { SessionMachineInput } from '../machine/types'
import type { Auth } from '../token/auth'
import { guarded } from './guarded'
import { createSnapshots, type MachineSnapshot, type SessionSnapshot } from './snapshot'
import type { SessionEvents } from './types'

/** What the parts around the core do with each committed change. */
export interface CoreHooks {
  /** The session's auth changed (new token, adopted, ended): before anyone hears of it. */
  onAuth(auth: Auth | null, state: MachineSnapshot): void
  /** After the listeners and events heard of the change: actions settle here. */
  onCommit(state: MachineSnapshot): void
}

/** The actor, its public snapshot and the ordered notification: listeners → `change` → specific events. */
export interface Core {
  readonly actor: Actor<typeof sessionMachine>
  /** The current public snapshot. */
  current(): SessionSnapshot
  /** True while listeners are called: XState queues events sent meanwhile. */
  readonly notifying: boolean
  subscribe(listener: (snapshot: SessionSnapshot) => void): () => void
  stop(): void
}

type Emitted = { type: keyof SessionEvents } & Record<string, unknown>

/** The specific events a change announces, after `change` and the machine's own emitted events. */
function announce(
  emitter: Emitter<SessionEvents>,
  previous: SessionSnapshot,
  next: SessionSnapshot,
  tokenChanged: boolean,
) {
  if (!previous.isAuthenticated && next.isAuthenticated && next.user) {
    emitter.emit('authenticated', { user: next.user })
  }
  if (previous.status !== 'loggedIn' && next.status === 'loggedIn' && next.user) {
    emitter.emit('loggedIn', { user: next.user })
  }
  if (next.status === 'pending' && (previous.status !== 'pending' || previous.pending !== next.pending)) {
    emitter.emit('pending', { pending: next.pending })
  }
  // Every Auth comes from a new token (issued, replaced, adopted) or its end; in cookie mode too.
  if (tokenChanged) emitter.emit('tokenChanged', { expiresAt: next.expiresAt })
  if (previous.user !== next.user) emitter.emit('userChanged', { user: next.user })
  if (next.error && next.error !== previous.error) emitter.emit('error', { error: next.error })
}

/** What committing a change works on: where it is told, and what was committed last. */
interface CoreState {
  emitter: Emitter<SessionEvents>
  hooks: CoreHooks
  derive: ReturnType<typeof createSnapshots>
  /** Sends the machine's emitted events that wait. */
  flush: () => void
  current: SessionSnapshot
  auth: Auth | null
  // Made on the first subscribe: most sessions have one listener at most (a binding), many none.
  listeners: Set<(snapshot: SessionSnapshot) => void> | null
}

/**
 * Relays the machine's emitted events to the emitter; they wait for the snapshot that caused them
 * to be committed and heard. Returns the flush that sends those waiting.
 */
function relayEmitted(actor: Actor<typeof sessionMachine>, emitter: Emitter<SessionEvents>): () => void {
  const emitted: Emitted[] = []
  const flush = () => {
    while (emitted.length > 0) {
      const { type, ...payload } = emitted.shift() as Emitted
      ;(emitter.emit as (event: string, payload: unknown) => void)(type, payload)
    }
  }
  actor.on('*', (event) => {
    emitted.push(event)
    queueMicrotask(flush)
  })
  return flush
}

/** One committed machine snapshot: auth hook, listeners, `change`, emitted events, specific events, settle. */
function commit(core: CoreState, state: MachineSnapshot): void {
  const { emitter, hooks } = core
  const previous = core.current
  const next = core.derive(state, previous)
  const tokenChanged = state.context.auth !== core.auth
  if (tokenChanged) {
    core.auth = state.context.auth
    hooks.onAuth(core.auth, state)
  }
  if (next !== previous) {
    core.current = next
    if (core.listeners) for (const listener of [...core.listeners]) listener(next)
    emitter.emit('change', next)
    core.flush()
    announce(emitter, previous, next, tokenChanged)
  } else if (tokenChanged) {
    emitter.emit('tokenChanged', { expiresAt: next.expiresAt })
  }
  core.flush()
  hooks.onCommit(state)
}

function subscribe(core: CoreState, listener: (snapshot: SessionSnapshot) => void): () => void {
  core.listeners ??= new Set()
  const safe = guarded(listener)
  core.listeners.add(safe)
  return () => {
    core.listeners?.delete(safe)
  }
}

/**
 * Creates and starts the session actor. With a synchronous storage the first snapshot already holds
 * the restored session; problems found while starting are announced on the next microtask, so that
 * `on('error')` registered right after `createSession` hears them.
 */
export function createCore(
  input: SessionMachineInput,
  emitter: Emitter<SessionEvents>,
  hooks: CoreHooks,
  inspect?: (event: unknown) => void,
): Core {
  const actor = createActor(sessionMachine, { input, ...(inspect ? { inspect } : {}) })
  const derive = createSnapshots()
  const flush = relayEmitted(actor, emitter)
  actor.start()
  const initial = actor.getSnapshot()
  const state: CoreState = {
    emitter,
    hooks,
    derive,
    flush,
    current: derive(initial, undefined),
    auth: initial.context.auth,
    listeners: null,
  }
  // A plain data property, not a getter: an object literal with an accessor is a dictionary-mode
  // object, about 0.4 KB more per session.
  const core: { -readonly [K in keyof Core]: Core[K] } = {
    actor,
    current: () => state.current,
    notifying: false,
    subscribe: (listener) => subscribe(state, listener),
    stop() {
      subscription.unsubscribe()
      actor.stop()
      state.listeners?.clear()
    },
  }
  const subscription = actor.subscribe({
    next(snapshot) {
      core.notifying = true
      try {
        commit(state, snapshot)
      } finally {
        core.notifying = false
      }
    },
    error: () => undefined,
  })
  flush()
  const startError: SessionError | null = state.current.error
  if (startError) queueMicrotask(() => emitter.emit('error', { error: startError }))
  return core
}
