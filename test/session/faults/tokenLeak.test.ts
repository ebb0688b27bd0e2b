import { inspect as utilInspect } from 'node:util'
import {
  type AuthApi,
  createSession,
  memoryStorage,
  type Session,
  SessionError,
  type SessionErrorCode,
  type SessionOptions,
} from 'lanyard'
import { createTestAuthServer, createTestWallet, type TestAuthServer } from 'lanyard/testing'
import { Secret, TOTP } from 'otpauth'
import { afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest'
import { eventNames } from '../helpers'

/**
 * Runs whole flows while recording everything a session shows the outside world (snapshots, event
 * payloads, errors with their stacks and causes, the actor's snapshot as JSON and as a log line,
 * every inspection event) and checks that no token the server ever issued appears in any of it.
 */

/** JSON that survives cycles and shows actors by id (an actor reference reaches the whole system). */
function stringify(value: unknown): string {
  const seen = new WeakSet<object>()
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'bigint') return v.toString()
    if (typeof v !== 'object' || v === null) return v
    if (seen.has(v)) return '[cycle]'
    seen.add(v)
    if (v instanceof Error) return { name: v.name, message: v.message, stack: v.stack, cause: v.cause }
    return v
  })
}

/** The message, stack and string form of an error and of every cause below it. */
function describeError(error: unknown, depth = 0): string {
  if (depth > 10 || error === undefined || error === null) return ''
  if (!(error instanceof Error)) return stringify(error)
  return [
    String(error),
    error.message,
    error.stack ?? '',
    stringify(error),
    utilInspect(error, { depth: 8 }),
    describeError(error.cause, depth + 1),
  ].join('\n')
}

interface Recorder {
  issued: Set<string>
  seen: string[]
  session: Session
}

let servers: { full: TestAuthServer; plain: TestAuthServer }
let counter = 0
const sessions: Session[] = []

beforeAll(() => {
  const now = () => Date.now()
  servers = {
    full: createTestAuthServer({
      now,
      mfa: 'required',
      requiredFields: ['alias'],
      embeddedWallets: { createOnSignup: true },
    }),
    plain: createTestAuthServer({ now, tokenLifetimeSeconds: 300 }),
  }
})

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
})

afterEach(() => {
  for (const session of sessions.splice(0)) session.stop()
  vi.useRealTimers()
})

/** An AuthApi that notes every token the server hands out, even ones the session never adopts. */
function recordingApi(server: TestAuthServer, issued: Set<string>): AuthApi {
  const api: Record<string, unknown> = { environmentId: server.environmentId }
  for (const [name, fn] of Object.entries(server.api)) {
    if (typeof fn !== 'function') continue
    api[name] = async (...args: unknown[]) => {
      const result = await (fn as (...a: unknown[]) => Promise<unknown>)(...args)
      const token = (result as { token?: unknown } | undefined)?.token
      if (typeof token === 'string') issued.add(token)
      return result
    }
  }
  return api as unknown as AuthApi
}

function record(server: TestAuthServer, options: Partial<SessionOptions> = {}): Recorder {
  const issued = new Set<string>()
  const seen: string[] = []
  const session = createSession({
    api: recordingApi(server, issued),
    storage: memoryStorage(),
    crossTab: false,
    inspect: (event) => seen.push(stringify(event)),
    ...options,
  })
  sessions.push(session)
  session.subscribe((snapshot) => {
    seen.push(stringify(snapshot), utilInspect(snapshot, { depth: 8 }))
    if (snapshot.error) seen.push(describeError(snapshot.error))
  })
  for (const name of eventNames) {
    session.on(name, ((payload: unknown) => {
      seen.push(`${name} ${stringify(payload)}`, utilInspect(payload, { depth: 8 }))
      const error = (payload as { error?: unknown } | undefined)?.error
      if (error) seen.push(describeError(error))
    }) as never)
  }
  return { issued, seen, session }
}

/** Notes the current token and what a debugger would show of the actor. */
function observe(recorder: Recorder) {
  const { session, issued, seen } = recorder
  const token = session.getToken()
  if (token) issued.add(token)
  const snapshot = session.actor.getSnapshot()
  seen.push(
    stringify(snapshot),
    utilInspect(snapshot.context, { depth: 6 }),
    stringify(session.getSnapshot()),
  )
}

/** Runs an action that must succeed, noting what it resolved with. */
async function step<T>(recorder: Recorder, action: () => Promise<T>): Promise<T> {
  try {
    const value = await action()
    recorder.seen.push(stringify(value))
    return value
  } finally {
    observe(recorder)
  }
}

