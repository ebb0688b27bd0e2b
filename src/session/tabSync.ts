import type { SessionEvent } from '../machine/types'
import type { Store } from '../storage/store'
import type { Tabs } from '../sync/tabs'
import type { Auth, EndReason } from '../token/auth'

export interface TabSyncOptions {
  store: Store
  /** The other tabs; null when the session keeps to itself (no `crossTab`, or per-tab storage). */
  tabs: Tabs | null
  now(): number
  /** The session of this tab right now. */
  auth(): Auth | null
  /** Another tab signed in: a flow of this tab without a session is moot. */
  signedInElsewhere(): void
  send(event: SessionEvent): void
}

/**
 * Keeps the stored record and the other tabs in step with this tab's session: each new session is
 * stored and announced; another tab's record is checked like a stored one and adopted; another tab's
 * logout ends this one. Returns what the core calls when the session's auth changes.
 */
export function connectTabs(
  options: TabSyncOptions,
): (auth: Auth | null, endReason: EndReason | null) => void {
  const { store, tabs, now, send } = options
  let adopted: Auth | null = null

  tabs?.listen((message) => {
    if (message.kind === 'record') {
      const auth = store.accept(message.raw)
      if (!auth) return
      adopted = auth
      if (!options.auth()) options.signedInElsewhere()
      send({ type: 'sync.adopt', auth })
    } else if (message.kind === 'ended' && store.forget()) {
      const auth = options.auth()
      // A tab whose timers were throttled may hear the other tab's expiry before its own timer fires.
      if (auth)
        send(
          now() >= auth.expiresAt ? { type: 'token.expired' } : { type: 'sync.ended', reason: 'other-tab' },
        )
    }
  })

  return (auth, endReason) => {
    if (auth !== null && auth === adopted) return // storage already holds it, and echoing would loop
    if (auth) {
      const raw = store.save(auth)
      tabs?.post({ kind: 'record', raw })
      return
    }
    store.remove()
    if (endReason === 'user-intent' || endReason === 'session-revoked') tabs?.post({ kind: 'ended' })
  }
}
