import { createNanoEvents } from 'nanoevents'
import { type Actor, createActor } from 'xstate'
import type { AuthApi, AuthSettings, WalletAccount, WalletConnector } from './api/types'
import { SessionError } from './errors'
import { sessionMachine } from './machine/sessionMachine'
import type { EndReason, SessionDeps, SessionEvent } from './machine/types'
import { createSnapshots, locate, type MachineSnapshot, type SessionSnapshot } from './snapshot'
import { defaultStorage } from './storage/defaultStorage'
import { memoryStorage } from './storage/memoryStorage'
import { parseRecord, recordKey, type StoredSession, serializeRecord } from './storage/record'
import type { StorageAdapter } from './storage/types'
import { createTabSync } from './sync/crossTab'
import { onWake } from './sync/wake'
import { armAt } from './timers'
import { type Auth, type Requirement, unseal } from './token/auth'
import type { User } from './token/claims'

export type { SessionSnapshot, SessionStatus } from './snapshot'

/** Options of {@link createSession}. */
export interface SessionOptions {
  /** The transport: `createHttpApi({...})`, or `server.api` from `lanyard/testing`. */
  api: AuthApi
  /** Default: `localStorageAdapter()` when usable, else `memoryStorage()`. */
  storage?: StorageAdapter
  /** Default 'lanyard'; every key is prefixed with it. */
  storageKey?: string
  /** 'cookie': the server keeps the JWT in an httpOnly cookie; `getToken()` is null and storage keeps only a hint. */
  tokenStorage?: 'in-app' | 'cookie'
  /** Default true in browsers (windows, workers), false in Node: login, logout and refresh reach other tabs. */
  crossTab?: boolean
  /** Default 60: emit `expiring` this long before the end. */
  expiringNoticeSeconds?: number
  /** Default true: on focus, at most once a minute, `refresh()` to learn of revocation. */
  revalidateOnFocus?: boolean
  /** SIWE message fields; default from `location`. */
  siwe?: { domain?: string; uri?: string; statement?: string }
  /** Passed to XState (e.g. `@statelyai/inspect`). */
  inspect?: (event: unknown) => void
}

/** The events of `session.on`, with their payloads. */
export interface SessionEvents {
  change: (snapshot: SessionSnapshot) => void
  authenticated: (payload: { user: User }) => void
  loggedIn: (payload: { user: User }) => void
  pending: (payload: { pending: ReadonlyArray<Requirement> }) => void
  expiring: (payload: { expiresAt: number; secondsLeft: number }) => void
  expired: (payload: {}) => void
  loggedOut: (payload: { reason: EndReason }) => void
  tokenChanged: (payload: { expiresAt: number | null }) => void
  userChanged: (payload: { user: User | null }) => void
  walletCreated: (payload: { wallet: WalletAccount }) => void
  error: (payload: { error: SessionError }) => void
}

/** The session: read its snapshot, call its actions, listen to its events. */
/**
 * A session: read its snapshot, call its actions, listen to its events. Every action returns a
 * promise that settles after the state it caused is committed: it resolves with the new snapshot
 * (unless noted) and rejects with a `SessionError` (`invalid_state` when the current status cannot
 * take it, `invalid_input` for bad input; neither changes anything).
 */
