/**
 * The session's snapshot in Svelte, as a store, and the session in component context.
 *
 * @module lanyard/svelte
 */
import { getContext, setContext } from 'svelte'
import type { Readable } from 'svelte/store'
import { inBrowser } from '../session/inBrowser'
import type { SessionSnapshot } from '../session/snapshot'
import type { Session } from '../session/types'

const SESSION = Symbol('lanyard session')

/**
 * Gives `session` to the calling component's descendants (call it in the root component's
 * `<script>`, during initialisation), so that `sessionStore()` needs no argument. On a server,
 * create the session (with the page's `hint`) once per request and pass it to the root as a prop.
 *
 * @example
 * ```ts
 * // App.svelte: <script> import { setSessionContext } from 'lanyard/svelte'; setSessionContext(session) </script>
 * setSessionContext(session)
 * ```
 *
 * @param session - from `createSession`
 */
export function setSessionContext(session: Session): Session {
  return setContext(SESSION, session)
}

/**
 * The session given to {@link setSessionContext} by an ancestor component. Call it during
 * component initialisation. Throws, naming the fix, when none was given.
 *
 * @example
 * ```ts
 * const session = getSessionContext()
 * // <button onclick={() => session.logout()}>Log out</button>
 * ```
 */
export function getSessionContext(): Session {
  const session = getContext<Session | undefined>(SESSION)
  if (!session) throw new Error('getSessionContext() needs setSessionContext(session) in a parent component.')
  return session
}

/**
 * The session's snapshot as a Svelte `Readable`: each subscriber hears the current snapshot at
 * once (the store contract), then every new one, until it unsubscribes. On a server (neither
 * a `document` nor a worker) it holds `session.getServerSnapshot()`. Without a session it reads the one of
 * {@link setSessionContext} (so call it during component initialisation), throwing when none was given.
 *
 * @example
 * ```ts
 * const snapshot = sessionStore(session) // or sessionStore() below setSessionContext(session)
 * // component: {#if $snapshot.isLoggedIn}<p>{$snapshot.user.email}</p>{/if}
 * ```
 *
 * @param session - from `createSession`; default: the one of {@link setSessionContext}
 */
export function sessionStore(session: Session = getSessionContext()): Readable<SessionSnapshot> {
  return {
    subscribe(run) {
      if (!inBrowser()) {
        run(session.getServerSnapshot())
        return () => undefined
      }
      run(session.getSnapshot())
      return session.subscribe(run)
    },
  }
}
