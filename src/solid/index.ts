/**
 * The session's snapshot in Solid, as an accessor.
 *
 * @module lanyard/solid
 */
import { type Accessor, createSignal, getOwner, onCleanup } from 'solid-js'
import type { SessionSnapshot } from '../session/snapshot'
import type { Session } from '../session/types'

/**
 * The session's snapshot as an `Accessor`, updated once per new snapshot and unsubscribed when its
 * owner (the component, or the `createRoot`) is cleaned up. On a server (no `document`) it holds
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
export function useSession(session: Session): Accessor<SessionSnapshot> {
  if (typeof document === 'undefined') return () => session.getServerSnapshot()
  const [snapshot, setSnapshot] = createSignal(session.getSnapshot())
  const unsubscribe = session.subscribe((next) => setSnapshot(() => next))
  if (getOwner()) onCleanup(unsubscribe)
  return snapshot
}
