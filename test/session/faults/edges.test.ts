import { createSession, memoryStorage, type Session, type SessionOptions, type StorageAdapter } from 'lanyard'
import { createTestAuthServer, createTestWallet } from 'lanyard/testing'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { signInByEmail } from '../helpers'

const KEY = 'lanyard.session'
const sessions: Session[] = []
afterEach(() => {
  for (const session of sessions.splice(0)) session.stop()
  vi.useRealTimers()
})
const open = (options: SessionOptions) => {
  const session = createSession({ crossTab: false, revalidateOnFocus: false, ...options })
  sessions.push(session)
  return session
}

describe('SIWE: a bare CR in a field is refused', () => {
  // A lone CR is a line break to many wallets' renderers and to CRLF-normalising parsers: it could
  // forge a line ("URI: ...") below the statement that the user is shown and signs.
  test.each([
    ['the statement', { statement: 'Sign in to Example.\rURI: https://evil.example' }],
    ['the URI', { uri: 'https://app.example.com/\rNonce: forged12' }],
    ['the statement, CR LF', { statement: 'Sign in.\r\nURI: https://evil.example' }],
  ])('%s', async (_name, siwe) => {
    const server = createTestAuthServer()
    const session = open({
      api: server.api,
      storage: memoryStorage(),
      siwe: { domain: 'app.example.com', uri: 'https://app.example.com', ...siwe },
    })
    const wallet = createTestWallet()
    const signed: string[] = []
    const connector = {
      name: wallet.name,
      connect: () => wallet.connect(),
      signMessage: (message: string, address: string) => {
        signed.push(message)
        return wallet.signMessage(message, address)
      },
    }
    await expect(session.wallet.signIn(connector)).rejects.toMatchObject({ code: 'invalid_input' })
    expect(signed).toEqual([]) // the wallet was never asked to sign the forged text
    expect(session.getSnapshot()).toMatchObject({ status: 'visitor', isAuthenticated: false })
    expect(session.getSnapshot().error?.code).toBe('invalid_input')
    expect(server.webhooks).toEqual([])
  })

  test('the same options without the CR sign in (the refusal is the CR, not the field)', async () => {
    const server = createTestAuthServer()
    const session = open({
      api: server.api,
      storage: memoryStorage(),
      siwe: { domain: 'app.example.com', uri: 'https://app.example.com/', statement: 'Sign in to Example.' },
    })
    await session.wallet.signIn(createTestWallet())
    expect(session.getSnapshot().status).toBe('loggedIn')
  })
})

describe('a storage adapter that answers undefined for a missing key', () => {
  // chrome.storage-style and hand-written adapters often return undefined, not null, for "nothing".
  const undefinedForMissing = (async: boolean): StorageAdapter & { items: Map<string, string> } => {
    const items = new Map<string, string>()
    const read = (key: string) => items.get(key) as string | null // undefined when missing
    return {
      items,
      getItem: (key) => (async ? Promise.resolve(read(key)) : read(key)),
      setItem: (key, value) => {
        items.set(key, value)
      },
      removeItem: (key) => {
        items.delete(key)
      },
    }
  }

  test.each([
    ['synchronous', false],
    ['asynchronous', true],
  ])(
    '%s: a missing record, not a bad token: visitor, no error, and sign-in stores one',
    async (_name, async) => {
      const server = createTestAuthServer()
      const storage = undefinedForMissing(async)
      const session = open({ api: server.api, storage })
      const errors: unknown[] = []
      session.on('error', (payload) => errors.push(payload))
      const ready = await session.ready
      await Promise.resolve() // start-up problems are announced after a microtask
      expect(ready).toMatchObject({ status: 'visitor', error: null, endReason: null })
      expect(errors).toEqual([])

      await signInByEmail(session, server)
      expect(JSON.parse(storage.items.get(KEY) as string).token).toBe(session.getToken())
      await session.logout()
      expect(storage.items.has(KEY)).toBe(false)
    },
  )
})

describe('the exact millisecond a stored session ends', () => {
  async function stored() {
    vi.useFakeTimers({
      now: new Date('2030-06-01T12:00:00Z'),
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
    })
    const server = createTestAuthServer({ tokenLifetimeSeconds: 3600 })
    const storage = memoryStorage()
    const first = open({ api: server.api, storage })
    await signInByEmail(first, server)
    const { expiresAt } = first.getSnapshot() as { expiresAt: number }
    const raw = storage.getItem(KEY) as string
    first.stop()
    const reload = () => {
      const again = memoryStorage()
      again.setItem(KEY, raw)
      return { session: open({ api: server.api, storage: again }), storage: again }
    }
    return { expiresAt, reload }
  }

  test('one millisecond before the end it restores logged in, and ends at the end', async () => {
    const { expiresAt, reload } = await stored()
    vi.setSystemTime(expiresAt - 1)
    const { session } = reload()
    expect(session.getSnapshot()).toMatchObject({ status: 'loggedIn', expiresAt })
    await vi.advanceTimersByTimeAsync(0)
    expect(session.getSnapshot().status).toBe('loggedIn')
    await vi.advanceTimersByTimeAsync(1)
    expect(session.getSnapshot()).toMatchObject({ status: 'expired', endReason: 'token-expired' })
  })

  test('at the end itself it restores as expired, and the record is removed', async () => {
    const { expiresAt, reload } = await stored()
    vi.setSystemTime(expiresAt)
    const { session, storage } = reload()
    expect(session.getSnapshot()).toMatchObject({
      status: 'expired',
      endReason: 'token-expired',
      user: null,
      expiresAt: null,
    })
    expect(session.getToken()).toBeNull()
    expect(storage.getItem(KEY)).toBeNull()
  })
})
