import { createHttpApi, createSession, memoryStorage, type Session } from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
import { afterEach, expect, test } from 'vitest'
import { freshEmail, signInByEmail } from '../helpers'

// Over HTTP the server's clock is read from its Date header, which counts whole seconds. Read as the
// second's first millisecond, it made a token live on the device up to a second past its `exp`: a
// 3-second token then refreshed after its end, got a 401 and signed the user out.

const cleanups: Array<() => unknown> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

const expOf = (token: string) =>
  (JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as { exp: number }).exp

test('over HTTP, the device never believes a token lives past its exp (the Date header has whole seconds)', async () => {
  const server = createTestAuthServer({ tokenLifetimeSeconds: 60 })
  const http = await server.listen(0)
  cleanups.push(() => http.close())
  const api = createHttpApi({ baseUrl: http.url, environmentId: server.environmentId })
  // Several sign-ins, so that some land late in a second, where the old reading erred by most.
  for (let i = 0; i < 4; i++) {
    const session: Session = createSession({
      api,
      storage: memoryStorage(),
      crossTab: false,
      autoRefresh: false,
    })
    cleanups.push(() => session.stop())
    const before = Date.now()
    await signInByEmail(session, server, freshEmail())
    const after = Date.now()
    const snapshot = session.getSnapshot()
    expect(snapshot.status).toBe('loggedIn')
    const exp = expOf(session.getToken() ?? '') * 1000
    // Same clock on both sides: the device's end is at most the round trips' time past the real one.
    expect(snapshot.expiresAt ?? Infinity).toBeLessThanOrEqual(exp + (after - before))
    expect(snapshot.expiresAt ?? 0).toBeGreaterThan(exp - 2000)
    await new Promise((resolve) => setTimeout(resolve, 230))
  }
})
