import { type AuthApi, createSession, memoryStorage } from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
import { afterEach, expect, test, vi } from 'vitest'
import { signInByEmail } from './helpers'
import { channelQuiet } from './quiet'

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

test('with Web Locks, refreshes queue on one lock and the second tab adopts the first one’s token', async () => {
  let chain = Promise.resolve<unknown>(undefined)
  const locks = {
    request: (_name: string, _options: unknown, run: () => Promise<unknown>) => {
      const result = chain.then(run)
      chain = result.catch(() => undefined)
      return result
    },
  }
  vi.stubGlobal('navigator', { locks })
  const { server, open, refreshes, hold, release } = tabs(`locks-${Math.random()}`)
  const a = open()
  await signInByEmail(a, server)
  const b = open()
  hold()
  const both = Promise.all([a.refresh(), b.refresh()])
  await new Promise((resolve) => setImmediate(resolve)) // both queued on the lock
  release()
  await both
  expect(refreshes()).toBe(1)
  expect(b.getToken()).toBe(a.getToken())
})

test('without another tab refreshing, each refresh asks the backend', async () => {
  const { server, open, refreshes } = tabs(`alone-${Math.random()}`)
  const a = open()
  await signInByEmail(a, server)
  await a.refresh()
  await a.refresh()
  expect(refreshes()).toBe(2)
})
