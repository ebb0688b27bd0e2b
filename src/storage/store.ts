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

/** What the store's functions share: its options, the public store, and what it last wrote or read. */
interface StoreState {
  options: StoreOptions
  store: { -readonly [K in keyof Store]: Store[K] }
  /** The session the record holds, kept for a fall back to memory. */
  saved: Auth | null
  /** The record as last written or read: an equal write or another tab's echo is skipped. */
  lastRaw: string | null
  /** The async first read, until `read` settles it. */
  pending: Promise<string | null> | null
}

/** The adapter failed: fall back to memory, keeping the current session, and report it. */
function degrade(state: StoreState, cause: unknown): void {
  const { store, saved, options } = state
  store.adapter = memoryStorage()
  if (saved) store.adapter.setItem(options.key, serializeRecord(saved), { expiresAt: saved.expiresAt })
  options.report(storageError(cause))
}

/** Runs a write; a throw or a rejected promise degrades to memory. */
function guard(state: StoreState, write: () => void | Promise<void>): void {
  try {
    const result = write()
    if (isThenable(result)) result.catch((cause) => degrade(state, cause))
  } catch (cause) {
    degrade(state, cause)
  }
}

const parse = ({ options }: StoreState, raw: string | null) =>
  parseRecord(raw, options.now(), options.cookieMode)

/** Checks a record; removes it when it cannot (or can no longer) hold a session. */
function settle(state: StoreState, raw: string | null): StoredSession {
  const found = parse(state, raw)
  if (found.kind === 'bad' || found.kind === 'ended') {
    guard(state, () => state.store.adapter.removeItem(state.options.key))
  }
  return found
}

async function read(state: StoreState, signal: AbortSignal): Promise<StoredSession> {
  try {
    const raw = await (state.pending as Promise<string | null>)
    // Stopped meanwhile (a remount): another session may own the key now; touch nothing.
    return signal.aborted ? { kind: 'none' } : settle(state, raw)
  } catch (cause) {
    state.store.adapter = memoryStorage()
    return { kind: 'bad', error: storageError(cause) }
  }
}

function save(state: StoreState, auth: Auth): string {
  state.saved = auth
  const raw = serializeRecord(auth)
  if (raw !== state.lastRaw) {
    guard(state, () => state.store.adapter.setItem(state.options.key, raw, { expiresAt: auth.expiresAt }))
  }
  state.lastRaw = raw
  return raw
}

function remove(state: StoreState): void {
  state.saved = null
  state.lastRaw = null
  guard(state, () => state.store.adapter.removeItem(state.options.key))
}

function accept(state: StoreState, raw: string): Auth | null {
  if (raw === state.lastRaw) return null
  const found = parse(state, raw)
  if (found.kind !== 'auth') return null
  state.lastRaw = raw
  state.saved = found.auth
  return found.auth
}

function forget(state: StoreState): boolean {
  const known = state.lastRaw !== null
  state.lastRaw = state.saved = null
  return known
}

function fresher(state: StoreState, current: Auth): Auth | null {
  const found = newerRecord(state.store.adapter, state.options.key, current, (raw) => parse(state, raw))
  if (found) {
    state.lastRaw = found.raw
    state.saved = found.auth
  }
  return found?.auth ?? null
}

/**
 * Opens the record at `key`: reads it at once (synchronous adapters), removes what can no longer
 * hold a session, and falls back to memory (keeping the current session) when the adapter fails.
 */
export function createStore(options: StoreOptions): Store {
  // `adapter` is a data property, replaced on a fall back to memory: a getter would make this literal
  // a dictionary-mode object (about 0.4 KB more per session).
  const store: StoreState['store'] = {
    first: { kind: 'none' },
    adapter: options.storage,
    read: (signal) => read(state, signal),
    save: (auth) => save(state, auth),
    holds: (auth) => auth === state.saved,
    remove: () => remove(state),
    accept: (raw) => accept(state, raw),
    forget: () => forget(state),
    fresher: (current) => fresher(state, current),
  }
  const state: StoreState = { options, store, saved: null, lastRaw: null, pending: null }
  const opened = openRecord(options.storage, options.key, (raw) => settle(state, raw))
  store.first = opened.first
  store.adapter = opened.adapter
  state.pending = opened.pending
  if (opened.first.kind === 'auth') state.lastRaw = serializeRecord(opened.first.auth)
  return store
}