export interface Session {
  /** The current snapshot: frozen, and the same object until something visible changes. */
  getSnapshot(): SessionSnapshot
  /**
   * Calls `listener` once per new snapshot, after the change is committed.
   * @example const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot)
   * @returns a function that removes the listener
   */
  subscribe(listener: (snapshot: SessionSnapshot) => void): () => void
  /**
   * Listens to one of the {@link SessionEvents}.
   * @example const unbind = session.on('loggedOut', ({ reason }) => showGoodbye(reason))
   */
  on<TEvent extends keyof SessionEvents>(event: TEvent, handler: SessionEvents[TEvent]): () => void
  /** The first settled snapshot (after `restoring`; in cookie mode, after the server confirmed the session). */
  readonly ready: Promise<SessionSnapshot>
  /** The underlying XState actor, for power users and the inspector. */
  readonly actor: Actor<typeof sessionMachine>
  /** Email one-time codes. */
  email: {
    /** visitor, expired, loggedOut → `authenticating` step `emailOtp.awaitingCode`. */
    sendCode(email: string): Promise<SessionSnapshot>
    /** A new code for the same verification; `rate_limited` (with `retryAfter`) when too soon. */
    resendCode(): Promise<SessionSnapshot>
    /** → `pending` or `loggedIn`; a wrong code keeps the form (`invalid_code`). */
    verifyCode(code: string): Promise<SessionSnapshot>
  }
  /** SMS one-time codes, as `email`; phone numbers in international format (`+14155550123`). */
  sms: {
    sendCode(phone: string): Promise<SessionSnapshot>
    resendCode(): Promise<SessionSnapshot>
    verifyCode(code: string): Promise<SessionSnapshot>
  }
  /** Ethereum wallets. */
  wallet: {
    /** Connect only (no signature, no JWT): adds to `visitorWallets`. Resolves with the account. */
    connect(connector: WalletConnector): Promise<WalletAccount>
    /** Signs an EIP-4361 message with the connector, or with the first visitor wallet when none is given. */
    signIn(connector?: WalletConnector): Promise<SessionSnapshot>
    /** Removes a visitor wallet. */
    disconnect(address: string): Promise<SessionSnapshot>
    /** While loggedIn: proves another wallet; the token is replaced and the session continues. */
    link(connector: WalletConnector): Promise<SessionSnapshot>
  }
  /** The `mfa` requirement. */
  mfa: {
    /** For a user without an authenticator: resolves with the secret and an `otpauth://` URI for a QR code. */
    enrollTotp(): Promise<{ secret: string; otpauthUri: string }>
    /** → the next requirement, or loggedIn (the token now has `user:basic`). */
    verifyTotp(code: string): Promise<SessionSnapshot>
  }
  /** The `info` requirement: `info.submit({ alias: 'ada' })`; server-side validation errors keep the step. */
  info: { submit(fields: Record<string, string>): Promise<SessionSnapshot> }
  /** Retries a failed embedded wallet (`wallet.failed`), or adds one while loggedIn. */
  embeddedWallet: { create(): Promise<SessionSnapshot> }
  /**
   * A new token and user from the server (pending, loggedIn). Concurrent calls share one request, and
   * tabs share one refresh. A 401 ends the session (`session-revoked`); a network error keeps it.
   */
  refresh(): Promise<SessionSnapshot>
  /**
   * Clears token, user, visitor wallets and storage, tells other tabs, and resolves once `loggedOut`
   * is committed; the server's revoke runs in the background and never makes it fail.
   */
  logout(): Promise<SessionSnapshot>
  /** Abandons the sign-in flow in progress (its promise rejects with `cancelled`); does nothing otherwise. */
  cancel(): void
  /** The raw JWT, or null (always null with `tokenStorage: 'cookie'`). Never part of a snapshot or event. */
  getToken(): string | null
  /** Whether the current JWT's scope includes `scope`. */
  hasScope(scope: string): boolean
  /** Removes every timer, listener and channel the session created; later actions reject. */
  stop(): void
}

interface Waiter {
  type: SessionEvent['type']
  /** Busy state nodes the action entered: it settles when none of them is active any more. */
  nodes: string[]
  before: SessionError | null
  resolve(snapshot: MachineSnapshot): void
  reject(error: SessionError): void
}

const MINUTE = 60_000

const inBrowser = () =>
  typeof (globalThis as { document?: unknown }).document === 'object' ||
  typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope === 'function'
const ENDED: ReadonlySet<string> = new Set(['expired', 'loggedOut'])

const invalidInput = (message: string) => new SessionError('invalid_input', message)
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const PHONE = /^\+[1-9]\d{6,14}$/
const CODE = /^[0-9A-Za-z]{4,12}$/

const busyNodes = (snapshot: MachineSnapshot): string[] =>
  (snapshot as unknown as { _nodes: Array<{ id: string; tags: string[] }> })._nodes
    .filter((node) => node.tags.includes('busy'))
    .map((node) => node.id)

const isThenable = (value: unknown): value is Promise<unknown> =>
  typeof (value as { then?: unknown } | null)?.then === 'function'

