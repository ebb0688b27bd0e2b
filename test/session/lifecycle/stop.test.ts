// @vitest-environment happy-dom
import {
  createSession,
  localStorageAdapter,
  memoryStorage,
  type Session,
  type SessionOptions,
  type StorageAdapter,
} from 'lanyard'
import { createTestAuthServer, type TestAuthServer } from 'lanyard/testing'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'

const KEY = 'lanyard.session'
const HOUR = 3_600_000

/**
 * Everything a session can leave behind: timers (fake, so they can be counted), listeners on window and
 * document (counted by target, type and listener), and BroadcastChannels (counted by construction and close).
 */
function track() {
  const live = new Map<string, number>()
  const listeners = new WeakMap<object, number>()
  let ids = 0
  const idOf = (listener: object) => {
    if (!listeners.has(listener)) listeners.set(listener, ids++)
    return listeners.get(listener)
  }
  const keyOf = (target: string, type: string, listener: unknown) =>
    `${target}:${type}:${typeof listener === 'object' || typeof listener === 'function' ? idOf(listener as object) : listener}`
  for (const [name, target] of [
    ['window', window],
    ['document', document],
  ] as const) {
    const add = target.addEventListener.bind(target)
    const remove = target.removeEventListener.bind(target)
    vi.spyOn(target, 'addEventListener').mockImplementation((type, listener, options) => {
      const key = keyOf(name, type, listener)
      live.set(key, (live.get(key) ?? 0) + 1)
      add(type, listener, options)
    })
    vi.spyOn(target, 'removeEventListener').mockImplementation((type, listener, options) => {
      const key = keyOf(name, type, listener)
      const count = live.get(key) ?? 0
      if (count <= 1) live.delete(key)
      else live.set(key, count - 1)
      remove(type, listener, options)
    })
  }
  const channels: Array<{ name: string; closed: boolean }> = []
  const Original = globalThis.BroadcastChannel
  vi.stubGlobal(
    'BroadcastChannel',
    class Tracked extends Original {
      readonly record: { name: string; closed: boolean }
      constructor(name: string) {
        super(name)
        this.record = { name, closed: false }
        channels.push(this.record)
      }
      override close() {
        this.record.closed = true
        super.close()
      }
    },
  )
  return {
    listeners: () => [...live.keys()],
    types: () => [...live.keys()].map((key) => key.split(':').slice(0, 2).join(':')).sort(),
    openChannels: () => channels.filter((channel) => !channel.closed).map((channel) => channel.name),
    channels,
  }
}

let tracker: ReturnType<typeof track>
const started: Session[] = []

beforeEach(() => {
  vi.useFakeTimers()
  tracker = track()
})

afterEach(() => {
  for (const session of started.splice(0)) session.stop()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  vi.useRealTimers()
  localStorage.clear()
})

function open(options: Partial<SessionOptions> & { server?: TestAuthServer } = {}) {
  const server = options.server ?? createTestAuthServer({ tokenLifetimeSeconds: 7200 })
  const session = createSession({ api: server.api, ...options })
  started.push(session)
  return { server, session }
}

async function signIn(session: Session, server: TestAuthServer) {
  await session.email.sendCode('ada@example.com')
  await session.email.verifyCode(server.lastCode('ada@example.com') as string)
}

/** What must hold after stop(), whatever the state it was called in. */
function expectNothingLeft() {
  expect(vi.getTimerCount()).toBe(0)
  expect(tracker.listeners()).toEqual([])
  expect(tracker.openChannels()).toEqual([])
}

