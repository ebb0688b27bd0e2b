import { createHttpApi, createSession, isSessionError, memoryStorage, type Session } from 'lanyard'
import { createTestAuthServer, type TestAuthServer } from 'lanyard/testing'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { freshEmail } from '../helpers'
import { createFaultProxy, type FaultProxy, mulberry32, type ProxiedRequest } from './faultProxy'

/**
 * Faults through a real HTTP proxy (test/session/faults/faultProxy.ts) between `createHttpApi` and
 * `server.listen()`: refused and reset connections, cut headers, hung answers, HTML error pages,
 * truncated and 6 MB JSON, a body trickled one byte every 40 ms, 429 with Retry-After, the same
 * answer twice on a keep-alive connection. A dozen sessions run at once, each a random walk of
 * public actions; every third one has a second tab on the same storage key, so refreshes also meet
 * across tabs (one waits for the other's). The rule: every action settles within 2 × timeoutMs per request it made (an
 * action that made none, e.g. one waiting on a shared background request, within 2 × timeoutMs).
 * `FAULT_PROXY_SEEDS=1,2,3` and `FAULT_PROXY_SESSIONS=n` explore other runs.
 */

const TIMEOUT_MS = 600
const SEEDS = (process.env.FAULT_PROXY_SEEDS ?? '7,20240612,99991').split(',').map(Number)
const SESSIONS_PER_SEED = Number(process.env.FAULT_PROXY_SESSIONS ?? 100)
const AT_ONCE = 12
const STEPS = 7
const FAULT_RATE = 0.35
/** An action not settled by then is stuck: the run notes it and stops that session. */
const STUCK_MS = 12 * TIMEOUT_MS

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

