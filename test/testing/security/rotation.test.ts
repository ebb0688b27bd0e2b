import { decodeJwt } from 'jose'
import { describe, expect, it } from 'vitest'
import { SessionError } from '../../../src/errors'
import { ctx, START } from '../helpers'
import { emailSignIn, rejection, serve } from './serve'

// Point 5 of docs/security.md: refresh rotates, a replaced token comes back only within the grace,
// and no session outlives its maximum lifetime.

const DAY = 24 * 60 * 60 * 1000

async function clocked(options: Parameters<typeof serve>[0] = {}) {
  const clock = { now: START }
  const setup = await serve({ now: () => clock.now, ...options })
  const advance = (ms: number) => {
    clock.now += ms
  }
  return { ...setup, advance }
}

const refused = (promise: Promise<unknown>) => rejection(promise, SessionError)

describe('refresh rotation and reuse detection', () => {
  it('a replaced token refreshes within the grace (two tabs at once); after it, its replay ends the session', async () => {
    const { server, api, advance } = await clocked({ refreshGraceSeconds: 30 })
    const first = await emailSignIn(server, api, 'ada@example.com')
    const second = await api.refresh(ctx(first.token))
    advance(10_000)
    // The other tab, a moment late with the same token: still served.
    const concurrent = await api.refresh(ctx(first.token))
    expect(decodeJwt(concurrent.token as string).jti).not.toBe(decodeJwt(second.token as string).jti)
    advance(31_000)
    const replay = await refused(api.refresh(ctx(first.token)))
    expect(replay.code).toBe('unauthorized')
    // The session is over for everyone: the thief's copy and the owner's newest token alike.
    expect((await refused(api.refresh(ctx(concurrent.token)))).code).toBe('unauthorized')
    expect(server.sessions()[0]?.revokedAt).not.toBeNull()
    expect(server.webhooks.map((event) => event.type)).toEqual([
      'user.session.created',
      'user.session.revoked',
    ])
  })

  it('the current token keeps refreshing, and every newer token (profile update) replaces the older', async () => {
    const { server, api, advance } = await clocked({ refreshGraceSeconds: 5 })
    let token = (await emailSignIn(server, api, 'ada@example.com')).token
    const old = token
    for (let i = 0; i < 5; i++) {
      advance(60_000)
      token = (await api.refresh(ctx(token))).token
    }
    advance(60_000)
    token = (await api.updateUser({ fields: { alias: 'ada' } }, ctx(token))).token
    advance(6_000)
    expect((await api.refresh(ctx(token))).token).toMatch(/^eyJ/)
    expect((await refused(api.refresh(ctx(old)))).code).toBe('unauthorized')
  })
})

describe('maximum session lifetime', () => {
  it('no token outlives the session, and a refresh at the end is refused', async () => {
    const { server, api, advance } = await clocked({
      tokenLifetimeSeconds: 86_400,
      sessionLifetimeSeconds: 3 * 86_400,
    })
    let token = (await emailSignIn(server, api, 'ada@example.com')).token
    const end = START / 1000 + 3 * 86_400
    for (let day = 1; day <= 3; day++) {
      advance(DAY - 60_000)
      const result = await api.refresh(ctx(token))
      token = result.token
      expect(result.expiresAt).toBeLessThanOrEqual(end)
    }
    // The third day's token: its lifetime is cut to the session's end.
    expect(decodeJwt(token as string).exp).toBe(end)
    advance(DAY)
    expect((await refused(api.refresh(ctx(token)))).code).toBe('unauthorized')
  })

  it('defaults to 30 days', async () => {
    const { server } = await clocked()
    expect(server.options.sessionLifetimeSeconds).toBe(30 * 86_400)
    expect(server.options.refreshGraceSeconds).toBe(60)
  })
})