describe('stop() removes every timer, listener and channel the session created', () => {
  test('while loggedIn (default options: localStorage, crossTab, revalidateOnFocus)', async () => {
    const { server, session } = open()
    await signIn(session, server)
    expect(session.getSnapshot().status).toBe('loggedIn')
    // Something to remove: the expiry timers, wake and storage listeners, the channel.
    expect(vi.getTimerCount()).toBeGreaterThan(0)
    expect(tracker.types()).toEqual(
      expect.arrayContaining([
        'document:visibilitychange',
        'window:focus',
        'window:online',
        'window:pageshow',
        'window:storage',
      ]),
    )
    expect(tracker.openChannels()).toEqual([`lanyard:${KEY}`])

    session.stop()
    expectNothingLeft()
  })

  test('as a visitor, right after createSession', () => {
    const { session } = open()
    expect(tracker.listeners().length).toBeGreaterThan(0)
    session.stop()
    expectNothingLeft()
  })

  test('while a request is in flight: its promise rejects, no late state', async () => {
    const { session } = open()
    const sending = session.email.sendCode('ada@example.com')
    expect(session.getSnapshot().step).toBe('emailOtp.sending')
    session.stop()
    await expect(sending).rejects.toMatchObject({ code: 'cancelled' })
    expectNothingLeft()
    await vi.advanceTimersByTimeAsync(1000)
    expect(session.getSnapshot().step).toBe('emailOtp.sending')
  })

  test('while pending (MFA)', async () => {
    const server = createTestAuthServer({ mfa: 'required' })
    const { session } = open({ server })
    await signIn(session, server)
    expect(session.getSnapshot().status).toBe('pending')
    session.stop()
    expectNothingLeft()
  })

  test('after the session expired, and after a logout', async () => {
    const { server, session } = open({ autoRefresh: false })
    await signIn(session, server)
    await vi.advanceTimersByTimeAsync(2 * HOUR)
    expect(session.getSnapshot().status).toBe('expired')
    session.stop()
    expectNothingLeft()

    const other = open({ storageKey: 'other' })
    await signIn(other.session, other.server)
    await other.session.logout()
    other.session.stop()
    expectNothingLeft()
  })

  test('while restoring from an async adapter: nothing is left', async () => {
    let answer: (value: string | null) => void = () => undefined
    const slow: StorageAdapter = {
      getItem: () =>
        new Promise<string | null>((resolve) => {
          answer = resolve
        }),
      setItem: async () => undefined,
      removeItem: async () => undefined,
    }
    const { session } = open({ storage: slow })
    expect(session.getSnapshot().status).toBe('restoring')
    session.stop()
    expectNothingLeft()
    answer(null)
    await vi.advanceTimersByTimeAsync(10)
    expect(session.getSnapshot().status).toBe('restoring')
    expectNothingLeft()
  })

  // A read that settles after stop() must not touch storage: another session (a StrictMode remount,
  // a new instance) may own the key by then.
  test('while restoring from an async adapter; the late read writes nothing', async () => {
    let answer: (value: string | null) => void = () => undefined
    const writes: string[] = []
    const slow: StorageAdapter = {
      getItem: () =>
        new Promise<string | null>((resolve) => {
          answer = resolve
        }),
      setItem: async (key) => void writes.push(`set:${key}`),
      removeItem: async (key) => void writes.push(`remove:${key}`),
    }
    const { session } = open({ storage: slow })
    expect(session.getSnapshot().status).toBe('restoring')
    session.stop()
    expectNothingLeft()
    answer('{corrupt')
    await vi.advanceTimersByTimeAsync(10)
    expect(session.getSnapshot().status).toBe('restoring')
    expect(writes).toEqual([])
    expectNothingLeft()
  })

  test('a 30-day session: its long timer goes too', async () => {
    const server = createTestAuthServer({ tokenLifetimeSeconds: 30 * 24 * 3600 })
    const { session } = open({ server })
    await signIn(session, server)
    session.stop()
    expectNothingLeft()
  })

  test('after stop, nothing fires and nothing is heard', async () => {
    const { server, session } = open({ storage: memoryStorage() })
    await signIn(session, server)
    const events: string[] = []
    for (const type of ['change', 'expiring', 'expired', 'loggedOut', 'error'] as const) {
      session.on(type, () => events.push(type))
    }
    const seen: unknown[] = []
    session.subscribe((snapshot) => seen.push(snapshot))
    const before = session.getSnapshot()
    session.stop()

    await vi.advanceTimersByTimeAsync(3 * HOUR)
    window.dispatchEvent(new Event('focus'))
    document.dispatchEvent(new Event('visibilitychange'))
    // Another tab logs out: a stopped session does not hear it.
    const tab = new BroadcastChannel(`lanyard:${KEY}`)
    tab.postMessage({ kind: 'ended' })
    tab.close()
    await vi.advanceTimersByTimeAsync(100)
    expect(events).toEqual([])
    expect(seen).toEqual([])
    expect(session.getSnapshot()).toBe(before)
    await expect(session.refresh()).rejects.toMatchObject({ code: 'invalid_state' })
    await expect(session.email.sendCode('bob@example.com')).rejects.toMatchObject({ code: 'invalid_state' })
  })

  test('stop() is idempotent', async () => {
    const { server, session } = open()
    await signIn(session, server)
    session.stop()
    session.stop()
    expectNothingLeft()
  })

  test('a logout in progress: stop aborts the background revoke, nothing remains', async () => {
    const server = createTestAuthServer({ tokenLifetimeSeconds: 7200 })
    // The revoke calls as the server receives them, with the signal each was sent with.
    const revokes: AbortSignal[] = []
    const api = {
      ...server.api,
      revoke: (input: { reason: string }, ctx: Parameters<typeof server.api.revoke>[1]) => {
        revokes.push(ctx.signal)
        return server.api.revoke(input, ctx)
      },
    }
    const { session } = open({ server, api })
    await signIn(session, server)
    const { sessionId } = session.getSnapshot()
    const isLive = () => server.sessions().some((s) => s.id === sessionId && s.revokedAt === null)
    // The first attempt fails: without stop() the retry 1 s later would reach the server and end the session.
    server.fail('revoke', { status: 503 }, 1)

    const loggingOut = session.logout()
    session.stop()
    await expect(loggingOut).resolves.toMatchObject({ status: 'loggedOut' })
    expect(revokes).toHaveLength(1)
    expect(revokes[0]?.aborted).toBe(true)
    expectNothingLeft()

    // Long past every back-off step: no retry was sent, so the server session is still live...
    await vi.advanceTimersByTimeAsync(10 * 60_000)
    expect(revokes).toHaveLength(1)
    expect(isLive()).toBe(true)
    // ...and the unfinished revoke waits in storage for the next session there, which finishes it.
    expect(JSON.parse(localStorage.getItem('lanyard.revoke') as string)).toEqual([
      { token: expect.any(String), reason: 'user-intent' },
    ])
    const next = open({ server, api })
    expect(next.session.getSnapshot().status).toBe('visitor')
    await vi.waitFor(() => expect(isLive()).toBe(false))
    expect(revokes).toHaveLength(2)
    expect(localStorage.getItem('lanyard.revoke')).toBeNull()
  })

  test('many sessions started and stopped leave nothing behind', async () => {
    const server = createTestAuthServer()
    for (let i = 0; i < 20; i++) {
      const { session } = open({ server, storage: localStorageAdapter(), storageKey: `k${i % 3}` })
      // Some restore a session an earlier one stored under the same key; the others sign in.
      if (i % 4 === 0 && session.getSnapshot().status === 'visitor') await signIn(session, server)
      session.stop()
    }
    expectNothingLeft()
    expect(tracker.channels.length).toBe(20)
  })
})
