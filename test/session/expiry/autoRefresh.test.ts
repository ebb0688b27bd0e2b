import { createSession, memoryStorage, type Session, type SessionOptions } from 'lanyard'
import { createTestAuthServer, type TestAuthServer, type TestAuthServerOptions } from 'lanyard/testing'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { countCalls } from '../helpers'
import { createTestLocks } from '../tabSync/webLocks'

const SECOND = 1000
const sessions: Session[] = []

afterEach(() => {
  for (const session of sessions.splice(0)) session.stop()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  vi.useRealTimers()
})

/**
 * A signed-in session against the reference backend with default options (auto-refresh on), its
 * backend refresh calls counted and its events recorded. No app code reacts to anything.
 */
async function signedIn(server: TestAuthServerOptions = {}, options: Partial<SessionOptions> = {}) {
  const backend = createTestAuthServer(server)
  const { api, calls, refreshes } = countCalls(backend.api)
  const session = createSession({ api, storage: memoryStorage(), crossTab: false, ...options })
  sessions.push(session)
  const events: string[] = []
  const errors: string[] = []
  for (const type of ['expiring', 'expired', 'loggedOut', 'tokenChanged'] as const) {
    session.on(type, () => events.push(type))
  }
  session.on('error', ({ error }) => errors.push(error.code))
  await session.email.sendCode('ada@example.com')
  await session.email.verifyCode(backend.lastCode('ada@example.com') as string)
  expect(session.getSnapshot().status).toBe('loggedIn')
  events.length = 0
  return { server: backend, session, events, errors, calls, refreshes }
}

const START = new Date('2030-01-01T00:00:00Z')

/** Fake clock and timeouts; setImmediate stays real, so {@link until} can wait for signing a JWT. */
const fakeTime = () => vi.useFakeTimers({ now: START, toFake: ['setTimeout', 'clearTimeout', 'Date'] })

/** Waits (real time, no timers) until `cond` holds: a refresh's answer needs the crypto thread pool. */
async function until(cond: () => boolean, ms = 5000) {
  const deadline = performance.now() + ms
  while (!cond()) {
    if (performance.now() > deadline) throw new Error('until: the condition never held')
    await new Promise((resolve) => setImmediate(resolve))
  }
}

/** The moments the backend was asked for a refresh, ms after `start`. */
function refreshTimes(server: TestAuthServer, start: number) {
  const times: number[] = []
  const original = server.api.refresh
  server.api.refresh = (ctx) => {
    times.push(Date.now() - start)
    return original(ctx)
  }
  return times
}

