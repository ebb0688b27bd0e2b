/**
 * The largest delay `setTimeout` accepts (2^31-1 ms, about 24.8 days). Longer delays overflow: Node
 * prints a TimeoutOverflowWarning and browsers fire at once.
 */
export const MAX_DELAY = 2 ** 31 - 1

/** What {@link setTimer} returns: a browser number or a Node `Timeout`. */
export type TimerId = ReturnType<typeof setTimeout>

/**
 * Schedules `cb` after `ms` through `globalThis.setTimeout`, looked up at call time so that fake
 * timers installed later (vitest, sinon) still apply. Every timer in lanyard goes through here.
 *
 * @example
 * const id = setTimer(() => refresh(), 1000)
 * clearTimer(id)
 *
 * @param cb - called once when the timer fires
 * @param ms - the delay in milliseconds; callers keep it at most {@link MAX_DELAY} (see {@link armAt})
 */
export function setTimer(cb: () => void, ms: number): TimerId {
  return globalThis.setTimeout(cb, ms)
}

/**
 * Cancels a timer from {@link setTimer} through `globalThis.clearTimeout`, looked up at call time.
 *
 * @example
 * clearTimer(setTimer(() => {}, 1000))
 *
 * @param id - the timer to cancel; `undefined` is ignored
 */
export function clearTimer(id: TimerId | undefined): void {
  if (id !== undefined) globalThis.clearTimeout(id)
}

/**
 * Calls `cb` once `now()` reaches `deadline`, however far away it is. The wait is split into steps of
 * at most {@link MAX_DELAY}, and the clock is read again after each step, so a 30-day deadline neither
 * fires early nor makes Node print a TimeoutOverflowWarning. `cb` always runs from a timer, never
 * synchronously inside `armAt` (a deadline already passed fires on the next tick). A deadline that is
 * not a number (`NaN`) fires at once: for an expiry, failing closed is the safe reading.
 *
 * Timers do not run while a device sleeps; re-arm (cancel and call again) on wake to re-read the clock.
 *
 * @example
 * const cancel = armAt(expiresAt, Date.now, () => session.expire())
 * // later, e.g. on logout
 * cancel()
 *
 * @param deadline - when to fire, on the same scale as `now()` (usually ms since epoch)
 * @param now - reads the current time, e.g. `Date.now`
 * @param cb - called at most once
 * @returns a function that cancels the pending call; calling it again, or after `cb` ran, does nothing
 */
export function armAt(deadline: number, now: () => number, cb: () => void): () => void {
  let id: TimerId | undefined
  let done = false
  const schedule = (ms: number) => {
    id = setTimer(tick, ms)
  }
  const tick = () => {
    id = undefined
    if (done) return
    const remaining = deadline - now()
    // `!(remaining > 0)` is also true for NaN: fire rather than spin.
    if (!(remaining > 0)) {
      done = true
      cb()
      return
    }
    schedule(Math.min(remaining, MAX_DELAY))
  }
  schedule(Math.max(0, Math.min(deadline - now(), MAX_DELAY)) || 0)
  return () => {
    done = true
    clearTimer(id)
    id = undefined
  }
}