/** Runs an action that must reject with `code`, noting its error (message, stack, causes). */
async function refused(recorder: Recorder, code: SessionErrorCode, action: () => Promise<unknown>) {
  let error: unknown
  try {
    recorder.seen.push(stringify(await action()))
  } catch (caught) {
    error = caught
    recorder.seen.push(describeError(caught))
  } finally {
    observe(recorder)
  }
  expect(error, `expected a rejection with ${code}`).toBeInstanceOf(SessionError)
  expect((error as SessionError).code).toBe(code)
}

/** A one-time code that is not `code`. */
const wrongCode = (code: string) => (code === '999999' ? '111111' : '999999')

function expectNoLeak(recorder: Recorder, minimumTokens: number) {
  expect(recorder.issued.size).toBeGreaterThanOrEqual(minimumTokens)
  const haystack = recorder.seen.join('\n')
  expect(haystack.length).toBeGreaterThan(1000)
  for (const token of recorder.issued) {
    const signature = token.split('.')[2] as string
    // Booleans, so that a failure does not print the token it found.
    expect(haystack.includes(token), 'a whole token leaked').toBe(false)
    expect(haystack.includes(signature), 'a token signature leaked').toBe(false)
  }
}

/** The authenticator's code, `ahead` steps on (a code is taken once: a second use needs the next one). */
const totp = (secret: string, ahead = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({
    timestamp: Date.now() + ahead * 30_000,
  })
/** A code that no step of the window (±1) accepts. */
const wrongTotp = (secret: string) =>
  ['000000', '111111', '222222', '333333'].find(
    (code) => ![-1, 0, 1].some((ahead) => totp(secret, ahead) === code),
  ) as string

test('email with MFA, info and an embedded wallet, then link, refresh, failures, a 401 and logout', async () => {
  const server = servers.full
  const recorder = record(server)
  const { session } = recorder
  const email = `leak${++counter}@example.com`
  await step(recorder, () => session.email.sendCode(email))
  await refused(recorder, 'invalid_code', () => session.email.verifyCode(wrongCode(server.lastCode(email))))
  await step(recorder, () => session.email.verifyCode(server.lastCode(email)))
  expect(session.getSnapshot().pending).toEqual(['mfa', 'info', 'wallet'])
  const enrolled = await step(recorder, () => session.mfa.enrollTotp())
  await refused(recorder, 'invalid_code', () => session.mfa.verifyTotp(wrongTotp(enrolled.secret)))
  await step(recorder, () => session.mfa.verifyTotp(totp(enrolled.secret)))
  await refused(recorder, 'invalid_input', () => session.info.submit({ shoeSize: '42' }))
  server.fail('createEmbeddedWallet', { status: 500 })
  await step(recorder, () => session.info.submit({ alias: 'leaky' }))
  await vi.waitUntil(() => session.getSnapshot().step === 'wallet.failed', { interval: 1 })
  await step(recorder, () => session.embeddedWallet.create())
  await vi.waitUntil(() => session.getSnapshot().status === 'loggedIn', { interval: 1 })
  await refused(recorder, 'wallet_rejected', () => session.wallet.link(createTestWallet({ reject: true })))
  await step(recorder, () => session.wallet.link(createTestWallet()))
  await step(recorder, () => session.refresh())
  server.fail('refresh', { status: 500 })
  await refused(recorder, 'server', () => session.refresh())
  server.fail('refresh', { status: 0 })
  await refused(recorder, 'network', () => session.refresh())
  await step(recorder, () => session.embeddedWallet.create())
  expect(session.getSnapshot().status).toBe('loggedIn')
  server.revokeSession(session.getSnapshot().sessionId as string)
  await refused(recorder, 'unauthorized', () => session.refresh())
  expect(session.getSnapshot()).toMatchObject({ status: 'loggedOut', endReason: 'session-revoked' })
  // A new sign-in, then logout.
  await step(recorder, () => session.email.sendCode(email))
  await step(recorder, () => session.email.verifyCode(server.lastCode(email)))
  await step(recorder, () => session.mfa.verifyTotp(totp(enrolled.secret, 1)))
  await vi.waitUntil(() => session.getSnapshot().status === 'loggedIn', { interval: 1 })
  await step(recorder, () => session.logout())
  expect(session.getSnapshot().status).toBe('loggedOut')
  expectNoLeak(recorder, 8)
})

test('wallet sign-in, a late answer after cancel, expiry and a restored session', async () => {
  const server = servers.plain
  // The manual refresh() above takes the same path as the automatic one; off, the token reaches its end.
  const recorder = record(server, { expiringNoticeSeconds: 30, autoRefresh: false })
  const { session } = recorder
  await step(recorder, () => session.wallet.connect(createTestWallet()))
  await step(recorder, () => session.wallet.signIn())
  expect(session.getSnapshot().status).toBe('loggedIn')
  await step(recorder, () => session.refresh())
  // A sign-in while signed in is refused; after logout, one cancelled while the server answers:
  // the late token must not show up anywhere either.
  await refused(recorder, 'invalid_state', () => session.wallet.signIn(createTestWallet()))
  await step(recorder, () => session.logout())
  const pending = refused(recorder, 'cancelled', () => session.wallet.signIn(createTestWallet()))
  session.cancel()
  await pending
  await step(recorder, () => session.wallet.signIn(createTestWallet()))
  await vi.advanceTimersByTimeAsync(301_000)
  observe(recorder)
  expect(session.getSnapshot()).toMatchObject({ status: 'expired', endReason: 'token-expired' })
  await step(recorder, () => session.wallet.signIn(createTestWallet()))
  // Restored from storage into a second session: its snapshot, events and inspector too.
  const storage = memoryStorage()
  const first = createSession({ api: recordingApi(server, recorder.issued), storage, crossTab: false })
  sessions.push(first)
  await first.wallet.signIn(createTestWallet())
  recorder.issued.add(first.getToken() as string)
  first.stop()
  const restored = createSession({
    api: recordingApi(server, recorder.issued),
    storage,
    crossTab: false,
    inspect: (event) => recorder.seen.push(stringify(event)),
  })
  sessions.push(restored)
  restored.on('change', (snapshot) => recorder.seen.push(stringify(snapshot)))
  recorder.seen.push(stringify(restored.getSnapshot()), stringify(restored.actor.getSnapshot()))
  expect(restored.getSnapshot().status).toBe('loggedIn')
  await restored.logout()
  expectNoLeak(recorder, 5)
})

test('the recorder would notice a leak', () => {
  const recorder: Recorder = {
    issued: new Set(['aaa.bbb.ccc']),
    seen: ['x'.repeat(2000), 'ccc'],
    session: null as never,
  }
  expect(() => expectNoLeak(recorder, 1)).toThrow()
})

test('step-up tokens: never in storage, snapshots, events, errors, the inspector or another tab', async () => {
  const server = servers.full
  const storage = memoryStorage()
  const written: string[] = []
  const watched = {
    getItem: (key: string) => storage.getItem(key),
    setItem: (key: string, value: string) => {
      written.push(`${key} ${value}`)
      return storage.setItem(key, value)
    },
    removeItem: (key: string) => storage.removeItem(key),
  }
  const recorder = record(server, { storage: watched, crossTab: true, storageKey: 'leak-stepup' })
  // Another tab on the same key: everything it sees and shows counts as seen.
  const other = record(server, { storage: watched, crossTab: true, storageKey: 'leak-stepup' })
  const { session } = recorder
  const email = `leak${++counter}@example.com`
  await step(recorder, () => session.email.sendCode(email))
  await step(recorder, () => session.email.verifyCode(server.lastCode(email)))
  const enrolled = await step(recorder, () => session.mfa.enrollTotp())
  await step(recorder, () => session.mfa.verifyTotp(totp(enrolled.secret)))
  await step(recorder, () => session.info.submit({ alias: 'stepper' }))
  await vi.waitUntil(() => session.getSnapshot().status === 'loggedIn', { interval: 1 })
  await vi.advanceTimersByTimeAsync(31_000)
  await refused(recorder, 'invalid_code', () =>
    session.mfa.stepUp({ scope: 'transfer', code: wrongTotp(enrolled.secret) }),
  )
  await step(recorder, () => session.mfa.stepUp({ scope: 'transfer', code: totp(enrolled.secret) }))
  const elevated = session.getToken({ scope: 'transfer' })
  expect(elevated).toMatch(/^eyJ/)
  recorder.issued.add(elevated as string)
  observe(recorder)
  await vi.advanceTimersByTimeAsync(10)
  observe(other)
  other.seen.push(stringify(other.session.getSnapshot()))
  expect(other.session.getToken({ scope: 'transfer' })).toBeNull()
  // Storage holds the session's token by design; of the step-up token it must hold nothing.
  recorder.seen.push(...other.seen)
  await step(recorder, () => session.logout())
  expect(session.getToken({ scope: 'transfer' })).toBeNull()
  const haystack = [...recorder.seen, ...written].join('\n')
  const signature = (elevated as string).split('.')[2] as string
  expect(haystack.includes(signature), 'the step-up token leaked').toBe(false)
  expectNoLeak(recorder, 3)
})
