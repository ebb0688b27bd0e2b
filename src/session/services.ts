import type { AuthApi, AuthSettings } from '../api/types'
import type { SessionError } from '../errors'
import type { Presence, SessionMachineDeps } from '../machine/types'
import { defaultStorage } from '../storage/defaultStorage'
import { recordKey } from '../storage/record'
import { createStore, type Store, storageError } from '../storage/store'
import type { StorageAdapter } from '../storage/types'
import { createRefreshLock, type RefreshLock } from '../sync/refreshLock'
import { createTabs, type Tabs } from '../sync/tabs'
import { onWake } from '../sync/wake'
import { armAt } from '../timers'
import type { Auth, SealedToken } from '../token/auth'
import { inBrowser } from './inBrowser'
import { createRevoker, type Revoker } from './revoker'
import type { SessionOptions } from './types'

const now = () => Date.now()

/**
 * Opens what one session runs on besides its actor: storage, the other tabs, the refresh lock, the revoker.
 * It is also the machine's dependencies (`input.deps`): one object per session, its methods on the
 * prototype, so a session pays for its fields and not for a closure per dependency.
 */
export class Services implements SessionMachineDeps {
  declare readonly api: AuthApi
  declare readonly cookieMode: boolean
  declare readonly storageKey: string
  declare readonly store: Store
  /** The other tabs; null when the session keeps to itself. */
  declare readonly tabs: Tabs | null
  declare readonly lock: RefreshLock
  declare readonly onWake: SessionMachineDeps['onWake']
  declare readonly siwe: SessionMachineDeps['siwe']
  declare readonly expiringNoticeMs: number
  declare readonly revalidateOnFocus: boolean
  declare readonly autoRefresh: boolean
  // Made on first use: an AbortController with its signal is about 1 KB, and an idle session needs none.
  // `declare`: no class field code in the bundle; the constructor assigns them all at once.
  declare private controller: AbortController | null
  declare private revoking: Revoker | null
  declare private fetched: Promise<AuthSettings> | null

  /** @param report - hears storage failures (the store falls back to memory) */
  constructor(options: SessionOptions, report: (error: SessionError) => void) {
    const storageKey = options.storageKey ?? 'lanyard'
    const key = recordKey(storageKey)
    const cookieMode = options.tokenStorage === 'cookie'
    const store = createStore({ storage: options.storage ?? defaultStorage(), key, cookieMode, now, report })
    // Only in browsers (windows and workers): a Node process serving several users must never let one
    // user's session adopt another's over a process-wide BroadcastChannel. Per-tab storage stays per tab.
    const shared = (options.crossTab ?? inBrowser()) && store.adapter.perTab !== true
    const tabs = shared ? createTabs(key, store.adapter.subscribe?.bind(store.adapter)) : null
    Object.assign(this, {
      api: options.api,
      storageKey,
      cookieMode,
      store,
      tabs,
      lock: createRefreshLock({ key, tabs, now, fresher: store.fresher, save: store.save }),
      // The one place that reads browser defaults (`location` for SIWE messages, the DOM's wake events).
      onWake: options.onWake ?? onWake,
      siwe: {
        domain: options.siwe?.domain ?? globalThis.location?.host ?? 'localhost',
        uri: options.siwe?.uri ?? globalThis.location?.origin ?? 'http://localhost',
        statement: options.siwe?.statement,
      },
      expiringNoticeMs: (options.expiringNoticeSeconds ?? 60) * 1000,
      revalidateOnFocus: options.revalidateOnFocus ?? true,
      autoRefresh: options.autoRefresh ?? true,
      controller: null,
      revoking: null,
      fetched: null,
    })
  }

  now(): number {
    return now()
  }

  /** Aborts when the session stops (`end`): background work (a revoke, the settings) ends with it. */
  get lifetime(): AbortSignal {
    this.controller ??= new AbortController()
    return this.controller.signal
  }

  /** Revokes server sessions in the background; made on first use. */
  get revoker(): Revoker {
    this.revoking ??= createRevoker(this)
    return this.revoking
  }

  /** The session stopped. */
  end(): void {
    this.controller ??= new AbortController()
    this.controller.abort()
  }

  /** The settings, fetched once per session on first use; a failed fetch is tried again next time. */
  settings(): Promise<AuthSettings> {
    this.fetched ??= this.api.getSettings({ signal: this.lifetime, token: null }).then(
      (value) => ({
        embeddedWallets: { createOnSignup: value?.embeddedWallets?.createOnSignup === true },
        requiredFields: Array.isArray(value?.requiredFields) ? value.requiredFields : [],
      }),
      (error) => {
        this.fetched = null
        throw error
      },
    )
    return this.fetched
  }

  restore(signal: AbortSignal) {
    return this.store.read(signal)
  }

  /**
   * Whether the page is offline (`navigator.onLine` false) or hidden (`document.visibilityState`);
   * where neither exists (Node, React Native) it is active.
   */
  presence(): Presence {
    const {
      navigator,
      document,
    }: { navigator?: { onLine?: unknown }; document?: { visibilityState?: unknown } } = globalThis
    if (navigator?.onLine === false) return 'offline'
    return document?.visibilityState === 'hidden' ? 'hidden' : 'active'
  }

  /** Where `social.start` keeps its record across the redirect: sessionStorage, else the session's storage. */
  private oauthStorage(): StorageAdapter {
    try {
      return globalThis.sessionStorage ?? this.store.adapter
    } catch {
      return this.store.adapter
    }
  }

  async keepOAuth(record: string): Promise<void> {
    try {
      await this.oauthStorage().setItem(`${this.storageKey}.oauth`, record)
    } catch (cause) {
      throw storageError(cause)
    }
  }

  async takeOAuth(): Promise<string | null> {
    const storage = this.oauthStorage()
    const key = `${this.storageKey}.oauth`
    const record = await storage.getItem(key)
    await storage.removeItem(key)
    return record
  }

  forget() {
    this.store.remove()
  }

  refreshShared(current: Auth, signal: AbortSignal, refresh: () => Promise<Auth>): Promise<Auth> {
    return this.lock.run(current, signal, refresh)
  }

  revoke(token: SealedToken | null, reason: string): void {
    this.revoker.revoke(token, reason)
  }

  armAt(deadline: number, callback: () => void): () => void {
    return armAt(deadline, now, callback)
  }
}
