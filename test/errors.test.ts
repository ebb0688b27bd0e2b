// What a login UI switches on: the code of a rejection, read with isSessionError(error, code), for
// failures from the reference backend and from a hand-written AuthApi (issue 14, mutants M03, M04).
import { type AuthApi, createSession, isSessionError, memoryStorage, SessionError } from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
import { describe, expect, test } from 'vitest'

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (error: unknown) => error,
  )

describe('isSessionError(error, code)', () => {
  test('is true only for the code the error carries', async () => {
    const server = createTestAuthServer()
    const session = createSession({ api: server.api, storage: memoryStorage(), crossTab: false })
    const email = 'codes@example.com'
    await session.email.sendCode(email)
    const wrong = server.lastCode(email) === '000000' ? '111111' : '000000'
    const error = await rejection(session.email.verifyCode(wrong))

    expect(isSessionError(error)).toBe(true)
    expect(isSessionError(error, 'invalid_code')).toBe(true)
    for (const other of ['network', 'code_expired', 'too_many_attempts', 'invalid_input'] as const) {
      expect(isSessionError(error, other)).toBe(false)
    }
    session.stop()
  })

  test('is false for what is not a SessionError, whatever its code', () => {
    const lookalike = Object.assign(new Error('x'), { name: 'SessionError', code: 'network' })
    expect(isSessionError(lookalike)).toBe(false)
    expect(isSessionError(lookalike, 'network')).toBe(false)
    expect(isSessionError(new SessionError('server', 'x'), 'network')).toBe(false)
  })
})

describe('a hand-written AuthApi that rejects with something else', () => {
  // An app's own AuthApi (over its own fetch) whose request the app aborted: the session did not.
  const rejecting = (error: unknown): AuthApi => {
    const { api } = createTestAuthServer()
    return { ...api, environmentId: api.environmentId, sendEmailCode: () => Promise.reject(error) }
  }

  test('an AbortError is `cancelled`', async () => {
    const session = createSession({
      api: rejecting(new DOMException('The user aborted a request.', 'AbortError')),
      storage: memoryStorage(),
      crossTab: false,
    })
    const error = await rejection(session.email.sendCode('abort@example.com'))
    expect(isSessionError(error, 'cancelled')).toBe(true)
    expect((error as SessionError).cause).toBeInstanceOf(DOMException)
    session.stop()
  })

  test('any other error is `network`, the original kept as the cause', async () => {
    const failure = new TypeError('Failed to fetch')
    const session = createSession({ api: rejecting(failure), storage: memoryStorage(), crossTab: false })
    const error = await rejection(session.email.sendCode('offline@example.com'))
    expect(isSessionError(error, 'network')).toBe(true)
    expect((error as SessionError).cause).toBe(failure)
    session.stop()
  })
})
