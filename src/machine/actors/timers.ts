import { fromCallback } from 'xstate'
import type { SessionMachineDeps } from '../types'
import { createRefreshSchedule } from './refreshSchedule'

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

/**
 * Emits `token.expiring` and `token.expired` from the token's device-clock expiry, and
 * `token.refreshDue` when it should be refreshed (with `autoRefresh`); re-checks the wall clock
 * whenever the device wakes, so a laptop that slept past `exp` ends at once, and tells the machine
 * (`session.wake`): a resting session then revalidates (one actor, one wake listener).
 */
const expiry = fromCallback<ExpiryCommand, ExpiryInput>(({ input, sendBack, receive }) => {
  const { deps, expiresAt } = input
  let cancels: Array<() => void> = []
  let noticed = false
  const margin = deps.autoRefresh ? refreshMargin(expiresAt - deps.now()) : 0
  const schedule = deps.autoRefresh
    ? createRefreshSchedule({
        now: deps.now,
        expiresAt,
        margin,
        armAt: deps.armAt,
        presence: deps.presence ?? (() => 'active'),
        due: () => sendBack({ type: 'token.refreshDue' }),
      })
    : null
  // With auto-refresh, `expiring` means its attempts have not succeeded for a while (half the margin
  // left, when a hidden page refreshes too), not "a refresh is due".
  const noticeAt =
    expiresAt - (schedule ? Math.min(deps.expiringNoticeMs, margin / 2) : deps.expiringNoticeMs)
  const arm = () => {
    for (const cancel of cancels) cancel()
    cancels = [deps.armAt(expiresAt, () => sendBack({ type: 'token.expired' }))]
    if (!noticed) {
      cancels.push(
        deps.armAt(noticeAt, () => {
          noticed = true
          sendBack({ type: 'token.expiring' })
        }),
      )
    }
  }
  arm()
  receive((command) => schedule?.(command.retryAfterMs))
  const stopWake = deps.onWake(() => {
    arm()
    schedule?.()
    sendBack({ type: 'session.wake' })
  })
  return () => {
    stopWake()
    schedule?.(null)
    for (const cancel of cancels) cancel()
  }
})

export const timerActors = { expiry }
