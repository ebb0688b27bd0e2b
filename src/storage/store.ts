import { SessionError } from '../errors'
import { type Auth, type StoredSession, unseal } from '../token/auth'
import { memoryStorage } from './memoryStorage'
import { parseRecord, serializeRecord } from './record'
import type { StorageAdapter } from './types'

/** The session record in its storage: the only code that reads, writes or removes it. */
export interface Store {
  /** What the synchronous first read found; `async` when the adapter answers with a promise. */
  readonly first: StoredSession | { kind: 'async' }
  /** Finishes an async first read (`none` when `signal` aborted meanwhile: touch nothing then). */
  read(signal: AbortSignal): Promise<StoredSession>
  /** Writes the session's record unless it holds it already; returns the record. */
  save(auth: Auth): string
  /** Whether the record holds this very session already (saved, accepted from or refreshed by a tab). */
  holds(auth: Auth): boolean
  /** Removes the record. */
  remove(): void
  /** Another tab's record: its session when it is new and usable, else null. */
  accept(raw: string): Auth | null
  /** Another tab removed the record: true unless this store already knew. */
  forget(): boolean
  /** The stored session when another tab already refreshed `current` (same sid, later expiry). */
  fresher(current: Auth): Auth | null
  /** The adapter in use; it may have fallen back to memory. */
  readonly adapter: StorageAdapter
}

export interface StoreOptions {
  storage: StorageAdapter
  key: string
  cookieMode: boolean
  now(): number
  /** Hears a storage failure; the store has fallen back to memory by then. */
  report(error: SessionError): void
}

const isThenable = (value: unknown): value is Promise<unknown> =>
  typeof (value as { then?: unknown } | null)?.then === 'function'

export const storageError = (cause: unknown) =>
  cause instanceof SessionError && cause.code === 'storage_unavailable'
    ? cause
    : new SessionError(
        'storage_unavailable',
        process.env.NODE_ENV !== 'production'
          ? 'The session storage is not usable (blocked or full); this session is kept in memory and will not survive a reload.'
          : '',
        { cause },
      )

/** The first read: at once for a synchronous adapter; an adapter that throws falls back to memory. */
function openRecord(
  adapter: StorageAdapter,
  key: string,
  settle: (raw: string | null) => StoredSession,
): {
  first: StoredSession | { kind: 'async' }
  pending: Promise<string | null> | null
  adapter: StorageAdapter
} {
  try {
    const raw = adapter.getItem(key)
    if (isThenable(raw)) return { first: { kind: 'async' }, pending: raw, adapter }
    return { first: settle(raw), pending: null, adapter }
  } catch (cause) {
    return { first: { kind: 'bad', error: storageError(cause) }, pending: null, adapter: memoryStorage() }
  }
}

/**
 * The stored record when another tab refreshed `current`: the same session (sid) with a token of its
 * own (in cookie mode, where there is none, a later expiry). Storage only moves forward: a tab writes
 * the token it got last, so a different token of the same session is the newer one.
 */
function newerRecord(
  adapter: StorageAdapter,
  key: string,
  current: Auth,
  parse: (raw: string) => StoredSession,
): { raw: string; auth: Auth } | null {
  let raw: unknown
  try {
    raw = adapter.getItem(key)
  } catch {
    return null
  }
  if (typeof raw !== 'string') return null
  const found = parse(raw)
  if (found.kind !== 'auth' || found.auth.user.sessionId !== current.user.sessionId) return null
  const { auth } = found
  const token = unseal(auth.token)
  const replaced = token === null ? auth.expiresAt > current.expiresAt : token !== unseal(current.token)
  return replaced ? { raw, auth } : null
}

/**
 * Opens the record at `key`: reads it at once (synchronous adapters), removes what can no longer
 * hold a session, and falls back to memory (keeping the current session) when the adapter fails.
 */
export function createStore(options: StoreOptions): Store {
  const { key, cookieMode, now, report } = options
  let saved: Auth | null = null
  let lastRaw: string | null = null

  const degrade = (cause: unknown) => {
    store.adapter = memoryStorage()
    if (saved) store.adapter.setItem(key, serializeRecord(saved), { expiresAt: saved.expiresAt })
    report(storageError(cause))
  }
  const guard = (write: () => void | Promise<void>) => {
    try {
      const result = write()
      if (isThenable(result)) result.catch(degrade)
    } catch (cause) {
      degrade(cause)
    }
  }
  /** Checks a record; removes it when it cannot (or can no longer) hold a session. */
  const settle = (raw: string | null): StoredSession => {
    const found = parseRecord(raw, now(), cookieMode)
    if (found.kind === 'bad' || found.kind === 'ended') guard(() => store.adapter.removeItem(key))
    return found
  }

  let pending: Promise<string | null> | null = null
  // `adapter` is a data property, replaced on a fall back to memory: a getter would make this literal
  // a dictionary-mode object (about 0.4 KB more per session).
  const store: { -readonly [K in keyof Store]: Store[K] } = {
    first: { kind: 'none' },
    adapter: options.storage,
    async read(signal) {
      try {
        const raw = await (pending as Promise<string | null>)
        // Stopped meanwhile (a remount): another session may own the key now; touch nothing.
        return signal.aborted ? { kind: 'none' } : settle(raw)
      } catch (cause) {
        store.adapter = memoryStorage()
        return { kind: 'bad', error: storageError(cause) }
      }
    },
    save(auth) {
      saved = auth
      const raw = serializeRecord(auth)
      if (raw !== lastRaw) guard(() => store.adapter.setItem(key, raw, { expiresAt: auth.expiresAt }))
      lastRaw = raw
      return raw
    },
    holds: (auth) => auth === saved,
    remove() {
      saved = null
      lastRaw = null
      guard(() => store.adapter.removeItem(key))
    },
    accept(raw) {
      if (raw === lastRaw) return null
      const found = parseRecord(raw, now(), cookieMode)
      if (found.kind !== 'auth') return null
      lastRaw = raw
      saved = found.auth
      return found.auth
    },
    forget() {
      const known = lastRaw !== null
      lastRaw = saved = null
      return known
    },
    fresher(current) {
      const found = newerRecord(store.adapter, key, current, (raw) => parseRecord(raw, now(), cookieMode))
      if (found) {
        lastRaw = found.raw
        saved = found.auth
      }
      return found?.auth ?? null
    },
  }

  const opened = openRecord(options.storage, key, settle)
  store.first = opened.first
  store.adapter = opened.adapter
  pending = opened.pending
  if (opened.first.kind === 'auth') lastRaw = serializeRecord(opened.first.auth)
  return store
}
