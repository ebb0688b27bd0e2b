// Reproduction for the "bundled @simplewebauthn/server hangs" report (commit 18c10bf, issue 23): builds
// lanyard/testing twice with esbuild from src/ and node_modules into a throwaway directory, once with
// @simplewebauthn/server BUNDLED and evaluated at import (as before 18c10bf), once EXTERNAL (as shipped),
// then runs two programs against each build in fresh Node processes, one at a time, each with a
// deadline, and prints hung/total per build and program:
// - run.mjs: 8 sessions at once on one reference backend, each signs in by email, registers a
//   createTestPasskey(), logs out, signs in with the passkey and logs out; `rounds` times;
// - quickstart.mjs: examples/quickstart.mjs (no passkey at all), where the hang was caught.
// A run.mjs that misses its deadline prints the step each session waits on. The hang found is a
// deadlock inside Node's crypto (docs/troubleshooting.md, "Why @simplewebauthn/server is not bundled"):
// the process sleeps, its event loop never runs again; attach `gdb -p <pid> -batch -ex "thread apply
// all bt"` to see it. Not part of CI or npm test.
//
//   node scripts/webauthnBundleHang.mjs [runs=20] [rounds=5] [deadlineMs=10000]
//
// Worst case: runs × 4 × (deadline + 5 s); a normal run takes about a second.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const [RUNS, ROUNDS, DEADLINE] = [20, 5, 10_000].map((d, i) => Number(process.argv[i + 2] ?? d))
const SESSIONS = 8

// Inside node_modules so the external variant resolves @simplewebauthn/server as an installed package.
mkdirSync(join(root, 'node_modules/.cache'), { recursive: true })
const tmp = mkdtempSync(join(root, 'node_modules/.cache/webauthn-bundle-hang-'))

// The pre-18c10bf build: the static import makes the bundle evaluate the whole WebAuthn / ASN.1 stack
// (@peculiar/asn1-*, @peculiar/x509, tsyringe, reflect-metadata, tslib) when lanyard/testing loads.
const eagerWebAuthn = {
  name: 'eager-webauthn',
  setup(b) {
    b.onLoad({ filter: /src[\\/]testing[\\/]passkeys\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8')
      return { contents: `import '@simplewebauthn/server'\n${source}`, loader: 'ts' }
    })
  },
}

async function buildVariant(name) {
  const outdir = join(tmp, name)
  const common = { bundle: true, format: 'esm', target: 'es2022', platform: 'neutral', logLevel: 'error' }
  const options = { ...common, absWorkingDir: root, mainFields: ['module', 'main'], outdir }
  await build({ ...options, entryPoints: { lanyard: 'src/index.ts' }, external: ['node:*'] })
  const bundled = name === 'bundled'
  await build({
    ...options,
    entryPoints: { testing: 'src/testing/index.ts' },
    external: bundled ? ['node:*'] : ['node:*', '@simplewebauthn/server'],
    plugins: bundled ? [eagerWebAuthn] : [],
  })
  // Make sure each variant is what it claims: the ASN.1 stack inside the bundle, or not at all.
  const output = readFileSync(join(outdir, 'testing.js'), 'utf8')
  if (output.includes('node_modules/asn1js/') !== bundled) throw new Error(`the ${name} build is not ${name}`)
  return outdir
}

const child = `
const steps = new Map()
const watchdog = setTimeout(() => {
  const stuck = [...steps].filter(([, step]) => step !== 'done')
  console.log('HUNG ' + JSON.stringify(stuck) + ' alive: ' + process.getActiveResourcesInfo().join(','))
  process.exit(3)
}, Number(process.env.DEADLINE))
const { createSession, memoryStorage } = await import('./lanyard.js')
const { createTestAuthServer, createTestPasskey } = await import('./testing.js')
for (let round = 0; round < Number(process.env.ROUNDS); round++) {
  const server = createTestAuthServer()
  await Promise.all(Array.from({ length: ${SESSIONS} }, async (_, i) => {
    const at = (step) => steps.set(round + '/' + i, step)
    const session = createSession({ api: server.api, storage: memoryStorage() })
    const email = 'u' + i + '@example.com'
    at('email.sendCode'); await session.email.sendCode(email)
    at('email.verifyCode'); await session.email.verifyCode(server.lastCode(email))
    const passkey = createTestPasskey()
    at('passkey.register'); await session.passkey.register(passkey)
    at('logout'); await session.logout()
    at('passkey.signIn'); const signedIn = await session.passkey.signIn(passkey)
    if (signedIn.status !== 'loggedIn') throw new Error('passkey sign-in ended ' + signedIn.status)
    at('logout'); await session.logout()
    session.stop(); at('done')
  }))
}
clearTimeout(watchdog)
console.log('ok')
`

// The quickstart (no passkey at all), against the same build: where the hang was seen and caught.
const quickstart = () =>
  readFileSync(join(root, 'examples/quickstart.mjs'), 'utf8')
    .replace("from 'lanyard/testing'", "from './testing.js'")
    .replace("from 'lanyard'", "from './lanyard.js'")

function runOnce(dir, script) {
  const env = { ...process.env, DEADLINE: String(DEADLINE), ROUNDS: String(ROUNDS) }
  const started = performance.now()
  const result = spawnSync(process.execPath, [script], {
    cwd: dir,
    env,
    encoding: 'utf8',
    timeout: DEADLINE + 5_000, // the watchdog did not even fire: the event loop itself is stuck
  })
  const ms = Math.round(performance.now() - started)
  const out = `${result.stdout}${result.stderr}`.trim().split('\n').at(-1) ?? ''
  if (result.status === 0) return { outcome: 'ok', ms }
  if (result.status === 3 || result.signal) return { outcome: 'hung', ms, detail: out || 'killed' }
  return { outcome: 'failed', ms, detail: out }
}

async function main() {
  const dirs = { bundled: await buildVariant('bundled'), external: await buildVariant('external') }
  for (const dir of Object.values(dirs)) {
    writeFileSync(join(dir, 'run.mjs'), child)
    writeFileSync(join(dir, 'quickstart.mjs'), quickstart())
  }
  const tally = {}
  for (const name of Object.keys(dirs))
    for (const script of ['run.mjs', 'quickstart.mjs'])
      tally[`${name} ${script}`] = { ok: 0, hung: 0, failed: 0, ms: [] }
  console.log(
    `node ${process.version}, ${RUNS} runs × ${ROUNDS} rounds × ${SESSIONS} sessions, deadline ${DEADLINE} ms`,
  )
  for (let run = 1; run <= RUNS; run++) {
    for (const key of Object.keys(tally)) {
      const [name, script] = key.split(' ')
      const { outcome, ms, detail } = runOnce(dirs[name], script)
      tally[key][outcome] += 1
      tally[key].ms.push(ms)
      if (detail) console.log(`  run ${run} ${key}: ${outcome} after ${ms} ms: ${detail}`)
    }
  }
  for (const [name, t] of Object.entries(tally)) {
    console.log(`${name}: hung ${t.hung} / ${RUNS}, failed ${t.failed}, slowest run ${Math.max(...t.ms)} ms`)
  }
}

try {
  await main()
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
