/**
 * Restore benchmark: how long until the first snapshot of `createSession` with a valid stored session,
 * and how much heap a session costs.
 *
 *   npm run bench          (node --expose-gc --import tsx scripts/bench.ts)
 *
 * The machine is shared: compare rows of one run with each other, never across runs or machines.
 *
 * Under tsx the script first bundles itself with esbuild and runs the bundle: tsx compiles with
 * `keepNames`, which gives every function a `name` property of its own (about 0.25 KB each), so
 * sessions measured through tsx weigh some 10 KB more than the code lanyard ships.
 */
import { spawnSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { Window } from 'happy-dom'
import { benchRecord } from './benchRecord.mjs'

if (process.env.LANYARD_BENCH_BUNDLE !== '1') {
  const { build } = await import('esbuild')
  const outfile = 'node_modules/.cache/lanyard/bench.mjs'
  await build({
    entryPoints: [fileURLToPath(import.meta.url)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'es2022',
    packages: 'external',
    logLevel: 'warning',
  })
  const child = spawnSync(process.execPath, ['--expose-gc', outfile], {
    stdio: 'inherit',
    env: { ...process.env, LANYARD_BENCH_BUNDLE: '1' },
  })
  process.exit(child.status ?? 1)
}

const WARM_RUNS = 200
const HEAP_SESSIONS = 1000
const KEY = 'lanyard.session'

// --- a valid stored record, made before lanyard is imported (the cold figure includes its import) ------

const record = await benchRecord()

const window = new Window({ url: 'https://app.example' })
const localStorage = window.localStorage as unknown as Storage
localStorage.setItem(KEY, record)

/** Restoring must not call the backend: any call throws. */
const api = new Proxy(
  {},
  {
    get(_target, property) {
      if (property === 'environmentId') return 'bench-env'
      if (property === 'then') return undefined
      return () => {
        throw new Error(`bench: restore called api.${String(property)}`)
      }
    },
  },
)

const gc = (globalThis as { gc?: () => void }).gc
const collect = () => {
  if (!gc) return
  for (let i = 0; i < 3; i++) gc()
}
const ms = (value: number) => `${value.toFixed(3)} ms`
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] as number
}

// --- cold: the first call in the process, module import included ------------------------------------------

const t0 = performance.now()
const lanyard = await import('../src/index')
const t1 = performance.now()
// The bare actor of the baseline: lanyard's machine with the input `createSession` builds.
const { createActor } = await import('xstate')
const { sessionMachine } = await import('../src/machine/sessionMachine')
const { createServices } = await import('../src/session/services')
const storage = lanyard.localStorageAdapter(localStorage)
const first = lanyard.createSession({ api: api as never, storage })
const firstSnapshot = first.getSnapshot()
const t2 = performance.now()
if (firstSnapshot.status !== 'loggedIn') throw new Error(`bench: restored as ${firstSnapshot.status}`)
first.stop()

// --- warm --------------------------------------------------------------------------------------------------

type Options = Parameters<typeof lanyard.createSession>[0]
function warm(options: Omit<Options, 'api'>, runs = WARM_RUNS): number[] {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    const session = lanyard.createSession({ api: api as never, ...options })
    const snapshot = session.getSnapshot()
    times.push(performance.now() - start)
    if (snapshot.status !== 'loggedIn') throw new Error(`bench: restored as ${snapshot.status}`)
    session.stop()
  }
  return times
}

async function warmAsync(runs = WARM_RUNS): Promise<number[]> {
  const inner = lanyard.localStorageAdapter(localStorage)
  const asyncStorage = {
    getItem: async (key: string) => inner.getItem(key),
    setItem: async (key: string, value: string) => inner.setItem(key, value),
    removeItem: async (key: string) => inner.removeItem(key),
  }
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    const session = lanyard.createSession({ api: api as never, storage: asyncStorage })
    const snapshot = await session.ready
    times.push(performance.now() - start)
    if (snapshot.status !== 'loggedIn') throw new Error(`bench: restored as ${snapshot.status}`)
    session.stop()
  }
  return times
}

