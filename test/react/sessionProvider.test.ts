// @vitest-environment happy-dom
// lanyard/react's SessionProvider: components call useSession() with no session and read the
// provided one, in the browser and through server rendering and hydration.
import { act, cleanup, render, screen } from '@testing-library/react'
import { createSession, memoryStorage, type Session, type SessionSnapshot } from 'lanyard'
import { SessionProvider, useSession, useSessionContext } from 'lanyard/react'
import { createTokenVerifier, sessionHint } from 'lanyard/server'
import { createTestAuthServer } from 'lanyard/testing'
import { createElement as h } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, beforeAll, expect, test, vi } from 'vitest'

beforeAll(() => {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
})
const sessions: Session[] = []
afterEach(() => {
  cleanup()
  for (const session of sessions.splice(0)) session.stop()
  vi.unstubAllGlobals()
})
const track = (session: Session) => {
  sessions.push(session)
  return session
}

const text = (snapshot: SessionSnapshot) => `${snapshot.status} ${snapshot.user?.email ?? '-'}`
function Whole() {
  return h('p', null, text(useSession()))
}
function Recorded({ frames }: { frames: string[] }) {
  const line = text(useSession())
  frames.push(line)
  return h('p', null, line)
}
function Selected() {
  return h(
    'p',
    null,
    useSession((snapshot) => snapshot.status),
  )
}

test('useSession() reads the provided session and re-renders as it signs in', async () => {
  const server = createTestAuthServer()
  const session = track(createSession({ api: server.api, storage: memoryStorage(), crossTab: false }))
  render(h(SessionProvider, { session }, h(Whole), h(Selected)))
  expect(screen.getByText('visitor -')).toBeTruthy()
  await act(async () => {
    await session.email.sendCode('ada@example.com')
    await session.email.verifyCode(server.lastCode('ada@example.com'))
  })
  expect(screen.getByText('loggedIn ada@example.com')).toBeTruthy()
  expect(screen.getByText('loggedIn')).toBeTruthy()
})

test('without a provider, useSession() says what is missing', () => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
  expect(() => render(h(Whole))).toThrow(/SessionProvider/)
})

// A component that calls the session's actions takes the provided session, no prop threading.
function LogOut() {
  const session = useSessionContext()
  return h('button', { type: 'button', onClick: () => session.logout() }, 'Log out')
}

test('useSessionContext() gives the provided session: its actions act on it', async () => {
  const server = createTestAuthServer()
  const session = track(createSession({ api: server.api, storage: memoryStorage(), crossTab: false }))
  await session.email.sendCode('ada@example.com')
  await session.email.verifyCode(server.lastCode('ada@example.com'))
  render(h(SessionProvider, { session }, h(Whole), h(LogOut)))
  expect(screen.getByText('loggedIn ada@example.com')).toBeTruthy()
  await act(async () => screen.getByRole('button', { name: 'Log out' }).click())
  await vi.waitFor(() => expect(session.getSnapshot().status).toBe('loggedOut'))
  expect(screen.getByText('loggedOut -')).toBeTruthy()
})

test('without a provider, useSessionContext() names itself and the provider', () => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
  expect(() => render(h(LogOut))).toThrow(
    'useSessionContext() needs a <SessionProvider session={...}> above it.',
  )
})

test('server HTML from a hint hydrates without a mismatch and shows loggedIn from the first frame', async () => {
  const server = createTestAuthServer()
  const signedIn = track(createSession({ api: server.api, storage: memoryStorage(), crossTab: false }))
  await signedIn.email.sendCode('ada@example.com')
  await signedIn.email.verifyCode(server.lastCode('ada@example.com'))
  const verifier = createTokenVerifier({
    jwks: server.jwks(),
    issuer: server.options.issuer,
    audience: server.options.audience,
  })
  const hint = JSON.parse(JSON.stringify(sessionHint(await verifier.verify(signedIn.getToken() ?? ''))))

  vi.stubGlobal('document', undefined)
  const onServer = createSession({ api: server.api, hint, tokenStorage: 'cookie' })
  const html = renderToString(h(SessionProvider, { session: onServer }, h(Whole)))
  vi.unstubAllGlobals()
  expect(html).toBe('<p>loggedIn ada@example.com</p>')

  const container = document.createElement('div')
  container.innerHTML = html
  document.body.append(container)
  const client = track(
    createSession({
      api: server.api,
      hint,
      tokenStorage: 'cookie',
      storage: memoryStorage(),
      crossTab: false,
    }),
  )
  const recoverable: unknown[] = []
  const frames: string[] = []
  await act(async () => {
    hydrateRoot(container, h(SessionProvider, { session: client }, h(Recorded, { frames })), {
      onRecoverableError: (error) => recoverable.push(error),
    })
  })
  expect(recoverable).toEqual([])
  // The first client frame agrees with the server's (the client then confirms with the backend,
  // which in this in-process setup has no cookie, so what follows is not checked here).
  expect(frames[0]).toBe('loggedIn ada@example.com')
  container.remove()
})
