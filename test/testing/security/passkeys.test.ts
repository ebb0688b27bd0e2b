import { createTestPasskey, type TestPasskey } from 'lanyard/testing'
import { describe, expect, it } from 'vitest'
import type { AuthApi } from '../../../src/api/types'
import { ctx } from '../helpers'
import { emailSignIn, serve } from './serve'

// A passkey proves its own user only: an assertion made with another user's credential, over
// another user's challenge, is refused for MFA and for step-up (issue 23).

async function register(api: AuthApi, token: string | null | undefined, passkey: TestPasskey) {
  const options = await api.passkeyOptions({ purpose: 'register' }, ctx(token))
  return api.registerPasskey({ credential: await passkey.create(options) }, ctx(token))
}

describe('passkey assertions', () => {
  it("Ada's challenge answered with Bob's passkey is refused for step-up and MFA; her own passes", async () => {
    const { server, api } = await serve()
    const ada = await emailSignIn(server, api, 'ada@example.com')
    const bob = await emailSignIn(server, api, 'bob@example.com')
    const adaKey = createTestPasskey()
    const bobKey = createTestPasskey()
    const adaSession = await register(api, ada.token, adaKey)
    await register(api, bob.token, bobKey)
    // The attacker holds Bob's authenticator and ignores the allow-list the server sent for Ada.
    const bobsAnswer = async () => {
      const options = await api.passkeyOptions({ purpose: 'mfa' }, ctx(adaSession.token))
      return bobKey.get({ ...options, allowCredentials: [] })
    }
    await expect(
      api.stepUp({ scope: 'transfer', credential: await bobsAnswer() }, ctx(adaSession.token)),
    ).rejects.toMatchObject({ code: 'invalid_code', message: expect.stringContaining('not registered') })
    await expect(
      api.verifyPasskey({ credential: await bobsAnswer() }, ctx(adaSession.token)),
    ).rejects.toMatchObject({ code: 'invalid_code', message: expect.stringContaining('not registered') })
    const options = await api.passkeyOptions({ purpose: 'mfa' }, ctx(adaSession.token))
    const own = await api.stepUp(
      { scope: 'transfer', credential: await adaKey.get(options) },
      ctx(adaSession.token),
    )
    expect(own.token).toMatch(/^eyJ/)
  })
})
