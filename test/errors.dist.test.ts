// One SessionError across the built entries and formats. Builds the package with tsup (no .d.ts, a
// second or so) into a throwaway folder laid out like an installed lanyard, then asks plain Node (no
// vitest aliases, no transforms) to `require` and `import` it by name.
import { execFile } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { build, type Options } from 'tsup'
import { afterAll, beforeAll, expect, test } from 'vitest'
import config from '../tsup.config'

const root = fileURLToPath(new URL('..', import.meta.url))
let dir = ''

beforeAll(async () => {
  // Inside node_modules/, so the bundles' external dependencies (xstate...) resolve from the project.
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true })
  dir = mkdtempSync(join(root, 'node_modules/.cache/lanyard-dist-'))
  // package.json's `exports` let `require('lanyard')` from inside the folder resolve to its dist.
  cpSync(join(root, 'package.json'), join(dir, 'package.json'))
  await build({
    ...(config as Options),
    config: false,
    outDir: join(dir, 'dist'),
    dts: false,
    sourcemap: false,
    silent: true,
  })
}, 60_000)

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

// Run by the child: a wrong code, sent straight to lanyard/testing's backend and through a real
// session, and what `lanyard` makes of each rejection.
const wrongCode = `async function wrongCode(lanyard, testing) {
  const server = testing.createTestAuthServer()
  const wrong = (email) => (server.lastCode(email) === '000000' ? '111111' : '000000')
  const seen = (error) => ({
    code: error.code,
    instanceOf: error instanceof lanyard.SessionError,
    isSessionError: lanyard.isSessionError(error, 'invalid_code'),
  })
  const ctx = { signal: new AbortController().signal, token: null }
  const { verificationId } = await server.api.sendEmailCode({ email: 'bob@example.com' }, ctx)
  const direct = await server.api
    .verifyEmailCode({ verificationId, code: wrong('bob@example.com') }, ctx)
    .then(() => 'resolved', seen)
  const session = lanyard.createSession({ api: server.api, storage: lanyard.memoryStorage() })
  try {
    await session.email.sendCode('ada@example.com')
    const viaSession = await session.email.verifyCode(wrong('ada@example.com')).then(() => 'resolved', seen)
    return { direct, viaSession }
  } finally {
    session.stop()
  }
}
/** Whether each copy's SessionError is recognised by the other's instanceof and isSessionError. */
function agree(a, b) {
  const fromA = new a.SessionError('network', 'a')
  const fromB = new b.SessionError('network', 'b')
  return [
    fromA instanceof b.SessionError,
    fromB instanceof a.SessionError,
    b.isSessionError(fromA, 'network'),
    a.isSessionError(fromB, 'network'),
  ].every(Boolean)
}`

async function node(source: string, type: 'commonjs' | 'module'): Promise<unknown> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [`--input-type=${type}`, '--eval', `${wrongCode}\n${source}`],
    { cwd: dir },
  )
  return JSON.parse(stdout)
}

const seen = { code: 'invalid_code', instanceOf: true, isSessionError: true }
const rejected = { direct: seen, viaSession: seen }

test('over require(), a wrong code from lanyard/testing rejects with invalid_code', async () => {
  const result = await node(
    `const lanyard = require('lanyard')
    const testing = require('lanyard/testing')
    wrongCode(lanyard, testing).then((rejection) => console.log(JSON.stringify(rejection)))`,
    'commonjs',
  )
  expect(result).toEqual(rejected)
})

test('ESM lanyard with CJS lanyard/testing, and ESM with CJS lanyard (the dual-package hazard), agree', async () => {
  const result = await node(
    `import { createRequire } from 'node:module'
    import * as lanyard from 'lanyard'
    import * as testingEsm from 'lanyard/testing'
    const require = createRequire(process.cwd() + '/')
    const testing = require('lanyard/testing')
    const cjs = require('lanyard')
    console.log(JSON.stringify({
      mixed: await wrongCode(lanyard, testing),
      esm: await wrongCode(lanyard, testingEsm),
      agree: agree(lanyard, cjs),
    }))`,
    'module',
  )
  expect(result).toEqual({ mixed: rejected, esm: rejected, agree: true })
})
