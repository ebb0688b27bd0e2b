import {
  type AuthApi,
  createSession,
  localStorageAdapter,
  memoryStorage,
  type Session,
  type SessionError,
  type SessionOptions,
  type SessionSnapshot,
  type StorageAdapter,
} from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { countCalls } from '../helpers'

const KEY = 'lanyard.session'
const HOUR = 3_600_000

const b64url = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url')

/** A JWT with any header and claims; the signature is not checked on the client (that is the server's job). */
const craft = (claims: unknown, header: unknown = { alg: 'RS256', typ: 'JWT' }, signature = 'c2ln') =>
  `${b64url(header)}.${b64url(claims)}.${signature}`

const nowS = () => Math.floor(Date.now() / 1000)
const goodClaims = (extra: Record<string, unknown> = {}) => ({
  sub: 'user-1',
  sid: 'session-1',
  environment_id: 'test-env',
  scope: 'user:basic',
  iat: nowS(),
  exp: nowS() + 3600,
  ...extra,
})
const record = (token: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ v: 1, token, ...extra })

/** A memory storage preloaded with `raw` under the default key, that counts its calls. */
function storageWith(raw: string | null) {
  const storage = memoryStorage()
  if (raw !== null) storage.setItem(KEY, raw)
  const calls: string[] = []
  const adapter: StorageAdapter = {
    getItem: (key) => {
      calls.push(`get:${key}`)
      return storage.getItem(key)
    },
    setItem: (key, value) => {
      calls.push(`set:${key}`)
      return storage.setItem(key, value)
    },
    removeItem: (key) => {
      calls.push(`remove:${key}`)
      return storage.removeItem(key)
    },
  }
  return { storage: adapter, calls, raw: () => storage.getItem(KEY) as string | null }
}

/** The same storage, answering every call a few ticks later (IndexedDB, AsyncStorage). */
function asyncStorage(inner: StorageAdapter, delayMs = 5): StorageAdapter {
  const later = <T>(run: () => T) =>
    new Promise<Awaited<T>>((resolve, reject) =>
      setTimeout(() => {
        Promise.resolve()
          .then(run)
          .then((value) => resolve(value as Awaited<T>), reject)
      }, delayMs),
    )
  return {
    getItem: (key) => later(() => inner.getItem(key)),
    setItem: (key, value) => later(() => inner.setItem(key, value)),
    removeItem: (key) => later(() => inner.removeItem(key)),
  }
}

const sessions: Session[] = []
function start(options: Partial<SessionOptions> & { storage: StorageAdapter; api?: AuthApi }) {
  const api = options.api ?? createTestAuthServer().api
  const session = createSession({ crossTab: false, revalidateOnFocus: false, ...options, api })
  sessions.push(session)
  return session
}

afterEach(() => {
  for (const session of sessions.splice(0)) session.stop()
  // Mocks first: a spy on a faked setTimeout would otherwise put the fake back after useRealTimers.
  vi.restoreAllMocks()
  vi.useRealTimers()
})

/** Signs in on a fresh session and returns the record it stored, the token and the server. */
async function storedRecord(serverOptions: Parameters<typeof createTestAuthServer>[0] = {}) {
  const server = createTestAuthServer(serverOptions)
  const { storage, raw } = storageWith(null)
  const session = start({ api: server.api, storage })
  const email = 'ada@example.com'
  await session.email.sendCode(email)
  await session.email.verifyCode(server.lastCode(email) as string)
  expect(session.getSnapshot().status).toBe('loggedIn')
  const token = session.getToken() as string
  const snapshot = session.getSnapshot()
  session.stop()
  return { server, raw: raw() as string, token, snapshot }
}

