import type { EndReason } from '../machine/types'
import { parseRecord, serializeRecord } from '../storage/record'
import type { StorageAdapter } from '../storage/types'
import { armAt } from '../timers'
import type { Auth } from '../token/auth'
import { openChannel } from './channel'

/** How long a tab waits for another tab's refresh before asking the backend itself. */
const REFRESH_WAIT = 5_000

export interface TabSyncOptions {
  /** The record key, `${storageKey}.session`; the channel is named from it. */
  key: string
  cookieMode: boolean
  /** Talk to other tabs (BroadcastChannel + the adapter's `subscribe`). */
  crossTab: boolean
  now(): number
  /** The storage in use (it may degrade to memory during the session). */
  storage(): StorageAdapter
  /** Runs a storage write; a failure degrades the storage instead of throwing. */
  write(write: (storage: StorageAdapter) => void | Promise<void>): void
  /** The raw record this session starts with (already in storage). */
  initial: Auth | null
  /** The session of this tab right now. */
  auth(): Auth | null
  /** Another tab signed in or refreshed: take its session. */
  adopt(auth: Auth): void
  /** Another tab ended the session: `expired` when the session's time is up anyway. */
  end(expired: boolean): void
}

/** What `createSession` needs from the cross-tab layer. */
export interface TabSync {
  /** Stores the session (or removes it) and tells the other tabs; never echoes what they sent. */
  persist(auth: Auth | null, endReason: EndReason | null): void
  /**
   * Runs a token refresh once across tabs. With Web Locks, tabs queue on one lock and a tab that gets
   * it after another's refresh finds the new record and adopts it. Without, a tab announces its
   * refresh and the others wait (at most {@link REFRESH_WAIT} ms) for the record it broadcasts.
   */
  refreshShared(current: Auth, signal: AbortSignal, refresh: () => Promise<Auth>): Promise<Auth>
  /** Closes the channel and the storage subscription. */
  stop(): void
}

type Message = { kind: 'record'; raw: string } | { kind: 'ended' } | { kind: 'refreshing'; until: number }

/**
 * Keeps the stored record and the other tabs in step with this tab's session. Messages carry the
 * serialised record, which the receiver checks like any stored record (never trusted further).
 */
export function createTabSync(options: TabSyncOptions): TabSync {
  const { key, cookieMode, crossTab, now, write } = options
  let adopted: Auth | null = null
  let lastRaw: string | null = options.initial ? serializeRecord(options.initial) : null
  let othersRefreshingUntil = 0
  let recordArrived: (() => void) | null = null

  const adoptRaw = (raw: string | null) => {
    if (raw === lastRaw) return
    if (raw === null) {
      lastRaw = null
      const auth = options.auth()
      // A tab whose timers were throttled may hear the other tab's expiry before its own timer fires.
      if (auth) options.end(now() >= auth.expiresAt)
      return
    }
    const found = parseRecord(raw, now(), cookieMode)
    if (found.kind !== 'auth') return
    lastRaw = raw
    adopted = found.auth
    options.adopt(found.auth)
  }

  const receive = (message: unknown) => {
    const data = message as Partial<Message & { raw: unknown; until: unknown }> | null
    if (data?.kind === 'record' && typeof data.raw === 'string') {
      othersRefreshingUntil = 0
      recordArrived?.()
      adoptRaw(data.raw)
    } else if (data?.kind === 'ended') adoptRaw(null)
    else if (data?.kind === 'refreshing' && typeof data.until === 'number') {
      othersRefreshingUntil = Math.min(data.until, now() + REFRESH_WAIT)
    }
  }

  const channel = crossTab ? openChannel(`lanyard:${key}`, receive) : null
  const post = (message: Message) => channel?.post(message)
  const storage = options.storage()
  const unsubscribe = crossTab && storage.subscribe ? storage.subscribe(key, adoptRaw) : undefined

  const store = (auth: Auth) => {
    const raw = serializeRecord(auth)
    if (raw !== lastRaw) write((s) => s.setItem(key, raw, { expiresAt: auth.expiresAt }))
    lastRaw = raw
    return raw
  }

  /** The stored session when another tab already refreshed this one. */
  const fresher = (current: Auth): Auth | null => {
    let raw: unknown
    try {
      raw = options.storage().getItem(key)
    } catch {
      return null
    }
    if (typeof raw !== 'string') return null
    const found = parseRecord(raw, now(), cookieMode)
    if (found.kind !== 'auth' || found.auth.user.sessionId !== current.user.sessionId) return null
    if (found.auth.expiresAt <= current.expiresAt) return null
    lastRaw = raw
    adopted = found.auth
    return found.auth
  }

  return {
    persist(auth, endReason) {
      if (auth !== null && auth === adopted) return // storage already holds it, and echoing would loop
      if (auth) post({ kind: 'record', raw: store(auth) })
      else {
        lastRaw = null
        write((s) => s.removeItem(key))
        if (endReason === 'user-intent' || endReason === 'session-revoked') post({ kind: 'ended' })
      }
    },
    async refreshShared(current, signal, refresh) {
      if (!crossTab) return refresh()
      const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks
      if (locks) {
        return locks.request(`lanyard:${key}:refresh`, { signal }, async () => {
          const found = fresher(current)
          if (found) return found
          const auth = await refresh()
          store(auth) // before the lock is released, so the tab queued behind finds it
          return auth
        })
      }
      if (othersRefreshingUntil > now()) {
        await new Promise<void>((resolve) => {
          const cancel = armAt(othersRefreshingUntil, now, () => recordArrived?.())
          recordArrived = () => {
            cancel()
            signal.removeEventListener('abort', onAbort)
            recordArrived = null
            resolve()
          }
          // Left (logout, stop): no timer may outlive the session.
          const onAbort = () => recordArrived?.()
          signal.addEventListener('abort', onAbort)
        })
        if (signal.aborted) throw new DOMException('The refresh was left.', 'AbortError')
        const found = fresher(current)
        if (found) return found
      }
      post({ kind: 'refreshing', until: now() + REFRESH_WAIT })
      return refresh()
    },
    stop() {
      unsubscribe?.()
      channel?.close()
    },
  }
}