interface Run {
  actions: number
  requests: number
  faults: number
  slow: string[]
  stuck: string[]
  foreign: string[]
  signedIn: number
  worstRatio: number
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

const describeRequests = (list: ProxiedRequest[], start: number) =>
  list.map(
    (r) =>
      `${Math.round(r.at - start)}ms ${r.method} ${r.path.split('/').slice(3).join('/')} ${r.fault ?? 'ok'}`,
  )

/** Runs one action, measures it against its budget, and notes it when it is slow or stuck. */
async function timed(
  run: Run,
  proxy: FaultProxy,
  lane: string,
  session: Session,
  label: string,
  action: () => Promise<unknown>,
) {
  const start = performance.now()
  const before = proxy.requests.length
  let settled = false
  const promise = action().then(
    () => undefined,
    (error: unknown) => {
      if (!isSessionError(error)) run.foreign.push(`${lane} ${label}: rejected with ${String(error)}`)
    },
  )
  const outcome = await Promise.race([promise.then(() => (settled = true)), sleep(STUCK_MS)])
  const took = performance.now() - start
  const made = proxy.requests.slice(before).filter((r) => r.lane === lane && r.at <= start + took)
  run.actions++
  const budget = 2 * TIMEOUT_MS * Math.max(1, made.length)
  const where = () => {
    const { status, step } = session.getSnapshot()
    return `${lane} ${label} took ${Math.round(took)} ms with ${made.length} requests (${status} ${step}): ${describeRequests(made, start).join('; ')}`
  }
  if (!outcome || !settled) {
    run.stuck.push(
      `${where()} | lane: ${describeRequests(
        proxy.requests.filter((r) => r.lane === lane),
        start,
      ).join('; ')}`,
    )
    session.stop()
    return
  }
  run.worstRatio = Math.max(run.worstRatio, took / budget)
  if (took > budget) run.slow.push(where())
}

/** One session: a random walk of public actions, some of them started without waiting. */
async function walk(run: Run, proxy: FaultProxy, seed: number, index: number) {
  const lane = `s${seed}-${index}`
  const random = mulberry32((seed + Math.imul(index, 0x9e3779b1)) >>> 0)
  const api = createHttpApi({
    baseUrl: proxy.base(lane),
    environmentId: server.environmentId,
    timeoutMs: TIMEOUT_MS,
  })
  // Every third session has a second tab (same storage and key): refreshes then meet across tabs.
  const tabbed = index % 3 === 0
  const options = {
    api,
    storage: memoryStorage(),
    storageKey: lane,
    crossTab: tabbed,
    revalidateOnFocus: false,
  }
  const session = createSession(options)
  const twin = tabbed ? createSession(options) : null
  const detached: Promise<unknown>[] = []
  let email = ''
  let signedIn = false
  const act = (label: string, action: () => Promise<unknown>) => {
    const measured = timed(run, proxy, lane, session, label, action)
    if (random() < 0.2) {
      detached.push(measured)
      return sleep(Math.floor(random() * 30))
    }
    return measured
  }
  try {
    for (let step = 0; step < STEPS; step++) {
      const { status, step: where } = session.getSnapshot()
      const pick = random()
      if (status === 'loggedIn') signedIn = true
      if (pick < 0.08) await act('logout', () => session.logout())
      else if (status === 'authenticating' && where === 'emailOtp.awaitingCode') {
        if (pick < 0.15) session.cancel()
        else if (pick < 0.25) await act('resendCode', () => session.email.resendCode())
        else {
          let code = '000000'
          try {
            code = server.lastCode(email)
          } catch {}
          await act('verifyCode', () => session.email.verifyCode(code))
        }
      } else if (status === 'pending' && where === 'info') {
        await act('info.submit', () => session.info.submit({ alias: `u${index}` }))
      } else if (status === 'pending' || status === 'loggedIn') {
        if (pick < 0.75) await act('refresh', () => session.refresh())
        else if (twin)
          await Promise.all([
            act('refresh', () => session.refresh()),
            timed(run, proxy, lane, twin, 'refresh (other tab)', () => twin.refresh()),
          ])
        else
          await Promise.all([
            act('refresh', () => session.refresh()),
            act('refresh', () => session.refresh()),
          ])
      } else if (status === 'authenticating' || status === 'restoring') {
        await sleep(20)
      } else {
        email = freshEmail(`proxy${index}`)
        const target = email
        await act('sendCode', () => session.email.sendCode(target))
      }
    }
    await Promise.all(detached)
    await timed(run, proxy, lane, session, 'final logout', () => session.logout())
  } finally {
    session.stop()
    twin?.stop()
  }
  if (signedIn) run.signedIn++
}

async function runSeed(seed: number): Promise<Run & { ms: number; sessions: number }> {
  const proxy = await createFaultProxy({ upstream: http.url, seed, rate: FAULT_RATE })
  const run: Run = {
    actions: 0,
    requests: 0,
    faults: 0,
    slow: [],
    stuck: [],
    foreign: [],
    signedIn: 0,
    worstRatio: 0,
  }
  const started = performance.now()
  let next = 0
  const worker = async () => {
    while (next < SESSIONS_PER_SEED) await walk(run, proxy, seed, next++)
  }
  try {
    await Promise.all(Array.from({ length: AT_ONCE }, worker))
  } finally {
    await proxy.close()
  }
  run.requests = proxy.requests.length
  run.faults = proxy.requests.filter((r) => r.fault).length
  return { ...run, ms: performance.now() - started, sessions: SESSIONS_PER_SEED }
}

for (const seed of SEEDS) {
  test(`fault proxy (seed ${seed}): every action settles within 2 × timeoutMs per request`, async () => {
    const run = await runSeed(seed)
    console.log(
      `fault proxy seed ${seed}: ${run.sessions} sessions, ${run.actions} actions, ${run.faults} faults over ` +
        `${run.requests} requests, ${run.signedIn} signed in, stuck ${run.stuck.length}, slow ${run.slow.length}, ` +
        `worst ${(run.worstRatio * 100).toFixed(0)}% of budget, ${(run.ms / 1000).toFixed(1)} s`,
    )
    for (const line of [...run.stuck, ...run.slow, ...run.foreign]) console.log(line)
    expect(run.signedIn).toBeGreaterThan(0)
    expect(run.faults).toBeGreaterThan(0)
    expect(run.stuck).toEqual([])
    expect(run.slow).toEqual([])
    expect(run.foreign).toEqual([])
  }, 120_000)
}
