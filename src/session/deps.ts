import type { AuthApi, AuthSettings } from '../api/types'
import type { Presence, SessionMachineDeps } from '../machine/types'
import type { Store } from '../storage/store'
import type { RefreshLock } from '../sync/refreshLock'
import { onWake } from '../sync/wake'
import { armAt } from '../timers'
import type { Revoker } from './revoker'
import type { SessionOptions } from './types'

/** The settings, fetched once per session on first use; a failed fetch is tried again next time. */
function cachedSettings(api: AuthApi, lifetime: AbortSignal): () => Promise<AuthSettings> {
  let settings: Promise<AuthSettings> | null = null
  return () => {
    settings ??= api.getSettings({ signal: lifetime, token: null }).then(
      (value) => ({
        embeddedWallets: { createOnSignup: value?.embeddedWallets?.createOnSignup === true },
        requiredFields: Array.isArray(value?.requiredFields) ? value.requiredFields : [],
      }),
      (error) => {
        settings = null
        throw error
      },
    )
    return settings
  }
}

/**
 * Whether the page is offline (`navigator.onLine` false) or hidden (`document.visibilityState`);
 * where neither exists (Node, React Native) it is active.
 */
export function presence(): Presence {
  const { navigator, document } = globalThis as {
    navigator?: { onLine?: unknown }
    document?: { visibilityState?: unknown }
  }
  if (navigator?.onLine === false) return 'offline'
  return document?.visibilityState === 'hidden' ? 'hidden' : 'active'
}

/** Whether this runs in a browser (a window or a worker), where other tabs can exist. */
export const inBrowser = () =>
  typeof (globalThis as { document?: unknown }).document === 'object' ||
  typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope === 'function'

/**
 * The machine's dependencies for one session, from its options and services. This is the one place
 * that reads browser defaults (`location` for the SIWE message, the DOM's wake events).
 */
export function machineDeps(
  options: SessionOptions,
  services: { store: Store; lock: RefreshLock; revoker: Revoker; lifetime: AbortSignal; now(): number },
): SessionMachineDeps {
  const { store, lock, revoker, lifetime, now } = services
  return {
    api: options.api,
    cookieMode: options.tokenStorage === 'cookie',
    now,
    lifetime,
    settings: cachedSettings(options.api, lifetime),
    restore: (signal) => store.read(signal),
    forget: () => store.remove(),
    refreshShared: (current, signal, refresh) => lock.run(current, signal, refresh),
    revoke: revoker.revoke,
    onWake: options.onWake ?? onWake,
    armAt: (deadline, callback) => armAt(deadline, now, callback),
    siwe: {
      domain: options.siwe?.domain ?? globalThis.location?.host ?? 'localhost',
      uri: options.siwe?.uri ?? globalThis.location?.origin ?? 'http://localhost',
      statement: options.siwe?.statement,
    },
    expiringNoticeMs: (options.expiringNoticeSeconds ?? 60) * 1000,
    revalidateOnFocus: options.revalidateOnFocus ?? true,
    autoRefresh: options.autoRefresh ?? true,
    presence,
  }
}
