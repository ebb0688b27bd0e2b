import { type AuthApi, createSession, memoryStorage } from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
import { afterEach, expect, test, vi } from 'vitest'
import { signInByEmail } from '../helpers'
import { channelQuiet } from '../quiet'
import { createTestLocks, type TestLockManager } from './webLocks'

const stops: Array<() => void> = []
afterEach(() => {
  for (const stop of stops.splice(0)) stop()
  vi.unstubAllGlobals()
})

function tabs(storageKey: string) {
  const server = createTestAuthServer()
  let refreshes = 0
  let release: () => void = () => undefined
  // The backend answers a refresh only when the test says so: both tabs then refresh at once.
  const held = () =>
    new Promise<void>((resolve) => {
      release = resolve
    })
  let gate: Promise<void> = Promise.resolve()
  const api: AuthApi = {
    ...server.api,
    environmentId: server.api.environmentId,
    refresh: async (ctx) => {
      refreshes++
      await gate
      return server.api.refresh(ctx)
    },
  }
  const storage = memoryStorage() // one origin's localStorage, shared by both tabs
  const open = () => {
    const session = createSession({ api, storage, storageKey, crossTab: true, revalidateOnFocus: false })
    stops.push(() => session.stop())
    return session
  }
  return {
    server,
    open,
    refreshes: () => refreshes,
    hold: () => {
      gate = held()
    },
    release: () => release(),
  }
}

test('a tab that hears another tab refreshing adopts its token instead of calling the backend', async () => {
  const storageKey = `refresh-${Math.random()}`
  const { server, open, refreshes, hold, release } = tabs(storageKey)
  const a = open()
  await signInByEmail(a, server)
  const b = open()
  expect(b.getSnapshot().status).toBe('loggedIn')
  // A third listener on the channel: once it heard the announcement, so has tab B (a loaded machine
  // may take longer than any fixed wait).
  const spy = new BroadcastChannel(`lanyard:${storageKey}.session`)
  const heard = new Promise((resolve) => {
    spy.onmessage = (event) => event.data?.kind === 'refreshing' && resolve(undefined)
  })
  stops.push(() => spy.close())

  hold()
  const first = a.refresh()
  await heard
  await channelQuiet(`lanyard:${storageKey}.session`) // the announcement has reached tab B too
  const second = b.refresh() // B now waits for A's record (synchronously registered)
  await new Promise((resolve) => setImmediate(resolve))
  release()
  await Promise.all([first, second])
  expect(refreshes()).toBe(1)
  expect(b.getToken()).toBe(a.getToken())
  expect(b.getSnapshot().expiresAt).toBe(a.getSnapshot().expiresAt)
})

/** Waits (microtasks and I/O, no timers) until the lock manager shows what the test expects. */
async function lockState(locks: TestLockManager, expected: { held: string[]; pending: string[] }) {
  const names = async () => {
    const { held, pending } = await locks.query()
    return { held: held.map((lock) => lock.name).sort(), pending: pending.map((lock) => lock.name).sort() }
  }
  await vi.waitFor(async () => expect(await names()).toEqual(expected), { timeout: 5000, interval: 5 })
}

test('with Web Locks, refreshes queue on one lock per storage key and the second tab adopts the first one’s token', async () => {
  const locks = createTestLocks()
  vi.stubGlobal('navigator', { locks })
  const key = `locks-${Math.random()}`
  const { server, open, refreshes, hold, release } = tabs(key)
  const a = open()
  await signInByEmail(a, server)
  const b = open()
  // Another app on the same origin, under its own storage key: its refreshes never wait for these.
  const other = tabs(`other-${Math.random()}`)
  const c = other.open()
  await signInByEmail(c, other.server)

  hold()
  const both = Promise.all([a.refresh(), b.refresh()])
  // A holds the lock while its refresh is at the server; B waits on that same lock.
  const [name] = locks.requested
  await lockState(locks, { held: [name as string], pending: [name as string] })
  expect(locks.requested).toEqual([name, name])
  const before = c.getToken()
  const refreshingC = c.refresh()
  await vi.waitFor(() => expect(locks.requested).toHaveLength(3), { interval: 5 })
  expect(locks.requested[2]).not.toBe(name)
  await refreshingC
  expect(c.getToken()).not.toBe(before)

  release()
  await both
  expect(refreshes()).toBe(1)
  expect(b.getToken()).toBe(a.getToken())
  await lockState(locks, { held: [], pending: [] })
})

test('with Web Locks, a tab closed while it waits for the lock leaves the queue: its refresh never runs', async () => {
  const locks = createTestLocks()
  vi.stubGlobal('navigator', { locks })
  const { server, open, refreshes, hold, release } = tabs(`locks-${Math.random()}`)
  const a = open()
  await signInByEmail(a, server)
  const b = open()
  // A's refresh fails at the server: nothing fresher is stored, so a B still queued would refresh itself.
  server.fail('refresh', { status: 503 })
  hold()
  const first = a.refresh()
  const second = b.refresh()
  const [name] = locks.requested
  await lockState(locks, { held: [name as string], pending: [name as string] })

  b.stop()
  await expect(second).rejects.toMatchObject({ code: 'cancelled' })
  await lockState(locks, { held: [name as string], pending: [] })
  release()
  await expect(first).rejects.toMatchObject({ code: 'server' })
  await lockState(locks, { held: [], pending: [] })
  await new Promise((resolve) => setImmediate(resolve))
  expect(refreshes()).toBe(1)
  expect(a.getSnapshot().status).toBe('loggedIn')
})

test('without another tab refreshing, each refresh asks the backend', async () => {
  const { server, open, refreshes } = tabs(`alone-${Math.random()}`)
  const a = open()
  await signInByEmail(a, server)
  await a.refresh()
  await a.refresh()
  expect(refreshes()).toBe(2)
})
