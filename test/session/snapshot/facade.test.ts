// @vitest-environment happy-dom
import {
  createSession,
  memoryStorage,
  type Session,
  type SessionMachineInput,
  sessionMachine,
  sessionStorageAdapter,
} from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { createActor, waitFor } from 'xstate'
import { countCalls, freshEmail, signInByEmail } from '../helpers'
import { channelQuiet, isQuietMarker } from '../quiet'

const sessions: Session[] = []
afterEach(() => {
  for (const session of sessions.splice(0)) session.stop()
  vi.useRealTimers()
})

/** A wake source the test fires by hand, as React Native's AppState would. */
function manualWake() {
  const checks = new Set<() => void>()
  return {
    onWake: (check: () => void) => {
      checks.add(check)
      return () => checks.delete(check)
    },
    wake: () => {
      for (const check of [...checks]) check()
    },
    listening: () => checks.size,
  }
}

describe('onWake', () => {
  test('a custom wake source revalidates a resting session and ends one that slept past its expiry', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const server = createTestAuthServer({ tokenLifetimeSeconds: 600 })
    const { api, refreshes } = countCalls(server.api)
    const source = manualWake()
    const session = createSession({ api, storage: memoryStorage(), onWake: source.onWake, crossTab: false })
    sessions.push(session)
    await signInByEmail(session, server)
    expect(source.listening()).toBeGreaterThan(0)

    source.wake() // within a minute of signing in: nothing to learn yet
    await vi.waitFor(() => expect(session.getSnapshot().step).toBe(null))
    expect(refreshes()).toBe(0)

    vi.setSystemTime(Date.now() + 2 * 60_000)
    source.wake()
    await vi.waitFor(() => expect(refreshes()).toBe(1))
    await vi.waitFor(() => expect(session.getSnapshot()).toMatchObject({ status: 'loggedIn', step: null }))

    // The device slept past the end: no timer ran, the wake alone ends the session.
    vi.setSystemTime((session.getSnapshot().expiresAt as number) + 1000)
    source.wake()
    await vi.waitFor(() =>
      expect(session.getSnapshot()).toMatchObject({ status: 'expired', endReason: 'token-expired' }),
    )
    expect(refreshes()).toBe(1) // past its end: nothing to ask the server
  })

  test('stop() removes every wake listener the session added', async () => {
    const server = createTestAuthServer()
    const source = manualWake()
    const session = createSession({
      api: server.api,
      storage: memoryStorage(),
      onWake: source.onWake,
      crossTab: false,
    })
    await signInByEmail(session, server)
    expect(source.listening()).toBe(1) // one listener: the expiry timer, which also tells resting states to revalidate
    session.stop()
    expect(source.listening()).toBe(0)
  })
})

/** A Storage of its own, as each browser tab has its own sessionStorage. */
function tabStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  }
}

describe('per-tab storage', () => {
  test('a sessionStorage session is never broadcast to, or adopted by, another tab', async () => {
    const server = createTestAuthServer()
    const storageKey = `pertab-${Date.now().toString(36)}`
    const heard: unknown[] = []
    const spy = new BroadcastChannel(`lanyard:${storageKey}.session`)
    spy.onmessage = (event) => isQuietMarker(event.data) || heard.push(event.data)
    // Browser defaults: crossTab is on (happy-dom is a browser).
    const first = createSession({ api: server.api, storage: sessionStorageAdapter(tabStorage()), storageKey })
    const second = createSession({
      api: server.api,
      storage: sessionStorageAdapter(tabStorage()),
      storageKey,
    })
    sessions.push(first, second)
    await signInByEmail(first, server, freshEmail('tab'))
    await channelQuiet(`lanyard:${storageKey}.session`) // anything posted has been heard by now
    expect(first.getSnapshot().status).toBe('loggedIn')
    expect(second.getSnapshot().status).toBe('visitor')
    await first.logout()
    await channelQuiet(`lanyard:${storageKey}.session`)
    expect(heard).toEqual([])
    spy.close()
  })
})

describe('the machine on its own', () => {
  test('createActor(sessionMachine, { input }) runs a sign-in with hand-made dependencies', async () => {
    const server = createTestAuthServer()
    const lifetime = new AbortController()
    const input: SessionMachineInput = {
      stored: { kind: 'none' },
      deps: {
        api: server.api,
        cookieMode: false,
        now: Date.now,
        lifetime: lifetime.signal,
        settings: () => server.api.getSettings({ signal: lifetime.signal, token: null }),
        restore: async () => ({ kind: 'none' }),
        refreshShared: (_current, _signal, refresh) => refresh(),
        revoke: () => undefined,
        onWake: () => () => undefined,
        armAt: (deadline, callback) => {
          const id = setTimeout(callback, Math.min(deadline - Date.now(), 2 ** 31 - 1))
          return () => clearTimeout(id)
        },
        siwe: { domain: 'localhost', uri: 'http://localhost' },
        expiringNoticeMs: 60_000,
        revalidateOnFocus: false,
      },
    }
    const actor = createActor(sessionMachine, { input }).start()
    const email = freshEmail('actor')
    actor.send({ type: 'email.send', email })
    await waitFor(actor, (state) => state.matches({ authenticating: { emailOtp: 'awaitingCode' } }))
    actor.send({ type: 'email.verify', code: server.lastCode(email) })
    const done = await waitFor(actor, (state) => state.matches({ authenticated: 'loggedIn' }))
    expect(done.context.auth?.user.email).toBe(email)
    // The token is sealed: the inspector and JSON never see it.
    expect(JSON.stringify(done.context.auth)).not.toMatch(/eyJ/)
    actor.stop()
    lifetime.abort()
  })
})
