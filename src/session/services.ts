import type { SessionError } from '../errors'
import type { SessionMachineDeps } from '../machine/types'
import { defaultStorage } from '../storage/defaultStorage'
import { recordKey } from '../storage/record'
import { createStore, type Store } from '../storage/store'
import { createRefreshLock } from '../sync/refreshLock'
import { createTabs, type Tabs } from '../sync/tabs'
import { inBrowser, machineDeps } from './deps'
import { createRevoker, type Revoker } from './revoker'
import type { SessionOptions } from './types'

/** What one session runs on besides its actor: storage, the other tabs, the machine's dependencies. */
export interface Services {
  storageKey: string
  cookieMode: boolean
  now(): number
  /** Aborts when the session stops. */
  lifetime: AbortController
  store: Store
  tabs: Tabs | null
  revoker: Revoker
  deps: SessionMachineDeps
}

/**
 * Opens the session's services from its options: the store (with its first read), the line to the
 * other tabs, the cross-tab refresh lock, the background revoker, and the machine's dependencies.
 *
 * @param report - hears storage failures (the store falls back to memory)
 */
export function createServices(options: SessionOptions, report: (error: SessionError) => void): Services {
  const storageKey = options.storageKey ?? 'lanyard'
  const key = recordKey(storageKey)
  const cookieMode = options.tokenStorage === 'cookie'
  const now = () => Date.now()
  const lifetime = new AbortController()
  const store = createStore({ storage: options.storage ?? defaultStorage(), key, cookieMode, now, report })
  // Only in browsers (windows and workers): a Node process serving several users must never let one
  // user's session adopt another's over a process-wide BroadcastChannel. Per-tab storage stays per tab.
  const shared = (options.crossTab ?? inBrowser()) && store.adapter.perTab !== true
  const tabs = shared ? createTabs(key, store.adapter.subscribe?.bind(store.adapter)) : null
  const lock = createRefreshLock({ key, tabs, now, fresher: store.fresher, save: store.save })
  const revoker = createRevoker({
    api: options.api,
    storage: () => store.adapter,
    key: `${storageKey}.revoke`,
    cookieMode,
    lifetime: lifetime.signal,
  })
  const deps = machineDeps(options, { store, lock, revoker, lifetime: lifetime.signal, now })
  return { storageKey, cookieMode, now, lifetime, store, tabs, revoker, deps }
}
