import { createSession, memoryStorage, type Session, type SessionOptions } from 'lanyard'
import { createTestAuthServer, type TestAuthServerOptions } from 'lanyard/testing'
import { afterEach, describe, expect, test, vi } from 'vitest'

const KEY = 'lanyard.session'
const SECOND = 1000
const HOUR = 3_600_000
const DAY = 24 * HOUR
const THIRTY_DAYS_S = 30 * 24 * 3600
const MAX_DELAY = 2 ** 31 - 1

const sessions: Session[] = []

afterEach(() => {
  for (const session of sessions.splice(0)) session.stop()
  // Mocks first: a spy on a faked setTimeout would otherwise put the fake back after useRealTimers.
  vi.restoreAllMocks()
  vi.useRealTimers()
})

/** A signed-in session against the reference backend, with every event recorded in order. */
async function signedIn(server: TestAuthServerOptions = {}, options: Partial<SessionOptions> = {}) {
  const backend = createTestAuthServer(server)
  const storage = memoryStorage()
  const session = createSession({
    api: backend.api,
    storage,
    crossTab: false,
    revalidateOnFocus: false,
    // The end itself is under test here; test/session/expiry/autoRefresh.test.ts covers the refresh before it.
    autoRefresh: false,
    ...options,
  })
  sessions.push(session)
  const events: Array<{ type: string; payload: unknown; at: number }> = []
  for (const type of ['expiring', 'expired', 'loggedOut', 'tokenChanged', 'userChanged'] as const) {
    session.on(type, (payload: unknown) => events.push({ type, payload, at: Date.now() }))
  }
  const email = 'ada@example.com'
  await session.email.sendCode(email)
  const receivedAt = Date.now()
  await session.email.verifyCode(backend.lastCode(email) as string)
  expect(session.getSnapshot().status).toBe('loggedIn')
  events.length = 0
  return { server: backend, session, storage, events, receivedAt, types: () => events.map((e) => e.type) }
}

const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString()) as {
    iat: number
    exp: number
  }

