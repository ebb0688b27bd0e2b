import { memoryStorage } from './memoryStorage'
import type { StorageAdapter } from './types'
import { localStorageAdapter } from './webStorage'

const probeKey = 'lanyard.probe'

/**
 * The storage `createSession` uses when none is given: `localStorage` when it can really be written
 * (probed with a set and remove of a test key), otherwise {@link memoryStorage} (Node, SSR, workers,
 * blocked site data, Safari's old private mode with a zero quota).
 *
 * @example
 * const storage = defaultStorage()
 */
export function defaultStorage(): StorageAdapter {
  try {
    const storage = globalThis.localStorage
    if (storage) {
      storage.setItem(probeKey, probeKey)
      storage.removeItem(probeKey)
      return localStorageAdapter(storage)
    }
  } catch {
    // Blocked or full: fall through to memory.
  }
  return memoryStorage()
}
