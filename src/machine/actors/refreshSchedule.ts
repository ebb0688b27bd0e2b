// When a session refreshes itself: ahead of its end, again with back-off after each attempt, and
// never while the page is offline or hidden if a wake-up can still catch up. A plan holds no timer:
// the expiry actor (timers.ts) looks at it from its one timer, so an idle session pays for one.

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

/** The auto-refresh plan of one token. */
export interface RefreshPlan {
  /** The token's device-clock end. */
  readonly expiresAt: number
  /** How long before the end the first attempt is due (see `refreshMargin` in timers.ts). */
  readonly margin: number
  /** When the next attempt is due; null: no more attempts. */
  dueAt: number | null
  /** Attempts asked for so far (the back-off doubles with each). */
  attempt: number
}

export const planRefresh = (expiresAt: number, margin: number): RefreshPlan => ({
  expiresAt,
  margin,
  dueAt: expiresAt - margin,
  attempt: 0,
})

/** Hidden, an attempt waits until half the margin is left: another tab or a wake-up may do it first. */
const lastCall = (plan: RefreshPlan) => plan.expiresAt - plan.margin / 2

/**
 * Whether an attempt is due at `at`: if so, the next one is planned after a back-off (doubling from
 * 1 s to 30 s, at most half of what is left, at least 250 ms). Past the end, none: the expiry ends the
 * session, and a refresh with a dead token would read as a 401. Offline, none: the `online` wake-up
 * looks again. Hidden, not before the last call, since a wake-up after the end could not bring the
 * session back.
 */
export function refreshDue(plan: RefreshPlan, at: number, where: Presence): boolean {
  if (at >= plan.expiresAt || where === 'offline' || plan.dueAt === null || at < plan.dueAt) return false
  if (where === 'hidden' && at < lastCall(plan)) return false
  plan.dueAt = at + Math.max(250, Math.min(1000 * 2 ** plan.attempt++, 30_000, (plan.expiresAt - at) / 2))
  return true
}

/** When the plan next needs a look after `at` (Infinity: not before a wake-up or the end). */
export function nextLook(plan: RefreshPlan, at: number, where: Presence): number {
  if (where === 'offline' || plan.dueAt === null) return Number.POSITIVE_INFINITY
  return where === 'hidden' && at >= plan.dueAt ? lastCall(plan) : plan.dueAt
}

/**
 * After a failed attempt: `retryAfterMs` is a passing failure (the next attempt waits at least that:
 * a `Retry-After`), null stops the attempts.
 */
export function delayRefresh(plan: RefreshPlan, retryAfterMs: number | null, at: number): void {
  if (retryAfterMs === null) plan.dueAt = null
  else if (plan.dueAt !== null) plan.dueAt = Math.max(plan.dueAt, at + retryAfterMs)
}
