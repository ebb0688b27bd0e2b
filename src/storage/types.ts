/**
 * Where the session record lives. Any object with the three methods works, sync or async
 * (React Native AsyncStorage, IndexedDB, chrome.storage).
 */
export interface StorageAdapter {
  getItem(key: string): string | null | Promise<string | null>
  setItem(key: string, value: string, options?: { expiresAt?: number }): void | Promise<void>
  removeItem(key: string): void | Promise<void>
  /**
   * Each tab has its own copy (sessionStorage): the session is never broadcast to, or adopted from,
   * other tabs, whatever `crossTab` says.
   */
  readonly perTab?: boolean
  /** Reports writes made by other contexts (tabs, windows). Returns an unsubscribe function. */
  subscribe?(key: string, onChange: (value: string | null) => void): () => void
}
