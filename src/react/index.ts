// lanyard/react: the session's snapshot in React components, over useSyncExternalStore.
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react'
import type { SessionSnapshot } from '../session/snapshot'
import type { Session } from '../session/types'

const whole = (snapshot: SessionSnapshot) => snapshot

/**
 * The session's snapshot, or the part `selector` picks of it. The component re-renders only when
 * that part changes (by `isEqual`, default `Object.is`). Safe in StrictMode (no state of its own to
 * lose) and in server rendering and hydration (it renders `session.getServerSnapshot()` there).
 * Keep the session itself outside components: at module scope, or created once in a provider.
 *
 * @example
 * const status = useSession(session, (snapshot) => snapshot.status)
 * const user = useSession(session, (s) => s.user, (a, b) => a?.id === b?.id)
 *
 * @param session - from `createSession`
 * @param selector - picks the part this component renders; default: the whole snapshot
 * @param isEqual - when a new selection counts as unchanged; default `Object.is`
 */
export function useSession(session: Session): SessionSnapshot
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
