// `npm run quickstart` builds dist/ only when it is missing or older than its sources: the script it
// runs first (scripts/buildIfStale.mjs), tried in a throwaway copy of the package (inside
// node_modules/, so tsup and the dependencies resolve from the project).
import { execFile } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, test } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const run = promisify(execFile)
let dir = ''

beforeAll(() => {
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true })
  dir = mkdtempSync(join(root, 'node_modules/.cache/lanyard-stale-'))
  for (const part of ['src', 'package.json', 'tsup.config.ts', 'tsconfig.json']) {
    cpSync(join(root, part), join(dir, part), { recursive: true })
  }
})

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

const script = join(root, 'scripts/buildIfStale.mjs')
const buildIfStale = async (...args: string[]) => {
  const result = await run(process.execPath, [script, ...args], { cwd: dir }).catch(
    (error: { code: number; stdout: string }) => ({ stdout: error.stdout, code: error.code }),
  )
  return { stdout: result.stdout, code: 'code' in result ? result.code : 0 }
}
const builtTimes = () =>
  readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' }).map(
    (file) => `${file} ${statSync(join(dir, 'dist', file)).mtimeMs}`,
  )

test('builds once, then not again until a source changes; the build has no source maps', async () => {
  expect(await buildIfStale('--dry-run')).toEqual({ stdout: expect.stringMatching(/missing/), code: 1 })

  expect((await buildIfStale()).stdout).toMatch(/^Building lanyard/)
  const first = builtTimes()
  expect(first.some((line) => line.startsWith('index.js '))).toBe(true)
  expect(first.filter((line) => line.includes('.map '))).toEqual([])

  expect((await buildIfStale()).stdout).toMatch(/up to date, not rebuilding/)
  expect(builtTimes()).toEqual(first)

  const later = new Date(Date.now() + 60_000)
  utimesSync(join(dir, 'src/session/snapshot.ts'), later, later)
  expect(await buildIfStale('--dry-run')).toEqual({
    stdout: expect.stringMatching(/src changed since the last build/),
    code: 1,
  })
}, 180_000)