describe('expiry with fake timers', () => {
  test('a 30-day token is still loggedIn at 24.9 days and ends exactly at expiry; expiring precedes expired', async () => {
    vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z') })
    const { session, storage, events, types, receivedAt } = await signedIn({
      tokenLifetimeSeconds: THIRTY_DAYS_S,
    })
    const expiresAt = session.getSnapshot().expiresAt as number
    expect(expiresAt).toBe(receivedAt + THIRTY_DAYS_S * SECOND)
    expect(expiresAt - Date.now()).toBeGreaterThan(MAX_DELAY) // the guard is needed

    await vi.advanceTimersByTimeAsync(24.9 * DAY)
    expect(session.getSnapshot().status).toBe('loggedIn')
    expect(events).toEqual([])

    // Past the 2^31-1 ms step: a single overflowing setTimeout would have fired at once or at 24.8 days.
    await vi.advanceTimersByTimeAsync(expiresAt - 60 * SECOND - Date.now() - 1)
    expect(types()).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(types()).toEqual(['expiring'])
    expect(events[0]?.payload).toEqual({ expiresAt, secondsLeft: 60 })

    await vi.advanceTimersByTimeAsync(expiresAt - Date.now() - 1)
    expect(session.getSnapshot().status).toBe('loggedIn')
    expect(session.getToken()).not.toBeNull()

    await vi.advanceTimersByTimeAsync(1)
    expect(Date.now()).toBe(expiresAt)
    expect(session.getSnapshot()).toMatchObject({
      status: 'expired',
      endReason: 'token-expired',
      user: null,
      sessionId: null,
      expiresAt: null,
      isAuthenticated: false,
      isLoggedIn: false,
    })
    expect(session.getToken()).toBeNull()
    expect(storage.getItem(KEY)).toBeNull()
    expect(types()[0]).toBe('expiring')
    expect([...types()].sort()).toEqual(['expired', 'expiring', 'loggedOut', 'tokenChanged', 'userChanged'])
    expect(types().indexOf('expired')).toBeLessThan(types().indexOf('loggedOut'))
    expect(events.find((e) => e.type === 'loggedOut')?.payload).toEqual({ reason: 'token-expired' })
    expect(events.find((e) => e.type === 'expired')?.payload).toEqual({})
    expect(events.find((e) => e.type === 'tokenChanged')?.payload).toEqual({ expiresAt: null })
    expect(events.every((e) => e.at <= expiresAt)).toBe(true)
  })

  test('no delay handed to setTimeout ever exceeds 2^31-1 ms', async () => {
    vi.useFakeTimers()
    const spy = vi.spyOn(globalThis, 'setTimeout')
    await signedIn({ tokenLifetimeSeconds: THIRTY_DAYS_S })
    await vi.advanceTimersByTimeAsync(THIRTY_DAYS_S * SECOND)
    const delays = spy.mock.calls.map((call) => call[1] ?? 0)
    expect(delays.length).toBeGreaterThan(0)
    expect(Math.max(...delays)).toBeLessThanOrEqual(MAX_DELAY)
  })

  test('expiringNoticeSeconds moves the notice; secondsLeft reports it', async () => {
    vi.useFakeTimers()
    const { session, events, types } = await signedIn(
      { tokenLifetimeSeconds: 3600 },
      { expiringNoticeSeconds: 300 },
    )
    const expiresAt = session.getSnapshot().expiresAt as number
    await vi.advanceTimersByTimeAsync(expiresAt - 300 * SECOND - Date.now() - 1)
    expect(types()).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(events).toMatchObject([{ type: 'expiring', payload: { expiresAt, secondsLeft: 300 } }])
    await vi.advanceTimersByTimeAsync(300 * SECOND)
    expect(types().filter((type) => type === 'expiring' || type === 'expired')).toEqual([
      'expiring',
      'expired',
    ])
  })

  test('a token shorter than the notice warns at once, then expires', async () => {
    vi.useFakeTimers()
    const { session, types } = await signedIn({ tokenLifetimeSeconds: 30 }, { expiringNoticeSeconds: 60 })
    await vi.advanceTimersByTimeAsync(0)
    expect(types()).toEqual(['expiring'])
    await vi.advanceTimersByTimeAsync(30 * SECOND)
    expect(session.getSnapshot().status).toBe('expired')
    expect(types().filter((type) => type === 'expiring')).toHaveLength(1)
  })

  test('refresh re-arms the timer from the new token; the old deadline does nothing', async () => {
    vi.useFakeTimers()
    const { session, types } = await signedIn({ tokenLifetimeSeconds: 3600 })
    const first = session.getSnapshot().expiresAt as number
    await vi.advanceTimersByTimeAsync(30 * 60 * SECOND)
    await session.refresh()
    const second = session.getSnapshot().expiresAt as number
    expect(second).toBe(first + 30 * 60 * SECOND)
    await vi.advanceTimersByTimeAsync(first - Date.now() + 1)
    expect(session.getSnapshot().status).toBe('loggedIn')
    expect(types()).not.toContain('expiring')
    await vi.advanceTimersByTimeAsync(second - Date.now())
    expect(session.getSnapshot().status).toBe('expired')
    expect(types().filter((t) => t === 'expiring' || t === 'expired')).toEqual(['expiring', 'expired'])
  })

  test('logout cancels the expiry timer', async () => {
    vi.useFakeTimers()
    const { session, types } = await signedIn({ tokenLifetimeSeconds: 3600 })
    expect(vi.getTimerCount()).toBeGreaterThan(0)
    await session.logout()
    expect(vi.getTimerCount()).toBe(0)
    await vi.advanceTimersByTimeAsync(2 * HOUR)
    expect(session.getSnapshot()).toMatchObject({ status: 'loggedOut', endReason: 'user-intent' })
    expect(types()).not.toContain('expired')
    expect(types()).not.toContain('expiring')
  })

  test('a restored session expires at its stored (device-clock) expiry', async () => {
    vi.useFakeTimers()
    const { session, storage } = await signedIn({ tokenLifetimeSeconds: 3600 })
    const expiresAt = session.getSnapshot().expiresAt as number
    const raw = storage.getItem(KEY) as string
    session.stop()
    await vi.advanceTimersByTimeAsync(20 * 60 * SECOND)

    const again = createSession({
      api: createTestAuthServer().api,
      storage: (() => {
        const restored = memoryStorage()
        restored.setItem(KEY, raw)
        return restored
      })(),
      crossTab: false,
      revalidateOnFocus: false,
      autoRefresh: false,
    })
    sessions.push(again)
    const ended: unknown[] = []
    again.on('loggedOut', (payload) => ended.push(payload))
    expect(again.getSnapshot()).toMatchObject({ status: 'loggedIn', expiresAt })
    await vi.advanceTimersByTimeAsync(expiresAt - Date.now() - 1)
    expect(again.getSnapshot().status).toBe('loggedIn')
    await vi.advanceTimersByTimeAsync(1)
    expect(again.getSnapshot()).toMatchObject({ status: 'expired', endReason: 'token-expired' })
    expect(ended).toEqual([{ reason: 'token-expired' }])
  })

  test('an expired session accepts a new sign-in, which gets a fresh expiry', async () => {
    vi.useFakeTimers()
    const { session, server } = await signedIn({ tokenLifetimeSeconds: 60 })
    await vi.advanceTimersByTimeAsync(60 * SECOND)
    expect(session.getSnapshot().status).toBe('expired')
    await session.email.sendCode('ada@example.com')
    await session.email.verifyCode(server.lastCode('ada@example.com') as string)
    expect(session.getSnapshot().status).toBe('loggedIn')
    // Device and server share the faked clock: the session ends at the token's own `exp`.
    const { exp } = claimsOf(session.getToken() as string)
    expect(session.getSnapshot().expiresAt).toBe(exp * 1000)
    expect(exp * 1000 - Date.now()).toBeGreaterThan(59 * SECOND)
  })
})

