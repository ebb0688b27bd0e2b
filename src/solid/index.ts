/**
 * The session's snapshot in Solid, as an accessor, and the session in context.
 *
 * @module lanyard/solid
 */
import {
  type Accessor,
  createComponent,
  createContext,
  createSignal,
  getOwner,
  type JSX,
  onCleanup,
  useContext,
} from 'solid-js'
import { inBrowser } from '../session/inBrowser'
import type { SessionSnapshot } from '../session/snapshot'
import type { Session } from '../session/types'

const SessionContext = createContext<Session>()

/**
 * Hands `session` to every `useSession()` below it, so components need not import it. Create the
 * session once (at module scope, or once per request on a server, with its `hint`), not in a component.
 *
 * @example
 * ```ts
 * // JSX: render(() => <SessionProvider session={session}><App /></SessionProvider>, root)
 * render(() => createComponent(SessionProvider, { session, get children() { return createComponent(App, {}) } }), root)
 * ```
 *
 * @param props - `session`: from `createSession`; `children`: the components that read it
 */
export function SessionProvider(props: { session: Session; children?: JSX.Element }): JSX.Element {
  return createComponent(SessionContext.Provider, {
    get value() {
      return props.session
    },
    get children() {
      return props.children
    },
  })
}

/** `session`, else throws naming the hook and the fix: no SessionProvider is above it. */
function found(session: Session | undefined, hook: string): Session {
  if (!session) throw new Error(`${hook} needs a <SessionProvider session={...}> above it.`)
  return session
}

/**
 * The session of the nearest {@link SessionProvider}, for the components that call its actions
 * (`email.sendCode`, `logout`...). Throws, naming the fix, when no provider is above.
 *
 * @example
 * ```ts
 * const session = useSessionContext()
 * // JSX: <button onClick={() => session.logout()}>Log out</button>
 * ```
 */
export function useSessionContext(): Session {
  return found(useContext(SessionContext), 'useSessionContext()')
}

/**
 * The snapshot of the session of the nearest {@link SessionProvider}, as `useSession(session)` gives
 * it. Throws, naming the fix, when there is none.
 *
 * @example
 * ```ts
 * const snapshot = useSession()
 * // JSX: <p>{snapshot().status}</p>
 * ```
 */
export function useSession(): Accessor<SessionSnapshot>
/**
 * The session's snapshot as an `Accessor`, updated once per new snapshot and unsubscribed when its
 * owner (the component, or the `createRoot`) is cleaned up. On a server (neither a `document` nor a worker) it holds
 * `session.getServerSnapshot()`.
 *
 * @example
 * ```ts
 * const snapshot = useSession(session)
 * // JSX: <Show when={snapshot().isLoggedIn}><p>{snapshot().user?.email}</p></Show>
 * ```
 *
 * @param session - from `createSession`
 */
export function useSession(session: Session): Accessor<SessionSnapshot>
export function useSession(given?: Session): Accessor<SessionSnapshot> {
  const provided = useContext(SessionContext)
  const session = found(given ?? provided, 'useSession()')
  if (!inBrowser()) return () => session.getServerSnapshot()
  const [snapshot, setSnapshot] = createSignal(session.getSnapshot())
  const unsubscribe = session.subscribe((next) => setSnapshot(() => next))
  if (getOwner()) onCleanup(unsubscribe)
  return snapshot
}
