// A tab waiting for another tab's refresh (no Web Locks: it waits for the record the other tab
// announced, for at most REFRESH_WAIT = 5 s) is bounded by that refresh: when it fails, the wait ends
// at once; when this tab logs out or stops, the wait ends at once and leaves no timer behind.
import { type AuthApi, createSession, memoryStorage, type Session } from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
import { afterEach, expect, test, vi } from 'vitest'
import { signInByEmail } from '../session/helpers'
import { channelQuiet } from '../session/quiet'
import { tabFixture } from '../session/tabSync/tabFixture'
import { createTestLocks } from '../session/tabSync/webLocks'

const { sessions, channels, freshKey } = tabFixture('refresh-wait-')

afterEach(() => {
  vi.useRealTimers()
})

/** Two tabs on one storage key; the backend answers a refresh only when the test releases it. */
function twoTabs() {
  const server = createTestAuthServer()
  const storageKey = freshKey()
  let refreshes = 0
  let release: () => void = () => undefined
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
  const storage = memoryStorage()
  const stored = () => JSON.parse(String(storage.getItem(`${storageKey}.session`))).token as string
  const open = () => {
    const session = createSession({ api, storage, storageKey, crossTab: true, revalidateOnFocus: false })
    sessions.push(session)
    return session
  }
  const hold = () => {
    gate = new Promise<void>((resolve) => {
      release = resolve
    })
  }
  return { server, storageKey, stored, open, hold, release: () => release(), refreshes: () => refreshes }
}

/** Tab A starts a held refresh; resolves (with A's refresh) once tab B has heard A's announcement. */
async function announced(a: Session, storageKey: string) {
  const name = `lanyard:${storageKey}.session`
  const spy = new BroadcastChannel(name)
  channels.push(spy)
  const heard = new Promise((resolve) => {
    spy.onmessage = (event) => event.data?.kind === 'refreshing' && resolve(undefined)
  })
  const first = a.refresh()
  first.catch(() => undefined)
  await heard
  await channelQuiet(name)
  return { first }
}

/**
 * Whether `promise` settles while the faked timers stand still, waiting in real I/O turns: a wait that
 * only its 5 s timer could end never does. Gives up after 3 s of real time (a loaded machine).
 */
async function settlesWithoutTimers(promise: Promise<unknown>) {
  let settled = false
  promise.then(
    () => (settled = true),
    () => (settled = true),
  )
  const giveUp = performance.now() + 3000
  while (!settled && performance.now() < giveUp) await new Promise((resolve) => setImmediate(resolve))
  return settled
}

test("another tab's refresh fails: the waiting tab stops waiting and asks the backend itself", async () => {
  const { server, storageKey, open, hold, release, refreshes } = twoTabs()
  const a = open()
  await signInByEmail(a, server)
  const b = open()
  // Timers frozen: a wait that only ends by its 5 s timer never ends here.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] })
  server.fail('refresh', { status: 503 })
  hold()
  const { first } = await announced(a, storageKey)
  const before = b.getToken()
  const second = b.refresh()
  release()
  await expect(first).rejects.toMatchObject({ code: 'server' })
  expect(await settlesWithoutTimers(second)).toBe(true)
  await second
  expect(refreshes()).toBe(2)
  expect(b.getToken()).not.toBe(before)
  expect(b.getSnapshot().status).toBe('loggedIn')
})

test.each([
  ['logout', (session: Session) => void session.logout()],
  ['stop', (session: Session) => session.stop()],
])(
  '%s while waiting for another tab’s refresh ends the wait at once; no timer outlives it',
  async (_name, end) => {
    const { server, storageKey, open, hold, release } = twoTabs()
    const a = open()
    await signInByEmail(a, server)
    const b = open()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] })
    hold()
    const { first } = await announced(a, storageKey)
    // A is done with its timers for this test: only B's remain to be counted.
    a.stop()
    const second = b.refresh()
    await new Promise((resolve) => setImmediate(resolve))
    expect(vi.getTimerCount()).toBeGreaterThan(0) // B's expiry timer and its 5 s wait
    end(b)
    await expect(second).rejects.toMatchObject({ code: 'cancelled' })
    b.stop()
    expect(vi.getTimerCount()).toBe(0)
    release()
    await first.catch(() => undefined)
  },
)

test('with Web Locks, the refreshed session is stored before the lock is released', async () => {
  const locks = createTestLocks()
  // What storage holds at the moment each refresh lets go of the lock (the next tab's first look).
  const atRelease: string[] = []
  const request = locks.request.bind(locks)
  locks.request = ((name: string, options: LockOptions, callback: LockGrantedCallback<unknown>) =>
    request(name, options, async (lock) => {
      const result = await callback(lock)
      atRelease.push(stored())
      return result
    })) as typeof locks.request
  vi.stubGlobal('navigator', { locks })
  const { server, open, stored, refreshes } = twoTabs()
  const a = open()
  await signInByEmail(a, server)
  const before = a.getToken()
  await a.refresh()
  expect(refreshes()).toBe(1)
  expect(a.getToken()).not.toBe(before)
  expect(atRelease).toEqual([a.getToken()])
})
