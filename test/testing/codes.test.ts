import { createTestAuthServer } from 'lanyard/testing'
import { describe, expect, it } from 'vitest'
import { SessionError } from '../../src/errors'
import { ctx, setup } from './helpers'

const email = 'ada@example.com'

describe('email one-time codes', () => {
  it('sends a 6-digit code and signs a new user up with it', async () => {
    const { server } = setup()
    const { verificationId } = await server.api.sendEmailCode({ email: ' Ada@Example.com ' }, ctx())
    const code = server.lastCode(email)
    expect(code).toMatch(/^\d{6}$/)
    expect(server.lastCode('ADA@example.com')).toBe(code)
    const result = await server.api.verifyEmailCode({ verificationId, code }, ctx())
    expect(result.token).toEqual(expect.any(String))
    expect(result.user).toMatchObject({
      email,
      newUser: true,
      scope: 'user:basic',
      environmentId: 'test-env',
      missingFields: [],
      verifiedCredentials: [{ format: 'email', email, publicIdentifier: email }],
    })
    expect(server.webhooks).toEqual([{ type: 'user.session.created', payload: expect.any(Object) }])
  })

  it('signs an existing user in as the same user, with newUser false', async () => {
    const { server } = setup()
    const send = () => server.api.sendEmailCode({ email }, ctx())
    const first = await send()
    const a = await server.api.verifyEmailCode({ ...first, code: server.lastCode(email) }, ctx())
    const second = await send()
    const b = await server.api.verifyEmailCode({ ...second, code: server.lastCode(email) }, ctx())
    expect(b.user?.id).toBe(a.user?.id)
    expect(b.user?.newUser).toBe(false)
    expect(b.user?.sessionId).not.toBe(a.user?.sessionId)
  })

  it('rejects malformed addresses with invalid_input', async () => {
    const { server } = setup()
    for (const bad of ['', 'ada', 'ada@', '@example.com', 'a b@example.com', 42]) {
      await expect(server.api.sendEmailCode({ email: bad as string }, ctx())).rejects.toMatchObject({
        code: 'invalid_input',
        status: 400,
      })
    }
    expect(() => server.lastCode('nobody@example.com')).toThrow(/No one-time code/)
  })

  it('answers a wrong code with invalid_code and burns the code after 5 wrong attempts', async () => {
    const { server } = setup()
    const { verificationId } = await server.api.sendEmailCode({ email }, ctx())
    const code = server.lastCode(email)
    const wrong = code === '000000' ? '111111' : '000000'
    for (let i = 1; i <= 4; i++) {
      const error = await server.api.verifyEmailCode({ verificationId, code: wrong }, ctx()).catch((e) => e)
      expect(error).toBeInstanceOf(SessionError)
      expect(error).toMatchObject({ code: 'invalid_code', status: 422 })
      expect(error.message).toContain(`${5 - i} attempt`)
    }
    await expect(server.api.verifyEmailCode({ verificationId, code: wrong }, ctx())).rejects.toMatchObject({
      code: 'too_many_attempts',
    })
    // Burned: even the right code, and a resend, are refused now.
    await expect(server.api.verifyEmailCode({ verificationId, code }, ctx())).rejects.toMatchObject({
      code: 'too_many_attempts',
    })
    await expect(server.api.resendEmailCode({ verificationId }, ctx())).rejects.toMatchObject({
      code: 'too_many_attempts',
    })
    expect(server.webhooks).toEqual([])
  })

  it('expires codes after 10 minutes', async () => {
    const { server, advance } = setup()
    const { verificationId } = await server.api.sendEmailCode({ email }, ctx())
    const code = server.lastCode(email)
    advance(10 * 60_000)
    await expect(server.api.verifyEmailCode({ verificationId, code }, ctx())).rejects.toMatchObject({
      code: 'code_expired',
      status: 422,
    })
  })

  it('accepts a code just before it expires', async () => {
    const { server, advance } = setup()
    const { verificationId } = await server.api.sendEmailCode({ email }, ctx())
    advance(10 * 60_000 - 1)
    await expect(
      server.api.verifyEmailCode({ verificationId, code: server.lastCode(email) }, ctx()),
    ).resolves.toMatchObject({ token: expect.any(String) })
  })

  it('uses a code once', async () => {
    const { server } = setup()
    const { verificationId } = await server.api.sendEmailCode({ email }, ctx())
    const code = server.lastCode(email)
    await server.api.verifyEmailCode({ verificationId, code }, ctx())
    await expect(server.api.verifyEmailCode({ verificationId, code }, ctx())).rejects.toMatchObject({
      code: 'code_expired',
    })
  })

  it('refuses an unknown verification id', async () => {
    const { server } = setup()
    await expect(
      server.api.verifyEmailCode({ verificationId: 'nope', code: '123456' }, ctx()),
    ).rejects.toMatchObject({ code: 'invalid_input' })
    await expect(server.api.resendEmailCode({ verificationId: 'nope' }, ctx())).rejects.toMatchObject({
      code: 'invalid_input',
    })
  })

  it('starts a new verification on every send: the old code stops working', async () => {
    const { server } = setup()
    const first = await server.api.sendEmailCode({ email }, ctx())
    const firstCode = server.lastCode(email)
    const second = await server.api.sendEmailCode({ email }, ctx())
    const secondCode = server.lastCode(email)
    expect(second.verificationId).not.toBe(first.verificationId)
    // The first verification's own code, still well within its 10 minutes, no longer verifies...
    await expect(
      server.api.verifyEmailCode({ verificationId: first.verificationId, code: firstCode }, ctx()),
    ).rejects.toMatchObject({
      code: 'invalid_code',
      status: 422,
      message: expect.stringMatching(/newer code/),
    })
    // ...nor can it be resent; the other channel's and other addresses' verifications are untouched.
    await expect(
      server.api.resendEmailCode({ verificationId: first.verificationId }, ctx()),
    ).rejects.toMatchObject({ code: 'invalid_code' })
    const bob = await server.api.sendEmailCode({ email: 'bob@example.com' }, ctx())
    await expect(
      server.api.verifyEmailCode(
        { verificationId: bob.verificationId, code: server.lastCode('bob@example.com') },
        ctx(),
      ),
    ).resolves.toMatchObject({ user: { email: 'bob@example.com' } })
    // The newest code belongs to the second verification, and it verifies.
    await expect(
      server.api.verifyEmailCode({ verificationId: second.verificationId, code: secondCode }, ctx()),
    ).resolves.toMatchObject({ token: expect.any(String), user: { email, newUser: true } })
  })

  it('allows 10 sends per address per 10 minutes, then 429 rate_limited with retryAfter', async () => {
    const { server, advance } = setup()
    for (let i = 0; i < 10; i++) {
      await server.api.sendEmailCode({ email }, ctx())
      advance(30_000)
    }
    // First send was 300 s ago: the window frees up in 300 s.
    const error = await server.api.sendEmailCode({ email }, ctx()).catch((e) => e)
    expect(error).toMatchObject({ code: 'rate_limited', status: 429, retryAfter: 300 })
    // Other addresses are not affected.
    await expect(server.api.sendEmailCode({ email: 'bob@example.com' }, ctx())).resolves.toEqual({
      verificationId: expect.any(String),
    })
    advance(299_000)
    await expect(server.api.sendEmailCode({ email }, ctx())).rejects.toMatchObject({ retryAfter: 1 })
    advance(1_000)
    await expect(server.api.sendEmailCode({ email }, ctx())).resolves.toEqual({
      verificationId: expect.any(String),
    })
  })

  it('resends a new code on the same verification at most once per 30 s', async () => {
    const { server, advance } = setup()
    const { verificationId } = await server.api.sendEmailCode({ email }, ctx())
    const original = server.lastCode(email)
    // The first resend may follow the send at once; each further one waits 30 s from the previous resend.
    await expect(server.api.resendEmailCode({ verificationId }, ctx())).resolves.toEqual({ verificationId })
    const resent = server.lastCode(email)
    advance(10_000)
    const early = await server.api.resendEmailCode({ verificationId }, ctx()).catch((e) => e)
    expect(early).toMatchObject({ code: 'rate_limited', status: 429, retryAfter: 20 })
    expect(server.lastCode(email)).toBe(resent)
    advance(19_500)
    await expect(server.api.resendEmailCode({ verificationId }, ctx())).rejects.toMatchObject({
      retryAfter: 1,
    })
    advance(500)
    await expect(server.api.resendEmailCode({ verificationId }, ctx())).resolves.toEqual({ verificationId })
    const latest = server.lastCode(email)
    // Only the latest code verifies.
    for (const stale of new Set([original, resent].filter((code) => code !== latest))) {
      await expect(server.api.verifyEmailCode({ verificationId, code: stale }, ctx())).rejects.toMatchObject({
        code: 'invalid_code',
      })
    }
    await expect(server.api.verifyEmailCode({ verificationId, code: latest }, ctx())).resolves.toMatchObject({
      user: { email },
    })
  })

  it('gives a resent code a fresh 10-minute lifetime', async () => {
    const { server, advance } = setup()
    const { verificationId } = await server.api.sendEmailCode({ email }, ctx())
    advance(9 * 60_000)
    await server.api.resendEmailCode({ verificationId }, ctx())
    advance(9 * 60_000)
    await expect(
      server.api.verifyEmailCode({ verificationId, code: server.lastCode(email) }, ctx()),
    ).resolves.toMatchObject({ token: expect.any(String) })
  })
})

