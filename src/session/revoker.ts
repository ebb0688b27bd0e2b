import type { AuthApi } from '../api/types'
import { isSessionError } from '../errors'
import type { StorageAdapter } from '../storage/types'
import { clearTimer, setTimer, type TimerId } from '../timers'
import { type SealedToken, unseal } from '../token/auth'

/** Ends server sessions in the background: retried while the page lives, finished on the next start. */
export interface Revoker {
  /** Revokes a session (its token; in cookie mode, the cookie's), best-effort; never throws. */
  revoke(token: SealedToken | null, reason: string): void
  /** Finishes the revokes an earlier page left unfinished. `restored`: a session was found in storage. */
  resume(restored: boolean): void
}

export interface RevokerOptions {
  api: AuthApi
  /** The storage in use (it may have fallen back to memory) and the key of the unfinished revokes. */
  storage(): StorageAdapter
  key: string
  cookieMode: boolean
  /** Aborts when the session stops: no timer outlives it; what is left waits for the next start. */
  lifetime: AbortSignal
}

/** A revoke not yet confirmed by the server. `token` is null in cookie mode (the cookie carries it). */
interface Entry {
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

export function createRevoker(options: RevokerOptions): Revoker {
  const { api, key, cookieMode, lifetime } = options
  let pending: Entry[] = []
  // Made with the first retry: most sessions never retry a revoke, and the abort listener costs heap.
  let timers: Set<TimerId> | null = null
  const retries = () => {
    if (timers) return timers
    const made = new Set<TimerId>()
    lifetime.addEventListener('abort', () => {
      for (const id of made) clearTimer(id)
      made.clear()
    })
    timers = made
    return made
  }

  const write = () => {
    try {
      const storage = options.storage()
      const done =
        pending.length === 0 ? storage.removeItem(key) : storage.setItem(key, JSON.stringify(pending))
      Promise.resolve(done).catch(() => undefined)
    } catch {
      // The revoke itself still runs; only its memory across a reload is lost.
    }
  }
  const finish = (entry: Entry) => {
    pending = pending.filter((other) => other !== entry)
    write()
  }
  const attempt = (entry: Entry, n: number) => {
    if (lifetime.aborted) return
    api.revoke({ reason: entry.reason }, { signal: lifetime, token: entry.token }).then(
      () => finish(entry),
      (error) => {
        if (settled(error)) finish(entry)
        else if (!lifetime.aborted && n + 1 < ATTEMPTS) {
          const pendingTimers = retries()
          const id = setTimer(() => {
            pendingTimers.delete(id)
            attempt(entry, n + 1)
          }, delayOf(n))
          pendingTimers.add(id)
        }
      },
    )
  }

  return {
    revoke(token, reason) {
      const raw = unseal(token)
      if (raw === null && !cookieMode) return
      const entry = { token: raw, reason }
      pending = [...pending, entry]
      write()
      attempt(entry, 0)
    },
    resume(restored) {
      let raw: unknown
      try {
        raw = options.storage().getItem(key)
      } catch {
        return
      }
      Promise.resolve(raw).then(
        (value) => {
          // A cookie revoke is for the cookie of its time: a session restored since owns the cookie now.
          const found = parse(value).filter((entry) => entry.token !== null || !restored)
          if (found.length === 0 && value == null) return
          pending = [...found, ...pending]
          write()
          for (const entry of found) attempt(entry, 0)
        },
        () => undefined,
      )
    },
  }
}
