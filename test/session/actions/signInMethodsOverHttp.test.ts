import { exportJWK, generateKeyPair, SignJWT } from 'jose'
import { createHttpApi, createSession, memoryStorage } from 'lanyard'
import { createTestAuthServer, createTestPasskey } from 'lanyard/testing'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { freshEmail } from '../helpers'

let pair: Awaited<ReturnType<typeof generateKeyPair>>
let server: ReturnType<typeof createTestAuthServer>
let listening: { url: string; close(): Promise<void> }

beforeAll(async () => {
  pair = await generateKeyPair('ES256')
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'e1' } as JsonWebKey
  server = createTestAuthServer({
    mfa: 'required',
    externalJwt: { jwks: { keys: [jwk] }, issuer: 'https://idp.example.com', audience: 'app' },
    gates: [{ scope: 'beta', allow: ['ext@example.com'] }],
    socialRedirectUrls: ['http://app.test/callback', 'http://app.test/cb'],
  })
  listening = await server.listen(0)
})
afterAll(() => listening.close())

const newSession = (storage = memoryStorage()) =>
  createSession({
    api: createHttpApi({ baseUrl: listening.url, environmentId: server.environmentId }),
    storage,
    crossTab: false,
  })

describe('the new sign-in methods over HTTP (createHttpApi ↔ the reference backend)', () => {
  test('social: the authorize URL answers a 302 to the redirectUri; complete signs in', async () => {
    const storage = memoryStorage()
    const session = newSession(storage)
    const redirectUri = 'http://app.test/callback'
    const { url } = await session.social.start('github', { redirectUri })
    expect(url.startsWith(`${listening.url}/oauth/${server.environmentId}/github/authorize`)).toBe(true)
    const email = freshEmail('gh')
    const response = await fetch(`${url}&email=${encodeURIComponent(email)}`, { redirect: 'manual' })
    expect(response.status).toBe(302)
    const location = response.headers.get('location') as string
    expect(location.startsWith(redirectUri)).toBe(true)
    const after = newSession(storage)
    const snapshot = await after.social.complete(location)
    expect(snapshot).toMatchObject({ status: 'pending', step: 'mfa', user: { email } })
    after.stop()
    session.stop()
  })

  test('social over HTTP: deny gives access_denied', async () => {
    const storage = memoryStorage()
    const session = newSession(storage)
    const { url } = await session.social.start('google', { redirectUri: 'http://app.test/cb' })
    const response = await fetch(`${url}&deny=1`, { redirect: 'manual' })
    const after = newSession(storage)
    await expect(after.social.complete(response.headers.get('location') as string)).rejects.toMatchObject({
      code: 'access_denied',
    })
  })

  test('external JWT, gate scope, passkey MFA, step-up with TOTP and passkey', async () => {
    const session = newSession()
    const jwt = await new SignJWT({ email: 'ext@example.com', email_verified: true })
      .setProtectedHeader({ alg: 'ES256', kid: 'e1' })
      .setSubject('ext-1')
      .setIssuer('https://idp.example.com')
      .setAudience('app')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(pair.privateKey)
    const pending = await session.externalJwt.signIn(jwt)
    expect(pending).toMatchObject({ status: 'pending', step: 'mfa' })
    expect(session.hasScope('beta')).toBe(true)
    await session.mfa.enrollTotp()
    await session.mfa.verifyTotp(server.totpCode('ext@example.com'))
    const passkey = createTestPasskey()
    await session.passkey.register(passkey)
    await session.mfa.stepUp({ scope: 'transfer', code: server.totpCode('ext@example.com') })
    await session.mfa.stepUp({ scope: 'delete', passkey: true, provider: passkey })
    expect(session.getSnapshot().elevatedScopes).toEqual(['transfer', 'delete'])
    await session.logout()
    const again = await session.passkey.signIn(passkey)
    expect(again.step).toBe('mfa')
    expect((await session.mfa.verifyPasskey(passkey)).status).toBe('loggedIn')
    await expect(session.externalJwt.signIn(`${jwt.slice(0, -4)}AAAA`)).rejects.toMatchObject({
      code: 'invalid_state',
    })
    await session.logout()
    await expect(session.externalJwt.signIn(`${jwt.slice(0, -4)}AAAA`)).rejects.toMatchObject({
      code: 'invalid_token',
    })
    session.stop()
  })
})
