import type { AuthApi, AuthSettings } from '../api/types'
import type { SessionError } from '../errors'
import type { SessionMachineDeps } from '../machine/types'
import { defaultStorage } from '../storage/defaultStorage'
import { recordKey } from '../storage/record'
import { createStore, type Store } from '../storage/store'
import { createRefreshLock, type RefreshLock } from '../sync/refreshLock'
import { createTabs, type Tabs } from '../sync/tabs'
import { onWake } from '../sync/wake'
import { armAt } from '../timers'
import type { Auth, SealedToken } from '../token/auth'
import { inBrowser } from './deps'
import { Revoker } from './revoker'
import type { SessionOptions } from './types'

const now = () => Date.now()

/**
 * What one session runs on besides its actor: storage, the other tabs, the refresh lock, the revoker.
 * It is also the machine's dependencies (`input.deps`): one object per session, its methods on the
 * prototype, so a session pays for its fields and not for a closure per dependency.
 */
export class Services implements SessionMachineDeps {
  readonly api: AuthApi
  readonly cookieMode: boolean
  readonly storageKey: string
  readonly store: Store
  /** The other tabs; null when the session keeps to itself. */
  readonly tabs: Tabs | null
  readonly lock: RefreshLock
  readonly revoker: Revoker
  readonly onWake: SessionMachineDeps['onWake']
  readonly siwe: SessionMachineDeps['siwe']
  readonly expiringNoticeMs: number
  readonly revalidateOnFocus: boolean
  // Made on first use: an AbortController with its signal is about 1 KB, and an idle session needs none.
  private controller: AbortController | null = null
  private ended = false
  private fetched: Promise<AuthSettings> | null = null

  /** @param report - hears storage failures (the store falls back to memory) */
  constructor(options: SessionOptions, report: (error: SessionError) => void) {
    this.api = options.api
    this.storageKey = options.storageKey ?? 'lanyard'
    const key = recordKey(this.storageKey)
    this.cookieMode = options.tokenStorage === 'cookie'
    const { cookieMode } = this
    this.store = createStore({ storage: options.storage ?? defaultStorage(), key, cookieMode, now, report })
    const { store } = this
    // Only in browsers (windows and workers): a Node process serving several users must never let one
    // user's session adopt another's over a process-wide BroadcastChannel. Per-tab storage stays per tab.
    const shared = (options.crossTab ?? inBrowser()) && store.adapter.perTab !== true
    this.tabs = shared ? createTabs(key, store.adapter.subscribe?.bind(store.adapter)) : null
    this.lock = createRefreshLock({ key, tabs: this.tabs, now, fresher: store.fresher, save: store.save })
    this.revoker = new Revoker(this)
    // The one place that reads browser defaults (`location` for the SIWE message, the DOM's wake events).
    this.onWake = options.onWake ?? onWake
    this.siwe = {
      domain: options.siwe?.domain ?? globalThis.location?.host ?? 'localhost',
      uri: options.siwe?.uri ?? globalThis.location?.origin ?? 'http://localhost',
      statement: options.siwe?.statement,
    }
    this.expiringNoticeMs = (options.expiringNoticeSeconds ?? 60) * 1000
    this.revalidateOnFocus = options.revalidateOnFocus ?? true
  }

  now(): number {
    return now()
  }

  /** Aborts when the session stops (`end`): background work (a revoke, the settings) ends with it. */
  get lifetime(): AbortSignal {
    if (!this.controller) {
      this.controller = new AbortController()
      if (this.ended) this.controller.abort()
    }
    return this.controller.signal
  }

  /** The session stopped. */
  end(): void {
    this.ended = true
    this.controller?.abort()
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

/**
 * Opens the session's services from its options: the store (with its first read), the line to the
 * other tabs, the cross-tab refresh lock, the background revoker; they are the machine's dependencies.
 *
 * @param report - hears storage failures (the store falls back to memory)
 */
export const createServices = (options: SessionOptions, report: (error: SessionError) => void) =>
  new Services(options, report)
