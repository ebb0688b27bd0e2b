import { createNanoEvents } from 'nanoevents'
import { SessionError } from '../errors'
import { defaultStorage } from '../storage/defaultStorage'
import { recordKey } from '../storage/record'
import { createStore } from '../storage/store'
import { createRefreshLock } from '../sync/refreshLock'
import { createTabs } from '../sync/tabs'
import { unseal } from '../token/auth'
import { lifecycleActions } from './actions/lifecycle'
import { otpActions } from './actions/otp'
import { embeddedWalletActions, infoActions, mfaActions } from './actions/pending'
import { walletActions } from './actions/wallet'
import { createCore } from './core'
import { inBrowser, machineDeps } from './deps'
import { authFromSessionHint, serverSnapshot, startingPoint } from './hint'
import { createReady } from './ready'
import { createRevoker } from './revoker'
import { createSteps } from './steps'
import { connectTabs } from './tabSync'
import type { Session, SessionEvents, SessionOptions } from './types'

/**
 * Creates a session: starts the statechart, restores a stored session (synchronously where the storage
 * allows), and exposes the actions a login UI calls and the snapshot it renders.
 *
 * @example
 * const session = createSession({ api: createHttpApi({ baseUrl, environmentId }) })
 * session.subscribe((snapshot) => render(snapshot))
 * await session.email.sendCode('ada@example.com')
 * await session.email.verifyCode('123456')
 *
 * @param options - see {@link SessionOptions}; only `api` is required
 */
export function createSession(options: SessionOptions): Session {
  if (!options?.api || typeof options.api.refresh !== 'function') {
    throw new SessionError(
      'invalid_input',
      'createSession needs `api`: pass createHttpApi({ baseUrl, environmentId }) or server.api.',
    )
  }
  const storageKey = options.storageKey ?? 'lanyard'
  const key = recordKey(storageKey)
  const cookieMode = options.tokenStorage === 'cookie'
  const hint = authFromSessionHint(options.hint)
  const now = () => Date.now()
  const lifetime = new AbortController()
  const emitter = createNanoEvents<SessionEvents>()
  let starting = true
  // Problems found while starting are heard by `on('error')` registered right after `createSession`.
  const report = (error: SessionError) =>
    starting ? queueMicrotask(() => emitter.emit('error', { error })) : emitter.emit('error', { error })

  const store = createStore({ storage: options.storage ?? defaultStorage(), key, cookieMode, now, report })
  // Only in browsers (windows and workers): a Node process serving several users must never let one
  // user's session adopt another's over a process-wide BroadcastChannel. Per-tab storage stays per tab.
  const shared = (options.crossTab ?? inBrowser()) && store.adapter.perTab !== true
  const tabs = shared ? createTabs(key, store.adapter.subscribe?.bind(store.adapter)) : null
  const lock = createRefreshLock({ key, tabs, now, fresher: store.fresher, save: store.save })
  const revoker = createRevoker({
    api: options.api,
    storage: () => store.adapter,
    key: `${storageKey}.revoke`,
    cookieMode,
    lifetime: lifetime.signal,
  })
  const deps = machineDeps(options, { store, lock, revoker, lifetime: lifetime.signal, now })

  let persist: ReturnType<typeof connectTabs> = () => undefined
  const core = createCore(
    { deps, stored: startingPoint(store, hint, cookieMode, now(), lifetime.signal) },
    emitter,
    {
      onAuth: (auth, state) => persist(auth, state.context.endReason),
      onCommit: (state) => steps.settle(state),
    },
    options.inspect,
  )
  const steps = createSteps(core)
  const ctx = { steps, core }
  persist = connectTabs({
    store,
    tabs,
    now,
    auth: () => core.actor.getSnapshot().context.auth,
    signedInElsewhere: () => steps.cancelAll('Another tab signed in meanwhile.'),
    send: (event) => core.actor.send(event),
  })
  const lifecycle = lifecycleActions(ctx, store, deps)
  const ready = createReady(core, cookieMode, lifecycle.refresh)
  starting = false
  // Revokes an earlier page left unfinished, once the session knows whether it holds one again.
  ready.promise.then((snapshot) => steps.stopped || revoker.resume(snapshot.isAuthenticated))

  return {
    getSnapshot: core.current,
    subscribe: core.subscribe,
    getServerSnapshot: serverSnapshot(deps, hint),
    on: (event, handler) => emitter.on(event, handler),
    ready: ready.promise,
    actor: core.actor,
    email: otpActions(ctx, 'email'),
    sms: otpActions(ctx, 'sms'),
    wallet: walletActions(ctx),
    mfa: mfaActions(ctx),
    info: infoActions(ctx),
    embeddedWallet: embeddedWalletActions(ctx),
    ...lifecycle,
    getToken: () => unseal(core.actor.getSnapshot().context.auth?.token),
    hasScope: (scope) => core.actor.getSnapshot().context.auth?.user.scopes.includes(scope) ?? false,
    stop() {
      if (steps.stopped) return
      steps.stop()
      ready.end()
      steps.cancelAll('The session was stopped.')
      tabs?.stop()
      core.stop()
      lifetime.abort()
    },
  }
}
