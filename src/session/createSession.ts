import { createNanoEvents } from 'nanoevents'
import { SessionError } from '../errors'
import { unseal } from '../token/auth'
import { bindActions, type Namespaces } from './actions'
import { lifecycleActions } from './actions/lifecycle'
import { type Core, createCore } from './core'
import { guarded } from './guarded'
import { authFromSessionHint, serverSnapshot, startingPoint } from './hint'
import { createReady } from './ready'
import { resumeRevokes } from './revoker'
import { Services } from './services'
import { Steps } from './steps'
import { connectTabs } from './tabSync'
import type { Session, SessionEvents, SessionOptions } from './types'

/** `api` is required: a session without one cannot start. */
function assertApi(options: SessionOptions): void {
  if (!options?.api || typeof options.api.refresh !== 'function') {
    throw new SessionError(
      'invalid_input',
      process.env.NODE_ENV !== 'production'
        ? 'createSession needs `api`: pass createHttpApi({ baseUrl, environmentId }) or server.api.'
        : '',
    )
  }
}

/** The session's raw JWT, or with `scope` a live step-up token of that scope (in memory only). */
function readToken(core: Core, now: () => number, options?: { scope: string }): string | null {
  const { context } = core.actor.getSnapshot()
  if (!options) return unseal(context.auth?.token)
  // A step-up token: in memory only, and only while it lives.
  const entry = context.elevated[options.scope]
  return entry && entry.expiresAt > now() ? unseal(entry.token) : null
}

/** Stops once: pending actions rejected, tabs, actor, timers and storage released. */
function stopSession(
  steps: Steps,
  ready: ReturnType<typeof createReady>,
  core: Core,
  services: Services,
): void {
  if (steps.stopped) return
  steps.stop()
  ready.end()
  steps.cancelAll(process.env.NODE_ENV !== 'production' ? 'The session was stopped.' : '')
  services.tabs?.stop()
  core.stop()
  services.end()
}

/**
 * Creates a session: starts the statechart, restores a stored session (synchronously where the storage
 * allows), and exposes the actions a login UI calls and the snapshot it renders.
 *
 * @example
 * ```ts
 * const session = createSession({ api: createHttpApi({ baseUrl, environmentId }) })
 * session.subscribe((snapshot) => render(snapshot))
 * await session.email.sendCode('ada@example.com')
 * await session.email.verifyCode('123456')
 * ```
 *
 * @param options - see {@link SessionOptions}; only `api` is required
 */
export function createSession(options: SessionOptions): Session {
  assertApi(options)
  const emitter = createNanoEvents<SessionEvents>()
  let starting = true
  // Problems found while starting are heard by `on('error')` registered right after `createSession`;
  // later ones land in `snapshot.error` (and so the `error` event) while the session goes on in memory.
  const report = (error: SessionError) =>
    starting
      ? queueMicrotask(() => emitter.emit('error', { error }))
      : steps.stopped || core.actor.send({ type: 'storage.failed', error })
  const services = new Services(options, report)
  const { cookieMode, store } = services
  const hint = authFromSessionHint(options.hint)

  let persist: ReturnType<typeof connectTabs> = () => undefined
  const core = createCore(
    {
      deps: services,
      stored: startingPoint(store, hint, cookieMode, services.now(), () => services.lifetime),
    },
    emitter,
    {
      onAuth: (auth, state) => persist(auth, state.context.endReason),
      onCommit: (state) => steps.settle(state),
    },
    options.inspect,
  )
  const steps = new Steps(core)
  const ctx = { steps, core }
  persist = connectTabs(services, ctx)
  const lifecycle = lifecycleActions(ctx)
  const ready = createReady(core, cookieMode, lifecycle.refresh)
  starting = false
  // Revokes an earlier page left unfinished, once the session knows whether it holds one again.
  ready.promise.then((snapshot) => steps.stopped || resumeRevokes(services, snapshot.isAuthenticated))

  return bindActions<Omit<Session, keyof Namespaces>>(
    {
      getSnapshot: core.current,
      subscribe: core.subscribe,
      getServerSnapshot: serverSnapshot(services, hint),
      on: (event, handler) =>
        emitter.on(event, guarded(handler as (payload: unknown) => void) as typeof handler),
      ready: ready.promise,
      actor: core.actor,
      ...lifecycle,
      getToken: (options?: { scope: string }) => readToken(core, () => services.now(), options),
      hasScope: (scope) => core.actor.getSnapshot().context.auth?.user.scopes.includes(scope) ?? false,
      stop: () => stopSession(steps, ready, core, services),
    },
    ctx,
    services,
  )
}
