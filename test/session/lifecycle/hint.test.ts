// @vitest-environment happy-dom
import { createSession, memoryStorage, type SessionHint, type StorageAdapter } from 'lanyard'
import { createTokenVerifier, sessionHint } from 'lanyard/server'
import { createTestAuthServer } from 'lanyard/testing'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { cookieJar } from '../../bindings/scenario'
import { countCalls, freshEmail } from '../helpers'

const stops: Array<() => void> = []
afterEach(() => {
  for (const stop of stops.splice(0)) stop()
  vi.unstubAllGlobals()
})

/** A cookie-mode sign-in, then the hint a server would make from the cookie. */
async function hinted(serverOptions: Parameters<typeof createTestAuthServer>[0] = {}) {
  const server = createTestAuthServer(serverOptions)
  const { api, jar } = cookieJar(server.api)
  const first = createSession({ api, tokenStorage: 'cookie', storage: memoryStorage(), crossTab: false })
  const email = freshEmail()
  await first.email.sendCode(email)
  await first.email.verifyCode(server.lastCode(email))
  const signedIn = first.getSnapshot()
  first.stop()
  const verifier = createTokenVerifier({
    jwks: server.jwks(),
    issuer: server.options.issuer,
    audience: server.options.audience,
    requiredScope: serverOptions.mfa === 'required' ? 'requiresAdditionalAuth' : 'user:basic',
  })
  const hint: SessionHint = JSON.parse(
    JSON.stringify(sessionHint(await verifier.verify(jar.token as string))),
  )
  return { server, api, hint, signedIn, email }
}

function open(options: Parameters<typeof createSession>[0]) {
  const session = createSession({ crossTab: false, ...options })
  stops.push(() => session.stop())
  return session
}

describe('getServerSnapshot and the hint option', () => {
  test('without a hint the server snapshot is restoring (never visitor), frozen, the same object every time', () => {
    const session = open({ api: createTestAuthServer().api, storage: memoryStorage() })
    const snapshot = session.getServerSnapshot()
    expect(snapshot).toMatchObject({ status: 'restoring', step: null, user: null, isAuthenticated: false })
    expect(Object.isFrozen(snapshot)).toBe(true)
    expect(session.getServerSnapshot()).toBe(snapshot)
    expect(session.getSnapshot().status).toBe('visitor')
  })

  test('cookie mode, nothing stored: the first snapshot is the hint’s session, equal to the server snapshot; ready confirms it', async () => {
    const { api, hint, signedIn, email } = await hinted()
    expect(hint).toEqual({
      sessionId: signedIn.sessionId,
      expiresAt: expect.any(Number),
      user: signedIn.user,
    })
    const { api: counting, calls } = countCalls(api)
    const storage = memoryStorage()
    const session = open({ api: counting, tokenStorage: 'cookie', storage, hint })
    const server = session.getServerSnapshot()
    const client = session.getSnapshot()
    expect(server).toMatchObject({ status: 'loggedIn', sessionId: hint.sessionId, user: { email } })
    const { step: _serverStep, ...serverRest } = server
    const { step: clientStep, ...clientRest } = client
    expect(clientRest).toEqual(serverRest)
    expect(clientStep).toBe('refreshing') // the confirm is already under way
    const ready = await session.ready
    expect(ready).toMatchObject({ status: 'loggedIn', sessionId: hint.sessionId })
    expect(calls).toContain('refresh')
    expect(JSON.parse(storage.getItem('lanyard.session') as string)).toMatchObject({
      sessionId: hint.sessionId,
    })
  })

  test('a hint of a pending session (MFA) renders pending mfa on both sides', async () => {
    const { api, hint } = await hinted({ mfa: 'required' })
    const session = open({ api, tokenStorage: 'cookie', storage: memoryStorage(), hint })
    expect(session.getServerSnapshot()).toMatchObject({ status: 'pending', step: 'mfa', pending: ['mfa'] })
    expect(session.getSnapshot()).toMatchObject({ status: 'pending', pending: ['mfa'] })
  })

  test('an async storage: the hint stands in at once instead of restoring', async () => {
    const { api, hint } = await hinted()
    const sync = memoryStorage()
    const storage: StorageAdapter = {
      getItem: async (key) => sync.getItem(key),
      setItem: async (key, value) => sync.setItem(key, value),
      removeItem: async (key) => sync.removeItem(key),
    }
    const session = open({ api, tokenStorage: 'cookie', storage, hint })
    expect(session.getSnapshot().status).toBe('loggedIn')
    expect((await session.ready).status).toBe('loggedIn')
  })

  test('a stored record wins over the hint; the server snapshot still comes from the hint alone', async () => {
    const { api, hint } = await hinted()
    const other = await hinted()
    const storage = memoryStorage()
    const first = open({ api: other.api, tokenStorage: 'cookie', storage, hint: other.hint })
    await first.ready
    first.stop()
    const session = open({ api, tokenStorage: 'cookie', storage, hint })
    expect(session.getSnapshot().sessionId).toBe(other.hint.sessionId)
    expect(session.getServerSnapshot().sessionId).toBe(hint.sessionId)
  })

  test('in-app mode: the hint feeds only the server snapshot (there is no token to hold)', async () => {
    const { api, hint } = await hinted()
    const { api: counting, calls } = countCalls(api)
    const session = open({ api: counting, storage: memoryStorage(), hint })
    expect(session.getServerSnapshot().status).toBe('loggedIn')
    expect(session.getSnapshot().status).toBe('visitor')
    await session.ready
    expect(calls).not.toContain('refresh')
  })

  test('on a server (no document) the hint is never acted on: no request, no timer; only getServerSnapshot', async () => {
    const { api, hint } = await hinted()
    const { api: counting, calls } = countCalls(api)
    vi.stubGlobal('document', undefined)
    vi.useFakeTimers()
    try {
      const session = open({ api: counting, tokenStorage: 'cookie', storage: memoryStorage(), hint })
      expect(session.getServerSnapshot().status).toBe('loggedIn')
      expect(session.getSnapshot().status).toBe('visitor')
      await session.ready
      expect(calls).toEqual([])
      expect(vi.getTimerCount()).toBe(0)
    } finally {
      vi.useRealTimers()
    }
  })

  test('a hint the client clock already sees as ended is not adopted', async () => {
    const { api, hint } = await hinted()
    const session = open({
      api,
      tokenStorage: 'cookie',
      storage: memoryStorage(),
      hint: { ...hint, expiresAt: Date.now() - 1000 },
    })
    expect(session.getSnapshot().status).toBe('visitor')
  })

  test('null is no hint; anything else that is not a hint throws invalid_input', () => {
    const api = createTestAuthServer().api
    expect(open({ api, hint: null }).getServerSnapshot().status).toBe('restoring')
    for (const bad of [
      {},
      'hint',
      { sessionId: 1, expiresAt: 1, user: { id: 'u' } },
      { expiresAt: 1, user: {} },
    ]) {
      expect(() => createSession({ api, crossTab: false, hint: bad as never })).toThrow(
        expect.objectContaining({ code: 'invalid_input' }),
      )
    }
  })
})
