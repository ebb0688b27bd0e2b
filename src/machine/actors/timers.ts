import { fromCallback } from 'xstate'
import type { SessionMachineDeps } from '../types'

const MINUTE = 60_000

/**
 * Emits `token.expiring` and `token.expired` from the token's device-clock expiry; re-checks the
 * wall clock whenever the device wakes, so a laptop that slept past `exp` ends at once.
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
    const stopWake = deps.onWake(arm)
    return () => {
      stopWake()
      for (const cancel of cancels) cancel()
    }
  },
)

/**
 * Invoked in the resting states: when the device wakes and the server was last heard from over a
 * minute ago, asks for a refresh, so a session revoked elsewhere ends when the user comes back.
 */
const revalidate = fromCallback<
  { type: 'wake' },
  { deps: SessionMachineDeps; checkedAt: number; expiresAt: number }
>(({ input: { deps, checkedAt, expiresAt }, sendBack }) => {
  if (!deps.revalidateOnFocus) return () => undefined
  return deps.onWake(() => {
    const now = deps.now()
    // A session past its end is the expiry timer's to end, not a revocation to ask the server about.
    if (now - checkedAt >= MINUTE && now < expiresAt) sendBack({ type: 'session.refresh' })
  })
})

export const timerActors = { expiry, revalidate }
