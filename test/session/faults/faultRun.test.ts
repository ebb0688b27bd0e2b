import { createHttpApi, createSession, isSessionError, memoryStorage, type Session } from 'lanyard'
import { createTestAuthServer, type TestAuthServer } from 'lanyard/testing'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { eventNames, freshEmail } from '../helpers'

/**
 * A seeded random run over real HTTP: about 30 sessions, each a short random sequence of public
 * actions, through a `fetch` that injects faults (network resets, 503s, 500s with garbage bodies,
 * small delays, answers dropped after the server handled the request). Faults must never end a
 * valid session, a logout must stay a logout, no token may show up anywhere a UI or a log could
 * see, and every rejection must be a SessionError. `FAULT_SEED=<n>` explores other runs.
 */

const SEED = Number(process.env.FAULT_SEED ?? 20240612) >>> 0
const SESSIONS = 30
const STEPS = 8
const FAULT_RATE = 0.3

/** mulberry32: a tiny seeded PRNG. */
function mulberry32(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const jwtLike = /eyJ[\w-]+\.[\w-]+\.[\w-]+/g

/** JSON that survives cycles and shows errors with their message, stack and cause. */
function stringify(value: unknown): string {
  const seen = new WeakSet<object>()
  return (
    JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v === 'bigint') return v.toString()
      if (typeof v !== 'object' || v === null) return v
      if (seen.has(v)) return '[cycle]'
      seen.add(v)
      if (v instanceof Error) return { name: v.name, message: v.message, stack: v.stack, cause: v.cause }
      return v
    }) ?? String(value)
  )
}

interface Totals {
  sessions: number
  faults: number
  requests: number
  lost: number
  resurrected: number
  leaks: number
  foreign: number
  signedIn: number
  tokens: number
  details: string[]
}

let server: TestAuthServer
let http: { url: string; close(): Promise<void> }

beforeAll(async () => {
  server = createTestAuthServer({ requiredFields: ['alias'] })
  http = await server.listen(0)
})

afterAll(async () => {
  await http?.close()
})

/** A fetch that injects faults by the seeded PRNG and notes every token and every 401 it sees. */
function faultyFetch(random: () => number, totals: Totals, tokens: Set<string>) {
  const state = { saw401: false }
  const faulty: typeof fetch = async (input, init) => {
    totals.requests++
    const roll = random()
    const kind = roll < FAULT_RATE ? Math.floor(random() * 5) : -1
    if (kind >= 0) totals.faults++
    if (kind === 0) throw new TypeError('fetch failed')
    if (kind === 1) {
      return new Response(JSON.stringify({ error: 'Service unavailable', code: 'unavailable' }), {
        status: 503,
        headers: { 'content-type': 'application/json' },
      })
    }
    if (kind === 2) {
      return new Response('<html><body>Internal \u0000 error {{', {
        status: 500,
        headers: { 'content-type': 'application/json' },
      })
    }
    if (kind === 3) await sleep(1 + Math.floor(random() * 5))
    const response = await fetch(input, init)
    const text = await response.clone().text()
    for (const token of text.match(jwtLike) ?? []) tokens.add(token)
    if (response.status === 401) state.saw401 = true
    // The request reached the server (it did whatever it does), but the answer is lost.
    if (kind === 4) throw new TypeError('fetch failed')
    return response
  }
  return { fetch: faulty, state }
}

