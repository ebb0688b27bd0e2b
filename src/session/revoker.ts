import type { AuthApi } from '../api/types'
import { isSessionError } from '../errors'
import type { StorageAdapter } from '../storage/types'
import { clearTimer, setTimer, type TimerId } from '../timers'
import { type SealedToken, unseal } from '../token/auth'

/** What the revoker works with: the session's services. */
export interface RevokerHost {
  readonly api: AuthApi
  readonly cookieMode: boolean
  /** The unfinished revokes are kept under `${storageKey}.revoke`. */
  readonly storageKey: string
  /** The storage in use (it may have fallen back to memory). */
  readonly store: { readonly adapter: StorageAdapter }
  /** Aborts when the session stops: no timer outlives it; what is left waits for the next start. */
  readonly lifetime: AbortSignal
}

/** A revoke not yet confirmed by the server. `token` is null in cookie mode (the cookie carries it). */
export interface Entry {
  token: string | null
  reason: string
}

const ATTEMPTS = 8
const delayOf = (attempt: number) => Math.min(30_000, 1000 * 2 ** attempt)

/** The server is done with this session: revoked now, or already unknown to it (401, 4xx). */
const settled = (error: unknown) =>
  isSessionError(error) && (error.code === 'unauthorized' || error.code === 'invalid_input')

function parse(raw: unknown): Entry[] {
  try {
    const list = typeof raw === 'string' ? JSON.parse(raw) : null
    return Array.isArray(list)
      ? list.filter((entry) => entry && (typeof entry.token === 'string' || entry.token === null))
      : []
  } catch {
    return []
  }
}

/** Ends server sessions in the background: retried while the page lives, finished on the next start. */
export interface Revoker {
  /** Revokes a session (its token; in cookie mode, the cookie's), best-effort; never throws. */
  revoke(token: SealedToken | null, reason: string): void
  /** Takes over the revokes an earlier page left unfinished (read by {@link resumeRevokes}). */
  adopt(found: Entry[]): void
}

/** Where the unfinished revokes are kept. */
const keyOf = (host: RevokerHost) => `${host.storageKey}.revoke`

/** What the revoker's functions share: its host and the revokes in flight. */
interface RevokerState {
  host: RevokerHost
  pending: Entry[]
  // Made with the first retry: most revokes succeed at once, and the abort listener costs heap.
  timers: Set<TimerId> | null
}

/** The retry timers, cleared when the session stops. */
function retries(state: RevokerState): Set<TimerId> {
  if (state.timers) return state.timers
  const made = new Set<TimerId>()
  state.host.lifetime.addEventListener('abort', () => {
    for (const id of made) clearTimer(id)
    made.clear()
  })
  state.timers = made
  return made
}

/** Keeps the unfinished revokes in storage (removes the key when none is left). */
function write({ host, pending }: RevokerState): void {
  try {
    const storage = host.store.adapter
    const done =
      pending.length === 0
        ? storage.removeItem(keyOf(host))
        : storage.setItem(keyOf(host), JSON.stringify(pending))
    Promise.resolve(done).catch(() => undefined)
  } catch {
    // The revoke itself still runs; only its memory across a reload is lost.
  }
}

function finish(state: RevokerState, entry: Entry): void {
  state.pending = state.pending.filter((other) => other !== entry)
  write(state)
}

/** Tries the revoke; retried with a growing delay while the page lives, up to ATTEMPTS times. */
function attempt(state: RevokerState, entry: Entry, n: number): void {
  const { lifetime, api } = state.host
  if (lifetime.aborted) return
  api.revoke({ reason: entry.reason }, { signal: lifetime, token: entry.token }).then(
    () => finish(state, entry),
    (error) => {
      if (settled(error)) finish(state, entry)
      else if (!lifetime.aborted && n + 1 < ATTEMPTS) {
        const pendingTimers = retries(state)
        const id = setTimer(() => {
          pendingTimers.delete(id)
          attempt(state, entry, n + 1)
        }, delayOf(n))
        pendingTimers.add(id)
      }
    },
  )
}

/**
 * Made on the first revoke, or when an earlier page left some unfinished: most sessions never revoke,
 * so an idle one holds none of this.
 */
export function createRevoker(host: RevokerHost): Revoker {
  const state: RevokerState = { host, pending: [], timers: null }
  return {
    revoke(token, reason) {
      const raw = unseal(token)
      if (raw === null && !host.cookieMode) return
      const entry = { token: raw, reason }
      state.pending = [...state.pending, entry]
      write(state)
      attempt(state, entry, 0)
    },
    adopt(found) {
      state.pending = [...found, ...state.pending]
      write(state)
      for (const entry of found) attempt(state, entry, 0)
    },
  }
}

/**
 * Finishes the revokes an earlier page left unfinished. `restored`: a session was found in storage.
 * Nothing is made when storage holds none.
 */
export function resumeRevokes(host: RevokerHost & { readonly revoker: Revoker }, restored: boolean): void {
  let raw: unknown
  try {
    raw = host.store.adapter.getItem(keyOf(host))
  } catch {
    return
  }
  Promise.resolve(raw).then(
    (value) => {
      // A cookie revoke is for the cookie of its time: a session restored since owns the cookie now.
      const found = parse(value).filter((entry) => entry.token !== null || !restored)
      if (found.length > 0 || value != null) host.revoker.adopt(found)
    },
    () => undefined,
  )
}
