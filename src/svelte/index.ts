/**
 * The session's snapshot in Svelte, as a store.
 *
 * @module lanyard/svelte
 */
import type { Readable } from 'svelte/store'
import type { SessionSnapshot } from '../session/snapshot'
import type { Session } from '../session/types'

/**
 * The session's snapshot as a Svelte `Readable`: each subscriber hears the current snapshot at
 * once (the store contract), then every new one, until it unsubscribes. On a server (no
 * `document`) it holds `session.getServerSnapshot()`.
 *
 * @example
 * ```ts
 * const snapshot = sessionStore(session)
 * // component: {#if $snapshot.isLoggedIn}<p>{$snapshot.user.email}</p>{/if}
 * ```
 *
 * @param session - from `createSession`
 */
export function sessionStore(session: Session): Readable<SessionSnapshot> {
  return {
    subscribe(run) {
      if (typeof document === 'undefined') {
        run(session.getServerSnapshot())
        return () => undefined
      }
      run(session.getSnapshot())
      return session.subscribe(run)
    },
  }
}
