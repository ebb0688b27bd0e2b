/**
 * Where the session record lives. Any object with the three methods works, sync or async
 * (React Native AsyncStorage, IndexedDB, chrome.storage). A method that throws or rejects makes the
 * session fall back to memory and report `storage_unavailable`.
 *
 * @example
 * ```ts
 * import AsyncStorage from '@react-native-async-storage/async-storage'
 *
 * const storage: StorageAdapter = {
 *   getItem: (key) => AsyncStorage.getItem(key),
 *   setItem: (key, value) => AsyncStorage.setItem(key, value),
 *   removeItem: (key) => AsyncStorage.removeItem(key),
 * }
 * const session = createSession({ api, storage })
 * ```
 */
export interface StorageAdapter {
  /** The value stored under `key`, or null. */
  getItem(key: string): string | null | Promise<string | null>
  /** Stores `value` under `key`; `expiresAt` (ms since epoch) is when the session record ends, for adapters that expire entries. */
  setItem(key: string, value: string, options?: { expiresAt?: number }): void | Promise<void>
  /** Removes `key`. */
  removeItem(key: string): void | Promise<void>
  /**
   * Each tab has its own copy (sessionStorage): the session is never broadcast to, or adopted from,
   * other tabs, whatever `crossTab` says.
   */
  readonly perTab?: boolean
  /** Reports writes made by other contexts (tabs, windows). Returns an unsubscribe function. */
  subscribe?(key: string, onChange: (value: string | null) => void): () => void
}
