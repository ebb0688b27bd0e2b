// @vitest-environment happy-dom
import { createSession, memoryStorage, type Session, type SessionOptions } from 'lanyard'
import { createTestAuthServer, type TestAuthServerOptions } from 'lanyard/testing'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { countCalls } from '../helpers'

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE

const sessions: Session[] = []

const setVisibility = (state: DocumentVisibilityState) =>
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state })

afterEach(() => {
  for (const session of sessions.splice(0)) session.stop()
  Reflect.deleteProperty(document, 'visibilityState')
  vi.restoreAllMocks()
  vi.useRealTimers()
})

async function signedIn(server: TestAuthServerOptions = {}, options: Partial<SessionOptions> = {}) {
  const backend = createTestAuthServer(server)
  const { api, refreshes } = countCalls(backend.api)
  // The end itself is under test here; test/session/expiry/autoRefresh.test.ts covers the refresh before it.
  const session = createSession({
    api,
    storage: memoryStorage(),
    crossTab: false,
    autoRefresh: false,
    ...options,
  })
  sessions.push(session)
  const events: string[] = []
  for (const type of ['expiring', 'expired', 'loggedOut'] as const) session.on(type, () => events.push(type))
  await session.email.sendCode('ada@example.com')
  await session.email.verifyCode(backend.lastCode('ada@example.com') as string)
  expect(session.getSnapshot().status).toBe('loggedIn')
  return { server: backend, session, events, refreshes }
}

/**
 * The device sleeps: the wall clock moves on, but no timer runs (fake timers keep their schedule
 * when the system time is set).
 */
const sleep = (ms: number) => vi.setSystemTime(Date.now() + ms)

const wakeEvents: Array<[string, () => void]> = [
  [
    'visibilitychange',
    () => {
      setVisibility('visible')
      document.dispatchEvent(new Event('visibilitychange'))
    },
  ],
  ['focus', () => window.dispatchEvent(new Event('focus'))],
  ['online', () => window.dispatchEvent(new Event('online'))],
  ['pageshow', () => window.dispatchEvent(new Event('pageshow'))],
]

describe('a device that slept past exp', () => {
  test('ends the session as soon as the page becomes visible again', async () => {
    vi.useFakeTimers()
    const { session, events } = await signedIn({ tokenLifetimeSeconds: 7200 }, { revalidateOnFocus: false })
    setVisibility('hidden')
    document.dispatchEvent(new Event('visibilitychange'))

    sleep(3 * HOUR)
    await vi.advanceTimersByTimeAsync(0)
    // Asleep: no timer has run, the session does not know yet.
    expect(session.getSnapshot().status).toBe('loggedIn')

    setVisibility('visible')
    document.dispatchEvent(new Event('visibilitychange'))
    await vi.advanceTimersByTimeAsync(0)
    expect(session.getSnapshot()).toMatchObject({ status: 'expired', endReason: 'token-expired', user: null })
    expect(session.getToken()).toBeNull()
    // Woken after the end: it ends at once; a notice, if any, never comes after the end.
    expect(events.slice(-2)).toEqual(['expired', 'loggedOut'])
    expect(events.lastIndexOf('expiring')).toBeLessThan(events.indexOf('expired'))
  })

  test.each(wakeEvents)('%s also re-checks the wall clock', async (_name, wake) => {
    vi.useFakeTimers()
    const { session } = await signedIn({ tokenLifetimeSeconds: 7200 }, { revalidateOnFocus: false })
    sleep(2 * HOUR + 1)
    await vi.advanceTimersByTimeAsync(0)
    expect(session.getSnapshot().status).toBe('loggedIn')
    wake()
    await vi.advanceTimersByTimeAsync(0)
    expect(session.getSnapshot()).toMatchObject({ status: 'expired', endReason: 'token-expired' })
  })

  test('the page becoming hidden does not end it', async () => {
    vi.useFakeTimers()
    const { session } = await signedIn({ tokenLifetimeSeconds: 7200 }, { revalidateOnFocus: false })
    sleep(3 * HOUR)
    setVisibility('hidden')
    document.dispatchEvent(new Event('visibilitychange'))
    await vi.advanceTimersByTimeAsync(0)
    expect(session.getSnapshot().status).toBe('loggedIn')
  })

  test('a 30-day session that slept 31 days ends on wake', async () => {
    vi.useFakeTimers()
    const { session } = await signedIn({ tokenLifetimeSeconds: 30 * 24 * 3600 }, { revalidateOnFocus: false })
    sleep(31 * 24 * HOUR)
    await vi.advanceTimersByTimeAsync(0)
    expect(session.getSnapshot().status).toBe('loggedIn')
    window.dispatchEvent(new Event('focus'))
    await vi.advanceTimersByTimeAsync(0)
    expect(session.getSnapshot().status).toBe('expired')
  })

  test('a device that slept but not past exp stays, and still ends exactly at expiry', async () => {
    vi.useFakeTimers()
    const { session, events } = await signedIn({ tokenLifetimeSeconds: 7200 }, { revalidateOnFocus: false })
    const expiresAt = session.getSnapshot().expiresAt as number
    sleep(HOUR)
    window.dispatchEvent(new Event('focus'))
    await vi.advanceTimersByTimeAsync(0)
    expect(session.getSnapshot().status).toBe('loggedIn')
    // The wake re-armed from the wall clock: the remaining hour, not the two hours of the old timer.
    await vi.advanceTimersByTimeAsync(expiresAt - Date.now() - 1)
    expect(session.getSnapshot().status).toBe('loggedIn')
    await vi.advanceTimersByTimeAsync(1)
    expect(Date.now()).toBe(expiresAt)
    expect(session.getSnapshot().status).toBe('expired')
    expect(events).toEqual(['expiring', 'expired', 'loggedOut'])
  })

  test('waking inside the notice window warns once, then expires on time', async () => {
    vi.useFakeTimers()
    const { session, events } = await signedIn({ tokenLifetimeSeconds: 7200 }, { revalidateOnFocus: false })
    const expiresAt = session.getSnapshot().expiresAt as number
    sleep(2 * HOUR - 30 * SECOND)
    window.dispatchEvent(new Event('focus'))
    await vi.advanceTimersByTimeAsync(0)
    expect(events).toEqual(['expiring'])
    window.dispatchEvent(new Event('online'))
    await vi.advanceTimersByTimeAsync(0)
    expect(events).toEqual(['expiring'])
    await vi.advanceTimersByTimeAsync(expiresAt - Date.now())
    expect(events).toEqual(['expiring', 'expired', 'loggedOut'])
    expect(session.getSnapshot().status).toBe('expired')
  })
})