describe('restore with a synchronous adapter', () => {
  test('the first snapshot already shows the restored session: no restoring, no flash, no backend call', async () => {
    const { server, raw, token, snapshot: before } = await storedRecord()
    const { api, calls: apiCalls } = countCalls(server.api)
    const { storage, calls } = storageWith(raw)
    const seen: SessionSnapshot[] = []
    const session = start({ api, storage })
    session.subscribe((snapshot) => seen.push(snapshot))

    const first = session.getSnapshot()
    expect(first.status).toBe('loggedIn')
    expect(first.isLoggedIn).toBe(true)
    expect(first.isAuthenticated).toBe(true)
    expect(first.user).toEqual(before.user)
    expect(first.sessionId).toBe(before.sessionId)
    expect(first.expiresAt).toBe(before.expiresAt)
    expect(first.error).toBeNull()
    expect(session.getToken()).toBe(token)
    expect(await session.ready).toBe(first)

    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(seen).toEqual([]) // nothing changed, so nothing was announced
    expect(session.getSnapshot()).toBe(first)
    expect(apiCalls).toEqual([])
    // The record read once, not rewritten; then the list of revokes an earlier page left unfinished.
    expect(calls).toEqual([`get:${KEY}`, 'get:lanyard.revoke'])
  })

  test('restores through localStorageAdapter too (a Map-backed Storage)', async () => {
    const { server, raw, token } = await storedRecord()
    const map = new Map<string, string>([[KEY, raw]])
    const webStorage = {
      getItem: (key: string) => map.get(key) ?? null,
      setItem: (key: string, value: string) => void map.set(key, value),
      removeItem: (key: string) => void map.delete(key),
      clear: () => map.clear(),
      key: (index: number) => [...map.keys()][index] ?? null,
      get length() {
        return map.size
      },
    } as Storage
    const session = start({ api: server.api, storage: localStorageAdapter(webStorage) })
    expect(session.getSnapshot().status).toBe('loggedIn')
    expect(session.getToken()).toBe(token)
  })

  test('a pending session (MFA required) restores as pending, with its requirements', async () => {
    const server = createTestAuthServer({ mfa: 'required' })
    const { storage, raw } = storageWith(null)
    const first = start({ api: server.api, storage })
    await first.email.sendCode('mfa@example.com')
    await first.email.verifyCode(server.lastCode('mfa@example.com') as string)
    expect(first.getSnapshot().status).toBe('pending')
    first.stop()

    const session = start({ api: server.api, storage: storageWith(raw()).storage })
    expect(session.getSnapshot()).toMatchObject({ status: 'pending', step: 'mfa', pending: ['mfa'] })
  })

  test('a custom storageKey reads and writes its own key only', async () => {
    const { server, raw } = await storedRecord()
    const { storage } = storageWith(null)
    storage.setItem('other.session', raw)
    expect(start({ api: server.api, storage }).getSnapshot().status).toBe('visitor')
    expect(start({ api: server.api, storage, storageKey: 'other' }).getSnapshot().status).toBe('loggedIn')
  })

  test('the restored session keeps working: refresh replaces the token and rewrites the record', async () => {
    const { server, raw, token } = await storedRecord()
    const { storage, raw: current } = storageWith(raw)
    const session = start({ api: server.api, storage })
    await session.refresh()
    expect(session.getToken()).not.toBe(token)
    expect(JSON.parse(current() as string).token).toBe(session.getToken())
  })
})

