/**
 * The session's snapshot in React components, over `useSyncExternalStore`.
 *
 * @module lanyard/react
 */
import {
  createContext,
  createElement,
  type ReactElement,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useSyncExternalStore,
} from 'react'
import type { SessionSnapshot } from '../session/snapshot'
import type { Session } from '../session/types'

const whole = (snapshot: SessionSnapshot) => snapshot

const SessionContext = createContext<Session | null>(null)

/**
 * Hands `session` to every `useSession()` below it, so components need not import it. Create the
 * session once (at module scope, or once per request on a server, with its `hint`), not in render.
 *
 * @example
 * ```tsx
 * const session = createSession({ api: createHttpApi({ baseUrl, environmentId }) })
 * createRoot(container).render(
 *   <SessionProvider session={session}>
 *     <App />
 *   </SessionProvider>,
 * )
 * ```
 *
 * @param props - `session`: from `createSession`; `children`: the components that read it
 */
export function SessionProvider(props: { session: Session; children?: ReactNode }): ReactElement {
  return createElement(SessionContext.Provider, { value: props.session }, props.children)
}

/** The given session, else the nearest SessionProvider's; throws, naming the fix, when there is none. */
function useProvidedSession(session: Session | undefined, hook = 'useSession()'): Session {
  const provided = useContext(SessionContext)
  const found = session ?? provided
  if (!found) throw new Error(`${hook} needs a <SessionProvider session={...}> above it.`)
  return found
}

/**
 * The session of the nearest {@link SessionProvider}, for the components that call its actions
 * (`signIn`, `email.sendCode`, `logout`...). Throws, naming the fix, when no provider is above.
 *
 * @example
 * ```tsx
 * function LogoutButton() {
 *   const session = useSessionContext()
 *   return <button onClick={() => session.logout()}>Log out</button>
 * }
 * ```
 */
export function useSessionContext(): Session {
  return useProvidedSession(undefined, 'useSessionContext()')
}

/**
 * The session's snapshot. The component re-renders once per new snapshot. Safe in StrictMode (no
 * state of its own to lose) and in server rendering and hydration (it renders
 * `session.getServerSnapshot()` there). Keep the session itself outside components: at module
 * scope, or created once in a provider.
 *
 * @example
 * ```tsx
 * function Account() {
 *   const snapshot = useSession(session)
 *   return snapshot.isLoggedIn ? <p>{snapshot.user?.email}</p> : <SignIn />
 * }
 * ```
 *
 * @param session - from `createSession`
 */
export function useSession(session: Session): SessionSnapshot
/**
 * The snapshot of the session of the nearest {@link SessionProvider}; as `useSession(session)`
 * otherwise. Throws when no provider is above the component.
 *
 * @example
 * ```tsx
 * function Account() {
 *   const snapshot = useSession()
 *   return <p>{snapshot.status}</p>
 * }
 * ```
 */
export function useSession(): SessionSnapshot
/**
 * The part `selector` picks of the snapshot of the nearest {@link SessionProvider}'s session.
 *
 * @example
 * ```tsx
 * const status = useSession((snapshot) => snapshot.status)
 * ```
 *
 * @param selector - picks the part this component renders
 * @param isEqual - when a new selection counts as unchanged; default `Object.is`
 */
export function useSession<TSelected>(
  selector: (snapshot: SessionSnapshot) => TSelected,
  isEqual?: (a: TSelected, b: TSelected) => boolean,
): TSelected
/**
 * The part `selector` picks of the session's snapshot. The component re-renders only when that
 * part changes (by `isEqual`, default `Object.is`). Safe in StrictMode and in server rendering and
 * hydration, as the whole-snapshot form.
 *
 * @example
 * ```tsx
 * const status = useSession(session, (snapshot) => snapshot.status)
 * const user = useSession(session, (s) => s.user, (a, b) => a?.id === b?.id)
 * ```
 *
 * @param session - from `createSession`
 * @param selector - picks the part this component renders
 * @param isEqual - when a new selection counts as unchanged; default `Object.is`
 */
export function useSession<TSelected>(
  session: Session,
  selector: (snapshot: SessionSnapshot) => TSelected,
  isEqual?: (a: TSelected, b: TSelected) => boolean,
): TSelected
export function useSession<TSelected>(
  ...args:
    | [Session?, ((snapshot: SessionSnapshot) => TSelected)?, ((a: TSelected, b: TSelected) => boolean)?]
    | [(snapshot: SessionSnapshot) => TSelected, ((a: TSelected, b: TSelected) => boolean)?]
): TSelected {
  const fromContext = typeof args[0] === 'function'
  const session = useProvidedSession(fromContext ? undefined : (args[0] as Session | undefined))
  const rest = (fromContext ? args : args.slice(1)) as unknown[]
  const selector = (rest[0] ?? whole) as (snapshot: SessionSnapshot) => TSelected
  const isEqual = (rest[1] ?? Object.is) as (a: TSelected, b: TSelected) => boolean
  // The last committed selection, kept across selector identities: an inline selector returning
  // an equal value keeps the previous one, so React sees no change (use-sync-external-store's rule).
  const last = useRef<{ value: TSelected } | null>(null)
  const [getSelection, getServerSelection] = useMemo(() => {
    const memo = (read: () => SessionSnapshot) => {
      let snapshot: SessionSnapshot | undefined
      let selected: TSelected
      return () => {
        const next = read()
        if (next === snapshot) return selected
        const value = selector(next)
        const previous = snapshot === undefined ? last.current : { value: selected }
        snapshot = next
        selected = previous !== null && isEqual(previous.value, value) ? previous.value : value
        return selected
      }
    }
    return [memo(session.getSnapshot), memo(session.getServerSnapshot)]
  }, [session, selector, isEqual])
  const value = useSyncExternalStore(session.subscribe, getSelection, getServerSelection)
  useEffect(() => {
    last.current = { value }
  }, [value])
  return value
}
