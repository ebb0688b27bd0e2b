import { createSession, memoryStorage, type Session, type StorageAdapter } from 'lanyard'
import { createTestAuthServer, type TestAuthServer } from 'lanyard/testing'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { cookieJar } from '../../bindings/scenario'
import { countCalls, signInByEmail } from '../helpers'

const sessions: Session[] = []
afterEach(() => {
  for (const session of sessions.splice(0)) session.stop()
  vi.useRealTimers()
})

function open(server: TestAuthServer, storage: StorageAdapter) {
  const session = createSession({ api: server.api, storage, crossTab: false, revalidateOnFocus: false })
  sessions.push(session)
  return session
}

const isLive = (server: TestAuthServer, sessionId: string | null) =>
  server.sessions().some((s) => s.id === sessionId && s.revokedAt === null)

describe("logout's revoke", () => {
  test('is retried with back-off until the server answers; logout itself never waits', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const server = createTestAuthServer()
    const storage = memoryStorage()
    const session = open(server, storage)
    await signInByEmail(session, server)
    const { sessionId } = session.getSnapshot()
    server.fail('revoke', { status: 503 }, 3)

    await session.logout()
    expect(session.getSnapshot()).toMatchObject({ status: 'loggedOut', endReason: 'user-intent' })
    expect(isLive(server, sessionId)).toBe(true) // the first attempt got a 503
    expect(storage.getItem('lanyard.revoke')).not.toBeNull() // remembered until the server confirms

    await vi.advanceTimersByTimeAsync(1000 + 2000 + 4000)
    await vi.waitFor(() => expect(isLive(server, sessionId)).toBe(false))
    await vi.waitFor(() => expect(storage.getItem('lanyard.revoke')).toBeNull())
    expect(server.webhooks.filter((event) => event.type === 'user.session.revoked')).toHaveLength(1)
  })

  test('left unfinished when the page closed, it is finished by the next session on that storage', async () => {
    const server = createTestAuthServer()
    const storage = memoryStorage()
    const first = open(server, storage)
    await signInByEmail(first, server)
    const { sessionId } = first.getSnapshot()
    server.fail('revoke', { status: 0 }, 1) // the network is gone
    await first.logout()
    first.stop() // the page closes before any retry
    expect(isLive(server, sessionId)).toBe(true)
    const stored = storage.getItem('lanyard.revoke') as string
    expect(stored).toContain('user-intent')

    const next = open(server, storage)
    expect(next.getSnapshot().status).toBe('visitor')
    await vi.waitFor(() => expect(isLive(server, sessionId)).toBe(false))
    await vi.waitFor(() => expect(storage.getItem('lanyard.revoke')).toBeNull())
    // Nothing of the old session came back with it.
    expect(next.getSnapshot()).toMatchObject({ status: 'visitor', user: null })
    expect(next.getToken()).toBeNull()
  })

  test('a revoke the server refuses as unknown (401) is done, not retried', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const server = createTestAuthServer()
    const storage = memoryStorage()
    const session = open(server, storage)
    await signInByEmail(session, server)
    server.fail('revoke', { status: 401 }, 5)
    await session.logout()
    await vi.waitFor(() => expect(storage.getItem('lanyard.revoke')).toBeNull())
    expect(vi.getTimerCount()).toBe(0)
  })

  test('in cookie mode, an unfinished revoke is dropped, not sent, when a session holds the cookie again', async () => {
    const server = createTestAuthServer()
    const { api: withCookie } = cookieJar(server.api) // the browser's cookie, in process
    const storage = memoryStorage()
    const first = createSession({ api: withCookie, storage, tokenStorage: 'cookie', crossTab: false })
    await signInByEmail(first, server)
    first.stop()
    // An older page's logout never reached the server; the cookie now belongs to the session above.
    storage.setItem('lanyard.revoke', JSON.stringify([{ token: null, reason: 'user-intent' }]))
    const { api, calls } = countCalls(withCookie)
    const next = createSession({ api, storage, tokenStorage: 'cookie', crossTab: false })
    sessions.push(next)
    expect((await next.ready).status).toBe('loggedIn')
    await vi.waitFor(() => expect(storage.getItem('lanyard.revoke')).toBeNull())
    expect(calls).not.toContain('revoke')
    expect(next.getSnapshot().status).toBe('loggedIn')
  })
})

test('logout while an async storage is still being read: the read session is revoked and removed', async () => {
  const server = createTestAuthServer()
  const storage = memoryStorage()
  const first = open(server, storage)
  await signInByEmail(first, server)
  const { sessionId } = first.getSnapshot()
  first.stop()
  let finishRead = () => {}
  const read = new Promise<void>((resolve) => {
    finishRead = resolve
  })
  const slow: StorageAdapter = {
    getItem: async (key) => {
      await read
      return storage.getItem(key)
    },
    setItem: async (key, value) => storage.setItem(key, value),
    removeItem: async (key) => storage.removeItem(key),
  }
  const next = open(server, slow)
  expect(next.getSnapshot().status).toBe('restoring')
  await next.logout()
  expect(next.getSnapshot()).toMatchObject({ status: 'loggedOut', endReason: 'user-intent' })
  expect(isLive(server, sessionId)).toBe(true) // nothing read yet
  finishRead()
  await vi.waitFor(() => expect(isLive(server, sessionId)).toBe(false))
  await vi.waitFor(() => expect(storage.getItem('lanyard.session')).toBeNull())
  expect(next.getSnapshot()).toMatchObject({ status: 'loggedOut', user: null })
})
