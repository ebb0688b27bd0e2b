// @vitest-environment happy-dom
import { createSession, localStorageAdapter, type SessionOptions } from 'lanyard'
import { createTestAuthServer, type TestAuthServer } from 'lanyard/testing'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { countCalls, signInByEmail } from '../helpers'
import { channelQuiet, isQuietMarker } from '../quiet'
import { type OriginStorage, originStorage } from './originStorage'
import { tabFixture } from './tabFixture'

// Tabs that hear each other through localStorage and its `storage` event, the way lanyard does in a
// browser: each tab's session keeps its record in the real localStorageAdapter over happy-dom's
// localStorage, and learns of the other tabs' writes from a real StorageEvent on the window
// (test/session/tabSync/originStorage.ts fires it in the tabs that did not write, as a browser does).

const { sessions, channels, freshKey } = tabFixture('xtab-storage-')
afterEach(() => localStorage.clear())
const soon = (check: () => void) => vi.waitFor(check, { timeout: 2000, interval: 5 })

/** Tabs of one origin: one backend, one localStorage, one storageKey. */
function tabs(origin: OriginStorage, server: TestAuthServer, options: Partial<SessionOptions> = {}) {
  const storageKey = freshKey()
  const open = () => {
    const { api, calls } = countCalls(server.api)
    const session = createSession({
      api,
      storage: localStorageAdapter(origin.tab()),
      storageKey,
      crossTab: true,
      revalidateOnFocus: false,
      ...options,
    })
    sessions.push(session)
    const ended: unknown[] = []
    session.on('loggedOut', (payload) => ended.push(payload))
    return { session, calls, ended }
  }
  return { storageKey, open }
}

describe('cross-tab over localStorage and the storage event, without BroadcastChannel', () => {
  test('sign-in, refresh and logout reach the other tab through storage alone', async () => {
    vi.stubGlobal('BroadcastChannel', undefined)
    const origin = originStorage()
    const server = createTestAuthServer()
    const { storageKey, open } = tabs(origin, server)
    const a = open()
    const b = open()
    await signInByEmail(a.session, server)
    await soon(() => expect(b.session.getSnapshot().status).toBe('loggedIn'))
    expect(b.session.getToken()).toBe(a.session.getToken())
    expect(JSON.parse(localStorage.getItem(`${storageKey}.session`) as string).token).toBe(
      a.session.getToken(),
    )

    await a.session.refresh()
    await soon(() => expect(b.session.getToken()).toBe(a.session.getToken()))

    await a.session.logout()
    await soon(() =>
      expect(b.session.getSnapshot()).toMatchObject({ status: 'loggedOut', endReason: 'other-tab' }),
    )
    expect(b.ended).toEqual([{ reason: 'other-tab' }])
    expect(localStorage.getItem(`${storageKey}.session`)).toBeNull()
    expect(b.calls).toEqual([])
  })

  test('with both the channel and the storage event, the other tab adopts once', async () => {
    const origin = originStorage()
    const server = createTestAuthServer()
    const { storageKey, open } = tabs(origin, server)
    const a = open()
    const b = open()
    const changes: unknown[] = []
    b.session.on('tokenChanged', (payload) => changes.push(payload))
    const channel = new BroadcastChannel(`lanyard:${storageKey}.session`)
    channels.push(channel)
    const messages: unknown[] = []
    channel.onmessage = (event) => isQuietMarker(event.data) || messages.push(event.data)

    await signInByEmail(a.session, server)
    await soon(() => expect(b.session.getSnapshot().status).toBe('loggedIn'))
    // Both ways have arrived: every message on the channel and every storage event.
    await channelQuiet(`lanyard:${storageKey}.session`)
    await origin.delivered()
    expect(changes).toHaveLength(1)
    expect(messages).toHaveLength(1)
    expect(b.calls).toEqual([])
  })

  // A background tab's timers are throttled (or it sleeps), so the other tab's removal of the expired
  // record (a `storage` event) can reach it before its own expiry timer fires.
  // A removal by another tab whose session had reached its end is an expiry, not a logout: this tab
  // (whose throttled timer has not fired yet) ends as `expired` / 'token-expired'.
  test('an expiry seen first through the storage event still ends as token-expired', async () => {
    vi.stubGlobal('BroadcastChannel', undefined)
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    // The event reaches B before B's own timer, due at the same instant, runs.
    const origin = originStorage({ delivery: 'microtask' })
    const server = createTestAuthServer({ tokenLifetimeSeconds: 600 })
    const { storageKey, open } = tabs(origin, server, { autoRefresh: false })
    // Listening before the tabs do, to see B as the removal reaches it.
    let bWhenRemoved: string | undefined
    const onStorage = (event: StorageEvent) => {
      if (event.key === `${storageKey}.session` && event.newValue === null)
        bWhenRemoved = b.session.getSnapshot().status
    }
    window.addEventListener('storage', onStorage)
    const a = open()
    await signInByEmail(a.session, server)
    const b = open()
    expect(b.session.getSnapshot().status).toBe('loggedIn') // restored from the shared storage
    const heard: string[] = []
    b.session.on('expired', () => heard.push('expired'))
    await vi.advanceTimersByTimeAsync(600 * 1000)
    window.removeEventListener('storage', onStorage)
    expect(bWhenRemoved).toBe('loggedIn') // B heard of the removal before its own timer ended it
    expect(a.session.getSnapshot()).toMatchObject({ status: 'expired', endReason: 'token-expired' })
    expect(b.session.getSnapshot()).toMatchObject({ status: 'expired', endReason: 'token-expired' })
    expect(heard).toEqual(['expired'])
  })

  test('a 401 in tab A ends tab B through the storage event alone; B calls nothing', async () => {
    vi.stubGlobal('BroadcastChannel', undefined)
    const origin = originStorage()
    const server = createTestAuthServer({ tokenLifetimeSeconds: 3600 })
    const { open } = tabs(origin, server)
    const a = open()
    const b = open()
    await signInByEmail(a.session, server)
    await soon(() => expect(b.session.getSnapshot().status).toBe('loggedIn'))

    server.revokeAll()
    await expect(a.session.refresh()).rejects.toMatchObject({ code: 'unauthorized' })
    await soon(() =>
      expect(b.session.getSnapshot()).toMatchObject({ status: 'loggedOut', endReason: 'other-tab' }),
    )
    expect(b.ended).toEqual([{ reason: 'other-tab' }])
    expect(b.calls).toEqual([])
  })
})