describe('restore with an asynchronous adapter', () => {
  test('starts in restoring; ready resolves with the first settled snapshot', async () => {
    const { server, raw, token, snapshot: before } = await storedRecord()
    const { api, calls: apiCalls } = countCalls(server.api)
    const session = start({ api, storage: asyncStorage(storageWith(raw).storage) })
    const seen: string[] = []
    session.subscribe((snapshot) => seen.push(snapshot.status))

    const first = session.getSnapshot()
    expect(first.status).toBe('restoring')
    expect(first.step).toBeNull()
    expect(first.isAuthenticated).toBe(false)
    expect(session.getToken()).toBeNull()

    const ready = await session.ready
    expect(ready.status).toBe('loggedIn')
    expect(ready).toBe(session.getSnapshot())
    expect(ready.user).toEqual(before.user)
    expect(ready.expiresAt).toBe(before.expiresAt)
    expect(session.getToken()).toBe(token)
    expect(seen).toEqual(['loggedIn'])
    expect(apiCalls).toEqual([])
  })

  test('with nothing stored, ready resolves as a visitor', async () => {
    const session = start({ storage: asyncStorage(memoryStorage()) })
    expect(session.getSnapshot().status).toBe('restoring')
    expect((await session.ready).status).toBe('visitor')
  })

  test('a bad record read asynchronously is removed, with invalid_token', async () => {
    const inner = storageWith('{"v":1,"token":"nope"}')
    const session = start({ storage: asyncStorage(inner.storage) })
    const errors: SessionError[] = []
    session.on('error', ({ error }) => errors.push(error))
    const ready = await session.ready
    expect(ready).toMatchObject({ status: 'visitor', isAuthenticated: false })
    expect(ready.error?.code).toBe('invalid_token')
    expect(errors.map((error) => error.code)).toEqual(['invalid_token'])
    await vi.waitFor(() => expect(inner.raw()).toBeNull())
  })

  test('an ended session read asynchronously restores as expired and is removed', async () => {
    const inner = storageWith(record(craft(goodClaims()), { expiresAt: Date.now() - 1000 }))
    const session = start({ storage: asyncStorage(inner.storage) })
    expect(await session.ready).toMatchObject({ status: 'expired', endReason: 'token-expired', user: null })
    await vi.waitFor(() => expect(inner.raw()).toBeNull())
  })

  test('a storage whose read rejects degrades to memory: visitor, storage_unavailable, sign-in works', async () => {
    const server = createTestAuthServer()
    const failing: StorageAdapter = {
      getItem: () => Promise.reject(Object.assign(new Error('blocked'), { name: 'SecurityError' })),
      setItem: () => Promise.reject(new Error('never called')),
      removeItem: () => Promise.reject(new Error('never called')),
    }
    const session = start({ api: server.api, storage: failing })
    const errors: string[] = []
    session.on('error', ({ error }) => errors.push(error.code))
    const ready = await session.ready
    expect(ready.status).toBe('visitor')
    expect(ready.error?.code).toBe('storage_unavailable')
    expect(errors).toEqual(['storage_unavailable'])
    await session.email.sendCode('ada@example.com')
    await session.email.verifyCode(server.lastCode('ada@example.com') as string)
    expect(session.getSnapshot().status).toBe('loggedIn')
  })
})