async function runSession(index: number, totals: Totals) {
  const random = mulberry32((SEED + Math.imul(index, 0x9e3779b1)) >>> 0)
  const faultRandom = mulberry32((SEED ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0)
  const tokens = new Set<string>()
  const seen: string[] = []
  const { fetch: faulty, state } = faultyFetch(faultRandom, totals, tokens)
  const api = createHttpApi({
    baseUrl: http.url,
    environmentId: server.environmentId,
    fetch: faulty,
    timeoutMs: 5000,
  })
  const session: Session = createSession({
    api,
    storage: memoryStorage(),
    crossTab: false,
    revalidateOnFocus: false,
  })
  session.subscribe((snapshot) => seen.push(stringify(snapshot)))
  for (const name of eventNames) {
    session.on(name, ((payload: unknown) => seen.push(`${name} ${stringify(payload)}`)) as never)
  }
  const noteToken = () => {
    const token = session.getToken()
    if (token) tokens.add(token)
  }

  const inflight: Promise<unknown>[] = []
  const guard = (label: string, promise: Promise<unknown>) => {
    const settled = promise.then(noteToken, (error: unknown) => {
      seen.push(stringify(error), String(error))
      if (!isSessionError(error)) {
        totals.foreign++
        totals.details.push(`seed ${SEED} session ${index}: ${label} rejected with ${String(error)}`)
      }
    })
    inflight.push(settled)
    return settled
  }
  let everLoggedIn = false
  let email: string | null = null
  const watch = () => {
    noteToken()
    if (session.getSnapshot().isLoggedIn) everLoggedIn = true
  }
  session.subscribe(watch)

  try {
    await sleep(0)
    for (let step = 0; step < STEPS; step++) {
      watch()
      const snapshot = session.getSnapshot()
      const pick = random()
      // Sometimes an action runs concurrently with the next one instead of being awaited.
      const detach = random() < 0.25
      const run = (label: string, action: () => Promise<unknown>) => {
        const promise = guard(label, action())
        return detach ? Promise.resolve() : promise
      }
      if (pick < 0.12) {
        // A logout, possibly racing a detached action: nothing may sign the session back in.
        await guard('logout', session.logout())
        await Promise.all(inflight)
        await sleep(5)
        if (session.getSnapshot().isAuthenticated) {
          totals.resurrected++
          totals.details.push(`seed ${SEED} session ${index}: authenticated after logout`)
        }
        continue
      }
      if (snapshot.status === 'restoring') {
        await sleep(2)
      } else if (snapshot.status === 'authenticating' && snapshot.step?.startsWith('emailOtp')) {
        if (pick < 0.2) session.cancel()
        else if (snapshot.step === 'emailOtp.awaitingCode' && email) {
          let code = '000000'
          try {
            code = server.lastCode(email)
          } catch {}
          await run('verifyCode', () => session.email.verifyCode(code))
        } else await sleep(2)
      } else if (snapshot.status === 'pending') {
        if (snapshot.step === 'info')
          await run('info.submit', () => session.info.submit({ alias: `u${index}` }))
        else if (pick < 0.5) await run('refresh', () => session.refresh())
        else await sleep(2)
      } else if (snapshot.status === 'loggedIn') {
        if (pick < 0.7) await run('refresh', () => session.refresh())
        else {
          // Two refreshes at once share one request.
          await Promise.all([guard('refresh', session.refresh()), guard('refresh', session.refresh())])
        }
      } else if (snapshot.status === 'authenticating') {
        await sleep(2)
      } else {
        email = freshEmail(`fault${index}`)
        const target = email
        await run('sendCode', () => session.email.sendCode(target))
      }
    }
    await Promise.all(inflight)
    watch()
    const end = session.getSnapshot()
    if (
      everLoggedIn &&
      !end.isLoggedIn &&
      end.endReason !== null &&
      end.endReason !== 'user-intent' &&
      !state.saw401
    ) {
      totals.lost++
      totals.details.push(`seed ${SEED} session ${index}: ended with ${end.endReason} and no 401 seen`)
    }
    // The end of the run: log out, and check once more that it holds.
    await guard('final logout', session.logout())
    await Promise.all(inflight)
    await sleep(5)
    if (session.getSnapshot().isAuthenticated) {
      totals.resurrected++
      totals.details.push(`seed ${SEED} session ${index}: authenticated after the final logout`)
    }
  } finally {
    session.stop()
  }

  if (everLoggedIn) totals.signedIn++
  totals.tokens += tokens.size
  const everything = seen.join('\n')
  for (const token of tokens) {
    if (everything.includes(token)) {
      totals.leaks++
      totals.details.push(`seed ${SEED} session ${index}: a token appeared in a snapshot, event or error`)
    }
  }
  totals.sessions++
}

test(`fault run (seed ${SEED}): faults never lose or resurrect a session nor leak a token`, async () => {
  const totals: Totals = {
    sessions: 0,
    faults: 0,
    requests: 0,
    lost: 0,
    resurrected: 0,
    leaks: 0,
    foreign: 0,
    signedIn: 0,
    tokens: 0,
    details: [],
  }
  for (let index = 0; index < SESSIONS; index++) await runSession(index, totals)
  console.log(
    `fault run: ${totals.sessions} sessions, ${totals.faults} faults over ${totals.requests} requests, ` +
      `lost ${totals.lost}, resurrected ${totals.resurrected}, leaks ${totals.leaks}` +
      (totals.foreign ? `, non-SessionError rejections ${totals.foreign}` : '') +
      ` (seed ${SEED})`,
  )
  for (const detail of totals.details) console.log(detail)
  if (process.env.FAULT_SEED) {
    console.log(`signed in: ${totals.signedIn} of ${totals.sessions}, ${totals.tokens} tokens scanned`)
  }
  expect(totals.sessions).toBe(SESSIONS)
  expect(totals.faults).toBeGreaterThan(0)
  // The run must reach the states it is about, not fail every sign-in.
  expect(totals.signedIn).toBeGreaterThan(0)
  expect(totals.tokens).toBeGreaterThan(0)
  expect(totals.lost).toBe(0)
  expect(totals.resurrected).toBe(0)
  expect(totals.leaks).toBe(0)
  expect(totals.foreign).toBe(0)
}, 15_000)
