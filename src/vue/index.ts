/**
 * The session's snapshot in Vue, as a read-only `shallowRef`.
 *
 * @module lanyard/vue
 */
import {
  getCurrentScope,
  type InjectionKey,
  inject,
  onScopeDispose,
  type Plugin,
  provide,
  type ShallowRef,
  shallowReadonly,
  shallowRef,
} from 'vue'
import { inBrowser } from '../session/inBrowser'
import type { SessionSnapshot } from '../session/snapshot'
import type { Session } from '../session/types'

const SESSION: InjectionKey<Session> = Symbol('lanyard session')

/**
 * A Vue plugin that provides `session` to the whole app, so that `useSession()` needs no argument.
 * On a server, create the app and its session (with the page's `hint`) once per request.
 *
 * @example
 * ```ts
 * createApp(App).use(sessionPlugin(session)).mount('#app')
 * ```
 *
 * @param session - from `createSession`
 */
export function sessionPlugin(session: Session): Plugin {
  return { install: (app) => void app.provide(SESSION, session) }
}

/**
 * Provides `session` to the calling component's descendants (call it in `setup`), for part of an app.
 *
 * @example
 * ```ts
 * // in a parent component's setup():
 * provideSession(session)
 * ```
 *
 * @param session - from `createSession`
 */
export function provideSession(session: Session): void {
  provide(SESSION, session)
}

/** The provided session; throws, naming the fix, when none was provided. */
function provided(hook: string): Session {
  const session = inject(SESSION, null)
  if (!session) throw new Error(`${hook} needs app.use(sessionPlugin(session)) or provideSession().`)
  return session
}

/**
 * The session given to {@link sessionPlugin} or {@link provideSession} above this component, for the
 * components that call its actions (`email.sendCode`, `logout`...). Call it in `setup`. Throws when
 * none was provided.
 *
 * @example
 * ```ts
 * // in <script setup>:
 * const session = useSessionContext()
 * // template: <button @click="session.logout()">Log out</button>
 * ```
 */
export function useSessionContext(): Session {
  return provided('useSessionContext()')
}

/**
 * The snapshot of the session given to {@link sessionPlugin} or {@link provideSession} above this
 * component, as `useSession(session)` gives it. Throws when none was provided.
 *
 * @example
 * ```ts
 * // in setup():
 * const snapshot = useSession()
 * ```
 */
export function useSession(): Readonly<ShallowRef<SessionSnapshot>>
/**
 * The session's snapshot as a read-only `shallowRef`, updated once per new snapshot and
 * unsubscribed when the effect scope it was made in ends (the component unmounts). On a server
 * (neither a `document` nor a worker) it holds `session.getServerSnapshot()`.
 *
 * @example
 * ```ts
 * const snapshot = useSession(session)
 * // template: <p v-if="snapshot.isLoggedIn">{{ snapshot.user.email }}</p>
 * ```
 *
 * @param session - from `createSession`
 */
export function useSession(session: Session): Readonly<ShallowRef<SessionSnapshot>>
export function useSession(given?: Session): Readonly<ShallowRef<SessionSnapshot>> {
  const session = given ?? provided('useSession()')
  if (!inBrowser()) return shallowReadonly(shallowRef(session.getServerSnapshot()))
  const snapshot = shallowRef(session.getSnapshot())
  const unsubscribe = session.subscribe((next) => {
    snapshot.value = next
  })
  if (getCurrentScope()) onScopeDispose(unsubscribe)
  return shallowReadonly(snapshot)
}
