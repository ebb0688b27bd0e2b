import { describe, expect, it } from 'vitest'
import { ctx, emailSignIn, setup } from './helpers'

const email = 'ada@example.com'

/** A user with a verified authenticator, signed in again and owing the second factor. */
async function owingMfa() {
  let now = Date.UTC(2030, 0, 1, 12, 0, 0)
  const { server } = setup({ mfa: 'required', now: () => now })
  const first = await emailSignIn(server)
  await server.api.enrollTotp(ctx(first.token))
  const used = server.totpCode(email)
  await server.api.verifyTotp({ code: used }, ctx(first.token))
  const again = await emailSignIn(server)
  return { server, used, token: again.token, tick: (ms: number) => (now += ms) }
}

describe('TOTP codes at the reference backend', () => {
  it('takes a code once: the same code again in its time step is refused (RFC 6238 §5.2)', async () => {
    const { server, used, token } = await owingMfa()
    const fresh = await emailSignIn(server)
    // The enrolment used this step's code: the same code is refused, the next step's is taken.
    await expect(server.api.verifyTotp({ code: used }, ctx(token))).rejects.toMatchObject({
      code: 'invalid_code',
      message: expect.stringContaining('already used'),
    })
    const next = server.totpCode(email)
    expect(next).not.toBe(used)
    await expect(server.api.verifyTotp({ code: next }, ctx(fresh.token))).resolves.toMatchObject({
      user: { scope: 'user:basic' },
    })
  })

  it('locks the device for five minutes after five wrong codes in a row', async () => {
    const { server, token, tick } = await owingMfa()
    for (let i = 0; i < 5; i++) {
      await expect(server.api.verifyTotp({ code: '000000' }, ctx(token))).rejects.toMatchObject({
        code: 'invalid_code',
      })
    }
    tick(30_000)
    const good = server.totpCode(email)
    await expect(server.api.verifyTotp({ code: good }, ctx(token))).rejects.toMatchObject({
      code: 'too_many_attempts',
      retryAfter: 270,
    })
    tick(5 * 60_000)
    await expect(server.api.verifyTotp({ code: server.totpCode(email) }, ctx(token))).resolves.toMatchObject({
      user: { scope: 'user:basic' },
    })
  })
})
