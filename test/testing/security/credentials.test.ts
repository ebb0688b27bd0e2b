import { decodeJwt } from 'jose'
import { createTestWallet } from 'lanyard/testing'
import { describe, expect, it } from 'vitest'
import { ctx, walletProof } from '../helpers'
import { emailSignIn, serve } from './serve'

// Point 1 and 6 of docs/security.md: what a user types into their profile proves nothing.

const gated = { gates: [{ scope: 'admin', allow: ['boss@corp.example'] }] }
const scopesOf = (token: string | null | undefined) => String(decodeJwt(token as string).scope).split(' ')

describe('an unverified email grants nothing', () => {
  it('a wallet user who types a gated address into PUT users gets no gate scope and no email claim', async () => {
    const { server, api, call } = await serve(gated)
    const wallet = createTestWallet()
    const first = await api.signInWithWallet(await walletProof(server, wallet), ctx())
    const typed = await call('PUT', 'users', { email: 'boss@corp.example' }, first.token)
    expect(typed.status).toBe(200)
    expect(typed.body.nextView).toBe('done')
    expect(decodeJwt(typed.body.jwt).email).toBeUndefined()
    // Gates are granted at sign-in: signing in again reads only what the user proved (the wallet).
    const again = await api.signInWithWallet(await walletProof(server, wallet), ctx())
    expect(scopesOf(again.token)).toEqual(['user:basic'])
    expect(again.user?.email).toBeUndefined()
    expect(decodeJwt(again.token as string).email).toBeUndefined()
  })

  it("the access list reads proven credentials only: an address typed in is not the user's", async () => {
    const { server, api, call } = await serve({ accessList: { block: ['banned@corp.example'] } })
    const wallet = createTestWallet()
    const first = await api.signInWithWallet(await walletProof(server, wallet), ctx())
    await call('PUT', 'users', { email: 'banned@corp.example' }, first.token)
    await expect(api.signInWithWallet(await walletProof(server, wallet), ctx())).resolves.toMatchObject({
      token: expect.any(String),
    })
  })

  it('a user with a verified email who PUTs another gets a code at the new address and keeps the proven one until it is entered', async () => {
    const { server, api, call } = await serve(gated)
    const ada = await emailSignIn(server, api, 'ada@example.com')
    const asked = await call('PUT', 'users', { email: 'boss@corp.example' }, ada.token)
    expect(asked.status).toBe(200)
    expect(asked.body).toMatchObject({
      nextView: 'verify-email',
      emailVerification: { verificationUUID: expect.any(String) },
    })
    expect(decodeJwt(asked.body.jwt).email).toBe('ada@example.com')
    expect(asked.body.user.email).toBe('ada@example.com')
    const verificationUUID = asked.body.emailVerification.verificationUUID
    const confirm = (verificationToken: string, token: string | null | undefined) =>
      call('POST', 'emailVerifications/verify', { verificationUUID, verificationToken }, token)
    const wrong = server.lastCode('boss@corp.example') === '000000' ? '111111' : '000000'
    const refused = await confirm(wrong, ada.token)
    expect(refused.status).toBe(422)
    expect(refused.body.code).toBe('wrong_email_verification_token') // the wire's spelling of invalid_code
    // Somebody else's session cannot answer Ada's verification, even with the right code.
    const other = await emailSignIn(server, api, 'eve@example.com')
    const code = server.lastCode('boss@corp.example')
    const stolen = await confirm(code, other.token)
    expect(stolen.status).toBe(422)
    const done = await confirm(code, ada.token)
    expect(done.status).toBe(200)
    expect(done.body.nextView).toBe('done')
    expect(decodeJwt(done.body.jwt)).toMatchObject({ email: 'boss@corp.example', sub: ada.user?.id })
    // The proven address is the account's now: its email code signs in to Ada's user.
    const signIn = await emailSignIn(server, api, 'boss@corp.example')
    expect(signIn.user?.id).toBe(ada.user?.id)
    expect(scopesOf(signIn.token)).toContain('admin')
  })

  it('an address that belongs to another account cannot be moved onto this one', async () => {
    const { server, api, call } = await serve()
    await emailSignIn(server, api, 'bob@example.com')
    const ada = await emailSignIn(server, api, 'ada@example.com')
    const asked = await call('PUT', 'users', { email: 'bob@example.com' }, ada.token)
    const { verificationUUID } = asked.body.emailVerification
    const taken = await call(
      'POST',
      'emailVerifications/verify',
      { verificationUUID, verificationToken: server.lastCode('bob@example.com') },
      ada.token,
    )
    expect(taken.status).toBe(422)
    expect(taken.body.error).toContain('another account')
  })
})

describe('GET users answers fully signed-in sessions only', () => {
  it('refuses an MFA-pending token and a step-up token, answers a full one', async () => {
    const { server, api, call } = await serve({ mfa: 'required' })
    const pending = await emailSignIn(server, api, 'ada@example.com')
    expect(scopesOf(pending.token)).toEqual(['requiresAdditionalAuth'])
    expect((await call('GET', 'users', undefined, pending.token)).status).toBe(403)
    await api.enrollTotp(ctx(pending.token))
    const full = await api.verifyTotp({ code: server.totpCode('ada@example.com') }, ctx(pending.token))
    const me = await call('GET', 'users', undefined, full.token)
    expect(me.status).toBe(200)
    expect(me.body).toMatchObject({ id: full.user?.id, email: 'ada@example.com' })
    const elevated = await api.stepUp(
      { scope: 'transfer', code: server.totpCode('ada@example.com') },
      ctx(full.token),
    )
    expect((await call('GET', 'users', undefined, elevated.token)).status).toBe(401)
  })
})