describe('sms one-time codes', () => {
  it('signs up by phone, normalising the number', async () => {
    const server = createTestAuthServer()
    const { verificationId } = await server.api.sendSmsCode({ phone: '+1 (555) 010-0000' }, ctx())
    const code = server.lastCode('+15550100000')
    expect(server.lastCode('+1 555 010 0000')).toBe(code)
    const result = await server.api.verifySmsCode({ verificationId, code }, ctx())
    expect(result.user).toMatchObject({
      newUser: true,
      verifiedCredentials: [{ format: 'phoneNumber', publicIdentifier: '+15550100000' }],
    })
  })

  it('rejects malformed numbers and keeps email and sms verifications apart', async () => {
    const server = createTestAuthServer()
    for (const bad of ['5550100000', '+0123456789', '+1', 'phone', '']) {
      await expect(server.api.sendSmsCode({ phone: bad }, ctx())).rejects.toMatchObject({
        code: 'invalid_input',
      })
    }
    const { verificationId } = await server.api.sendEmailCode({ email }, ctx())
    await expect(
      server.api.verifySmsCode({ verificationId, code: server.lastCode(email) }, ctx()),
    ).rejects.toMatchObject({ code: 'invalid_input' })
  })

  it('applies the same limits as email', async () => {
    let now = 0
    const server = createTestAuthServer({ now: () => now })
    const phone = '+15550100000'
    for (let i = 0; i < 10; i++) await server.api.sendSmsCode({ phone }, ctx())
    await expect(server.api.sendSmsCode({ phone }, ctx())).rejects.toMatchObject({
      code: 'rate_limited',
      retryAfter: 600,
    })
    now += 600_000
    const { verificationId } = await server.api.sendSmsCode({ phone }, ctx())
    await server.api.resendSmsCode({ verificationId }, ctx())
    await expect(server.api.resendSmsCode({ verificationId }, ctx())).rejects.toMatchObject({
      code: 'rate_limited',
      retryAfter: 30,
    })
    now += 30_000
    await expect(server.api.resendSmsCode({ verificationId }, ctx())).resolves.toEqual({ verificationId })
  })
})
