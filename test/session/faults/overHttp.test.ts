import { createHttpApi, createSession, memoryStorage, type Session } from 'lanyard'
import { createTestAuthServer, type TestAuthServerOptions } from 'lanyard/testing'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { freshEmail } from '../helpers'

const cleanups: Array<() => unknown> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function serve(options: TestAuthServerOptions = {}) {
  const server = createTestAuthServer(options)
  const http = await server.listen(0)
  let open = true
  const close = async () => {
    if (open) await http.close()
    open = false
  }
  cleanups.push(close)
  return { server, url: http.url, close }
}

/** A fetch with a one-origin cookie jar (what a browser does for cookie mode); records what JS could see. */
function cookieJarFetch() {
  const jar = new Map<string, string>()
  const bodies: string[] = []
  const fetchWithJar: typeof fetch = async (input, init = {}) => {
    const headers = new Headers(init.headers)
    if (jar.size > 0) headers.set('cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '))
    const response = await fetch(input, { ...init, headers })
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';') as [string]
      const eq = pair.indexOf('=')
      const name = pair.slice(0, eq)
      const value = pair.slice(eq + 1)
      if (value === '' || /max-age=0/i.test(line)) jar.delete(name)
      else jar.set(name, value)
    }
    const text = await response.clone().text()
    bodies.push(text)
    return response
  }
  return { fetch: fetchWithJar, jar, bodies }
}

function open(session: Session) {
  cleanups.push(() => session.stop())
  return session
}

async function signIn(session: Session, server: { lastCode(email: string): string }) {
  const email = freshEmail()
  await session.email.sendCode(email)
  await session.email.verifyCode(server.lastCode(email))
  return email
}

describe('in-app mode over HTTP', () => {
  test('signs in, refreshes and logs out over real HTTP', async () => {
    const { server, url } = await serve()
    const api = createHttpApi({ baseUrl: url, environmentId: server.environmentId })
    const storage = memoryStorage()
    const session = open(createSession({ api, storage, crossTab: false }))
    await signIn(session, server)
    expect(session.getSnapshot().status).toBe('loggedIn')
    const token = session.getToken()
    await session.refresh()
    expect(session.getToken()).not.toBe(token)
    await session.logout()
    await vi.waitFor(() =>
      expect(server.webhooks.map((event) => event.type)).toContain('user.session.revoked'),
    )
    expect(storage.getItem('lanyard.session')).toBeNull()
  })

  test('a server killed mid-session keeps the session; the action rejects with network', async () => {
    const { server, url, close } = await serve()
    const api = createHttpApi({ baseUrl: url, environmentId: server.environmentId, timeoutMs: 2000 })
    const session = open(createSession({ api, storage: memoryStorage(), crossTab: false }))
    await signIn(session, server)
    await close()
    const errors: string[] = []
    session.on('error', ({ error }) => errors.push(error.code))
    await expect(session.refresh()).rejects.toMatchObject({ code: 'network' })
    expect(session.getSnapshot()).toMatchObject({ status: 'loggedIn', isLoggedIn: true })
    expect(session.getToken()).not.toBeNull()
    expect(errors).toEqual(['network'])
  })

  test.each([
    [
      'a session',
      (server: ReturnType<typeof createTestAuthServer>, s: Session) =>
        server.revokeSession(s.getSnapshot().sessionId as string),
    ],
    [
      'a user',
      (server: ReturnType<typeof createTestAuthServer>, s: Session) =>
        server.revokeUser(s.getSnapshot().user?.id as string),
    ],
    ['the environment', (server: ReturnType<typeof createTestAuthServer>) => server.revokeAll()],
  ])(
    'revoking %s is seen on the next call: loggedOut, session-revoked, webhook recorded',
    async (_, revoke) => {
      const { server, url } = await serve()
      const api = createHttpApi({ baseUrl: url, environmentId: server.environmentId })
      const session = open(createSession({ api, storage: memoryStorage(), crossTab: false }))
      await signIn(session, server)
      revoke(server, session)
      await expect(session.refresh()).rejects.toMatchObject({ code: 'unauthorized', status: 401 })
      expect(session.getSnapshot()).toMatchObject({
        status: 'loggedOut',
        endReason: 'session-revoked',
        user: null,
      })
      expect(server.webhooks.map((event) => event.type)).toContain('admin.user.session.revoked')
    },
  )

  test('admin revocation over HTTP ends one session of a user and leaves the other alive', async () => {
    const { server, url } = await serve({ apiKey: 'secret-key' })
    const api = createHttpApi({ baseUrl: url, environmentId: server.environmentId })
    const email = freshEmail()
    const laptop = open(createSession({ api, storage: memoryStorage(), crossTab: false }))
    const phone = open(createSession({ api, storage: memoryStorage(), crossTab: false }))
    for (const session of [laptop, phone]) {
      await session.email.sendCode(email)
      await session.email.verifyCode(server.lastCode(email))
    }
    expect(laptop.getSnapshot().user?.id).toBe(phone.getSnapshot().user?.id)
    const response = await fetch(
      `${url}/admin/${server.environmentId}/sessions/${laptop.getSnapshot().sessionId}/revoke`,
      { method: 'POST', headers: { Authorization: 'Bearer secret-key' } },
    )
    expect(response.ok).toBe(true)
    await expect(laptop.refresh()).rejects.toMatchObject({ code: 'unauthorized' })
    await phone.refresh()
    expect(laptop.getSnapshot().status).toBe('loggedOut')
    expect(phone.getSnapshot().status).toBe('loggedIn')
  })
})

