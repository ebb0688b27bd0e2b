/**
 * The session's snapshot in Vue, as a read-only `shallowRef`.
 *
 * @module lanyard/vue
 */
import { getCurrentScope, onScopeDispose, type ShallowRef, shallowReadonly, shallowRef } from 'vue'
import type { SessionSnapshot } from '../session/snapshot'
import type { Session } from '../session/types'

/**
 * The session's snapshot as a read-only `shallowRef`, updated once per new snapshot and
 * unsubscribed when the effect scope it was made in ends (the component unmounts). On a server
 * (no `document`) it holds `session.getServerSnapshot()`.
 *
 * @example
 * ```ts
 * const snapshot = useSession(session)
 * // template: <p v-if="snapshot.isLoggedIn">{{ snapshot.user.email }}</p>
 * ```
 *
 * @param session - from `createSession`
 */
export function useSession(session: Session): Readonly<ShallowRef<SessionSnapshot>> {
  if (typeof document === 'undefined') return shallowReadonly(shallowRef(session.getServerSnapshot()))
  const snapshot = shallowRef(session.getSnapshot())
  const unsubscribe = session.subscribe((next) => {
    snapshot.value = next
  })
  if (getCurrentScope()) onScopeDispose(unsubscribe)
  return shallowReadonly(snapshot)
}
