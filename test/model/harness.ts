import {
  type AuthApi,
  createSession,
  memoryStorage,
  type Session,
  SessionError,
  type StorageAdapter,
  sessionMachine,
} from 'lanyard'
import type { TestAuthServer } from 'lanyard/testing'

/**
 * Drives a real session against the reference backend, holding every API call until the test
 * releases it, so mid-flight states can be observed and left (cancel, logout, expiry).
 */

export type Outcome = 'ok' | 'fail' | 'network' | 'unauthorized' | 'burn'

/** The calls a flow waits on; getSettings and revoke pass straight through. */
export const HELD_OPS: ReadonlySet<string> = new Set([
  'sendEmailCode',
  'resendEmailCode',
  'verifyEmailCode',
  'sendSmsCode',
  'resendSmsCode',
  'verifySmsCode',
  'getNonce',
  'recordVisit',
  'signInWithWallet',
  'linkWallet',
  'updateUser',
  'enrollTotp',
  'verifyTotp',
  'createEmbeddedWallet',
  'refresh',
])

export const STORAGE_KEY = 'lanyard.session'

/** What the inspector showed of the real machine, over every run. */
export const coverage = {
  nodes: new Set<string>(),
  transitions: new Set<unknown>(),
}

interface Held {
  op: string
  release(how: Outcome): void
}

export interface Run {
  server: TestAuthServer
  api: AuthApi
  mem: StorageAdapter
  session: Session
  held: Held[]
  heldRead: (() => void) | null
  inFlight: number
  outstanding: Set<Promise<unknown>>
  rejections: unknown[]
  /** Every action promise the walk started, in order, with how it settled. */
  tracked: Tracked[]
  /** Every call that reached the server, in order. */
  calls: string[]
  /** Server sessions that existed before this run. */
  before: ReadonlySet<string>
}

export const setImmediateTick = () => new Promise<void>((resolve) => setImmediate(resolve))

export async function ticks(n = 5): Promise<void> {
  for (let i = 0; i < n; i++) await setImmediateTick()
}

/**
 * Polls with setImmediate (never with the faked timers) until `cond` holds, for at most `ms` of real
 * time (signing a JWT runs on the thread pool); false when it never did.
 */
export async function until(cond: () => boolean, ms = 5000): Promise<boolean> {
  const deadline = performance.now() + ms
  while (performance.now() < deadline) {
    if (cond()) return true
    await setImmediateTick()
  }
  return cond()
}

function inspect(event: unknown) {
  const e = event as {
    type: string
    snapshot?: { machine?: unknown; _nodes?: Array<{ id: string }> }
    _transitions?: Array<{ source: { id: string } }>
  }
  if (e.type !== '@xstate.microstep' && e.type !== '@xstate.snapshot') return
  if (e.snapshot?.machine !== sessionMachine || !e.snapshot._nodes) return
  for (const node of e.snapshot._nodes) coverage.nodes.add(node.id)
  for (const transition of e._transitions ?? []) {
    coverage.transitions.add(transition)
    coverage.nodes.add(transition.source.id)
  }
}

export function createRun(server: TestAuthServer): Run {
  const run = {
    server,
    mem: memoryStorage(),
    held: [],
    heldRead: null,
    inFlight: 0,
    outstanding: new Set(),
    rejections: [],
    tracked: [],
    calls: [],
    before: new Set(server.sessions().map((session) => session.id)),
  } as unknown as Run
  run.api = gatedApi(run)
  run.session = newSession(run, run.mem)
  return run
}

export function newSession(run: Run, storage: StorageAdapter): Session {
  // The model's EXPIRE reaches the token's end: automatic refreshes are walked by autoRefresh.test.ts.
  run.session = createSession({ api: run.api, storage, crossTab: false, inspect, autoRefresh: false })
  return run.session
}

/**
 * An async adapter over the run's memory whose read of the session record waits for the test to
 * release it (other keys, such as the unfinished revokes, answer at once).
 */
export function asyncStorage(run: Run): StorageAdapter {
  return {
    getItem: (key) =>
      new Promise<string | null>((resolve) => {
        if (key !== STORAGE_KEY) return resolve(run.mem.getItem(key) as string | null)
        run.heldRead = () => resolve(run.mem.getItem(key) as string | null)
      }),
    setItem: async (key, value, options) => run.mem.setItem(key, value, options),
    removeItem: async (key) => run.mem.removeItem(key),
  }
}