describe('a session refreshes itself', () => {
  test('with a 4-second token it is still loggedIn 9 s later, with no app code (real timers)', async () => {
    const { session, events, errors, refreshes } = await signedIn({ tokenLifetimeSeconds: 4 })
    const first = session.getToken()
    await new Promise((resolve) => setTimeout(resolve, 9 * SECOND))
    expect(session.getSnapshot()).toMatchObject({ status: 'loggedIn', step: null, error: null })
    expect(session.getToken()).not.toBe(first)
    expect(session.getSnapshot().expiresAt).toBeGreaterThan(Date.now())
    // Each token of 3 to 4 s is refreshed with a quarter of its lifetime left: 3 or 4 refreshes in 9 s.
    expect(refreshes()).toBeGreaterThanOrEqual(3)
    expect(refreshes()).toBeLessThanOrEqual(4)
    expect(events.filter((type) => type !== 'tokenChanged')).toEqual([])
    expect(errors).toEqual([])
  }, 15_000)

  test('ahead of expiry, with a margin that scales with the lifetime: a quarter, at most 5 minutes', async () => {
    fakeTime()
    const short = await signedIn({ tokenLifetimeSeconds: 8 })
    const at = refreshTimes(short.server, Date.now())
    await vi.advanceTimersByTimeAsync(6 * SECOND - 1)
    expect(at).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(at).toEqual([6 * SECOND])
    short.session.stop()

    const long = await signedIn({ tokenLifetimeSeconds: 7200 })
    const start = Date.now()
    const longAt = refreshTimes(long.server, start)
    const first = long.session.getToken()
    await vi.advanceTimersByTimeAsync((7200 - 300) * SECOND)
    await until(() => long.session.getToken() !== first)
    await vi.advanceTimersByTimeAsync(300 * SECOND)
    expect(longAt).toEqual([(7200 - 300) * SECOND])
    expect(long.session.getSnapshot()).toMatchObject({ status: 'loggedIn' })
    expect(long.session.getSnapshot().expiresAt).toBe(start + (2 * 7200 - 300) * SECOND)
  })

  test('autoRefresh: false keeps the old behaviour: the session ends at the token end', async () => {
    fakeTime()
    const { session, events, refreshes } = await signedIn({ tokenLifetimeSeconds: 4 }, { autoRefresh: false })
    await vi.advanceTimersByTimeAsync(4 * SECOND)
    expect(refreshes()).toBe(0)
    expect(session.getSnapshot()).toMatchObject({ status: 'expired', endReason: 'token-expired' })
    expect(events).toContain('expired')
  })

  test('passing failures are retried with back-off, quietly, and the session goes on', async () => {
    fakeTime()
    const { server, session, events, errors } = await signedIn({ tokenLifetimeSeconds: 60 })
    const at = refreshTimes(server, Date.now())
    server.fail('refresh', { status: 0 }, 1) // network
    server.fail('refresh', { status: 504, code: 'timeout' }, 1)
    server.fail('refresh', { status: 503 }, 1) // server
    await vi.advanceTimersByTimeAsync(52 * SECOND)
    await until(() => events.length > 0)
    await vi.advanceTimersByTimeAsync(8 * SECOND)
    // Due at 45 s (a quarter of 60 s left), then 1 s, 2 s, 4 s later; the fourth attempt succeeds.
    expect(at.slice(0, 4)).toEqual([45, 46, 48, 52].map((s) => s * SECOND))
    expect(session.getSnapshot()).toMatchObject({ status: 'loggedIn', error: null })
    expect(session.getSnapshot().expiresAt).toBe(START.getTime() + 112 * SECOND)
    expect(errors).toEqual([])
    expect(events).toEqual(['tokenChanged'])
  })

  test('rate_limited waits for the server’s retryAfter before the next attempt', async () => {
    fakeTime()
    const { server, session, errors } = await signedIn({ tokenLifetimeSeconds: 60 })
    const at = refreshTimes(server, Date.now())
    server.fail('refresh', { status: 429, retryAfter: 7 }, 1)
    await vi.advanceTimersByTimeAsync(59 * SECOND)
    expect(at.slice(0, 2)).toEqual([45 * SECOND, 52 * SECOND])
    expect(session.getSnapshot()).toMatchObject({ status: 'loggedIn', error: null })
    expect(errors).toEqual([])
  })

  test('a backend that stays down: attempts until the token really ends, then expired (not revoked)', async () => {
    fakeTime()
    const { server, session, events, errors } = await signedIn({ tokenLifetimeSeconds: 8 })
    const at = refreshTimes(server, Date.now())
    server.fail('refresh', { status: 503 }, 100)
    await vi.advanceTimersByTimeAsync(8 * SECOND)
    expect(session.getSnapshot()).toMatchObject({ status: 'expired', endReason: 'token-expired' })
    // 6 s, then half of what is left each time (1 s, 0.5 s), at least 250 ms apart, all before 8 s.
    expect(at).toEqual([6000, 7000, 7500, 7750])
    expect(errors).toEqual([])
    expect(events).toEqual(['expiring', 'expired', 'loggedOut', 'tokenChanged'])
    await vi.advanceTimersByTimeAsync(60 * SECOND)
    expect(at).toHaveLength(4) // nothing after the end
  })

  test('a 401 ends the session as revoked, and no more attempts follow', async () => {
    fakeTime()
    const { server, session, refreshes } = await signedIn({ tokenLifetimeSeconds: 60 })
    server.revokeSession(session.getSnapshot().sessionId as string)
    await vi.advanceTimersByTimeAsync(45 * SECOND)
    expect(refreshes()).toBe(1)
    await until(() => session.getSnapshot().status !== 'loggedIn')
    expect(session.getSnapshot()).toMatchObject({ status: 'loggedOut', endReason: 'session-revoked' })
    expect(session.getSnapshot().error?.code).toBe('unauthorized')
    await vi.advanceTimersByTimeAsync(60 * SECOND)
    expect(refreshes()).toBe(1)
  })

  test('a failure that will not pass is reported once, and the session then ends at its end', async () => {
    fakeTime()
    const { server, session, errors, refreshes } = await signedIn({ tokenLifetimeSeconds: 60 })
    server.fail('refresh', { status: 403, code: 'access_denied' }, 100)
    await vi.advanceTimersByTimeAsync(50 * SECOND)
    expect(refreshes()).toBe(1)
    expect(errors).toEqual(['access_denied'])
    expect(session.getSnapshot()).toMatchObject({ status: 'loggedIn', step: null })
    await vi.advanceTimersByTimeAsync(10 * SECOND)
    expect(session.getSnapshot()).toMatchObject({ status: 'expired', endReason: 'token-expired' })
    expect(refreshes()).toBe(1)
  })
})