describe('revalidate on focus', () => {
  test('at most once a minute, refresh() on focus', async () => {
    vi.useFakeTimers()
    const { session, refreshes } = await signedIn({ tokenLifetimeSeconds: 7200 })
    const token = session.getToken()
    window.dispatchEvent(new Event('focus'))
    await vi.advanceTimersByTimeAsync(0)
    expect(refreshes()).toBe(0) // the session was created less than a minute ago

    await vi.advanceTimersByTimeAsync(MINUTE)
    window.dispatchEvent(new Event('focus'))
    await vi.advanceTimersByTimeAsync(0)
    expect(refreshes()).toBe(1)
    await vi.waitFor(() => expect(session.getToken()).not.toBe(token))

    await vi.advanceTimersByTimeAsync(30 * SECOND)
    window.dispatchEvent(new Event('focus'))
    window.dispatchEvent(new Event('focus'))
    await vi.advanceTimersByTimeAsync(0)
    expect(refreshes()).toBe(1)

    await vi.advanceTimersByTimeAsync(31 * SECOND)
    window.dispatchEvent(new Event('focus'))
    await vi.advanceTimersByTimeAsync(0)
    expect(refreshes()).toBe(2)
    expect(session.getSnapshot().status).toBe('loggedIn')
  })

  test('learns of a server-side revocation: loggedOut, session-revoked', async () => {
    vi.useFakeTimers()
    const { server, session } = await signedIn({ tokenLifetimeSeconds: 7200 })
    const ended: unknown[] = []
    session.on('loggedOut', (payload) => ended.push(payload))
    server.revokeSession(session.getSnapshot().sessionId as string)
    await vi.advanceTimersByTimeAsync(MINUTE)
    window.dispatchEvent(new Event('focus'))
    await vi.advanceTimersByTimeAsync(0)
    await vi.waitFor(() => expect(session.getSnapshot().status).toBe('loggedOut'))
    expect(session.getSnapshot()).toMatchObject({ endReason: 'session-revoked', user: null })
    expect(session.getToken()).toBeNull()
    expect(ended).toEqual([{ reason: 'session-revoked' }])
  })

  test('a network error on revalidation keeps the session', async () => {
    vi.useFakeTimers()
    const { server, session, refreshes } = await signedIn({ tokenLifetimeSeconds: 7200 })
    server.fail('refresh', { status: 503 })
    await vi.advanceTimersByTimeAsync(MINUTE)
    window.dispatchEvent(new Event('focus'))
    await vi.advanceTimersByTimeAsync(0)
    expect(refreshes()).toBe(1)
    expect(session.getSnapshot().status).toBe('loggedIn')
  })

  test('revalidateOnFocus: false never refreshes on focus', async () => {
    vi.useFakeTimers()
    const { session, refreshes } = await signedIn(
      { tokenLifetimeSeconds: 7200 },
      { revalidateOnFocus: false },
    )
    for (let i = 0; i < 3; i++) {
      await vi.advanceTimersByTimeAsync(2 * MINUTE)
      window.dispatchEvent(new Event('focus'))
    }
    await vi.advanceTimersByTimeAsync(0)
    expect(refreshes()).toBe(0)
    expect(session.getSnapshot().status).toBe('loggedIn')
  })

  test('a visitor does not call the backend on focus', async () => {
    vi.useFakeTimers()
    const backend = createTestAuthServer()
    const { api, refreshes } = countCalls(backend.api)
    const session = createSession({ api, storage: memoryStorage(), crossTab: false })
    sessions.push(session)
    await vi.advanceTimersByTimeAsync(2 * MINUTE)
    window.dispatchEvent(new Event('focus'))
    await vi.advanceTimersByTimeAsync(0)
    expect(refreshes()).toBe(0)
  })
})
