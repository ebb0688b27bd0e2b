import { createSession, memoryStorage, SessionError } from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
import { describe, expect, test, vi } from 'vitest'
import { APP_REDIRECTS, freshEmail, gated, setup } from '../../helpers'

const redirectUri = 'https://app.example.com/callback'

/** After the redirect: a new session on the same storage, as a new page load would make. */
const nextPage = (
  server: ReturnType<typeof createTestAuthServer>,
  storage: ReturnType<typeof memoryStorage>,
) => createSession({ api: server.api, storage, crossTab: false })

describe('social sign-in (OAuth 2.0 code + PKCE S256)', () => {
  test('start keeps state and verifier, the provider redirects, complete signs in on a new session', async () => {
    const { server, session, storage } = setup()
    const { url } = await session.social.start('google', { redirectUri })
    expect(session.getSnapshot()).toMatchObject({ status: 'authenticating', step: 'social.redirecting' })
    const kept = JSON.parse(storage.getItem('lanyard.oauth') as string)
    expect(kept.state).toMatch(/^[\w-]{22}$/)
    expect(kept.verifier).toMatch(/^[\w-]{43}$/)
    expect(url).not.toContain(kept.verifier)
    const email = freshEmail('social')
    const back = await server.authorize(url, { email, name: 'Ada Lovelace' })
    expect(new URL(back).searchParams.get('state')).toBe(kept.state)

    const after = nextPage(server, storage)
    const snapshot = await after.social.complete(back)
    expect(snapshot.status).toBe('loggedIn')
    expect(snapshot.user?.verifiedCredentials).toEqual([
      expect.objectContaining({ format: 'oauth', oauthProvider: 'google', email }),
    ])
    expect(storage.getItem('lanyard.oauth')).toBeNull()
    expect(server.webhooks.map((event) => event.type)).toEqual(['user.session.created'])
  })

  test('a replayed redirect, a forged state and a missing code reject invalid_input and create no session', async () => {
    const { server, session, storage } = setup()
    const { url } = await session.social.start('github', { redirectUri })
    const back = await server.authorize(url, { email: freshEmail() })
    const after = nextPage(server, storage)
    await after.social.complete(back)
    await after.logout()
    // Replay: the stored state is gone.
    await expect(after.social.complete(back)).rejects.toMatchObject({ code: 'invalid_input' })
    expect(after.getSnapshot()).toMatchObject({ status: 'loggedOut', error: { code: 'invalid_input' } })

    const { url: second } = await session.social.start('github', { redirectUri }).catch(async () => {
      // `session` is still redirecting from the first start: begin again from a fresh one.
      session.cancel()
      return session.social.start('github', { redirectUri })
    })
    const forged = new URL(await server.authorize(second, { email: freshEmail() }))
    forged.searchParams.set('state', 'someone-else')
    const third = nextPage(server, storage)
    await expect(third.social.complete(forged.toString())).rejects.toMatchObject({ code: 'invalid_input' })
    expect(storage.getItem('lanyard.oauth')).toBeNull()

    const fourth = nextPage(server, storage)
    session.cancel()
    const { url: again } = await session.social.start('github', { redirectUri })
    const noCode = new URL(await server.authorize(again, { email: freshEmail() }))
    noCode.searchParams.delete('code')
    await expect(fourth.social.complete(noCode.toString())).rejects.toMatchObject({ code: 'invalid_input' })
    expect(fourth.getSnapshot().status).toBe('visitor')
    expect(server.sessions().filter((s) => s.revokedAt === null)).toHaveLength(0)
  })

  test('the provider denying consent rejects access_denied', async () => {
    const { server, session, storage } = setup()
    const { url } = await session.social.start('google', { redirectUri })
    const back = await server.authorize(url, { deny: true })
    const after = nextPage(server, storage)
    const error = await after.social.complete(back).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SessionError)
    expect(error).toMatchObject({ code: 'access_denied' })
    expect(after.getSnapshot()).toMatchObject({ status: 'visitor', error: { code: 'access_denied' } })
    expect(server.webhooks).toEqual([])
  })

  test('the code is good once and only with its verifier (the server checks PKCE)', async () => {
    const server = createTestAuthServer({ socialRedirectUrls: APP_REDIRECTS })
    const ctx = { signal: new AbortController().signal, token: null }
    const challenge = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'
    const { url } = await server.api.startSocial(
      { provider: 'google', redirectUri, state: 's', codeChallenge: challenge },
      ctx,
    )
    const code = new URL(await server.authorize(url, { email: freshEmail() })).searchParams.get(
      'code',
    ) as string
    await expect(
      server.api.signInWithSocial(
        { provider: 'google', code, codeVerifier: 'wrong'.repeat(9), redirectUri },
        ctx,
      ),
    ).rejects.toMatchObject({ code: 'invalid_input' })
    // Burned by the failed attempt.
    await expect(
      server.api.signInWithSocial(
        {
          provider: 'google',
          code,
          codeVerifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
          redirectUri,
        },
        ctx,
      ),
    ).rejects.toMatchObject({ code: 'invalid_input' })
    await expect(
      server.api.startSocial({ provider: 'myspace', redirectUri, state: 's', codeChallenge: challenge }, ctx),
    ).rejects.toMatchObject({ code: 'invalid_input' })
  })

  test('bad input and wrong state', async () => {
    const { session } = setup()
    await expect(session.social.start('', { redirectUri })).rejects.toMatchObject({ code: 'invalid_input' })
    await expect(
      session.social.start('google', { redirectUri: 'javascript:alert(1)' }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
    })
    const { server } = setup()
    const loggedIn = setup()
    await loggedIn.session.email.sendCode('ada@example.com')
    await loggedIn.session.email.verifyCode(loggedIn.server.lastCode('ada@example.com'))
    await expect(loggedIn.session.social.start('google', { redirectUri })).rejects.toMatchObject({
      code: 'invalid_state',
    })
    expect(server).toBeDefined()
  })

  test('cancel while the code is exchanged: the late answer makes no session and is revoked', async () => {
    const server = createTestAuthServer({ socialRedirectUrls: APP_REDIRECTS })
    const storage = memoryStorage()
    const first = createSession({ api: server.api, storage, crossTab: false })
    const { url } = await first.social.start('google', { redirectUri })
    const back = await server.authorize(url, { email: freshEmail() })
    const slow = gated(server.api, 'signInWithSocial')
    const after = createSession({ api: slow.api, storage, crossTab: false })
    const pending = after.social.complete(back)
    await vi.waitFor(() =>
      expect(after.getSnapshot()).toMatchObject({ status: 'authenticating', step: 'social.verifying' }),
    )
    after.cancel()
    await expect(pending).rejects.toMatchObject({ code: 'cancelled' })
    slow.release()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(after.getSnapshot().status).toBe('visitor')
    expect(after.getToken()).toBeNull()
    expect(server.sessions().every((s) => s.revokedAt !== null)).toBe(true)
  })
})
