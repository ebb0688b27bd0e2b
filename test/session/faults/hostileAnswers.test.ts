import { type AuthApi, type AuthResult, createSession, memoryStorage, type Session } from 'lanyard'
import { createTestAuthServer, type TestAuthServer } from 'lanyard/testing'
import { afterEach, describe, expect, test } from 'vitest'
import { freshEmail, signInByEmail } from '../helpers'

const sessions: Session[] = []
afterEach(() => {
  for (const session of sessions.splice(0)) session.stop()
})

const ctx = { signal: new AbortController().signal, token: null }

/** Signs another user in on the server directly: the answer a hostile or confused server could hand out. */
async function otherUsersAnswer(server: TestAuthServer): Promise<AuthResult> {
  const email = freshEmail('mallory')
  const { verificationId } = await server.api.sendEmailCode({ email }, ctx)
  return server.api.verifyEmailCode({ verificationId, code: server.lastCode(email) }, ctx)
}

function open(api: AuthApi) {
  const storage = memoryStorage()
  const session = createSession({ api, storage, crossTab: false, revalidateOnFocus: false })
  sessions.push(session)
  return { session, storage }
}

const isLive = (server: TestAuthServer, sessionId: string | null) =>
  server.sessions().some((s) => s.id === sessionId && s.revokedAt === null)

describe('an answer for another user', () => {
  for (const method of ['refresh', 'updateUser'] as const) {
    test(`from ${method}() ends the session as invalid-token and revokes what it carried`, async () => {
      const server = createTestAuthServer(method === 'updateUser' ? { requiredFields: ['alias'] } : {})
      let hostile: AuthResult | null = null
      const api: AuthApi = {
        ...server.api,
        environmentId: server.api.environmentId,
        [method]: async () => hostile ?? Promise.reject(new Error('not armed')),
      }
      const { session, storage } = open(api)
      await signInByEmail(session, server)
      const mine = session.getSnapshot()
      hostile = await otherUsersAnswer(server)
      const theirs = hostile.user?.sessionId ?? null
      expect(isLive(server, theirs)).toBe(true)

      const action = method === 'refresh' ? session.refresh() : session.info.submit({ alias: 'ada' })
      await expect(action).rejects.toMatchObject({ code: 'invalid_token' })
      expect(session.getSnapshot()).toMatchObject({
        status: 'loggedOut',
        endReason: 'invalid-token',
        user: null,
        error: { code: 'invalid_token' },
      })
      expect(session.getToken()).toBeNull()
      expect(storage.getItem('lanyard.session')).toBeNull()
      await expect.poll(() => isLive(server, theirs)).toBe(false)
      expect(mine.user?.id).not.toBe(hostile.user?.id)
    })
  }

  test('a refresh that keeps the user and the session is taken as before', async () => {
    const server = createTestAuthServer()
    const { session } = open(server.api)
    await signInByEmail(session, server)
    const before = session.getSnapshot()
    await session.refresh()
    expect(session.getSnapshot()).toMatchObject({ status: 'loggedIn', sessionId: before.sessionId })
  })
})

describe("expiry from the server's clock", () => {
  /** The answer's server clock (its `Date` header) moved on by `ms`, as a server whose token is older. */
  const shifted = (server: TestAuthServer, ms: number): AuthApi => ({
    ...server.api,
    environmentId: server.api.environmentId,
    async verifyEmailCode(input, c) {
      const result = await server.api.verifyEmailCode(input, c)
      return { ...result, serverNow: (result.serverNow ?? Date.now()) + ms }
    },
  })

  test('a token with 10 minutes left by the server clock shows 10 minutes, not its whole lifetime', async () => {
    const server = createTestAuthServer({ tokenLifetimeSeconds: 7200 })
    const { session } = open(shifted(server, 110 * 60_000))
    await signInByEmail(session, server)
    const left = (session.getSnapshot().expiresAt as number) - Date.now()
    expect(left).toBeGreaterThan(9 * 60_000)
    expect(left).toBeLessThanOrEqual(10 * 60_000 + 1000)
  })

  test('a token already expired by the server clock is refused and makes no session', async () => {
    const server = createTestAuthServer({ tokenLifetimeSeconds: 7200 })
    const { session, storage } = open(shifted(server, 3 * 3600_000))
    const email = freshEmail()
    await session.email.sendCode(email)
    await expect(session.email.verifyCode(server.lastCode(email))).rejects.toMatchObject({
      code: 'invalid_token',
    })
    // The code form stays (as for any answer that cannot hold a session); no session was made.
    expect(session.getSnapshot()).toMatchObject({
      step: 'emailOtp.awaitingCode',
      user: null,
      isAuthenticated: false,
    })
    expect(session.getToken()).toBeNull()
    expect(storage.getItem('lanyard.session')).toBeNull()
  })
})
