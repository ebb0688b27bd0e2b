// What every framework binding's test drives: a component over the binding, signed in against the
// reference backend through MFA, then logged out from another tab. Each framework supplies how to
// mount the component and how to let it catch up (React's act, Vue's nextTick, Svelte's flushSync).
import {
  type AuthApi,
  createSession,
  memoryStorage,
  type Session,
  type SessionHint,
  type SessionSnapshot,
} from 'lanyard'
import { createTokenVerifier, sessionHint } from 'lanyard/server'
import { createTestAuthServer, type TestAuthServerOptions } from 'lanyard/testing'
import { expect, vi } from 'vitest'
import { freshEmail } from '../session/helpers'

/** What the test components render: the parts of the snapshot a login UI shows. */
export const line = (snapshot: SessionSnapshot) =>
  `${snapshot.status} ${snapshot.user?.email ?? '-'} ${snapshot.endReason ?? '-'}`

let keys = 0
/** Tabs of one origin: one backend, one storage, one storageKey, BroadcastChannel between them. */
export function tabs(serverOptions: TestAuthServerOptions = { mfa: 'required' }) {
  const server = createTestAuthServer(serverOptions)
  const storage = memoryStorage()
  const storageKey = `bindings${process.pid}-${Date.now().toString(36)}-${keys++}`
  const sessions: Session[] = []
  const open = () => {
    const session = createSession({
      api: server.api,
      storage,
      storageKey,
      crossTab: true,
      revalidateOnFocus: false,
    })
    sessions.push(session)
    return session
  }
  const stop = () => {
    for (const session of sessions.splice(0)) session.stop()
  }
  return { server, open, stop }
}

/** Lets a framework render what the session committed: run `work`, then flush the framework. */
export type Act = (work: () => Promise<unknown> | unknown) => Promise<void>

export interface Mounted {
  /** The component's text. */
  text(): string
  /** How often the component (or the reactive part that reads the binding) ran. */
  renders(): number
}

/**
 * Signs in by email with MFA (TOTP enrolment), another tab adopts the session, that tab logs out,
 * and the component shows each step; renders are counted at each step: the component reads only
 * the line, so it renders once per change of the line and not for the steps in between.
 */
export async function signInThroughMfaThenLogoutElsewhere(
  a: Session,
  b: Session,
  server: ReturnType<typeof tabs>['server'],
  view: Mounted,
  act: Act,
) {
  const email = freshEmail('ada')
  expect(view.text()).toBe('visitor - -')
  const start = view.renders()

  await act(() => a.email.sendCode(email))
  expect(view.text()).toBe('authenticating - -')
  await act(() => a.email.verifyCode(server.lastCode(email)))
  expect(view.text()).toBe(`pending ${email} -`)
  await act(() => a.mfa.enrollTotp())
  await act(() => a.mfa.verifyTotp(server.totpCode(email)))
  expect(view.text()).toBe(`loggedIn ${email} -`)
  expect(view.renders() - start).toBe(3)

  // Nothing visible changes: a refresh (new expiry, same user), an action the state cannot take.
  await act(() => a.refresh())
  await act(() => a.email.sendCode(email).catch(() => undefined))
  expect(view.text()).toBe(`loggedIn ${email} -`)
  expect(view.renders() - start).toBe(3)

  // Another tab adopted the session; its logout reaches this one.
  await act(() => vi.waitFor(() => expect(b.getSnapshot().status).toBe('loggedIn')))
  await act(async () => {
    await b.logout()
    await vi.waitFor(() => expect(a.getSnapshot().status).toBe('loggedOut'))
  })
  expect(view.text()).toBe('loggedOut - other-tab')
  expect(view.renders() - start).toBe(4)
  return email
}

/**
 * An httpOnly cookie for the in-process backend: the server's answers set it (and the body loses
 * the token, as in cookie mode over HTTP), every call carries it, a revoke or a 401 clears it.
 * `jar.token` is what a server-side page reads from the request's cookie.
 */
export function cookieJar(api: AuthApi) {
  const jar: { token: string | null } = { token: null }
  const wrapped = new Proxy(api, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver)
      if (typeof value !== 'function') return value
      return async (...args: unknown[]) => {
        const withCookie = args.map((arg) =>
          typeof arg === 'object' && arg !== null && 'signal' in arg ? { ...arg, token: jar.token } : arg,
        )
        try {
          const result = await value.apply(target, withCookie)
          if (property === 'revoke') jar.token = null
          if (typeof result?.token === 'string') {
            jar.token = result.token
            return { ...result, token: null }
          }
          return result
        } catch (error) {
          if ((error as { code?: string }).code === 'unauthorized') jar.token = null
          throw error
        }
      }
    },
  })
  return { api: wrapped, jar }
}

/** How many listeners a session has: subscribe is counted by wrapping it. */
export function counted(session: Session) {
  let listeners = 0
  const subscribe = session.subscribe
  const wrapped: Session = Object.create(session, {
    subscribe: {
      value: (listener: (snapshot: SessionSnapshot) => void) => {
        listeners++
        const unsubscribe = subscribe(listener)
        return () => {
          listeners--
          unsubscribe()
        }
      },
    },
  })
  return { session: wrapped, listeners: () => listeners }
}

/** Signed in earlier in this browser, in cookie mode: the server reads the cookie into a hint (as JSON travels). */
export async function signedInBefore(): Promise<{ api: AuthApi; hint: SessionHint }> {
  const server = createTestAuthServer()
  const { api, jar } = cookieJar(server.api)
  const earlier = createSession({ api, tokenStorage: 'cookie', storage: memoryStorage(), crossTab: false })
  await earlier.email.sendCode('ada@example.com')
  await earlier.email.verifyCode(server.lastCode('ada@example.com'))
  earlier.stop()
  const verifier = createTokenVerifier({
    jwks: server.jwks(),
    issuer: server.options.issuer,
    audience: server.options.audience,
  })
  const hint: SessionHint = JSON.parse(JSON.stringify(sessionHint(await verifier.verify(jar.token ?? ''))))
  return { api, hint }
}

/** A container in the document holding `html`, removed by the test's cleanups. */
export function target(cleanups: Array<() => void>, html = ''): HTMLElement {
  const element = document.createElement('div')
  element.innerHTML = html
  document.body.append(element)
  cleanups.push(() => element.remove())
  return element
}
