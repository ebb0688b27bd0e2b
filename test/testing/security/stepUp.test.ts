import { createTokenVerifier, TokenVerificationError } from 'lanyard/server'
import { createTestAuthServer } from 'lanyard/testing'
import { describe, expect, it } from 'vitest'
import { ctx } from '../helpers'
import { emailSignIn, rejection, serve } from './serve'

// Point 4 of docs/security.md: step-up grants only the server's step-up actions, and a step-up token
// passes a verifier only when the verifier asks for that very action.

/** A fully signed-in user with an authenticator, over HTTP; its session token. */
async function withTotp(setup: Awaited<ReturnType<typeof serve>>, email = 'ada@example.com') {
  const { server, api } = setup
  const signedIn = await emailSignIn(server, api, email)
  await api.enrollTotp(ctx(signedIn.token))
  return api.verifyTotp({ code: server.totpCode(email) }, ctx(signedIn.token))
}

const verifierFor = (server: ReturnType<typeof createTestAuthServer>, extra: object) =>
  createTokenVerifier({
    jwks: server.jwks(),
    issuer: server.options.issuer,
    audience: server.options.audience,
    ...extra,
  })

const refusal = (promise: Promise<unknown>) => rejection(promise, TokenVerificationError)

describe('step-up grants the configured actions only', () => {
  it('refuses a gate scope and any scope not in stepUpScopes, over HTTP', async () => {
    const setup = await serve({
      gates: [{ scope: 'admin', allow: ['boss@corp.example'] }],
      stepUpScopes: ['transfer'],
    })
    const session = await withTotp(setup)
    for (const scope of ['admin', 'launch', 'delete']) {
      const answer = await setup.call(
        'POST',
        'users/mfa/stepUp',
        { scope, code: setup.server.totpCode('ada@example.com') },
        session.token,
      )
      expect(answer.status, scope).toBe(403)
      expect(answer.body.code).toBe('invalid_input')
    }
    const granted = await setup.api.stepUp(
      { scope: 'transfer', code: setup.server.totpCode('ada@example.com') },
      ctx(session.token),
    )
    expect(granted.token).toMatch(/^eyJ/)
  })

  it('a gate scope cannot be configured as a step-up action', () => {
    expect(() =>
      createTestAuthServer({ gates: [{ scope: 'admin', allow: ['a@b.example'] }], stepUpScopes: ['admin'] }),
    ).toThrow(/stepUpScopes/)
  })
})

describe('createTokenVerifier and step-up tokens', () => {
  it('refuses a step-up token by default, whatever requiredScope says', async () => {
    // Even a server that lets users mint a token named `admin`: a gate check never accepts it.
    const setup = await serve({ stepUpScopes: ['admin'] })
    const session = await withTotp(setup)
    const elevated = await setup.api.stepUp(
      { scope: 'admin', code: setup.server.totpCode('ada@example.com') },
      ctx(session.token),
    )
    for (const requiredScope of ['admin', undefined]) {
      const error = await refusal(verifierFor(setup.server, { requiredScope }).verify(elevated.token))
      expect(error.code).toBe('wrong_token_use')
    }
    await expect(verifierFor(setup.server, {}).verify(session.token as string)).resolves.toMatchObject({
      sub: session.user?.id,
    })
  })

  it('with stepUpAction, accepts only a step-up token for exactly that action', async () => {
    const setup = await serve()
    const session = await withTotp(setup)
    const transfer = await setup.api.stepUp(
      { scope: 'transfer', code: setup.server.totpCode('ada@example.com') },
      ctx(session.token),
    )
    const forTransfer = verifierFor(setup.server, { stepUpAction: 'transfer' })
    await expect(forTransfer.verify(transfer.token)).resolves.toMatchObject({
      token_use: 'elevated',
      scope: 'transfer',
    })
    expect((await refusal(forTransfer.verify(session.token as string))).code).toBe('wrong_token_use')
    const forDelete = verifierFor(setup.server, { stepUpAction: 'delete' })
    expect((await refusal(forDelete.verify(transfer.token))).code).toBe('insufficient_scope')
  })
})
