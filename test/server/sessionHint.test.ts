import { createSession, memoryStorage } from 'lanyard'
import { createTokenVerifier, sessionHint } from 'lanyard/server'
import { createTestAuthServer } from 'lanyard/testing'
import { describe, expect, test } from 'vitest'

describe('sessionHint', () => {
  test('turns verified claims into { sessionId, expiresAt, user }: JSON-safe, the user as the client derives it, no token', async () => {
    const server = createTestAuthServer()
    const session = createSession({ api: server.api, storage: memoryStorage(), crossTab: false })
    await session.email.sendCode('ada@example.com')
    await session.email.verifyCode(server.lastCode('ada@example.com'))
    const token = session.getToken() as string
    const verifier = createTokenVerifier({
      jwks: server.jwks(),
      issuer: server.options.issuer,
      audience: server.options.audience,
    })
    const claims = await verifier.verify(token)
    const hint = sessionHint(claims)
    expect(Object.keys(hint).sort()).toEqual(['expiresAt', 'sessionId', 'user'])
    expect(hint.sessionId).toBe(claims.sid)
    expect(hint.expiresAt).toBe(claims.exp * 1000)
    expect(JSON.parse(JSON.stringify(hint))).toEqual(hint)
    expect(hint.user).toEqual(session.getSnapshot().user)
    const json = JSON.stringify(hint)
    for (const part of token.split('.')) expect(json).not.toContain(part)
    session.stop()
  })

  test('refuses what is not the claims of a verified token', () => {
    expect(() => sessionHint({} as never)).toThrow(TypeError)
    expect(() => sessionHint({ exp: 1 } as never)).toThrow(expect.objectContaining({ code: 'invalid_token' }))
  })
})
