import {
  type AuthApi,
  createSession,
  memoryStorage,
  type Session,
  type SessionEvents,
  type SessionOptions,
  type StorageAdapter,
} from 'lanyard'
import { createTestAuthServer, type TestAuthServerOptions } from 'lanyard/testing'

export const eventNames: Array<keyof SessionEvents> = [
  'change',
  'authenticated',
  'loggedIn',
  'pending',
  'expiring',
  'expired',
  'loggedOut',
  'tokenChanged',
  'userChanged',
  'walletCreated',
  'error',
]

let counter = 0
/** A fresh email address per call, so tests sharing a server never meet each other's limits. */
export const freshEmail = (name = 'user') => `${name}.${Date.now().toString(36)}.${counter++}@example.com`

/** A session against an in-process reference backend, recording every event in order. */
/** The redirect URLs the test app registered with the server (`socialRedirectUrls`). */
export const APP_REDIRECTS = ['https://app.example.com/callback', 'https://app.example.com/cb']

export function setup(
  serverOptions: TestAuthServerOptions = {},
  sessionOptions: Partial<SessionOptions> & { storage?: StorageAdapter } = {},
) {
  // The app of these tests lives on app.example.com: its social redirect URLs are registered.
  const server = createTestAuthServer({ socialRedirectUrls: APP_REDIRECTS, ...serverOptions })
  const storage = sessionOptions.storage ?? memoryStorage()
  const session = createSession({ api: server.api, storage, crossTab: false, ...sessionOptions })
  const events: Array<{ type: keyof SessionEvents; payload: unknown }> = []
  for (const type of eventNames) {
    session.on(type, (payload: unknown) => events.push({ type, payload }))
  }
  return { server, session, storage, events, types: () => events.map((event) => event.type) }
}

/** Signs in by email code and returns the email used. */
export async function signInByEmail(
  session: Session,
  server: { lastCode(email: string): string },
  email = freshEmail(),
) {
  await session.email.sendCode(email)
  await session.email.verifyCode(server.lastCode(email))
  return email
}

/**
 * An AuthApi whose chosen method waits for `release()` before answering: for cancel, logout and
 * stale-response tests.
 */
export function gated<K extends keyof AuthApi>(api: AuthApi, method: K) {
  let release!: () => void
  let gate = new Promise<void>((resolve) => {
    release = resolve
  })
  let calls = 0
  const wrapped: AuthApi = {
    ...api,
    environmentId: api.environmentId,
    [method]: async (...args: unknown[]) => {
      calls++
      // The request already reached the server: it answers whatever the client does meanwhile.
      const detached = args.map((arg) =>
        typeof arg === 'object' && arg !== null && 'signal' in arg
          ? { ...arg, signal: new AbortController().signal }
          : arg,
      )
      const answer = (api[method] as (...a: unknown[]) => Promise<unknown>)(...detached)
      await gate
      return answer
    },
  }
  return {
    api: wrapped,
    release: () => release(),
    rearm() {
      gate = new Promise<void>((resolve) => {
        release = resolve
      })
    },
    calls: () => calls,
  }
}

export const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

/** An API that records the name of every call: proves what did (or did not) reach the backend. */
export function countCalls(api: AuthApi) {
  const calls: string[] = []
  const wrapped = new Proxy(api, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver)
      if (typeof value !== 'function') return value
      return (...args: unknown[]) => {
        calls.push(String(property))
        return value.apply(target, args)
      }
    },
  })
  return { api: wrapped, calls, refreshes: () => calls.filter((call) => call === 'refresh').length }
}
