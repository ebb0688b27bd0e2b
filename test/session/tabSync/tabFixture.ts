import type { Session } from 'lanyard'
import { afterEach, vi } from 'vitest'

/**
 * What every cross-tab test file keeps: the sessions ("tabs") and observing channels it opened,
 * stopped and closed after each test, and a storageKey of its own per test, so nothing else in the
 * process shares its BroadcastChannel. Call it once at the top of a test file.
 */
export function tabFixture(prefix: string) {
  const sessions: Session[] = []
  const channels: BroadcastChannel[] = []
  let keys = 0
  afterEach(() => {
    for (const session of sessions.splice(0)) session.stop()
    for (const channel of channels.splice(0)) channel.close()
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
    vi.useRealTimers()
  })
  const freshKey = () => `${prefix}${process.pid}-${Date.now().toString(36)}-${keys++}`
  return { sessions, channels, freshKey }
}
