import { openChannel } from './channel'

/**
 * What one tab tells the others: its new record, that its session ended, that it is refreshing, or
 * that the refresh it announced ended without a new record (it failed: the others stop waiting).
 */
export type TabMessage =
  | { kind: 'record'; raw: string }
  | { kind: 'ended' }
  | { kind: 'refreshing'; until: number }
  | { kind: 'refreshEnded' }

/** The other tabs of the same origin that use the same storage key. */
export interface Tabs {
  /** Sends to every other tab; never heard by this one. */
  post(message: TabMessage): void
  /** Hears every well-formed message of the other tabs. Returns its unsubscribe. */
  listen(listener: (message: TabMessage) => void): () => void
  /** Closes the channel and the storage subscription. */
  stop(): void
}

/** The storage writes another context made, where the adapter can report them (`storage` events). */
type Subscribe = (key: string, onChange: (value: string | null) => void) => () => void

const parse = (data: unknown): TabMessage | null => {
  const message = data as { kind?: unknown; raw?: unknown; until?: unknown } | null
  if (message?.kind === 'record' && typeof message.raw === 'string')
    return { kind: 'record', raw: message.raw }
  if (message?.kind === 'ended') return { kind: 'ended' }
  if (message?.kind === 'refreshEnded') return { kind: 'refreshEnded' }
  if (message?.kind === 'refreshing' && typeof message.until === 'number') {
    return { kind: 'refreshing', until: message.until }
  }
  return null
}

/**
 * Opens the line to the other tabs: a `BroadcastChannel` named from the record key, plus the storage
 * adapter's own change reports (a removed record reads as `ended`). Messages are checked for shape
 * only; the receiver checks a record like any stored one.
 *
 * @param key - the record key, `${storageKey}.session`
 * @param subscribe - the adapter's `subscribe`, where it has one
 */
export function createTabs(key: string, subscribe?: Subscribe): Tabs {
  const listeners = new Set<(message: TabMessage) => void>()
  const deliver = (message: TabMessage | null) => {
    if (message) for (const listener of [...listeners]) listener(message)
  }
  const channel = openChannel(`lanyard:${key}`, (data) => deliver(parse(data)))
  const unsubscribe = subscribe?.(key, (raw) =>
    deliver(raw === null ? { kind: 'ended' } : { kind: 'record', raw }),
  )
  return {
    post: (message) => channel?.post(message),
    listen(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    stop() {
      listeners.clear()
      unsubscribe?.()
      channel?.close()
    },
  }
}
