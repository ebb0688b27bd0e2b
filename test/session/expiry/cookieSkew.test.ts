import { createHttpApi, createSession, memoryStorage, type Session } from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { cookieJar } from '../../bindings/scenario'
import { freshEmail, signInByEmail } from '../helpers'

// Cookie mode (tokenStorage: 'cookie'): no token to read, so the device-clock expiry comes from the
// answer's expiresAt and the server's clock (serverNow; over HTTP its Date header). A server clock
// hours off must neither end a fresh session at once nor keep it past its real lifetime.

const SECOND = 1000
const HOUR = 3_600_000
const LIFETIME_S = 7200

const cleanups: Array<() => unknown> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  vi.useRealTimers()
})
const open = (session: Session) => {
  cleanups.push(() => session.stop())
  return session
}

describe('cookie mode under a skewed server clock (in process, fake timers)', () => {
  test.each([
    ['5 hours ahead of', 5 * HOUR],
    ['5 hours behind', -5 * HOUR],
    ['3 days ahead of', 72 * HOUR],
  ])(
    'a server clock %s the device: the session lasts its lifetime in the device clock',
    async (_name, skew) => {
      vi.useFakeTimers({
        now: new Date('2030-06-01T12:00:00Z'),
        toFake: ['setTimeout', 'clearTimeout', 'Date'],
      })
      const server = createTestAuthServer({ tokenLifetimeSeconds: LIFETIME_S, now: () => Date.now() + skew })
      const storage = memoryStorage()
      const session = open(
        createSession({
          api: cookieJar(server.api).api,
          storage,
          tokenStorage: 'cookie',
          crossTab: false,
          revalidateOnFocus: false,
          autoRefresh: false, // the session's own end is under test
        }),
      )
      const ended: unknown[] = []
      session.on('loggedOut', (payload) => ended.push(payload))
      const receivedAt = Date.now()
      await signInByEmail(session, server)
      expect(session.getToken()).toBeNull()

      const { expiresAt } = session.getSnapshot() as { expiresAt: number }
      expect(expiresAt).toBe(receivedAt + LIFETIME_S * SECOND)
      expect(JSON.parse(storage.getItem('lanyard.session') as string).expiresAt).toBe(expiresAt)

      await vi.advanceTimersByTimeAsync(0)
      expect(session.getSnapshot().status).toBe('loggedIn')
      await vi.advanceTimersByTimeAsync(expiresAt - Date.now() - 1)
      expect(session.getSnapshot().status).toBe('loggedIn')
      await vi.advanceTimersByTimeAsync(1)
      expect(session.getSnapshot()).toMatchObject({ status: 'expired', endReason: 'token-expired' })
      expect(ended).toEqual([{ reason: 'token-expired' }])
    },
  )

  test('a refresh from a server 7 hours behind moves the expiry by the lifetime from the refresh', async () => {
    vi.useFakeTimers({
      now: new Date('2030-06-01T12:00:00Z'),
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
    })
    const server = createTestAuthServer({ tokenLifetimeSeconds: 3600, now: () => Date.now() - 7 * HOUR })
    const session = open(
      createSession({
        api: cookieJar(server.api).api,
        storage: memoryStorage(),
        tokenStorage: 'cookie',
        crossTab: false,
        revalidateOnFocus: false,
      }),
    )
    await signInByEmail(session, server)
    await vi.advanceTimersByTimeAsync(10 * 60 * SECOND)
    const refreshedAt = Date.now()
    await session.refresh()
    expect(session.getSnapshot()).toMatchObject({ status: 'loggedIn', expiresAt: refreshedAt + HOUR })
  })

  test('a reloaded page confirms the stored hint with the skewed server and keeps the device-clock expiry', async () => {
    vi.useFakeTimers({
      now: new Date('2030-06-01T12:00:00Z'),
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
    })
    const server = createTestAuthServer({
      tokenLifetimeSeconds: LIFETIME_S,
      now: () => Date.now() + 5 * HOUR,
    })
    const api = cookieJar(server.api).api
    const storage = memoryStorage()
    const options = {
      api,
      storage,
      tokenStorage: 'cookie',
      crossTab: false,
      revalidateOnFocus: false,
    } as const
    const first = open(createSession(options))
    await signInByEmail(first, server)
    first.stop()

    await vi.advanceTimersByTimeAsync(30 * 60 * SECOND)
    const reloadedAt = Date.now()
    const reloaded = open(createSession(options))
    await expect(reloaded.ready).resolves.toMatchObject({ status: 'loggedIn' })
    // Confirmed with refresh(): a fresh lifetime from the reload, in this device's clock.
    expect(reloaded.getSnapshot().expiresAt).toBe(reloadedAt + LIFETIME_S * SECOND)
  })
})

describe('cookie mode over HTTP: the server clock comes from its Date header', () => {
  /** A fetch with a one-origin cookie jar, as a browser has for cookie mode. */
  function jarFetch(): typeof fetch {
    const jar = new Map<string, string>()
    return async (input, init = {}) => {
      const headers = new Headers(init.headers)
      if (jar.size > 0) headers.set('cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '))
      const response = await fetch(input, { ...init, headers })
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(';') as [string]
        const eq = pair.indexOf('=')
        if (/max-age=0/i.test(line)) jar.delete(pair.slice(0, eq))
        else jar.set(pair.slice(0, eq), pair.slice(eq + 1))
      }
      return response
    }
  }

  test.each([
    ['5 hours ahead', 5 * HOUR],
    ['5 hours behind', -5 * HOUR],
  ])(
    'a server %s: the expiry is the lifetime from now (within the Date header’s second)',
    async (_name, skew) => {
      const server = createTestAuthServer({
        cookie: true,
        tokenLifetimeSeconds: LIFETIME_S,
        now: () => Date.now() + skew,
      })
      const http = await server.listen(0)
      cleanups.push(() => http.close())
      const api = createHttpApi({ baseUrl: http.url, environmentId: server.environmentId, fetch: jarFetch() })
      const session = open(
        createSession({
          api,
          storage: memoryStorage(),
          tokenStorage: 'cookie',
          crossTab: false,
          revalidateOnFocus: false,
        }),
      )
      const before = Date.now()
      await signInByEmail(session, server, freshEmail())
      const after = Date.now()
      const { expiresAt, status } = session.getSnapshot() as { expiresAt: number; status: string }
      expect(status).toBe('loggedIn')
      expect(session.getToken()).toBeNull()
      // Date has whole seconds: the reading is at most a second behind the server's true clock.
      expect(expiresAt).toBeGreaterThanOrEqual(before + LIFETIME_S * SECOND - SECOND)
      expect(expiresAt).toBeLessThanOrEqual(after + LIFETIME_S * SECOND + SECOND)
    },
  )
})
