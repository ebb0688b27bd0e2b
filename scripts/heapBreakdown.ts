/**
 * Heap per restored session, split: a bare `createActor(sessionMachine, { input })` (XState's share),
 * the same with lanyard's services made per instance, and `createSession`; with --snapshot, two heap
 * snapshots (before and after N sessions) and what each session retains, by node kind and constructor.
 * Bundle it first: tsx's keepNames adds a `name` property to every function (~0.25 KB each).
 *
 *   npx esbuild scripts/heapBreakdown.ts --bundle --platform=node --format=esm --packages=external \
 *     --outfile=node_modules/.cache/lanyard/heap.mjs && node --expose-gc node_modules/.cache/lanyard/heap.mjs
 *   N=300 WHICH=session|bare|bareShared|tabs TOP=45 node --expose-gc node_modules/.cache/lanyard/heap.mjs --snapshot
 */

import { readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeHeapSnapshot } from 'node:v8'
import { SignJWT } from 'jose'
import { createActor } from 'xstate'
import * as lanyard from '../src/index'
import { sessionMachine } from '../src/machine/sessionMachine'
import { Services } from '../src/session/services'

const N = Number(process.env.N ?? 1000)
const nowS = Math.floor(Date.now() / 1000)
const token = await new SignJWT({
  sid: 's',
  environment_id: 'e',
  scope: 'user:basic',
  email: 'ada@example.com',
  verified_credentials: [{ id: 'c', format: 'email', email: 'ada@example.com' }],
  missing_fields: [],
  new_user: false,
})
  .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
  .setSubject('u')
  .setIssuedAt(nowS)
  .setExpirationTime(nowS + 7200)
  .sign(new TextEncoder().encode('bench-secret-bench-secret-bench-secret'))
const record = JSON.stringify({ v: 1, token, expiresAt: Date.now() + 7_200_000 })
const api = new Proxy(
  {},
  {
    get: (_, k) =>
      k === 'environmentId'
        ? 'e'
        : k === 'then'
          ? undefined
          : () => {
              throw new Error(String(k))
            },
  },
) as never
const storage = () => {
  const m = lanyard.memoryStorage()
  m.setItem('lanyard.session', record)
  return m
}
const gc = (globalThis as { gc: () => void }).gc
const collect = () => {
  for (let i = 0; i < 4; i++) gc()
}

function measure(make: () => { stop(): void }) {
  for (let i = 0; i < 50; i++) make().stop()
  collect()
  const before = process.memoryUsage().heapUsed
  const held = Array.from({ length: N }, make)
  collect()
  const after = process.memoryUsage().heapUsed
  return { perSession: (after - before) / N, held }
}
const bare = () => {
  const deps = new Services({ api, storage: storage(), crossTab: false }, () => undefined)
  const actor = createActor(sessionMachine, { input: { deps, stored: deps.store.first } }).start()
  return { stop: () => actor.stop() }
}
const sharedDeps = new Services({ api, storage: storage(), crossTab: false }, () => undefined)
const bareShared = () => {
  const { first } = new Services({ api, storage: storage(), crossTab: false }, () => undefined).store
  const actor = createActor(sessionMachine, { input: { deps: sharedDeps, stored: first } }).start()
  return { stop: () => actor.stop() }
}
const session = (crossTab: boolean) => () => lanyard.createSession({ api, storage: storage(), crossTab })

const rows: Array<[string, number]> = []
for (const [name, make] of process.argv.includes('--snapshot')
  ? []
  : ([
      ['bare actor, one deps shared by all', bareShared],
      ['bare actor + services (deps, store) each', bare],
      ['createSession, crossTab: false', session(false)],
      ['createSession, crossTab: true', session(true)],
    ] as const)) {
  const { perSession, held } = measure(make)
  rows.push([name, perSession])
  for (const h of held) h.stop()
}
for (const [name, value] of rows) console.log(`${name.padEnd(44)} ${(value / 1024).toFixed(2)} KiB`)

if (process.argv.includes('--snapshot')) {
  type Count = Map<string, { n: number; size: number }>
  const census = (file: string): Count => {
    const snap = JSON.parse(readFileSync(file, 'utf8'))
    if (!process.env.KEEP || file !== process.env.KEEP) rmSync(file)
    const f = snap.snapshot.meta.node_fields as string[]
    const types = snap.snapshot.meta.node_types[0] as string[]
    const w = f.length
    const [ti, ni, si] = [f.indexOf('type'), f.indexOf('name'), f.indexOf('self_size')]
    const out: Count = new Map()
    for (let i = 0; i < snap.nodes.length; i += w) {
      const key = `${types[snap.nodes[i + ti]]}:${String(snap.strings[snap.nodes[i + ni]]).slice(0, 60)}`
      const c = out.get(key) ?? { n: 0, size: 0 }
      c.n++
      c.size += snap.nodes[i + si]
      out.set(key, c)
    }
    return out
  }
  const which = { bare, bareShared, session: session(false), tabs: session(true) }[
    process.env.WHICH ?? 'session'
  ] as () => { stop(): void }
  collect()
  const fileA = writeHeapSnapshot(join(tmpdir(), `lanyard-heap-a-${process.pid}.heapsnapshot`))
  const held = Array.from({ length: N }, which)
  collect()
  const fileB = writeHeapSnapshot(
    process.env.KEEP ?? join(tmpdir(), `lanyard-heap-b-${process.pid}.heapsnapshot`),
  )
  const a = census(fileA)
  const b = census(fileB)
  const diff = [...b].map(([k, v]) => [k, v.n - (a.get(k)?.n ?? 0), v.size - (a.get(k)?.size ?? 0)] as const)
  diff.sort((x, y) => y[2] - x[2])
  console.log('\nretained per session, by node (count, bytes):')
  for (const [k, n, size] of diff.slice(0, Number(process.env.TOP ?? 45)))
    console.log(`  ${(n / N).toFixed(1).padStart(6)} ${(size / N).toFixed(0).padStart(6)}  ${k}`)
  console.log(`(${held.length} held)`)
}
process.exit(0)
