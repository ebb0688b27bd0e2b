import { fromCallback } from 'xstate'
import type { SessionMachineDeps } from '../types'

/**
 * Emits `token.expiring` and `token.expired` from the token's device-clock expiry; re-checks the
 * wall clock whenever the device wakes, so a laptop that slept past `exp` ends at once, and tells
 * the machine (`session.wake`): a resting session then revalidates (one actor, one wake listener).
 */
const expiry = fromCallback<{ type: 'wake' }, { deps: SessionMachineDeps; expiresAt: number }>(
  ({ input: { deps, expiresAt }, sendBack }) => {
    let cancels: Array<() => void> = []
    let noticed = false
    const arm = () => {
      for (const cancel of cancels) cancel()
      cancels = [deps.armAt(expiresAt, () => sendBack({ type: 'token.expired' }))]
      const noticeAt = expiresAt - deps.expiringNoticeMs
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
    const stopWake = deps.onWake(() => {
      arm()
      sendBack({ type: 'session.wake' })
    })
    return () => {
      stopWake()
      for (const cancel of cancels) cancel()
    }
  },
)

export const timerActors = { expiry }