describe('offline and hidden pages leave the refresh to a wake-up', () => {
  /** A session whose wake-ups the test fires. */
  async function withWake(server: TestAuthServerOptions) {
    let wake = () => {}
    const signed = await signedIn(server, {
      revalidateOnFocus: false,
      onWake: (check) => {
        wake = check
        return () => {}
      },
    })
    return { ...signed, wake: () => wake() }
  }

  test('offline: nothing is tried; coming back online refreshes at once', async () => {
    fakeTime()
    const { session, refreshes, wake } = await withWake({ tokenLifetimeSeconds: 60 })
    const before = session.getToken()
    vi.stubGlobal('navigator', { onLine: false })
    await vi.advanceTimersByTimeAsync(50 * SECOND)
    expect(refreshes()).toBe(0)
    expect(vi.getTimerCount()).toBe(1) // the expiry's one timer (its notice at 52.5 s, then the end): no retry loop while offline
    vi.stubGlobal('navigator', { onLine: true })
    wake() // fake timers stand still: only the wake-up can start this refresh
    await until(() => refreshes() === 1)
    await until(() => session.getToken() !== before)
    expect(session.getSnapshot().status).toBe('loggedIn')
  })

  test('hidden: waits for a wake-up until half the margin is left, then refreshes anyway', async () => {
    fakeTime()
    const { server, session, wake } = await withWake({ tokenLifetimeSeconds: 60 })
    const start = Date.now()
    const at = refreshTimes(server, start)
    vi.stubGlobal('document', { visibilityState: 'hidden' })
    const first = session.getToken()
    await vi.advanceTimersByTimeAsync(52_500)
    await until(() => session.getToken() !== first)
    await vi.advanceTimersByTimeAsync(7 * SECOND)
    // Due at 45 s; hidden, it waits until 52.5 s (half of the 15 s margin left) for a visible tab or a wake-up.
    expect(at).toEqual([52_500])
    expect(session.getSnapshot().status).toBe('loggedIn')

    // The next token: due 45 s after it arrived; the page becomes visible at 50 s and refreshes then.
    await vi.advanceTimersByTimeAsync(start + 102_500 - Date.now())
    expect(at).toHaveLength(1)
    vi.stubGlobal('document', { visibilityState: 'visible' })
    wake()
    await until(() => at.length === 2)
    expect(at).toEqual([52_500, 102_500])
  })
})

describe('across tabs', () => {
  test('tabs of one storage key refresh once per token, through the refresh lock, and share the result', async () => {
    fakeTime()
    vi.stubGlobal('navigator', { locks: createTestLocks() })
    const server = createTestAuthServer({ tokenLifetimeSeconds: 60 })
    const { api, refreshes } = countCalls(server.api)
    const storage = memoryStorage() // one origin's localStorage, shared by both tabs
    const storageKey = `auto-${process.pid}-${Date.now().toString(36)}`
    const open = () => {
      const tab = createSession({ api, storage, storageKey, crossTab: true, revalidateOnFocus: false })
      sessions.push(tab)
      return tab
    }
    const a = open()
    await a.email.sendCode('ada@example.com')
    await a.email.verifyCode(server.lastCode('ada@example.com') as string)
    const b = open()
    expect(b.getSnapshot().status).toBe('loggedIn')

    for (const cycle of [1, 2]) {
      const before = a.getToken()
      await vi.advanceTimersByTimeAsync(45 * SECOND) // both tabs' timers fire together
      await until(() => a.getToken() !== before && b.getToken() === a.getToken())
      expect(refreshes()).toBe(cycle)
    }
    await vi.advanceTimersByTimeAsync(10 * SECOND)
    expect(a.getSnapshot().status).toBe('loggedIn')
    expect(b.getSnapshot().status).toBe('loggedIn')
    expect(refreshes()).toBe(2)
  })
})
