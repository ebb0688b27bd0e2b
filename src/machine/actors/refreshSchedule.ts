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

export interface RefreshScheduleOptions {
  now(): number
  /** The token's device-clock end. */
  expiresAt: number
  /** How long before the end the first attempt is due (see `refreshMargin` in timers.ts). */
  margin: number
  armAt(deadline: number, callback: () => void): () => void
  presence(): Presence
  /** Asks the machine for a refresh (a busy session ignores it; the next attempt asks again). */
  due(): void
}

/**
 * The auto-refresh timer of one token. Call it with nothing on a wake-up (it checks again), with a
 * number of ms after a passing failure (the next attempt waits at least that: a `Retry-After`), with
 * `null` to stop.
 */
export type RefreshSchedule = (retryAfterMs?: number | null) => void

/**
 * Asks for a refresh `margin` before the token's end, then again after each back-off delay (doubling from 1 s to 30 s, at most half of
 * what is left, at least 250 ms) until a new token replaces this schedule or the token ends.
 * Offline, nothing is armed: the `online` wake-up checks again. Hidden, the ask waits until half the
 * margin is left (another tab or the wake-up may do it first), then goes ahead, since a wake-up after
 * the end could not bring the session back.
 */
export function createRefreshSchedule(options: RefreshScheduleOptions): RefreshSchedule {
  const { now, expiresAt, margin, armAt, presence, due } = options
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
    const where = presence()
    // Past the end the expiry timer ends the session: a refresh with a dead token would read as a 401.
    if (at >= expiresAt || where === 'offline') return arm(null)
    if (dueAt === null || at < dueAt) return arm(dueAt)
    if (where === 'hidden' && at < lastCall) return arm(lastCall)
    dueAt = at + Math.max(250, Math.min(1000 * 2 ** attempt++, 30_000, (expiresAt - at) / 2))
    arm(dueAt)
    due()
  }
  arm(dueAt)
  return (retryAfterMs) => {
    if (retryAfterMs === null) dueAt = null
    else if (retryAfterMs !== undefined && dueAt !== null) dueAt = Math.max(dueAt, now() + retryAfterMs)
    if (retryAfterMs === undefined) check()
    else arm(dueAt)
  }
}
