import { fromCallback } from 'xstate'
import type { SessionMachineDeps } from '../types'
import { createRefreshSchedule, type RefreshSchedule } from './refreshSchedule'

/** What the machine tells a running expiry actor about its auto-refresh. */
export type ExpiryCommand =
  | {
      /** A refresh failed for a passing reason: the next attempt waits at least `retryAfterMs`. */
      type: 'refresh.retry'
      retryAfterMs: number
    }
  | {
      /** A refresh failed for good: no more automatic attempts for this token. */
      type: 'refresh.stop'
    }

export interface ExpiryInput {
  deps: SessionMachineDeps
  expiresAt: number
}

/** The auto-refresh of this token, when the session has it on. */
function scheduleOf({ deps, expiresAt }: ExpiryInput, due: () => void): RefreshSchedule | null {
  if (deps.autoRefresh !== true) return null
  return createRefreshSchedule({
    now: deps.now,
    expiresAt,
    armAt: deps.armAt,
    presence: deps.presence ?? (() => 'active'),
    due,
  })
}

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
  const schedule = scheduleOf(input, () => sendBack({ type: 'token.refreshDue' }))
  // With auto-refresh, `expiring` means its attempts have not succeeded for a while, not "a refresh is due".
  const noticeAt = Math.max(expiresAt - deps.expiringNoticeMs, schedule?.lastCall ?? Number.NEGATIVE_INFINITY)
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
  receive((command) => {
    if (command.type === 'refresh.retry') schedule?.defer(command.retryAfterMs)
    else schedule?.stop()
  })
  const stopWake = deps.onWake(() => {
    arm()
    schedule?.check()
    sendBack({ type: 'session.wake' })
  })
  return () => {
    stopWake()
    schedule?.stop()
    for (const cancel of cancels) cancel()
  }
})

export const timerActors = { expiry }