describe('bad records are removed and the session starts as a visitor', () => {
  const t = nowS()
  const cases: Array<[string, string]> = [
    ['not JSON', '{"v":1,"token":'],
    ['JSON but not an object', '"eyJhbGciOiJSUzI1NiJ9"'],
    ['an array', '[1,"token"]'],
    ['null JSON', 'null'],
    ['an unknown version', JSON.stringify({ v: 2, token: craft(goodClaims()) })],
    ['no version', JSON.stringify({ token: craft(goodClaims()) })],
    ['no token', JSON.stringify({ v: 1, expiresAt: Date.now() + HOUR })],
    ['a token that is not a string', JSON.stringify({ v: 1, token: 42 })],
    ['an undecodable token', record('not.a.jwt')],
    ['a token of two segments', record(craft(goodClaims()).split('.').slice(0, 2).join('.'))],
    ['an unsigned token (empty signature)', record(craft(goodClaims(), undefined, ''))],
    ['alg: none', record(craft(goodClaims(), { alg: 'none', typ: 'JWT' }))],
    ['alg: NONE', record(craft(goodClaims(), { alg: 'NONE' }))],
    ['a header without alg', record(craft(goodClaims(), { typ: 'JWT' }))],
    ['a payload that is not JSON', record(`${b64url({ alg: 'RS256' })}.${b64url('{sub:')}.c2ln`)],
    ['a payload that is an array', record(craft([1, 2, 3]))],
    ['no sub', record(craft({ ...goodClaims(), sub: undefined }))],
    ['an empty sub', record(craft(goodClaims({ sub: '' })))],
    ['a numeric sub', record(craft(goodClaims({ sub: 42 })))],
    ['an object sub', record(craft(goodClaims({ sub: { id: 'x' } })))],
    ['no exp', record(craft({ ...goodClaims(), exp: undefined }))],
    ['a string exp', record(craft(goodClaims({ exp: String(t + 3600) })))],
    ['no iat', record(craft({ ...goodClaims(), iat: undefined }))],
    ['a string iat', record(craft(goodClaims({ iat: String(t) })))],
    ['exp equal to iat', record(craft(goodClaims({ iat: t, exp: t })))],
    ['exp before iat', record(craft(goodClaims({ iat: t + 7200, exp: t + 3600 })))],
    ['a huge token', record(craft(goodClaims({ pad: 'x'.repeat(20_000) })))],
  ]

  test.each(cases)('%s', async (_name, raw) => {
    const { storage, raw: current } = storageWith(raw)
    let session: Session | undefined
    expect(() => {
      session = start({ storage })
    }).not.toThrow()
    const s = session as Session
    // Heard by a handler attached right after createSession: reported after a microtask.
    const errors: SessionError[] = []
    s.on('error', ({ error }) => errors.push(error))
    const snapshot = s.getSnapshot()
    expect(snapshot).toMatchObject({ status: 'visitor', user: null, isAuthenticated: false, expiresAt: null })
    expect(snapshot.error?.code).toBe('invalid_token')
    expect(s.getToken()).toBeNull()
    expect(current()).toBeNull()
    expect(errors).toEqual([])
    await Promise.resolve()
    expect(errors).toEqual([snapshot.error])
    // Never the token (or, without one, the record) in the message, nor any long piece of it.
    const secret = raw.match(/"token":"([^"]+)"/)?.[1] ?? raw
    const message = snapshot.error?.message as string
    expect(message).toMatch(/Sign in again\.$/)
    expect(message).not.toContain(secret)
    const pieces = secret.split(/[.{}[\]",:]/).filter((piece) => piece.length >= 8)
    expect(pieces.filter((piece) => message.includes(piece))).toEqual([])
  })

  test('a bad record does not stop a sign-in, and the error is cleared when the flow moves on', async () => {
    const server = createTestAuthServer()
    const { storage, raw } = storageWith(record(craft(goodClaims(), { alg: 'none' })))
    const session = start({ api: server.api, storage })
    expect(session.getSnapshot().error?.code).toBe('invalid_token')
    await session.email.sendCode('ada@example.com')
    await session.email.verifyCode(server.lastCode('ada@example.com') as string)
    expect(session.getSnapshot()).toMatchObject({ status: 'loggedIn', error: null })
    expect(JSON.parse(raw() as string).token).toBe(session.getToken())
  })
})

describe('identity and expiry come from the token', () => {
  test('other fields of the record (user, sessionId, scopes) are ignored', () => {
    const token = craft(goodClaims({ sub: 'real-user', sid: 'real-sid', scope: 'requiresAdditionalAuth' }))
    const raw = JSON.stringify({
      v: 1,
      token,
      expiresAt: Date.now() + HOUR,
      user: { id: 'admin', sessionId: 'forged', scopes: ['user:basic', 'admin'] },
      sessionId: 'forged',
      sub: 'admin',
      scope: 'user:basic admin',
      pending: [],
    })
    const session = start({ storage: storageWith(raw).storage })
    const snapshot = session.getSnapshot()
    expect(snapshot.user?.id).toBe('real-user')
    expect(snapshot.sessionId).toBe('real-sid')
    expect(snapshot.user?.scopes).toEqual(['requiresAdditionalAuth'])
    expect(snapshot.status).toBe('pending') // the token lacks user:basic, whatever the record says
    expect(session.hasScope('admin')).toBe(false)
  })

  test('a token without user:basic (whatever else its scope says) is pending MFA, never loggedIn', () => {
    for (const scope of ['profile', 'admin openid', '']) {
      const session = start({ storage: storageWith(record(craft(goodClaims({ scope })))).storage })
      expect(session.getSnapshot()).toMatchObject({ status: 'pending', step: 'mfa', isLoggedIn: false })
      expect(session.hasScope('user:basic')).toBe(false)
    }
  })

  test('a stored expiry within the token lifetime is kept (it is in this device clock)', () => {
    // Issued by a server 5 hours ahead: exp in the server's clock is 7 hours from now, but the device
    // recorded 2 hours from receipt.
    const iat = nowS() + 5 * 3600
    const token = craft(goodClaims({ iat, exp: iat + 7200 }))
    const expiresAt = Date.now() + 2 * HOUR - 60_000
    const session = start({ storage: storageWith(record(token, { expiresAt })).storage })
    expect(session.getSnapshot()).toMatchObject({ status: 'loggedIn', expiresAt })
  })

  test('a stored expiry beyond the token lifetime is capped to now + lifetime', () => {
    vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z') })
    const token = craft(goodClaims({ iat: nowS(), exp: nowS() + 3600 }))
    const session = start({
      storage: storageWith(record(token, { expiresAt: Date.now() + 365 * 24 * HOUR })).storage,
    })
    expect(session.getSnapshot().status).toBe('loggedIn')
    expect(session.getSnapshot().expiresAt).toBe(Date.now() + HOUR)
  })

  test.each([
    ['a string', 'soon'],
    ['null', null],
    ['a boolean', true],
  ])('a stored expiry that is %s falls back to the token exp', (_name, expiresAt) => {
    const claims = goodClaims()
    const session = start({ storage: storageWith(record(craft(claims), { expiresAt })).storage })
    expect(session.getSnapshot()).toMatchObject({ status: 'loggedIn', expiresAt: claims.exp * 1000 })
  })

  test('a record whose session has ended restores as expired (token-expired) and is removed', async () => {
    const { storage, raw } = storageWith(record(craft(goodClaims()), { expiresAt: Date.now() - 1 }))
    const session = start({ storage })
    const errors: unknown[] = []
    session.on('error', (payload) => errors.push(payload))
    expect(session.getSnapshot()).toMatchObject({
      status: 'expired',
      endReason: 'token-expired',
      user: null,
      sessionId: null,
      expiresAt: null,
      isAuthenticated: false,
      error: null,
    })
    expect(session.getToken()).toBeNull()
    expect(raw()).toBeNull()
    await Promise.resolve()
    expect(errors).toEqual([]) // an ended session is not an error
  })

  test('a token whose exp has passed (no stored expiry) restores as expired', () => {
    const iat = nowS() - 7200
    const { storage, raw } = storageWith(record(craft(goodClaims({ iat, exp: iat + 3600 }))))
    const session = start({ storage })
    expect(session.getSnapshot()).toMatchObject({ status: 'expired', endReason: 'token-expired' })
    expect(raw()).toBeNull()
  })

  test('an expired session still accepts a new sign-in', async () => {
    const server = createTestAuthServer()
    const { storage } = storageWith(record(craft(goodClaims()), { expiresAt: Date.now() - 1 }))
    const session = start({ api: server.api, storage })
    await session.email.sendCode('ada@example.com')
    await session.email.verifyCode(server.lastCode('ada@example.com') as string)
    expect(session.getSnapshot()).toMatchObject({ status: 'loggedIn', endReason: 'token-expired' })
  })
})

describe('a storage that throws degrades to memory', () => {
  const securityError = () =>
    Object.assign(new Error('The operation is insecure.'), { name: 'SecurityError' })
  const quotaError = () =>
    Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' })

  test('getItem throws SecurityError: visitor, storage_unavailable (after a microtask), sign-in works', async () => {
    const server = createTestAuthServer()
    const throwing: StorageAdapter = {
      getItem: () => {
        throw securityError()
      },
      setItem: () => {
        throw securityError()
      },
      removeItem: () => {
        throw securityError()
      },
    }
    let session: Session | undefined
    expect(() => {
      session = start({ api: server.api, storage: throwing })
    }).not.toThrow()
    const s = session as Session
    const errors: SessionError[] = []
    s.on('error', ({ error }) => errors.push(error))
    expect(s.getSnapshot()).toMatchObject({ status: 'visitor', isAuthenticated: false })
    expect(s.getSnapshot().error?.code).toBe('storage_unavailable')
    await Promise.resolve()
    expect(errors.map((error) => error.code)).toEqual(['storage_unavailable'])

    await s.email.sendCode('ada@example.com')
    await s.email.verifyCode(server.lastCode('ada@example.com') as string)
    expect(s.getSnapshot().status).toBe('loggedIn')
    expect(s.getToken()).toMatch(/^ey/)
    expect(errors.map((error) => error.code)).toEqual(['storage_unavailable']) // memory from then on
  })

  test('through localStorageAdapter, a Storage whose every call throws SecurityError', async () => {
    const server = createTestAuthServer()
    const blocked = new Proxy({} as Storage, {
      get() {
        throw securityError()
      },
    })
    const session = start({ api: server.api, storage: localStorageAdapter(blocked) })
    expect(session.getSnapshot().error?.code).toBe('storage_unavailable')
    await session.email.sendCode('ada@example.com')
    await session.email.verifyCode(server.lastCode('ada@example.com') as string)
    expect(session.getSnapshot().status).toBe('loggedIn')
  })

  test('setItem throws QuotaExceededError at sign-in: error event, the session continues in memory', async () => {
    const server = createTestAuthServer()
    let writes = 0
    const full: StorageAdapter = {
      getItem: () => null,
      setItem: () => {
        writes++
        throw quotaError()
      },
      removeItem: () => undefined,
    }
    const session = start({ api: server.api, storage: full })
    const errors: SessionError[] = []
    session.on('error', ({ error }) => errors.push(error))
    await session.email.sendCode('ada@example.com')
    await session.email.verifyCode(server.lastCode('ada@example.com') as string)
    expect(session.getSnapshot().status).toBe('loggedIn')
    expect(errors.map((error) => error.code)).toEqual(['storage_unavailable'])
    expect(errors[0]?.message).not.toContain(session.getToken() as string)
    await session.refresh()
    expect(writes).toBe(1) // degraded: the refresh went to memory, not back to the full storage
    expect(errors).toHaveLength(1)
    await session.logout()
    expect(session.getSnapshot().status).toBe('loggedOut')
  })

  test('an async setItem that rejects degrades the same way', async () => {
    const server = createTestAuthServer()
    const full: StorageAdapter = {
      getItem: () => null,
      setItem: () => Promise.reject(quotaError()),
      removeItem: () => Promise.resolve(),
    }
    const session = start({ api: server.api, storage: full })
    const errors: string[] = []
    session.on('error', ({ error }) => errors.push(error.code))
    await session.email.sendCode('ada@example.com')
    await session.email.verifyCode(server.lastCode('ada@example.com') as string)
    await vi.waitFor(() => expect(errors).toEqual(['storage_unavailable']))
    expect(session.getSnapshot().status).toBe('loggedIn')
  })

  // Removing a bad record can itself fail: the record's invalid_token stays in snapshot.error, and
  // `on('error')` attached right after createSession hears both problems after a microtask (docs/concepts.md, Events).
  test('a bad record in a storage whose removeItem throws: both problems are heard after a microtask', async () => {
    const throwingRemove: StorageAdapter = {
      getItem: () => '{corrupt',
      setItem: () => undefined,
      removeItem: () => {
        throw securityError()
      },
    }
    const session = start({ storage: throwingRemove })
    const errors: string[] = []
    session.on('error', ({ error }) => errors.push(error.code))
    expect(session.getSnapshot().status).toBe('visitor')
    expect(session.getSnapshot().error?.code).toBe('invalid_token')
    await Promise.resolve()
    await Promise.resolve()
    expect([...errors].sort()).toEqual(['invalid_token', 'storage_unavailable'])
  })
})
