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

/**
 * Ends server sessions in the background: retried while the page lives, finished on the next start.
 * A class: one per session, and most sessions never revoke, so its methods live on the prototype.
 */
export class Revoker {
  private pending: Entry[] = []
  // Made with the first retry: most sessions never retry a revoke, and the abort listener costs heap.
  private timers: Set<TimerId> | null = null

  constructor(private readonly host: RevokerHost) {}

  /** Revokes a session (its token; in cookie mode, the cookie's), best-effort; never throws. */
  revoke(token: SealedToken | null, reason: string): void {
    const raw = unseal(token)
    if (raw === null && !this.host.cookieMode) return
    const entry = { token: raw, reason }
    this.pending = [...this.pending, entry]
    this.write()
    this.attempt(entry, 0)
  }

  /** Finishes the revokes an earlier page left unfinished. `restored`: a session was found in storage. */
  resume(restored: boolean): void {
    let raw: unknown
    try {
      raw = this.host.store.adapter.getItem(this.key())
    } catch {
      return
    }
    Promise.resolve(raw).then(
      (value) => {
        // A cookie revoke is for the cookie of its time: a session restored since owns the cookie now.
        const found = parse(value).filter((entry) => entry.token !== null || !restored)
        if (found.length === 0 && value == null) return
        this.pending = [...found, ...this.pending]
        this.write()
        for (const entry of found) this.attempt(entry, 0)
      },
      () => undefined,
    )
  }

  private key() {
    return `${this.host.storageKey}.revoke`
  }

  private retries(): Set<TimerId> {
    if (this.timers) return this.timers
    const made = new Set<TimerId>()
    this.host.lifetime.addEventListener('abort', () => {
      for (const id of made) clearTimer(id)
      made.clear()
    })
    this.timers = made
    return made
  }

  private write() {
    try {
      const storage = this.host.store.adapter
      const done =
        this.pending.length === 0
          ? storage.removeItem(this.key())
          : storage.setItem(this.key(), JSON.stringify(this.pending))
      Promise.resolve(done).catch(() => undefined)
    } catch {
      // The revoke itself still runs; only its memory across a reload is lost.
    }
  }

  private finish(entry: Entry) {
    this.pending = this.pending.filter((other) => other !== entry)
    this.write()
  }

  private attempt(entry: Entry, n: number) {
    const { lifetime } = this.host
    if (lifetime.aborted) return
    this.host.api.revoke({ reason: entry.reason }, { signal: lifetime, token: entry.token }).then(
      () => this.finish(entry),
      (error) => {
        if (settled(error)) this.finish(entry)
        else if (!lifetime.aborted && n + 1 < ATTEMPTS) {
          const pendingTimers = this.retries()
          const id = setTimer(() => {
            pendingTimers.delete(id)
            this.attempt(entry, n + 1)
          }, delayOf(n))
          pendingTimers.add(id)
        }
      },
    )
  }
}