describe('expiry is kept in the device clock', () => {
  test.each([
    ['5 hours ahead of', 5 * HOUR],
    ['5 hours behind', -5 * HOUR],
    ['3 days ahead of', 3 * DAY],
  ])(
    'a server clock %s the device neither ends a fresh session at once nor stretches it',
    async (_name, skew) => {
      vi.useFakeTimers({ now: new Date('2030-06-01T12:00:00Z') })
      const { session, storage, receivedAt, types } = await signedIn({
        tokenLifetimeSeconds: 7200,
        now: () => Date.now() + skew,
      })
      const { exp } = claimsOf(session.getToken() as string)
      const expiresAt = session.getSnapshot().expiresAt as number
      // expiresAt = exp·1000 + (receivedAt − serverNow); the server's clock reads receivedAt + skew
      expect(expiresAt).toBe(exp * 1000 + (receivedAt - (receivedAt + skew)))
      expect(Math.abs(expiresAt - (receivedAt + 2 * HOUR))).toBeLessThan(SECOND)
      expect(JSON.parse(storage.getItem(KEY) as string).expiresAt).toBe(expiresAt)

      await vi.advanceTimersByTimeAsync(0)
      expect(session.getSnapshot().status).toBe('loggedIn')
      expect(types()).toEqual([])
      await vi.advanceTimersByTimeAsync(expiresAt - Date.now() - 1)
      expect(session.getSnapshot().status).toBe('loggedIn')
      await vi.advanceTimersByTimeAsync(1)
      expect(session.getSnapshot()).toMatchObject({ status: 'expired', endReason: 'token-expired' })
    },
  )

  test('a refresh from a skewed server keeps the device-clock lifetime', async () => {
    vi.useFakeTimers({ now: new Date('2030-06-01T12:00:00Z') })
    const { session } = await signedIn({ tokenLifetimeSeconds: 3600, now: () => Date.now() - 7 * HOUR })
    await vi.advanceTimersByTimeAsync(10 * 60 * SECOND)
    const refreshedAt = Date.now()
    await session.refresh()
    const expiresAt = session.getSnapshot().expiresAt as number
    expect(Math.abs(expiresAt - (refreshedAt + HOUR))).toBeLessThan(SECOND)
    expect(session.getSnapshot().status).toBe('loggedIn')
  })
})

describe('the overflow guard at session level, with real timers', () => {
  test('a 30-day session stays loggedIn and Node prints no TimeoutOverflowWarning', async () => {
    const warnings: Error[] = []
    const onWarning = (warning: Error) => warnings.push(warning)
    process.on('warning', onWarning)
    const spy = vi.spyOn(globalThis, 'setTimeout')
    try {
      const { session, types } = await signedIn({ tokenLifetimeSeconds: THIRTY_DAYS_S })
      expect((session.getSnapshot().expiresAt as number) - Date.now()).toBeGreaterThan(MAX_DELAY)
      // Warnings are emitted on process.nextTick; an overflowing timer would also fire after 1 ms.
      await new Promise((resolve) => setTimeout(resolve, 100))
      expect(warnings.filter((warning) => warning.name === 'TimeoutOverflowWarning')).toEqual([])
      expect(session.getSnapshot().status).toBe('loggedIn')
      expect(types()).toEqual([])
      const delays = spy.mock.calls.map((call) => call[1] ?? 0)
      expect(delays.some((delay) => delay === MAX_DELAY)).toBe(true)
      expect(Math.max(...delays)).toBeLessThanOrEqual(MAX_DELAY)
    } finally {
      process.off('warning', onWarning)
    }
  })
})
