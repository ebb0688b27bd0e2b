import type { StorageAdapter } from './types'

/**
 * Keeps the session in a `Map` for the life of the page: nothing survives a reload and nothing is
 * shared with other tabs. The fallback when no other storage is usable, and the storage of choice
 * for SSR and tests. Synchronous.
 *
 * @example
 * ```ts
 * const session = createSession({ api, storage: memoryStorage() })
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function memoryStorage(): StorageAdapter {
  const items = new Map<string, string>()
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value)
    },
    removeItem: (key) => {
      items.delete(key)
    },
  }
}