const storageError = (cause: unknown) =>
  cause instanceof SessionError && cause.code === 'storage_unavailable'
    ? cause
    : new SessionError(
        'storage_unavailable',
        'The session storage is not usable (blocked or full); this session is kept in memory and will not survive a reload.',
        { cause },
      )

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
  const { api } = options
  if (!api || typeof api.refresh !== 'function') {
    throw invalidInput(
      'createSession needs `api`: pass createHttpApi({ baseUrl, environmentId }) or server.api.',
    )
  }
  const cookieMode = options.tokenStorage === 'cookie'
  const key = recordKey(options.storageKey ?? 'lanyard')
  const now = () => Date.now()
  const lifetime = new AbortController()
  const emitter = createNanoEvents<SessionEvents>()
  const cleanups: Array<() => void> = []
  let storage = options.storage ?? defaultStorage()
  let actorRef: Actor<typeof sessionMachine> | undefined
  let constructing = true
  /** Problems found while constructing are heard by `on('error')` registered right after `createSession`. */
  const report = (error: SessionError) => {
    if (constructing) queueMicrotask(() => emitter.emit('error', { error }))
    else emitter.emit('error', { error })
  }

  // --- storage ---------------------------------------------------------------------------------

  const degrade = (cause: unknown) => {
    storage = memoryStorage()
    const auth = actorRef?.getSnapshot().context.auth
    if (auth) storage.setItem(key, serializeRecord(auth), { expiresAt: auth.expiresAt })
    report(storageError(cause))
  }
  const guardWrite = (write: () => void | Promise<void>) => {
    try {
      const result = write()
      if (isThenable(result)) result.catch(degrade)
    } catch (cause) {
      degrade(cause)
    }
  }
  /** Reads and checks the record; removes it when it cannot (or can no longer) hold a session. */
  const settle = (raw: string | null): StoredSession => {
    const stored = parseRecord(raw, now(), cookieMode)
    if (stored.kind === 'bad' || stored.kind === 'ended') guardWrite(() => storage.removeItem(key))
    return stored
  }

  let stored: StoredSession | { kind: 'async' }
  let pendingRead: Promise<string | null> | null = null
  try {
    const raw = storage.getItem(key)
    if (isThenable(raw)) {
      pendingRead = raw
      stored = { kind: 'async' }
    } else stored = settle(raw)
  } catch (cause) {
    storage = memoryStorage()
    stored = { kind: 'bad', error: storageError(cause) }
  }

  // --- dependencies of the machine -----------------------------------------------------------------

  let settings: Promise<AuthSettings> | null = null
  const deps: SessionDeps = {
    api,
    cookieMode,
    now,
    settings() {
      settings ??= api.getSettings({ signal: lifetime.signal, token: null }).then(
        (value) => ({
          embeddedWallets: { createOnSignup: value?.embeddedWallets?.createOnSignup === true },
          requiredFields: Array.isArray(value?.requiredFields) ? value.requiredFields : [],
        }),
        (error) => {
          settings = null
          throw error
        },
      )
      return settings
    },
    async restore(signal) {
      try {
        const raw = await (pendingRead as Promise<string | null>)
        // Stopped meanwhile (a remount): another session may own the key now; touch nothing.
        return signal.aborted ? { kind: 'none' } : settle(raw)
      } catch (cause) {
        storage = memoryStorage()
        return { kind: 'bad', error: storageError(cause) }
      }
    },
    revoke(token, reason) {
      if (token === null && !cookieMode) return
      api.revoke({ reason }, { signal: lifetime.signal, token: unseal(token) }).catch(() => undefined)
    },
    refreshShared: (current, signal, refresh) => tabs.refreshShared(current, signal, refresh),
    onWake,
    armAt: (deadline, callback) => armAt(deadline, now, callback),
    siwe: {
      domain: options.siwe?.domain ?? globalThis.location?.host ?? 'localhost',
      uri: options.siwe?.uri ?? globalThis.location?.origin ?? 'http://localhost',
      statement: options.siwe?.statement,
    },
    expiringNoticeMs: (options.expiringNoticeSeconds ?? 60) * 1000,
  }

  // --- the actor and its public snapshot ---------------------------------------------------------

  const actor = createActor(sessionMachine, {
    input: { deps, stored },
    ...(options.inspect ? { inspect: options.inspect } : {}),
  })
  actorRef = actor

  const derive = createSnapshots()
  let current: SessionSnapshot
  let currentAuth: Auth | null = null

  // --- persistence and other tabs -----------------------------------------------------------------

  const tabs = createTabSync({
    key,
    cookieMode,
    // Only in browsers (windows and workers): a Node process serving several users must never let
    // one user's session adopt another's over a process-wide BroadcastChannel.
    crossTab: options.crossTab ?? inBrowser(),
    now,
    storage: () => storage,
    write: (write) => guardWrite(() => write(storage)),
    initial: stored.kind === 'auth' ? stored.auth : null,
    auth: () => actor.getSnapshot().context.auth,
    adopt(auth) {
      // A flow without a session (a sign-in, a wallet connecting) is moot once another tab signed in.
      if (!current.isAuthenticated) rejectWaiters('Another tab signed in meanwhile.')
      actor.send({ type: 'sync.adopt', auth })
    },
    end: (expired) =>
      actor.send(expired ? { type: 'token.expired' } : { type: 'sync.ended', reason: 'other-tab' }),
  })
  cleanups.push(tabs.stop)

  // --- notifications --------------------------------------------------------------------------------

  const listeners = new Set<(snapshot: SessionSnapshot) => void>()
  const emitted: Array<{ type: string } & Record<string, unknown>> = []
  const waiters = new Set<Waiter>()
  const rejectWaiters = (message: string) => {
    for (const waiter of waiters) waiter.reject(new SessionError('cancelled', message))
    waiters.clear()
  }

  const flushEmitted = () => {
    while (emitted.length > 0) {
      const { type, ...payload } = emitted.shift() as { type: keyof SessionEvents }
      ;(emitter.emit as (event: string, payload: unknown) => void)(type, payload)
    }
  }

  const announce = (
    previous: SessionSnapshot,
    next: SessionSnapshot,
    before: Auth | null,
    after: Auth | null,
  ) => {
    for (const listener of [...listeners]) listener(next)
    emitter.emit('change', next)
    flushEmitted()
    if (!previous.isAuthenticated && next.isAuthenticated && next.user)
      emitter.emit('authenticated', { user: next.user })
    if (previous.status !== 'loggedIn' && next.status === 'loggedIn' && next.user) {
      emitter.emit('loggedIn', { user: next.user })
    }
    if (next.status === 'pending' && (previous.status !== 'pending' || previous.pending !== next.pending)) {
      emitter.emit('pending', { pending: next.pending })
    }
    // Every Auth comes from a new token (issued, replaced, adopted) or its end; in cookie mode too.
    if (before !== after) emitter.emit('tokenChanged', { expiresAt: next.expiresAt })
    if (previous.user !== next.user) emitter.emit('userChanged', { user: next.user })
    if (next.error && next.error !== previous.error) emitter.emit('error', { error: next.error })
  }

  const settleWaiters = (state: MachineSnapshot) => {
    if (waiters.size === 0) return
    const active = new Set(busyNodes(state))
    for (const waiter of [...waiters]) {
      if (waiter.nodes.some((node) => active.has(node))) continue
      waiters.delete(waiter)
      const { error, endReason } = state.context
      const { status } = locate(state.value)
      if (ENDED.has(status) && waiter.type !== 'session.logout') {
        waiter.reject(
          error && error !== waiter.before
            ? error
            : new SessionError(
                'cancelled',
                `The session ended (${endReason}) before this finished. Sign in again.`,
              ),
        )
      } else if (error && error !== waiter.before) waiter.reject(error)
      else waiter.resolve(state)
    }
  }

  // XState queues events sent while it notifies observers: an action called from a listener must
  // wait until the notification is over, or it would settle before its event is even processed.
  let notifying = false
  const onSnapshot = (state: MachineSnapshot) => {
    notifying = true
    try {
      notifySnapshot(state)
    } finally {
      notifying = false
    }
  }
  const notifySnapshot = (state: MachineSnapshot) => {
    const previous = current
    const next = derive(state, previous)
    const before = currentAuth
    const after = state.context.auth
    if (after !== before) {
      currentAuth = after
      tabs.persist(after, state.context.endReason)
    }
    if (next !== previous) {
      current = next
      announce(previous, next, before, after)
    } else if (after !== before) {
      emitter.emit('tokenChanged', { expiresAt: next.expiresAt })
    }
    flushEmitted()
    settleWaiters(state)
  }

  actor.on('*', (event) => {
    emitted.push(event as { type: string })
    queueMicrotask(flushEmitted)
  })

  actor.start()
  const initial = actor.getSnapshot()
  current = derive(initial, undefined)
  currentAuth = initial.context.auth
  const subscription = actor.subscribe({ next: onSnapshot, error: () => undefined })
  cleanups.push(() => subscription.unsubscribe())
  flushEmitted()
  // Problems found while constructing (bad record, unusable storage) are heard by `on('error')` right after.
  if (current.error) {
    const error = current.error
    queueMicrotask(() => emitter.emit('error', { error }))
  }

  // --- actions ------------------------------------------------------------------------------------

  let stopped = false

  const send = (event: SessionEvent): Promise<MachineSnapshot> => {
    if (notifying) return Promise.resolve().then(() => send(event))
    if (stopped)
      return Promise.reject(new SessionError('invalid_state', 'The session was stopped. Create a new one.'))
    const state = actor.getSnapshot()
    if (!state.can(event)) {
      const { status, step } = locate(state.value)
      return Promise.reject(
        new SessionError(
          'invalid_state',
          `"${event.type}" cannot be done while the session is ${status}${step ? ` (${step})` : ''}. Check snapshot.status first.`,
        ),
      )
    }
    return new Promise((resolve, reject) => {
      const busyBefore = new Set(busyNodes(state))
      const waiter: Waiter = { type: event.type, nodes: [], before: state.context.error, resolve, reject }
      actor.send(event)
      waiter.nodes = busyNodes(actor.getSnapshot()).filter((node) => !busyBefore.has(node))
      waiters.add(waiter)
      settleWaiters(actor.getSnapshot())
    })
  }
  /**
   * Sends an action's event. The state is checked first (`invalid_state`), then the input
   * (`problem`: the message naming the fix, or false when the input is fine): neither changes anything.
   */
  const run = (event: SessionEvent, problem: string | false = false): Promise<MachineSnapshot> =>
    problem && !stopped && actor.getSnapshot().can(event)
      ? Promise.reject(invalidInput(problem))
      : send(event)
  const act = (event: SessionEvent, problem?: string | false) => run(event, problem).then(() => current)

  const otpActions = (channel: 'email' | 'sms') => ({
    sendCode(target: string) {
      const value = typeof target === 'string' ? target.trim() : ''
      const phone = value.replace(/[\s().-]/g, '')
      return channel === 'email'
        ? act(
            { type: 'email.send', email: value.toLowerCase() },
            !(EMAIL.test(value) && value.length <= 254) && 'Enter an email address like name@example.com.',
          )
        : act(
            { type: 'sms.send', phone },
            !PHONE.test(phone) && 'Enter a phone number in international format, like +14155550123.',
          )
    },
    resendCode: () => act({ type: `${channel}.resend` }),
    verifyCode(code: string) {
      const value = typeof code === 'string' ? code.trim() : ''
      return act(
        { type: `${channel}.verify`, code: value },
        !CODE.test(value) && 'Enter the code from the message (letters and digits only).',
      )
    },
  })

  const connectorProblem = (connector: unknown) =>
    !(
      typeof connector === 'object' &&
      connector !== null &&
      typeof (connector as WalletConnector).name === 'string' &&
      typeof (connector as WalletConnector).connect === 'function' &&
      typeof (connector as WalletConnector).signMessage === 'function'
    ) && 'Pass a wallet connector: { name, connect(), signMessage(message, address) }.'

  let refreshing: Promise<SessionSnapshot> | null = null
  const refresh = (): Promise<SessionSnapshot> => {
    refreshing ??= act({ type: 'session.refresh' }).finally(() => {
      refreshing = null
    })
    return refreshing
  }

  // Cookie mode holds no token to read: confirm a restored hint with the server before trusting it.
  let endReady: () => void = () => undefined
  const ready = new Promise<SessionSnapshot>((resolve) => {
    endReady = () => resolve(current)
    const done = () => {
      if (current.status === 'restoring') return false
      const confirm = cookieMode && current.isAuthenticated
      resolve(
        confirm
          ? refresh().then(
              () => current,
              () => current,
            )
          : current,
      )
      return true
    }
    if (!done()) {
      const unsubscribe = subscribe(() => {
        if (done()) unsubscribe()
      })
    }
  })

  // Revalidate on focus: learn of a server-side revocation when the user comes back.
  if (options.revalidateOnFocus ?? true) {
    let last = now()
    cleanups.push(
      onWake(() => {
        if (now() - last < MINUTE || !actor.getSnapshot().can({ type: 'session.refresh' })) return
        last = now()
        refresh().catch(() => undefined)
      }),
    )
  }

  function subscribe(listener: (snapshot: SessionSnapshot) => void) {
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  }

  constructing = false
  return {
    getSnapshot: () => current,
    subscribe,
    on: (event, handler) => emitter.on(event, handler),
    ready,
    actor,
    email: otpActions('email'),
    sms: otpActions('sms'),
    wallet: {
      connect: (connector) =>
        run({ type: 'wallet.connect', connector }, connectorProblem(connector)).then(
          (state) => state.context.reply as WalletAccount,
        ),
      signIn(connector) {
        const { status, visitorWallets } = current
        if (
          connector === undefined &&
          visitorWallets.length === 0 &&
          (status === 'visitor' || ENDED.has(status))
        ) {
          return Promise.reject(
            invalidInput('Pass a wallet connector, or connect a wallet first with wallet.connect().'),
          )
        }
        return act(
          { type: 'wallet.signIn', connector },
          connector !== undefined && connectorProblem(connector),
        )
      },
      disconnect: (address) =>
        act(
          { type: 'wallet.disconnect', address },
          !(typeof address === 'string' && address.length > 0) && 'Pass the address of a connected wallet.',
        ),
      link: (connector) => act({ type: 'wallet.link', connector }, connectorProblem(connector)),
    },
    mfa: {
      enrollTotp: () =>
        run({ type: 'mfa.enroll' }).then((state) => {
          const { secret, otpauthUri } = state.context.reply as { secret: string; otpauthUri: string }
          return { secret, otpauthUri }
        }),
      verifyTotp(code) {
        const value = typeof code === 'string' ? code.replace(/\s/g, '') : ''
        return act(
          { type: 'mfa.verify', code: value },
          !/^\d{6,8}$/.test(value) && 'Enter the 6-digit code from the authenticator app.',
        )
      },
    },
    info: {
      submit(fields) {
        const entries = typeof fields === 'object' && fields !== null ? Object.entries(fields) : []
        const valid =
          entries.length > 0 &&
          entries.every(
            ([, value]) => typeof value === 'string' && value.trim() !== '' && value.length <= 1000,
          )
        return act(
          {
            type: 'info.submit',
            fields: valid ? Object.fromEntries(entries.map(([k, v]) => [k, v.trim()])) : {},
          },
          !valid && 'Fill in every required field (non-empty text).',
        )
      },
    },
    embeddedWallet: { create: () => act({ type: 'embeddedWallet.create' }) },
    refresh() {
      if (refreshing) return refreshing
      return refresh()
    },
    logout() {
      if (stopped) return send({ type: 'session.logout' }).then(() => current)
      rejectWaiters('Logged out before this finished.')
      if (current.status === 'restoring') {
        // The async read has not given us the session yet: once it has, revoke what it held and remove it.
        pendingRead
          ?.then((raw) => {
            const found = parseRecord(raw, now(), cookieMode)
            if (found.kind === 'auth') deps.revoke(found.auth.token, 'user-intent')
            guardWrite(() => storage.removeItem(key))
          })
          .catch(() => undefined)
      }
      return act({ type: 'session.logout' })
    },
    cancel() {
      if (stopped || !actor.getSnapshot().can({ type: 'flow.cancel' })) return
      rejectWaiters('The sign-in was cancelled.')
      actor.send({ type: 'flow.cancel' })
    },
    getToken: () => unseal(actor.getSnapshot().context.auth?.token),
    hasScope: (scope) => actor.getSnapshot().context.auth?.user.scopes.includes(scope) ?? false,
    stop() {
      if (stopped) return
      stopped = true
      endReady()
      rejectWaiters('The session was stopped.')
      for (const cleanup of cleanups.splice(0)) cleanup()
      actor.stop()
      lifetime.abort()
      listeners.clear()
    },
  }
}
