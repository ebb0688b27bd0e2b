// When a session refreshes itself: ahead of its end, again with back-off after each attempt, and
// never while the page is offline or hidden if a wake-up can still catch up.

/**
 * Where the page is, as far as the automatic refresh cares (`SessionMachineDeps.presence`): an
 * offline or hidden page leaves the refresh to a wake-up.
 *
 * @example
 * ```ts
 * import type { Presence } from 'lanyard'
 * const presence = (): Presence => (navigator.onLine ? 'active' : 'offline')
 * ```
 */
export type Presence = 'active' | 'hidden' | 'offline'

const SECOND = 1000
const MAX_MARGIN = 5 * 60 * SECOND
const FIRST_RETRY = SECOND
const MAX_RETRY = 30 * SECOND
const MIN_RETRY = 250

/**
 * How long before its end a token is refreshed: a quarter of the lifetime it had on arrival, at most
 * five minutes (a 4-second token at 3 s, a 2-hour one 5 minutes before its end).
 */
export const refreshMargin = (lifetimeMs: number) => Math.min(Math.max(0, lifetimeMs) / 4, MAX_MARGIN)

/**
 * The wait before attempt `attempt + 1`: doubling from 1 s up to 30 s, but never more than half of
 * what is left (so a short token still gets several tries), and at least 250 ms.
 */
export const retryDelay = (attempt: number, leftMs: number) =>
  Math.max(MIN_RETRY, Math.min(FIRST_RETRY * 2 ** attempt, MAX_RETRY, leftMs / 2))

export interface RefreshScheduleOptions {
  now(): number
  /** The token's device-clock end. */
  expiresAt: number
  armAt(deadline: number, callback: () => void): () => void
  presence(): Presence
  /** Asks the machine for a refresh (a busy session ignores it; the next attempt asks again). */
  due(): void
}

/** The auto-refresh timer of one token: `check` on wake-ups, `defer` for a server's `Retry-After`, `stop`. */
export interface RefreshSchedule {
  /** From here on a hidden page refreshes too; before it, the attempts have had half the margin. */
  readonly lastCall: number
  check(): void
  defer(ms: number): void
  stop(): void
}

/**
 * Asks for a refresh at `expiresAt − margin`, then again after each back-off delay until a new token
 * replaces this schedule or the token ends. Offline, nothing is armed: the `online` wake-up checks
 * again. Hidden, the ask waits until half the margin is left (another tab or the wake-up may do it
 * first), then goes ahead, since a wake-up after the end could not bring the session back.
 */
export function createRefreshSchedule(options: RefreshScheduleOptions): RefreshSchedule {
  const { now, expiresAt, armAt, presence, due } = options
  const margin = refreshMargin(expiresAt - now())
  const lastCall = expiresAt - margin / 2
  let dueAt: number | null = expiresAt - margin
  let attempt = 0
  let cancel = () => {}
  const arm = (at: number | null) => {
    cancel()
    cancel = at === null || at >= expiresAt ? () => {} : armAt(at, check)
  }
  function check() {
    const at = now()
    // Past the end the expiry timer ends the session: a refresh with a dead token would read as a 401.
    if (at >= expiresAt) return arm(null)
    if (dueAt === null || at < dueAt) return arm(dueAt)
    const where = presence()
    if (where === 'offline') return arm(null)
    if (where === 'hidden' && at < lastCall) return arm(lastCall)
    dueAt = at + retryDelay(attempt++, expiresAt - at)
    arm(dueAt)
    due()
  }
  arm(dueAt)
  return {
    lastCall,
    check,
    defer(ms) {
      if (dueAt !== null) dueAt = Math.max(dueAt, now() + ms)
      arm(dueAt)
    },
    stop() {
      dueAt = null
      arm(null)
    },
  }
}
