// @vitest-environment happy-dom
import { memoryStorage, type SessionHint, type StorageAdapter } from 'lanyard'
import { useSession } from 'lanyard/react'
import { createTokenVerifier } from 'lanyard/server'
import { createTestAuthServer } from 'lanyard/testing'
import { act, createElement as h, StrictMode } from 'react'
import { hydrateRoot, type Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest'
import { hintReader } from '../../docs/recipes/hint'
import { SessionProvider, sessionHolder, useAppSession } from '../../docs/recipes/react'
import { cookieJar, line } from '../bindings/scenario'
import { countCalls, freshEmail } from '../session/helpers'

beforeAll(() => {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
})
const cleanups: Array<() => void> = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

/** A user signed in earlier in this browser: the backend, its httpOnly cookie, and the API over it. */
async function signedInBefore() {
  const server = createTestAuthServer()
  const { api, jar } = cookieJar(server.api)
  const holder = sessionHolder({ api, tokenStorage: 'cookie', storage: memoryStorage(), crossTab: false })
  const email = freshEmail('ada')
  const earlier = holder.get()
  await earlier.email.sendCode(email)
  await earlier.email.verifyCode(server.lastCode(email))
  holder.stop()
  expect(jar.token).toMatch(/^eyJ/)
  return { server, api, jar, email }
}

/** What a server component does: read the cookie, verify it, hand the page the JSON hint (docs/recipes/hint.ts). */
async function hintFromCookie(server: ReturnType<typeof createTestAuthServer>, cookie: string | null) {
  const readHint = hintReader(
    createTokenVerifier({
      jwks: server.jwks(),
      issuer: server.options.issuer,
      audience: server.options.audience,
    }),
  )
  const hint = await readHint(cookie ?? undefined)
  return hint && (JSON.parse(JSON.stringify(hint)) as SessionHint) // it crosses into the page as JSON
}

/** A component that records each text it renders. */
function Status({ seen }: { seen: string[] }) {
  const text = useSession(useAppSession(), line)
  seen.push(text)
  return h('p', null, text)
}

/** The page: the provider from docs/recipes/react.ts around the component. */
function page(holder: ReturnType<typeof sessionHolder>, hint: SessionHint | null, seen: string[]) {
  return h(StrictMode, null, h(SessionProvider, { holder, hint }, h(Status, { seen })))
}

/** Renders on "the server": no document, so the session there only serves getServerSnapshot. */
function renderOnServer(holder: ReturnType<typeof sessionHolder>, hint: SessionHint | null) {
  vi.stubGlobal('document', undefined)
  try {
    return renderToString(page(holder, hint, []))
  } finally {
    vi.unstubAllGlobals()
  }
}

/** Hydrates `html` in the browser, recording console errors and React's recoverable errors. */
async function hydrate(html: string, element: (seen: string[]) => React.ReactElement) {
  const container = document.createElement('div')
  container.innerHTML = html
  document.body.append(container)
  const consoleErrors: unknown[] = []
  vi.spyOn(console, 'error').mockImplementation((...args) => consoleErrors.push(args))
  const recoverable: unknown[] = []
  const seen: string[] = []
  let root!: Root
  await act(async () => {
    root = hydrateRoot(container, element(seen), { onRecoverableError: (error) => recoverable.push(error) })
  })
  cleanups.push(() => {
    act(() => root.unmount())
    container.remove()
  })
  return { container, seen, consoleErrors, recoverable, root }
}

describe('server rendering with lanyard/react', () => {
  test('cookie mode with a hint: the server HTML, the hydration and every client frame show loggedIn; the client then confirms', async () => {
    const { server, api, jar, email } = await signedInBefore()
    const hint = await hintFromCookie(server, jar.token)
    expect(hint).toMatchObject({ sessionId: expect.any(String), user: { email } })

    // The server: one session per request, which makes no request and needs no stop().
    const serverCalls = countCalls(api)
    const serverHolder = sessionHolder({ api: serverCalls.api, tokenStorage: 'cookie' })
    const html = renderOnServer(serverHolder, hint)
    expect(html).toBe(`<p>loggedIn ${email} -</p>`)
    expect(serverCalls.calls).toEqual([])

    // The browser: a new device (nothing stored), so the hint stands in for the stored record.
    const clientCalls = countCalls(api)
    const storage: StorageAdapter = memoryStorage()
    const holder = sessionHolder({ api: clientCalls.api, tokenStorage: 'cookie', storage, crossTab: false })
    cleanups.push(() => holder.stop())
    const view = await hydrate(html, (seen) => page(holder, hint, seen))
    expect(view.consoleErrors).toEqual([])
    expect(view.recoverable).toEqual([])
    expect(new Set(view.seen)).toEqual(new Set([`loggedIn ${email} -`]))
    expect(view.container.innerHTML).toBe(`<p>loggedIn ${email} -</p>`)

    // ...and confirms with the server, as cookie mode does on every start.
    const session = holder.get()
    await act(async () => {
      await session.ready
    })
    expect(clientCalls.calls).toContain('refresh')
    expect(session.getSnapshot()).toMatchObject({ status: 'loggedIn', sessionId: hint?.sessionId })
    expect(JSON.parse(storage.getItem('lanyard.session') as string)).toMatchObject({
      sessionId: hint?.sessionId,
    })
    expect(view.container.textContent).toBe(`loggedIn ${email} -`)
    expect(view.consoleErrors).toEqual([])
  })

  test('a hint for a session the server has since revoked: loggedIn at first, then the confirm ends it', async () => {
    const { server, api, jar } = await signedInBefore()
    const hint = await hintFromCookie(server, jar.token)
    const html = renderOnServer(sessionHolder({ api, tokenStorage: 'cookie' }), hint)
    server.revokeAll()
    const holder = sessionHolder({ api, tokenStorage: 'cookie', storage: memoryStorage(), crossTab: false })
    cleanups.push(() => holder.stop())
    const view = await hydrate(html, (seen) => page(holder, hint, seen))
    await act(async () => {
      await holder.get().ready
    })
    expect(view.container.textContent).toBe('loggedOut - session-revoked')
    expect(view.consoleErrors).toEqual([])
    expect(view.recoverable).toEqual([])
  })

  test('no cookie, or one the verifier refuses, gives no hint', async () => {
    const { server, jar } = await signedInBefore()
    expect(await hintFromCookie(server, null)).toBeNull()
    expect(await hintFromCookie(server, `${jar.token}x`)).toBeNull()
    expect(await hintFromCookie(createTestAuthServer(), jar.token)).toBeNull() // another issuer's keys
  })

  test('without a hint the server renders restoring, never visitor; hydration then moves on without a mismatch', async () => {
    const server = createTestAuthServer()
    const html = renderOnServer(sessionHolder({ api: server.api }), null)
    expect(html).toBe('<p>restoring - -</p>')

    const holder = sessionHolder({ api: server.api, storage: memoryStorage(), crossTab: false })
    cleanups.push(() => holder.stop())
    const view = await hydrate(html, (seen) => page(holder, null, seen))
    // The hydration render used the server snapshot; the client's own snapshot followed at once.
    expect(view.seen[0]).toBe('restoring - -')
    expect(view.container.textContent).toBe('visitor - -')
    expect(view.consoleErrors).toEqual([])
    expect(view.recoverable).toEqual([])
  })

  test('the check sees a mismatch when there is one (HTML rendered without the hint, hydrated with it)', async () => {
    const { server, api, jar } = await signedInBefore()
    const hint = await hintFromCookie(server, jar.token)
    const html = renderOnServer(sessionHolder({ api, tokenStorage: 'cookie' }), null)
    const holder = sessionHolder({ api, tokenStorage: 'cookie', storage: memoryStorage(), crossTab: false })
    cleanups.push(() => holder.stop())
    const view = await hydrate(html, (seen) => page(holder, hint, seen))
    expect([...view.consoleErrors, ...view.recoverable].length).toBeGreaterThan(0)
  })

  test('StrictMode with the provider: one session for the page, kept across the double render and effect, stopped with the app', async () => {
    const server = createTestAuthServer()
    const created = vi.fn()
    const holder = sessionHolder({ api: server.api, storage: memoryStorage(), crossTab: false })
    const get = holder.get
    holder.get = (hint) => {
      const session = get(hint)
      created(session)
      return session
    }
    const container = document.createElement('div')
    document.body.append(container)
    const { createRoot } = await import('react-dom/client')
    const root = createRoot(container)
    await act(async () => root.render(page(holder, null, [])))
    await act(async () => root.render(page(holder, null, [])))
    const sessions = new Set(created.mock.calls.map(([session]) => session))
    expect(sessions.size).toBe(1)
    const [session] = [...sessions]
    const email = freshEmail()
    await act(async () => {
      await session.email.sendCode(email)
      await session.email.verifyCode(server.lastCode(email))
    })
    expect(container.textContent).toBe(`loggedIn ${email} -`)
    act(() => root.unmount())
    holder.stop()
    await expect(session.refresh()).rejects.toMatchObject({ code: 'invalid_state' })
    container.remove()
  })
})
