import { fromCallback } from 'xstate'
import type { SessionMachineDeps } from '../types'
import { delayRefresh, nextLook, planRefresh, refreshDue } from './refreshSchedule'

/**
 * What the machine tells a running expiry actor after an automatic refresh failed: `retryAfterMs`
 * (a passing failure: the next attempt waits at least that long), or null (no more attempts).
 */
export interface ExpiryCommand {
  type: 'refresh.failed'
  retryAfterMs: number | null
}

export interface ExpiryInput {
  deps: SessionMachineDeps
  expiresAt: number
}

/**
 * How long before its end a token is refreshed: a quarter of the lifetime it had on arrival, at most
 * five minutes (a 4-second token at 3 s, a 2-hour one 5 minutes before its end).
 */
const refreshMargin = (lifetimeMs: number) => Math.min(Math.max(0, lifetimeMs) / 4, 300_000)

const presenceOf = (deps: SessionMachineDeps) => (deps.presence ? deps.presence() : 'active')

/**
 * Emits `token.expiring` and `token.expired` from the token's device-clock expiry, and
 * `token.refreshDue` when it should be refreshed (with `autoRefresh`), all from one timer armed for
 * the nearest of them; looks again whenever the device wakes, so a laptop that slept past `exp` ends
 * at once, and tells the machine (`session.wake`): a resting session then revalidates.
 */
const expiry = fromCallback<ExpiryCommand, ExpiryInput>(({ input, sendBack, receive }) => {
  const { deps, expiresAt } = input
  const margin = deps.autoRefresh ? refreshMargin(expiresAt - deps.now()) : 0
  const plan = deps.autoRefresh ? planRefresh(expiresAt, margin) : null
  // With auto-refresh, `expiring` means its attempts have not succeeded for a while (half the margin
  // left, when a hidden page refreshes too), not "a refresh is due".
  const noticeAt = expiresAt - (plan ? Math.min(deps.expiringNoticeMs, margin / 2) : deps.expiringNoticeMs)
  let noticed = false
  let stopped = false
  let cancel = () => {}
  const arm = (at: number) => {
    cancel()
    if (stopped) return
    const next = plan ? nextLook(plan, at, presenceOf(deps)) : Number.POSITIVE_INFINITY
    cancel = deps.armAt(Math.min(expiresAt, noticed ? next : Math.min(noticeAt, next)), look)
  }
  // Each event may stop this actor (a new state): nothing is armed or sent after that.
  function look() {
    const at = deps.now()
    if (at >= expiresAt) return sendBack({ type: 'token.expired' })
    if (!noticed && at >= noticeAt) {
      noticed = true
      sendBack({ type: 'token.expiring' })
    }
    if (!stopped && plan && refreshDue(plan, at, presenceOf(deps))) sendBack({ type: 'token.refreshDue' })
    arm(at)
  }
  arm(deps.now())
  receive((command) => {
    if (plan) delayRefresh(plan, command.retryAfterMs, deps.now())
    arm(deps.now())
  })
  const stopWake = deps.onWake(() => {
    look()
    if (!stopped) sendBack({ type: 'session.wake' })
  })
  return () => {
    stopped = true
    stopWake()
    cancel()
  }
})

export const timerActors = { expiry }
