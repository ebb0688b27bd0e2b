import { armAt } from '../timers'
import type { Auth } from '../token/auth'
import type { Tabs } from './tabs'

/** How long a tab waits for another tab's refresh before asking the backend itself. */
export const REFRESH_WAIT = 5_000

/** Runs a token refresh once across the tabs of a storage key. */
export interface RefreshLock {
  /**
   * With Web Locks, tabs queue on one lock and a tab that gets it after another's refresh finds the
   * new record and takes it. Without, a tab announces its refresh and the others wait (at most
   * {@link REFRESH_WAIT} ms) for the record it broadcasts.
   */
  run(current: Auth, signal: AbortSignal, refresh: () => Promise<Auth>): Promise<Auth>
}

export interface RefreshLockOptions {
  key: string
  /** The other tabs; null when the session keeps to itself. */
  tabs: Tabs | null
  now(): number
  /** The stored session when another tab already refreshed `current`, else null. */
  fresher(current: Auth): Auth | null
  /**
   * Stores a refreshed session (returns its record) before the lock is released, so the tab queued
   * behind finds it; the lock then announces the record to the other tabs.
   */
  save(auth: Auth): string
}

/** Waits until another tab's refresh ends (its record, or its failure), `until` passes, or `signal` aborts. */
function waitForRecord(tabs: Tabs, until: number, now: () => number, signal: AbortSignal) {
  return new Promise<void>((resolve) => {
    const done = () => {
      cancel()
      stopListening()
      signal.removeEventListener('abort', done)
      resolve()
    }
    const cancel = armAt(until, now, done)
    const stopListening = tabs.listen((message) => {
      if (message.kind === 'record' || message.kind === 'refreshEnded') done()
    })
    // Left (logout, stop): no timer may outlive the session.
    signal.addEventListener('abort', done)
  })
}

/** Creates the lock; it listens to the other tabs' `refreshing` announcements from the start. */
export function createRefreshLock(options: RefreshLockOptions): RefreshLock {
  const { key, tabs, now, fresher, save } = options
  let othersRefreshingUntil = 0
  tabs?.listen((message) => {
    if (message.kind === 'record' || message.kind === 'refreshEnded') othersRefreshingUntil = 0
    // Capped: a stray or forged message must not stall this tab's refreshes for long.
    if (message.kind === 'refreshing') othersRefreshingUntil = Math.min(message.until, now() + REFRESH_WAIT)
  })

  return {
    async run(current, signal, refresh) {
      if (!tabs) return refresh()
      const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks
      if (locks) {
        return locks.request(`lanyard:${key}:refresh`, { signal }, async () => {
          const found = fresher(current)
          if (found) return found
          const auth = await refresh()
          // The one save of this session: the tab's own commit finds the record holding it.
          tabs.post({ kind: 'record', raw: save(auth) })
          return auth
        })
      }
      if (othersRefreshingUntil > now()) {
        await waitForRecord(tabs, othersRefreshingUntil, now, signal)
        if (signal.aborted) throw new DOMException('The refresh was left.', 'AbortError')
        const found = fresher(current)
        if (found) return found
      }
      tabs.post({ kind: 'refreshing', until: now() + REFRESH_WAIT })
      try {
        return await refresh()
      } catch (error) {
        // No record will follow: the tabs waiting for one would otherwise wait REFRESH_WAIT out.
        tabs.post({ kind: 'refreshEnded' })
        throw error
      }
    },
  }
}
