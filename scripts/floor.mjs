// The floor of the first load (issue 22): what `npm run size` would measure if no sign-in method's
// code were in the initial chunks. The same build as scripts/size.mjs, with an esbuild plugin that
// replaces each method module by an empty stub (or, for the modules that mix core and method code,
// by its core part), leaving: restore from storage, expiry timers, tab sync and the refresh lock,
// refresh, logout + revoke, subscribe/getSnapshot/events, the HTTP base (fetch, errors, settings).
// A measure, not a build anyone runs: the stubbed machine is not meant to work.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { firstLoadBuild } from './firstLoadBuild.mjs'

const read = (file) => readFileSync(file, 'utf8')
/** Drops the text from `from` up to the first line that is exactly `to` (inclusive). */
const cut = (text, from, to = '},') => {
  const start = text.indexOf(from)
  if (start < 0) throw new Error(`floor: ${from} not found`)
  const end = text.indexOf(`\n${to}\n`, start)
  return text.slice(0, start) + text.slice(end + to.length + 2)
}

const stubs = {
  // The sign-in flows (email/SMS codes, social, external JWT, passkeys, wallet/SIWE).
  'src/machine/states/authenticating.ts': () => 'export const authenticating = {}',
  // Visitor, expired and logged out without their sign-in events (another tab's session stays).
  'src/machine/states/visitor.ts': () => `
import { adopt, machineSetup } from '../setup'
export const signInEvents = { 'sync.adopt': { target: '#authenticated', actions: adopt } } as const
export const visitor = machineSetup.createStateConfig({ id: 'visitor', entry: { type: 'setOrigin', params: 'visitor' }, on: signInEvents, initial: 'idle', states: { idle: {} } })
export const expired = machineSetup.createStateConfig({ entry: { type: 'setOrigin', params: 'expired' }, on: signInEvents })
export const loggedOut = machineSetup.createStateConfig({ entry: { type: 'setOrigin', params: 'loggedOut' }, on: { ...signInEvents, 'session.logout': { actions: 'clearError' } } })`,
  // Authenticated without `pending` (MFA, profile info, embedded wallet): routing goes to loggedIn.
  'src/machine/states/authenticated.ts': (text) =>
    cut(
      text
        .replace(/\{ guard: \{ type: 'needs', params: '\w+' \}, target: 'pending\.\w+' \},\n/g, '')
        .replace(/import \{ createWallet.*\n/, '')
        .replace(/import \{ passkeyFlow.*\n/, '')
        .replace("import { assertEvent, assign, emit, not } from 'xstate'", "import { emit } from 'xstate'")
        .replace(/import \{ announceWallet, machineSetup, takeAnswer \}/, 'import { machineSetup }')
        .replace(/import \{ apiCall \}.*\n/, ''),
      '    pending: {',
      '    },',
    ),
  // Logged in: resting and refreshing only (no wallet link, passkey registration, step-up, embedded wallet).
  'src/machine/states/loggedIn.ts': () => `
import { machineSetup } from '../setup'
import { refreshing, resting } from './shared'
export const loggedIn = machineSetup.createStateConfig({ initial: 'idle', states: { idle: { on: { ...resting } }, refreshing: refreshing('idle') } })`,
  'src/machine/states/shared.ts': (text) => text.replace(/export const createWallet = .*\n/, ''),
  'src/machine/actors/wallet.ts': () => 'export const walletActors = {}',
  'src/machine/actors/passkey.ts': () => 'export const passkeyActors = {}',
  'src/machine/actors/api.ts': (text) =>
    cut(
      text,
      '  /** Sends or resends a one-time code',
      "  enrollTotp: request<NonNullable<SessionContext['enrollment']>>(),",
    ),
  // The guards and actions only the methods use.
  'src/machine/setup.ts': (text) =>
    cut(
      text
        .replace(/ {4}channelIs: .*\n/, '')
        .replace(/ {4}hasVisitorWallet: .*\n/, '')
        .replace(/ {4}hasTotp: .*\n.*\n/, '')
        .replace(/ {4}rejectInput: .*\n/, '')
        .replace(/\/\*\* Announces a new embedded wallet[\s\S]*?as const\n/, ''),
      '    /** Announces the embedded wallet a new token carries',
      '    }),',
    ),
  // The action groups: each a stub (the getters that make them on first use stay).
  'src/session/actions/otp.ts': () => 'export const otpActions = () => ({})',
  'src/session/actions/pending.ts': () =>
    'export const mfaActions = () => ({}), infoActions = () => ({}), embeddedWalletActions = () => ({})',
  'src/session/actions/passkey.ts': () =>
    'export const passkeyActions = () => ({}), externalJwtActions = () => ({})',
  'src/session/actions/wallet.ts': () => 'export const walletActions = () => ({})',
  // The wire: the write rules only the methods use (the method routes are a lazy chunk already).
  'src/api/wire.ts': (text) => text.replace(/ {2}\/\/ A connector's chain[\s\S]*?\n {2}\}\),\n/, ''),
}

export async function measureFloor(contents) {
  const hits = new Set()
  const result = await build({
    stdin: { contents, loader: 'ts', resolveDir: process.cwd() },
    ...firstLoadBuild,
    plugins: [
      {
        name: 'floor',
        setup(b) {
          b.onLoad({ filter: /\/src\/.*\.ts$/ }, ({ path }) => {
            const file = path.slice(path.indexOf('/src/') + 1)
            const stub =
              (!process.env.FLOOR_ONLY ||
                process.env.FLOOR_ONLY.split(',').some((part) => file.includes(part))) &&
              stubs[file]
            if (!stub) return undefined
            hits.add(file)
            const text = stub(read(path))
            if (process.env.FLOOR_DUMP) console.log(`--- ${file}\n${text}`)
            return { contents: text, loader: 'ts' }
          })
        },
      },
    ],
  })
  const missing = Object.keys(stubs).filter((file) => !hits.has(file))
  if (missing.length > 0 && !process.env.FLOOR_ONLY)
    throw new Error(`floor: not loaded: ${missing.join(', ')}`)
  const outputs = result.metafile.outputs
  const byName = new Map(result.outputFiles.map((file) => [file.path.split('/size-out/')[1], file.contents]))
  const entry = Object.keys(outputs).find((name) => outputs[name].entryPoint)
  const initial = new Set()
  const visit = (name) => {
    if (initial.has(name)) return
    initial.add(name)
    for (const imported of outputs[name].imports)
      if (imported.kind === 'import-statement') visit(imported.path)
  }
  visit(entry)
  let gzip = 0
  const inputs = {}
  for (const name of initial) {
    gzip += gzipSync(byName.get(name.replace(/^size-out\//, '')), { level: 9 }).length
    for (const [file, { bytesInOutput }] of Object.entries(outputs[name].inputs)) {
      const group = file.startsWith('src/') ? file.split('/').slice(0, 2).join('/') : 'xstate etc.'
      inputs[group] = (inputs[group] ?? 0) + bytesInOutput
    }
  }
  return { gzip, inputs }
}

const apps = {
  'whole entry': "export * from './src/index.ts'",
  'email-only app': "export { createSession, createHttpApi, localStorageAdapter } from './src/index.ts'",
}
for (const [label, contents] of Object.entries(apps)) {
  const { gzip, inputs } = await measureFloor(contents)
  console.log(`${label}: floor ${gzip} B gzip (initial chunks)`)
  console.log(
    `  minified: ${Object.entries(inputs)
      .sort((a, b) => b[1] - a[1])
      .map(([group, bytes]) => `${group} ${bytes}`)
      .join(', ')}`,
  )
}
