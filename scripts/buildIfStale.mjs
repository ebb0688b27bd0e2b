// Builds dist/ with tsup only when it is missing or older than what it is built from (src/, the
// tsup, TypeScript and package configs), so `npm run quickstart` starts at once the second time.
// `--dry-run` only says whether a build is due (exit code 1 when it is). Run from the package root.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

const INPUTS = ['src', 'tsup.config.ts', 'tsconfig.json', 'package.json']

/** The newest modification time under a file or folder, in ms (0 when it does not exist). */
function newest(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs)
}

/** Every file the package's `exports` map points at (the built entries and their types). */
function builtFiles(root) {
  const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const files = new Set()
  const walk = (value) => {
    if (typeof value === 'string') {
      if (value.startsWith('./dist/')) files.add(join(root, value))
    } else if (value && typeof value === 'object') Object.values(value).forEach(walk)
  }
  walk(exports)
  return [...files]
}

/** Why dist/ must be rebuilt, or null when it is up to date. */
export function staleReason(root) {
  const outputs = builtFiles(root)
  const missing = outputs.find((file) => !existsSync(file))
  if (missing) return `${missing.slice(root.length + 1)} is missing`
  const oldestOutput = Math.min(...outputs.map((file) => statSync(file).mtimeMs))
  const changed = INPUTS.find((input) => newest(join(root, input)) > oldestOutput)
  return changed ? `${changed} changed since the last build` : null
}

const root = process.cwd()
const reason = staleReason(root)
if (process.argv.includes('--dry-run')) {
  console.log(reason ? `build needed: ${reason}` : 'dist is up to date')
  process.exitCode = reason ? 1 : 0
} else if (reason) {
  console.log(`Building lanyard (${reason})...`)
  const { build } = await import('tsup')
  await build({ silent: true })
} else {
  console.log('dist is up to date, not rebuilding')
}
