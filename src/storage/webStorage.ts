import { SessionError } from '../errors'
import type { StorageAdapter } from './types'

type AreaName = 'localStorage' | 'sessionStorage'

const unavailable = (area: AreaName, cause?: unknown) => {
  const name = (cause as { name?: unknown } | undefined)?.name
  return new SessionError(
    'storage_unavailable',
    process.env.NODE_ENV !== 'production'
      ? `${area} cannot be used${typeof name === 'string' && name !== 'Error' ? ` (${name})` : ''}: blocked, full or ` +
          'missing. The session stays in memory until reload: allow site data, or pass another `storage`.'
      : '',
    { cause },
  )
}

/* @__NO_SIDE_EFFECTS__ */
function webStorage(area: AreaName, given: Storage | undefined): StorageAdapter {
  // Resolved at each call, never at import or construction: merely reading `window.localStorage` throws
  // a SecurityError in sandboxed iframes and with site data blocked.
  const use = <T>(run: (storage: Storage) => T): T => {
    try {
      const storage = given ?? (globalThis as Partial<Record<AreaName, Storage>>)[area]
      if (storage) return run(storage)
    } catch (cause) {
      throw unavailable(area, cause)
    }
    throw unavailable(area)
  }

  return {
    // Each tab has its own sessionStorage: a session kept there is never handed to another tab.
    ...(area === 'sessionStorage' ? { perTab: true } : {}),
    getItem: (key) => use((storage) => storage.getItem(key)),
    setItem: (key, value) => use((storage) => storage.setItem(key, value)),
    removeItem: (key) => use((storage) => storage.removeItem(key)),
    subscribe(key, onChange) {
      const storage = use((found) => found)
      // A window's `storage` events are StorageEvents; elsewhere (a worker, Node) there may be no listener at all.
      const target: Partial<Pick<Window, 'addEventListener' | 'removeEventListener'>> = globalThis
      if (!target.addEventListener || !target.removeEventListener) return () => {}
      // Browsers fire `storage` only in the other tabs of the origin, never in the one that wrote.
      const listener = ({ key: changed, newValue, storageArea }: StorageEvent) => {
        if (storageArea === storage && (changed === null || changed === key))
          onChange(changed === null ? null : (newValue ?? null))
      }
      target.addEventListener('storage', listener)
      let subscribed = true
      return () => {
        if (subscribed) target.removeEventListener?.('storage', listener)
        subscribed = false
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
 * ```ts
 * const session = createSession({ api, storage: localStorageAdapter() })
 * ```
 *
 * @param storage - the `Storage` to use; default `globalThis.localStorage`, read lazily at each call
 */
/* @__NO_SIDE_EFFECTS__ */
export function localStorageAdapter(storage?: Storage): StorageAdapter {
  return webStorage('localStorage', storage)
}

/**
 * Keeps the session in `sessionStorage`: it survives reloads of this tab but ends with the tab and is
 * never shared with other tabs (the adapter is `perTab`, so `crossTab` does not apply to it).
 * Synchronous; throws `'storage_unavailable'` like {@link localStorageAdapter}.
 *
 * @example
 * ```ts
 * const session = createSession({ api, storage: sessionStorageAdapter() })
 * ```
 *
 * @param storage - the `Storage` to use; default `globalThis.sessionStorage`, read lazily at each call
 */
/* @__NO_SIDE_EFFECTS__ */
export function sessionStorageAdapter(storage?: Storage): StorageAdapter {
  return webStorage('sessionStorage', storage)
}
