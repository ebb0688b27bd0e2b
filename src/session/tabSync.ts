import type { Auth, EndReason } from '../token/auth'
import type { ActionContext } from './actions/context'
import type { Services } from './services'

/**
 * Keeps the stored record and the other tabs in step with this tab's session: each new session is
 * stored and announced; another tab's record is checked like a stored one and adopted; another tab's
 * logout ends this one. Returns what the core calls when the session's auth changes.
 */
export function connectTabs(
  { store, tabs }: Services,
  { core, steps }: ActionContext,
): (auth: Auth | null, endReason: EndReason | null) => void {
  const { actor } = core

  tabs?.listen((message) => {
    if (message.kind === 'record') {
      const auth = store.accept(message.raw)
      if (!auth) return
      // Another tab signed in: a flow of this tab without a session is moot.
      if (!actor.getSnapshot().context.auth)
        steps.cancelAll(process.env.NODE_ENV !== 'production' ? 'Another tab signed in meanwhile.' : '')
      actor.send({ type: 'sync.adopt', auth })
    } else if (message.kind === 'ended' && store.forget()) {
      const { auth } = actor.getSnapshot().context
      // A tab whose timers were throttled may hear the other tab's expiry before its own timer fires.
      if (auth)
        actor.send(
          Date.now() >= auth.expiresAt
            ? { type: 'token.expired' }
            : { type: 'sync.ended', reason: 'other-tab' },
        )
    }
  })

  return (auth, endReason) => {
    // Storage holds it already (another tab's, or saved under the refresh lock): nothing to save or announce.
    if (auth !== null && store.holds(auth)) return
    if (auth) {
      const raw = store.save(auth)
      tabs?.post({ kind: 'record', raw })
      return
    }
    store.remove()
    if (endReason === 'user-intent' || endReason === 'session-revoked') tabs?.post({ kind: 'ended' })
  }
}
