import { createSession, memoryStorage, type SessionSnapshot, type StorageAdapter } from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { freshEmail, signInByEmail } from '../helpers'

// One bad listener never stalls the session: an app's subscriber or `on()` handler that throws is
// reported and skipped; the other listeners, the commit and the actions waiting on it go on.

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

/** Resolves with the promise's outcome, or 'pending' if it has not settled within `ms` of real time. */
const within = (promise: Promise<unknown>, ms = 2000) =>
  Promise.race([
    promise.then(
      () => 'resolved',
      () => 'rejected',
    ),
    new Promise((resolve) => setTimeout(() => resolve('pending'), ms)),
  ])

function start(storage: StorageAdapter = memoryStorage()) {
  const server = createTestAuthServer()
  const session = createSession({ api: server.api, storage, crossTab: false, revalidateOnFocus: false })
  const reported: unknown[] = []
  vi.stubGlobal('reportError', (error: unknown) => reported.push(error))
  return { server, session, reported }
}

describe('a listener that throws', () => {
  test('a subscriber: the others still hear every snapshot, and the action settles', async () => {
    const { server, session, reported } = start()
    const boom = new Error('the app’s render failed')
    const before: SessionSnapshot[] = []
    const after: SessionSnapshot[] = []
    const changes: SessionSnapshot[] = []
    session.subscribe((snapshot) => before.push(snapshot))
    session.subscribe(() => {
      throw boom
    })
    session.subscribe((snapshot) => after.push(snapshot))
    session.on('change', (snapshot) => changes.push(snapshot))
    const email = freshEmail()
    expect(await within(session.email.sendCode(email))).toBe('resolved')
    expect(await within(session.email.verifyCode(server.lastCode(email)))).toBe('resolved')
    expect(session.getSnapshot().status).toBe('loggedIn')
    expect(after).toEqual(before)
    expect(changes).toEqual(before)
    expect(after.at(-1)?.status).toBe('loggedIn')
    expect(reported.length).toBe(before.length)
    expect(reported.every((error) => error === boom)).toBe(true)
  })

  test('an on() handler: the other handlers of that event and of later events still run', async () => {
    const { server, session, reported } = start()
    const heard: string[] = []
    session.on('change', () => {
      throw new Error('analytics failed')
    })
    session.on('change', () => heard.push('change'))
    session.on('loggedIn', () => {
      throw new Error('redirect failed')
    })
    session.on('loggedIn', () => heard.push('loggedIn'))
    session.on('tokenChanged', () => heard.push('tokenChanged'))
    expect(await within(signInByEmail(session, server))).toBe('resolved')
    expect(heard).toContain('loggedIn')
    expect(heard).toContain('tokenChanged')
    expect(heard.filter((name) => name === 'change').length).toBeGreaterThan(1)
    expect(reported.length).toBeGreaterThan(1)
  })

  test('without reportError (Node), the exception goes to console.error', async () => {
    vi.stubGlobal('reportError', undefined)
    const server = createTestAuthServer()
    const session = createSession({ api: server.api, storage: memoryStorage(), crossTab: false })
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const boom = new Error('listener failed')
    session.subscribe(() => {
      throw boom
    })
    expect(await within(session.email.sendCode(freshEmail()))).toBe('resolved')
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('listener threw'), boom)
  })
})

describe('a storage that fails after the start', () => {
  test('setItem throws at sign-in: snapshot.error is storage_unavailable, the session goes on in memory', async () => {
    let full = false
    const storage: StorageAdapter = {
      getItem: () => null,
      setItem: () => {
        if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      },
      removeItem: () => undefined,
    }
    const { server, session } = start(storage)
    const errors: string[] = []
    session.on('error', ({ error }) => errors.push(error.code))
    full = true
    await signInByEmail(session, server)
    const snapshot = session.getSnapshot()
    expect(snapshot.status).toBe('loggedIn')
    expect(snapshot.error?.code).toBe('storage_unavailable')
    expect(errors).toEqual(['storage_unavailable'])
    const token = session.getToken()
    await session.refresh()
    expect(session.getToken()).not.toBe(token)
    expect(session.getSnapshot().status).toBe('loggedIn')
  })

  test('an async adapter whose setItem rejects: snapshot.error is storage_unavailable, status unchanged', async () => {
    const storage: StorageAdapter = {
      getItem: async () => null,
      setItem: async () => {
        throw new Error('IndexedDB: the transaction was aborted')
      },
      removeItem: async () => undefined,
    }
    const { server, session } = start(storage)
    await session.ready
    await signInByEmail(session, server)
    await vi.waitFor(() => expect(session.getSnapshot().error?.code).toBe('storage_unavailable'), {
      interval: 5,
    })
    expect(session.getSnapshot().status).toBe('loggedIn')
    expect(session.getToken()).toMatch(/^eyJ/)
  })
})
