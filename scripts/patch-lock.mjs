// The npm registry reachable here does not serve every platform build of optional native packages
// (Biome's and Rollup's darwin/win32/musl binaries...). `npm install` then leaves them out of
// package-lock.json and `npm ci` refuses the lock. This adds lock entries for them, marked optional
// and with their os/cpu/libc, so `npm ci` skips them on other platforms and installs the rest.
// Run after `npm install` when a dependency changes: node scripts/patch-lock.mjs
import { readFileSync, writeFileSync } from 'node:fs'

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'))
const packages = lock.packages
const wanted = new Map()
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    if (!packages[`node_modules/${name}`])
      wanted.set(name, { version, dev: entry.dev === true, parent: path })
  }
}
const platform = (name) => {
  const parts = name
    .split('/')[1]
    .replace(/^(cli|rollup)-/, '')
    .split('-')
  const [os, arch, variant] = parts
  const cpu = arch === 'arm' ? 'arm' : arch
  const entry = { os: [os], cpu: [cpu] }
  if (variant === 'musl' || variant === 'musleabihf') entry.libc = ['musl']
  else if (os === 'linux' && (variant === 'gnu' || variant === 'gnueabihf')) entry.libc = ['glibc']
  return entry
}
for (const [name, { version, dev }] of wanted) {
  packages[`node_modules/${name}`] = {
    version,
    ...(dev ? { dev: true } : {}),
    optional: true,
    ...platform(name),
  }
}
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`)
console.log(`added ${wanted.size} optional platform entries: ${[...wanted.keys()].join(', ')}`)
