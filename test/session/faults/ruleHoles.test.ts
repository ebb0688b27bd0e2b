import { type AuthApi, type AuthResult, createSession, memoryStorage, type Session } from 'lanyard'
import { createTestAuthServer, type TestAuthServer } from 'lanyard/testing'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { cookieJar } from '../../bindings/scenario'
import { freshEmail, signInByEmail } from '../helpers'
import { createTestLocks } from '../tabSync/webLocks'

// Rules that no test held before issue 23: each test here fails when its rule is removed.

const sessions: Session[] = []
afterEach(() => {
  for (const session of sessions.splice(0)) session.stop()
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

const ctx = { signal: new AbortController().signal, token: null }

function open(api: AuthApi, options: Partial<Parameters<typeof createSession>[0]> = {}) {
  const storage = memoryStorage()
  const session = createSession({ api, storage, crossTab: false, revalidateOnFocus: false, ...options })
  sessions.push(session)
  return { session, storage }
}

/** The same user signs in again elsewhere: another session (another sid) of that user. */
async function anotherSessionOf(server: TestAuthServer, email: string): Promise<AuthResult> {
  const { verificationId } = await server.api.sendEmailCode({ email }, ctx)
  return server.api.verifyEmailCode({ verificationId, code: server.lastCode(email) }, ctx)
}

describe('the identity check compares sid too', () => {
  test('a refresh answered with another session of the same user is refused and ends this one', async () => {
    const server = createTestAuthServer()
    let hostile: AuthResult | null = null
    const api: AuthApi = {
      ...server.api,
      environmentId: server.api.environmentId,
      refresh: async (c) => hostile ?? server.api.refresh(c),
    }
    const { session } = open(api)
    const email = await signInByEmail(session, server)
    const mine = session.getSnapshot()
    hostile = await anotherSessionOf(server, email)
    expect(hostile.user?.id).toBe(mine.user?.id)
    expect(hostile.user?.sessionId).not.toBe(mine.sessionId)
    await expect(session.refresh()).rejects.toMatchObject({ code: 'invalid_token' })
    expect(session.getSnapshot()).toMatchObject({ status: 'loggedOut', endReason: 'invalid-token' })
  })

  test('with Web Locks, a stored record of another session is not taken as "another tab refreshed"', async () => {
    vi.stubGlobal('navigator', { locks: createTestLocks() })
    const server = createTestAuthServer()
    let refreshes = 0
    const api: AuthApi = {
      ...server.api,
      environmentId: server.api.environmentId,
      refresh: (c) => {
        refreshes++
        return server.api.refresh(c)
      },
    }
    const storageKey = `holes-${Math.random()}`
    const { session, storage } = open(api, { crossTab: true, storageKey })
    const email = await signInByEmail(session, server)
    const mine = session.getSnapshot().sessionId
    // Another session of the same user lands in storage (written by a page this tab never heard).
    const other = await anotherSessionOf(server, email)
    storage.setItem(
      `${storageKey}.session`,
      JSON.stringify({ v: 1, token: other.token, expiresAt: Date.now() + 3600_000 }),
    )
    await session.refresh()
    expect(refreshes).toBe(1)
    expect(session.getSnapshot().sessionId).toBe(mine)
    expect(session.getToken()).not.toBe(other.token)
  })
})

test("cookie mode refuses an answer already expired by the server's own clock", async () => {
  const server = createTestAuthServer({ tokenLifetimeSeconds: 3600, cookie: true })
  const jar = cookieJar(server.api).api
  const api: AuthApi = {
    ...jar,
    environmentId: server.api.environmentId,
    async verifyEmailCode(input, c) {
      const result = await jar.verifyEmailCode(input, c)
      // The server's clock of the answer is two hours on: the session it describes ended an hour ago.
      return { ...result, serverNow: Date.now() + 2 * 3600_000 }
    },
  }
  const { session, storage } = open(api, { tokenStorage: 'cookie' })
  const email = freshEmail()
  await session.email.sendCode(email)
  await expect(session.email.verifyCode(server.lastCode(email))).rejects.toMatchObject({
    code: 'invalid_token',
  })
  expect(session.getSnapshot()).toMatchObject({
    isAuthenticated: false,
    user: null,
    step: 'emailOtp.awaitingCode',
  })
  expect(storage.getItem('lanyard.session')).toBeNull()
})

test('mfa.enrollTotp() is refused for a user who already has TOTP: invalid_state, no enrolment asked', async () => {
  const server = createTestAuthServer({ mfa: 'required' })
  let enrolments = 0
  const api: AuthApi = {
    ...server.api,
    environmentId: server.api.environmentId,
    enrollTotp: (c) => {
      enrolments++
      return server.api.enrollTotp(c)
    },
  }
  const { session } = open(api)
  const email = await signInByEmail(session, server)
  await session.mfa.enrollTotp()
  await session.mfa.verifyTotp(server.totpCode(email))
  await session.logout()
  await signInByEmail(session, server, email)
  const before = session.getSnapshot()
  expect(before).toMatchObject({ status: 'pending', step: 'mfa' })
  await expect(session.mfa.enrollTotp()).rejects.toMatchObject({ code: 'invalid_state' })
  expect(session.getSnapshot()).toBe(before)
  expect(enrolments).toBe(1)
})

test('a failing revoke is retried as documented (1 s, 2 s, 4 s … up to 30 s, 8 attempts), then given up', async () => {
  const server = createTestAuthServer()
  const at: number[] = []
  const api: AuthApi = {
    ...server.api,
    environmentId: server.api.environmentId,
    revoke: async () => {
      at.push(Date.now())
      throw new TypeError('fetch failed')
    },
  }
  const { session, storage } = open(api)
  await signInByEmail(session, server)
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  const start = Date.now()
  await session.logout()
  await vi.advanceTimersByTimeAsync(10 * 60_000)
  expect(at.map((time) => (time - start) / 1000)).toEqual([0, 1, 3, 7, 15, 31, 61, 91])
  // Given up while the page lives, still remembered for the next start.
  expect(JSON.parse(storage.getItem('lanyard.revoke') as string)).toHaveLength(1)
})
