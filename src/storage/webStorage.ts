import { SessionError } from '../errors'
import type { StorageAdapter } from './types'

type AreaName = 'localStorage' | 'sessionStorage'

const describe = (cause: unknown): string => {
  const name = (cause as { name?: unknown } | null)?.name
  return typeof name === 'string' && name !== 'Error' ? ` (${name})` : ''
}

const unavailable = (area: AreaName, cause: unknown) =>
  new SessionError(
    'storage_unavailable',
    `${area} cannot be used here${describe(cause)}: it is blocked (private mode, sandboxed iframe, ` +
      'disabled site data), full, or missing. The session is kept in memory and will not survive a reload; ' +
      'allow site data, free some space, or pass another `storage` adapter.',
    { cause },
  )

/* @__NO_SIDE_EFFECTS__ */
function webStorage(area: AreaName, given: Storage | undefined): StorageAdapter {
  // Resolved at each call, never at import or construction: merely reading `window.localStorage` throws
  // a SecurityError in sandboxed iframes and with site data blocked.
  const resolve = (): Storage => {
    let storage: Storage | undefined
    try {
      storage = given ?? (globalThis as Partial<Record<AreaName, Storage>>)[area]
    } catch (cause) {
      throw unavailable(area, cause)
    }
    if (!storage) throw unavailable(area, undefined)
    return storage
  }
  const guard = <T>(run: (storage: Storage) => T): T => {
    const storage = resolve()
    try {
      return run(storage)
    } catch (cause) {
      throw unavailable(area, cause)
    }
  }

  return {
    getItem: (key) => guard((storage) => storage.getItem(key)),
    setItem: (key, value) => guard((storage) => storage.setItem(key, value)),
    removeItem: (key) => guard((storage) => storage.removeItem(key)),
    subscribe(key, onChange) {
      const storage = resolve()
      const target = globalThis as Partial<EventTarget>
      if (typeof target.addEventListener !== 'function' || typeof target.removeEventListener !== 'function') {
        return () => {}
      }
      // Browsers fire `storage` only in the other tabs of the origin, never in the one that wrote.
      const listener = (event: Event) => {
        const { key: changed, newValue, storageArea } = event as StorageEvent
        if (storageArea !== storage) return
        if (changed === null) onChange(null)
        else if (changed === key) onChange(newValue ?? null)
      }
      target.addEventListener('storage', listener)
      let subscribed = true
      return () => {
        if (!subscribed) return
        subscribed = false
        target.removeEventListener?.('storage', listener)
      }
    },
  }
}

/**
 * Keeps the session in `localStorage`: it survives reloads and is shared by every tab of the origin;
 * `subscribe` reports writes from other tabs (the `storage` event). Synchronous. When the storage is
 * blocked, full or missing, every method throws a `SessionError` with code `'storage_unavailable'`
 * (the cause attached), and the session falls back to memory.
 *
 * @example
 * const session = createSession({ api, storage: localStorageAdapter() })
 *
 * @param storage - the `Storage` to use; default `globalThis.localStorage`, read lazily at each call
 */
/* @__NO_SIDE_EFFECTS__ */
export function localStorageAdapter(storage?: Storage): StorageAdapter {
  return webStorage('localStorage', storage)
}

/**
 * Keeps the session in `sessionStorage`: it survives reloads of this tab but ends with the tab and is
 * not shared with other tabs. Synchronous; throws `'storage_unavailable'` like
 * {@link localStorageAdapter}.
 *
 * @example
 * const session = createSession({ api, storage: sessionStorageAdapter(), crossTab: false })
 *
 * @param storage - the `Storage` to use; default `globalThis.sessionStorage`, read lazily at each call
 */
/* @__NO_SIDE_EFFECTS__ */
export function sessionStorageAdapter(storage?: Storage): StorageAdapter {
  return webStorage('sessionStorage', storage)
}
