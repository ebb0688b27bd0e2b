import { decodeJwt } from 'jose'
import { createTestWallet } from 'lanyard/testing'
import { Secret, TOTP } from 'otpauth'
import { describe, expect, it } from 'vitest'
import { ctx, emailSignIn, setup, walletProof } from './helpers'

const email = 'ada@example.com'
const codeAt = (secret: string, timestamp: number) =>
  new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({
    timestamp,
  })

describe('TOTP multi-factor authentication', () => {
  it('holds sign-in tokens at requiresAdditionalAuth until a TOTP code is verified', async () => {
    const { server } = setup({ mfa: 'required', requiredFields: ['alias'] })
    const signedIn = await emailSignIn(server)
    const claims = decodeJwt(signedIn.token as string)
    expect(claims.scope).toBe('requiresAdditionalAuth')
    expect(claims.missing_fields).toEqual(['alias']) // MFA-pending tokens carry missing_fields too
    expect(signedIn.user?.scope).toBe('requiresAdditionalAuth')

    // Profile changes wait for MFA.
    await expect(
      server.api.updateUser({ fields: { alias: 'ada' } }, ctx(signedIn.token)),
    ).rejects.toMatchObject({ code: 'invalid_state', status: 403 })
    // Refresh keeps the pending scope.
    const refreshed = await server.api.refresh(ctx(signedIn.token))
    expect(decodeJwt(refreshed.token as string).scope).toBe('requiresAdditionalAuth')

    const { secret, otpauthUri } = await server.api.enrollTotp(ctx(signedIn.token))
    expect(secret).toMatch(/^[A-Z2-7]+=*$/)
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/.*secret=/)
    expect(otpauthUri).toContain('algorithm=SHA1')
    expect(otpauthUri).toContain('digits=6')
    expect(otpauthUri).toContain('period=30')
    expect(server.totpCode(email)).toBe(codeAt(secret, server.options.now()))

    const verified = await server.api.verifyTotp({ code: server.totpCode(email) }, ctx(signedIn.token))
    const after = decodeJwt(verified.token as string)
    expect(after.scope).toBe('user:basic')
    expect(after.sid).toBe(claims.sid)
    expect(verified.user?.verifiedCredentials?.map((c) => c.format)).toEqual(['email', 'totp'])
    const updated = await server.api.updateUser({ fields: { alias: 'ada' } }, ctx(verified.token))
    expect(updated.user).toMatchObject({ alias: 'ada', missingFields: [], scope: 'user:basic' })
    expect(decodeJwt(updated.token as string)).toMatchObject({
      alias: 'ada',
      missing_fields: [],
      sid: claims.sid,
    })
  })

  it('accepts codes one step early or late, not two', async () => {
    const { server, clock } = setup({ mfa: 'required' })
    const signedIn = await emailSignIn(server)
    const { secret } = await server.api.enrollTotp(ctx(signedIn.token))
    const token = ctx(signedIn.token)
    for (const offset of [-60_000, 60_000]) {
      await expect(
        server.api.verifyTotp({ code: codeAt(secret, clock.now + offset) }, token),
      ).rejects.toMatchObject({ code: 'invalid_code', status: 422 })
    }
    await expect(server.api.verifyTotp({ code: 'abcdef' }, token)).rejects.toMatchObject({
      code: 'invalid_code',
    })
    const early = await server.api.verifyTotp({ code: codeAt(secret, clock.now - 30_000) }, token)
    expect(decodeJwt(early.token as string).scope).toBe('user:basic')
    const late = await server.api.verifyTotp({ code: codeAt(secret, clock.now + 30_000) }, token)
    expect(decodeJwt(late.token as string).scope).toBe('user:basic')
    expect(late.user).toMatchObject({ scope: 'user:basic', id: signedIn.user?.id })
  })

  it('follows now(): a code goes stale as the clock moves', async () => {
    const { server, clock, advance } = setup({ mfa: 'required' })
    const signedIn = await emailSignIn(server)
    const { secret } = await server.api.enrollTotp(ctx(signedIn.token))
    const code = server.totpCode(email)
    expect(code).toBe(codeAt(secret, clock.now))
    advance(90_000)
    // Three steps later the old code is out of the window; should a code of the window equal it by
    // chance (about 3 in a million), move on a step until none does, so the check always runs.
    const window = () => [-30_000, 0, 30_000].map((offset) => codeAt(secret, clock.now + offset))
    while (window().includes(code)) advance(30_000)
    await expect(server.api.verifyTotp({ code }, ctx(signedIn.token))).rejects.toMatchObject({
      code: 'invalid_code',
      status: 422,
    })
    expect(server.totpCode(email)).toBe(codeAt(secret, clock.now))
    const verified = await server.api.verifyTotp({ code: server.totpCode(email) }, ctx(signedIn.token))
    expect(decodeJwt(verified.token as string).scope).toBe('user:basic')
  })

  it('requires TOTP again on later sign-ins, with no second enrollment', async () => {
    const { server } = setup({ mfa: 'required' })
    const first = await emailSignIn(server)
    await server.api.enrollTotp(ctx(first.token))
    await server.api.verifyTotp({ code: server.totpCode(email) }, ctx(first.token))

    const second = await emailSignIn(server)
    expect(decodeJwt(second.token as string).scope).toBe('requiresAdditionalAuth')
    await expect(server.api.enrollTotp(ctx(second.token))).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'A TOTP device is already enrolled; verify a code from it',
    })
    const done = await server.api.verifyTotp({ code: server.totpCode(email) }, ctx(second.token))
    expect(decodeJwt(done.token as string).scope).toBe('user:basic')
    // The totp credential is added once.
    expect(done.user?.verifiedCredentials?.filter((c) => c.format === 'totp')).toHaveLength(1)
  })

  it('needs an enrolled device and a valid token', async () => {
    const { server } = setup({ mfa: 'required' })
    const signedIn = await emailSignIn(server)
    await expect(server.api.verifyTotp({ code: '123456' }, ctx(signedIn.token))).rejects.toMatchObject({
      code: 'invalid_input',
    })
    await expect(server.api.enrollTotp(ctx(null))).rejects.toMatchObject({ code: 'unauthorized' })
    expect(() => server.totpCode(email)).toThrow(/no TOTP device/)
  })

  it('applies to wallet sign-ins too, and not at all with mfa off', async () => {
    const required = setup({ mfa: 'required' })
    const wallet = createTestWallet()
    const viaWallet = await required.server.api.signInWithWallet(
      await walletProof(required.server, wallet),
      ctx(),
    )
    expect(decodeJwt(viaWallet.token as string).scope).toBe('requiresAdditionalAuth')

    const off = setup()
    expect(decodeJwt((await emailSignIn(off.server)).token as string).scope).toBe('user:basic')
  })
})