warm({ storage }, 50) // let the JIT settle before measuring
const rows: Array<[string, string, string]> = []
const add = (name: string, times: number[]) => rows.push([name, ms(median(times)), ms(percentile(times, 95))])

add('localStorage, default options', warm({ storage }))
add('localStorage, crossTab: false', warm({ storage, crossTab: false }))
add('memoryStorage (no JSON from a Web Storage)', warm({ storage: memoryWith(record) }))
add('async adapter, until `ready`', await warmAsync())

function memoryWith(raw: string) {
  const memory = lanyard.memoryStorage()
  memory.setItem(KEY, raw)
  return memory
}

// --- heap per session -------------------------------------------------------------------------------------

type Stoppable = { stop(): void }
function heapPer(make: () => Stoppable): number {
  for (let i = 0; i < 50; i++) make().stop()
  collect()
  const before = process.memoryUsage().heapUsed
  const held: Stoppable[] = []
  for (let i = 0; i < HEAP_SESSIONS; i++) held.push(make())
  collect()
  const after = process.memoryUsage().heapUsed
  for (const item of held) item.stop()
  return (after - before) / HEAP_SESSIONS
}
const heapPerSession = (options: Omit<Options, 'api'>) =>
  heapPer(() => lanyard.createSession({ api: api as never, ...options }))
/**
 * XState's share: `createActor(sessionMachine, { input }).start()` with what `createSession` passes
 * (its deps and the first read of storage), restored the same way. The deps are made once and
 * shared, so everything per instance here is the actor's own (and the restored auth in its context).
 */
const services = () =>
  createServices({ api: api as never, storage: memoryWith(record), crossTab: false }, () => undefined)
const sharedDeps = services().deps
const heapBare = heapPer(() => {
  const stored = services().store.first
  const actor = createActor(sessionMachine, { input: { deps: sharedDeps, stored } }).start()
  if (actor.getSnapshot().context.auth === null) throw new Error('bench: the bare actor did not restore')
  return actor
})
const heapMemory = heapPerSession({ storage: memoryWith(record), crossTab: false })
const heapDefault = heapPerSession({ storage })
const heapTabs = heapPerSession({ storage, crossTab: true })

// --- report ------------------------------------------------------------------------------------------------

const pad = (text: string, width: number) => text.padEnd(width)
console.log(
  `\nlanyard restore benchmark  (node ${process.version}, ${gc ? 'with' : 'WITHOUT'} --expose-gc)\n`,
)
console.log('cold: first createSession in the process, valid record in localStorage')
console.log(
  `  evaluate lanyard's modules        ${ms(t1 - t0)}   (bundled; the process-level figure is npm run bench:cold)`,
)
console.log(`  createSession → first snapshot    ${ms(t2 - t1)}`)
console.log(`  total                             ${ms(t2 - t0)}\n`)
console.log(`warm: createSession → first snapshot, ${WARM_RUNS} sessions`)
console.log(`  ${pad('case', 44)}${pad('median', 14)}p95`)
for (const [name, med, p95] of rows) console.log(`  ${pad(name, 44)}${pad(med, 14)}${p95}`)
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`.padEnd(10)
console.log(`\nheap per live session (${HEAP_SESSIONS} held, after gc; a restored session)`)
console.log(`  bare createActor(sessionMachine, { input })   ${kib(heapBare)} XState's share`)
console.log(
  `  createSession, memoryStorage, crossTab: false ${kib(heapMemory)} lanyard adds ${kib(heapMemory - heapBare)}(${(heapMemory / heapBare).toFixed(2)}×)`,
)
console.log(`  createSession, localStorage (Node: no tabs)   ${kib(heapDefault)}`)
console.log(`  createSession, localStorage, crossTab: true   ${kib(heapTabs)} (BroadcastChannel)`)
if (!gc) console.log('  (run with --expose-gc for stable heap figures)')
console.log('')
await window.happyDOM.close()
