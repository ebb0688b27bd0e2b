import { type AuthApi, createSession, memoryStorage, type StorageAdapter } from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
import { describe, expect, test, vi } from 'vitest'
import { countCalls, signInByEmail } from '../helpers'
import { tabFixture } from './tabFixture'

// Tabs are simulated as in crossTab.test.ts: sessions with crossTab: true, one shared storage and a
// storageKey of their own, talking over Node's real BroadcastChannel.

const { sessions, channels, freshKey } = tabFixture('revoke-')
const soon = (check: () => void) => vi.waitFor(check, { timeout: 2000, interval: 5 })
/**
 * Waits, in real tasks and without moving a faked clock (vi.waitFor would advance it), until `heard()`;
 * then one more task, so that every tab the message was posted to has had its turn.
 */
async function heardBy(heard: () => boolean) {
  const giveUp = performance.now() + 2000
  while (!heard()) {
    if (performance.now() > giveUp) throw new Error('the message never crossed the channel')
    await new Promise((resolve) => setImmediate(resolve))
  }
  await new Promise((resolve) => setImmediate(resolve))
}

/** The promise, once settled within two seconds of real tasks: a stalled one fails here, not by the test's time-out. */
async function settledSoon<T>(promise: Promise<T>, what: string): Promise<T> {
  let done = false
  promise.then(
    () => {
      done = true
    },
    () => {
      done = true
    },
  )
  const giveUp = performance.now() + 2000
  while (!done) {
    if (performance.now() > giveUp) throw new Error(`${what} is still waiting`)
    await new Promise((resolve) => setImmediate(resolve))
  }
  return promise
}

/** Listens on the session channel like another tab would. */
function spy(storageKey: string) {
  const channel = new BroadcastChannel(`lanyard:${storageKey}.session`)
  channels.push(channel)
  const messages: Array<{ kind?: string; until?: number }> = []
  channel.onmessage = (event) => messages.push(event.data)
  return { channel, messages }
}

function tabs(
  storage: () => StorageAdapter = (() => {
    const shared = memoryStorage()
    return () => shared
  })(),
) {
  const server = createTestAuthServer({ tokenLifetimeSeconds: 3600 })
  const storageKey = freshKey()
  const open = (api: AuthApi = server.api) => {
    const counted = countCalls(api)
    const session = createSession({
      api: counted.api,
      storage: storage(),
      storageKey,
      crossTab: true,
      revalidateOnFocus: false,
    })
    sessions.push(session)
    const ended: unknown[] = []
    session.on('loggedOut', (payload) => ended.push(payload))
    return { session, calls: counted.calls, refreshes: counted.refreshes, ended }
  }
  return { server, storageKey, open }
}

describe('a revocation seen in one tab ends the session in the others', () => {
  test('a 401 on refresh in tab A ends tab B (other-tab), which calls nothing', async () => {
    const { server, storageKey, open } = tabs()
    const a = open()
    const b = open()
    await signInByEmail(a.session, server)
    await soon(() => expect(b.session.getSnapshot().status).toBe('loggedIn'))
    const { messages } = spy(storageKey)

    server.revokeSession(a.session.getSnapshot().sessionId as string)
    await expect(a.session.refresh()).rejects.toMatchObject({ code: 'unauthorized' })
    expect(a.session.getSnapshot()).toMatchObject({ status: 'loggedOut', endReason: 'session-revoked' })

    await soon(() => expect(b.session.getSnapshot().status).toBe('loggedOut'))
    expect(b.session.getSnapshot()).toMatchObject({
      endReason: 'other-tab',
      user: null,
      sessionId: null,
      isAuthenticated: false,
    })
    expect(b.session.getToken()).toBeNull()
    expect(b.ended).toEqual([{ reason: 'other-tab' }])
    expect(b.calls).toEqual([]) // B learnt it from A, not from the backend
    expect(messages).toContainEqual({ kind: 'ended' })
  })
  // Through localStorage and the storage event alone: crossTabStorage.dom.test.ts.
})

describe('how long a tab waits for another tab’s refresh', () => {
  // Node has no navigator.locks: the tabs announce their refresh on the channel instead.
  test('a forged `refreshing` message with a far-future until stalls a refresh 5 s at most', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    const { server, storageKey, open } = tabs()
    const a = open()
    await signInByEmail(a.session, server)
    const b = open()
    expect(b.session.getSnapshot().status).toBe('loggedIn')
    const { channel } = spy(storageKey)
    const listener = spy(storageKey)

    channel.postMessage({ kind: 'refreshing', until: Date.now() + 10 * 365 * 24 * 3600_000 })
    // Once a third listener heard it, so has B (delivered from one post).
    await heardBy(() => listener.messages.length === 1)

    const refreshed = b.session.refresh()
    await vi.advanceTimersByTimeAsync(4999)
    // B heard the announcement and waits for the other tab's record ...
    expect(b.refreshes()).toBe(0)
    // ... but only up to the cap, then asks the backend itself.
    await vi.advanceTimersByTimeAsync(1)
    await settledSoon(refreshed, 'the refresh 5 s after a forged announcement')
    expect(b.refreshes()).toBe(1)
    expect(b.session.getSnapshot().status).toBe('loggedIn')
  })

  test('a tab closed in the middle of its refresh: the other waits 5 s, then refreshes itself', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    const { server, storageKey, open } = tabs()
    const first = open()
    await signInByEmail(first.session, server)
    const listener = spy(storageKey)
    // Tab A's refresh reaches a backend that never answers; the tab is then closed.
    const a = open({
      ...server.api,
      environmentId: server.api.environmentId,
      refresh: () => new Promise(() => {}),
    })
    const b = open()
    const hanging = a.session.refresh().catch(() => undefined)
    await heardBy(() => listener.messages.some((message) => message.kind === 'refreshing'))
    a.session.stop()
    await hanging

    const before = b.session.getToken()
    const refreshed = b.session.refresh()
    await vi.advanceTimersByTimeAsync(4999)
    expect(b.refreshes()).toBe(0)
    await vi.advanceTimersByTimeAsync(1)
    await settledSoon(refreshed, 'the refresh 5 s after the closed tab announced its own')
    expect(b.refreshes()).toBe(1)
    expect(b.session.getToken()).not.toBe(before)
  })
})
