// A fresh app that installed only the packed tarball: the package is built with the project's tsup
// config into a throwaway copy, packed with `npm pack`, and installed with `npm install --offline`
// into an empty app outside the project (so nothing resolves from the project's node_modules by
// accident). lanyard's three dependencies and the frameworks a binding's user has are `file:` links
// to the project's node_modules: CI reaches only the npm registry, and this must work offline.
import { execFile } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { build, type Options } from 'tsup'
import config from '../../tsup.config'

export const root = fileURLToPath(new URL('../..', import.meta.url))
export const run = promisify(execFile)

/** What the app has besides lanyard: its dependencies, and the frameworks of the bindings. */
// @types/node: lanyard/testing (Node only) takes Node's request and response in `server.handler`.
const linked = [
  'xstate',
  'jwt-decode',
  'nanoevents',
  'react',
  'react-dom',
  '@types/react',
  'vue',
  'svelte',
  'solid-js',
  '@types/node',
]

export interface PackedApp {
  /** The empty app with lanyard installed from the tarball. */
  dir: string
  /** Every path in the tarball, e.g. `package/dist/index.js`. */
  files: string[]
  remove(): void
}

export async function createPackedApp(): Promise<PackedApp> {
  const work = mkdtempSync(join(tmpdir(), 'lanyard-packed-'))
  const pkg = join(work, 'package')
  mkdirSync(pkg)
  for (const file of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'THIRD_PARTY_NOTICES.md']) {
    if (existsSync(join(root, file))) cpSync(join(root, file), join(pkg, file))
  }
  await build({ ...(config as Options), config: false, outDir: join(pkg, 'dist'), silent: true })
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
    cwd: pkg,
  })
  const [packed] = JSON.parse(stdout) as [{ filename: string; files: { path: string }[] }]
  const dir = join(work, 'app')
  mkdirSync(dir)
  const dependencies = Object.fromEntries([
    ['lanyard', `file:${join(work, packed.filename)}`],
    ...linked.map((name) => [name, `file:${join(root, 'node_modules', name)}`]),
  ])
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'app', private: true, dependencies }))
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: dir })
  return {
    dir,
    files: packed.files.map((file) => `package/${file.path}`),
    remove: () => rmSync(work, { recursive: true, force: true }),
  }
}

/** The package's entries by import name (`lanyard`, `lanyard/testing`...), from its `exports` map. */
export function entryNames(): string[] {
  const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    exports: Record<string, unknown>
  }
  return Object.keys(exports)
    .filter((key) => key !== './package.json')
    .map((key) => (key === '.' ? 'lanyard' : `lanyard/${key.slice(2)}`))
}
