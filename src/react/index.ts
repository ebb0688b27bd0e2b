/**
 * The session's snapshot in React components, over `useSyncExternalStore`.
 *
 * @module lanyard/react
 */
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react'
import type { SessionSnapshot } from '../session/snapshot'
import type { Session } from '../session/types'

const whole = (snapshot: SessionSnapshot) => snapshot

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
  session: Session,
  selector: (snapshot: SessionSnapshot) => TSelected = whole as never,
  isEqual: (a: TSelected, b: TSelected) => boolean = Object.is,
): TSelected {
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