/** The backend in cookie mode, and the transport a browser would use against it (with its cookie jar). */
async function serveCookieMode() {
  const { server, url } = await serve({ cookie: true })
  const client = cookieJarFetch()
  const api = createHttpApi({
    baseUrl: url,
    environmentId: server.environmentId,
    fetch: client.fetch,
    credentials: 'include',
  })
  return { server, client, api }
}

describe('httpOnly cookie mode', () => {
  test('the token never reaches JS: not in bodies, storage, snapshot or getToken; restore confirms with refresh', async () => {
    const { server, client, api } = await serveCookieMode()
    const storage = memoryStorage()
    const session = open(createSession({ api, storage, tokenStorage: 'cookie', crossTab: false }))
    await signIn(session, server)
    const snapshot = session.getSnapshot()
    expect(snapshot).toMatchObject({ status: 'loggedIn', isAuthenticated: true })
    expect(snapshot.expiresAt).toBeGreaterThan(Date.now())
    expect(session.getToken()).toBeNull()
    const cookie = [...client.jar.values()][0] as string
    expect(cookie).toMatch(/^eyJ/)
    const record = storage.getItem('lanyard.session') as string
    expect(record).not.toContain(cookie.split('.')[2])
    expect(JSON.parse(record)).toMatchObject({
      v: 1,
      sessionId: snapshot.sessionId,
      expiresAt: snapshot.expiresAt,
    })
    for (const body of client.bodies) expect(body).not.toContain(cookie.split('.')[2])
    expect(JSON.stringify(snapshot)).not.toContain(cookie.split('.')[2])

    // A reload: the hint restores at once, and the session confirms it with the server.
    const before = client.bodies.length
    const reloaded = open(createSession({ api, storage, tokenStorage: 'cookie', crossTab: false }))
    expect(reloaded.getSnapshot().status).toBe('loggedIn')
    const ready = await reloaded.ready
    expect(ready.status).toBe('loggedIn')
    expect(client.bodies.length).toBeGreaterThan(before)
  })

  test('a 401 while confirming the hint ends the session', async () => {
    const { server, api } = await serveCookieMode()
    const storage = memoryStorage()
    const session = open(createSession({ api, storage, tokenStorage: 'cookie', crossTab: false }))
    await signIn(session, server)
    server.revokeAll()
    const reloaded = open(createSession({ api, storage, tokenStorage: 'cookie', crossTab: false }))
    const ready = await reloaded.ready
    expect(ready).toMatchObject({ status: 'loggedOut', endReason: 'session-revoked' })
    expect(storage.getItem('lanyard.session')).toBeNull()
  })

  test('logout clears the httpOnly cookie on the server', async () => {
    const { server, client, api } = await serveCookieMode()
    const session = open(
      createSession({ api, storage: memoryStorage(), tokenStorage: 'cookie', crossTab: false }),
    )
    await signIn(session, server)
    expect(client.jar.size).toBe(1)
    await session.logout()
    await vi.waitFor(() => expect(client.jar.size).toBe(0))
  })
})