function gatedApi(run: Run): AuthApi {
  const { server } = run
  const api: Record<string, unknown> = { environmentId: server.environmentId }
  for (const [op, fn] of Object.entries(server.api)) {
    if (typeof fn !== 'function') continue
    api[op] = async (...args: unknown[]) => {
      let how: Outcome = 'ok'
      const held = HELD_OPS.has(op)
      if (held) how = await new Promise<Outcome>((resolve) => run.held.push({ op, release: resolve }))
      run.inFlight++
      try {
        if (how === 'fail') server.fail(op as never, { status: 500 })
        if (how === 'network') server.fail(op as never, { status: 0 })
        if (how === 'burn') server.fail(op as never, { status: 422, code: 'too_many_attempts' })
        if (how === 'unauthorized') {
          const sid = run.session.getSnapshot().sessionId
          if (sid) server.revokeSession(sid)
        }
        run.calls.push(op)
        const ctx = args.at(-1) as { signal: AbortSignal; token: string | null }
        // A held answer is already on its way: the server does not see the client give up.
        const live = held ? { ...ctx, signal: new AbortController().signal } : ctx
        return await (fn as (...a: unknown[]) => Promise<unknown>)(...args.slice(0, -1), live)
      } finally {
        run.inFlight--
      }
    }
  }
  return api as unknown as AuthApi
}

/** Server sessions this run started that are still live (not revoked, not expired). */
export const liveSessions = (run: Run): string[] =>
  run.server
    .sessions()
    .filter(
      (session) =>
        !run.before.has(session.id) &&
        session.revokedAt === null &&
        Date.parse(session.expiresAt) > Date.now(),
    )
    .map((session) => session.id)

export const heldCount = (run: Run) => run.held.length + (run.heldRead ? 1 : 0)

/** Releases the one held call (or storage read) with the given outcome. */
export async function release(run: Run, how: Outcome): Promise<void> {
  if (run.heldRead) {
    const read = run.heldRead
    run.heldRead = null
    read()
    return
  }
  if (!(await until(() => run.held.length > 0))) throw new Error('no API call is held')
  if (run.held.length !== 1) throw new Error(`expected one held call, found ${run.held.map((h) => h.op)}`)
  ;(run.held.shift() as Held).release(how)
}

/** Lets every orphaned call answer (successfully): a late answer must change nothing. */
export function releaseOrphans(run: Run): void {
  while (run.held.length > 0) (run.held.shift() as Held).release('ok')
  if (run.heldRead) {
    const read = run.heldRead
    run.heldRead = null
    read()
  }
}

/** An action's promise as the walk sees it: `outcome` is null until it settles. */
export interface Tracked {
  /** The model event that started it. */
  label: string
  /** `logout()` and `ready`, which never reject: checked apart from the flow's own action. */
  neverRejects: boolean
  /** `resolved`, the code it rejected with, or what it rejected with if that was no SessionError. */
  outcome: string | null
}

export function track<T>(
  run: Run,
  promise: Promise<T>,
  label: string,
  { neverRejects = false } = {},
): Promise<T> {
  const tracked: Tracked = { label, neverRejects, outcome: null }
  run.tracked.push(tracked)
  const entry: Promise<unknown> = promise
    .then(
      () => {
        tracked.outcome = 'resolved'
      },
      (error) => {
        run.rejections.push(error)
        tracked.outcome = error instanceof SessionError ? error.code : `not a SessionError: ${error}`
      },
    )
    .finally(() => run.outstanding.delete(entry))
  run.outstanding.add(entry)
  return promise
}

/**
 * Calls an action that must reject with `code`. `invalid_state` leaves the very same snapshot object;
 * `invalid_input` changes nothing but `error`, which is the rejection itself (a UI renders it).
 */
export async function expectRefused(
  run: Run,
  code: 'invalid_state' | 'invalid_input',
  action: () => Promise<unknown>,
): Promise<void> {
  const before = run.session.getSnapshot()
  const error = await action().then(
    () => null,
    (e: unknown) => e,
  )
  if (!(error instanceof SessionError)) throw new Error(`expected a SessionError ${code}, got ${error}`)
  if (error.code !== code) throw new Error(`expected ${code}, got ${error.code}: ${error.message}`)
  const after = run.session.getSnapshot()
  if (code === 'invalid_state') {
    if (after !== before) throw new Error('a refused call (invalid_state) changed the snapshot')
    return
  }
  if (after.error !== error) throw new Error('bad input did not land in snapshot.error')
  if (
    (Object.keys(after) as Array<keyof typeof after>).some(
      (key) => key !== 'error' && after[key] !== before[key],
    )
  ) {
    throw new Error('bad input changed more than snapshot.error')
  }
}
