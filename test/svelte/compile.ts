// Compiles Svelte components with the real svelte/compiler into test/svelte/.compiled/, for the
// browser ('client') or for svelte/server ('server'), and loads the browser build of svelte.
// Node picks svelte's server build for `svelte`; lanyard/svelte imports getContext/setContext from
// it, so a browser phase mocks `svelte` with the client build (switchSvelte) before importing.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { compile } from 'svelte/compiler'
import { vi } from 'vitest'

const require = createRequire(import.meta.url)
const svelteRoot = dirname(require.resolve('svelte/package.json'))
/** The browser build of svelte: mount, hydrate, flushSync, and its getContext/setContext. */
export const clientSvelteUrl = pathToFileURL(join(svelteRoot, 'src/index-client.js')).href
const out = join(import.meta.dirname, '.compiled')
let runs = 0

const written: string[] = []
/** Removes what compileSvelte wrote in this test file (other files may be compiling beside it). */
export const removeCompiled = () => {
  for (const dir of written.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/**
 * Compiles `sources` (file name → Svelte source; `import X from './X.svelte'` between them works)
 * for `generate`, and returns the URL of each compiled module, by file name. `base`: the folder
 * the sources' other relative imports (`../screen`, a .ts module) are relative to.
 */
export function compileSvelte<TName extends string>(
  sources: Record<TName, string>,
  generate: 'client' | 'server',
  base?: string,
): Record<TName, string> {
  const dir = join(out, `${process.pid}-${generate}-${runs++}`)
  mkdirSync(dir, { recursive: true })
  written.push(dir)
  const urls = {} as Record<TName, string>
  for (const name of Object.keys(sources) as TName[]) {
    const source = sources[name]
    const { js } = compile(source, { generate, filename: name })
    const code = js.code.replace(/from '(\.\.?\/[^']+)'/g, (_, path: string) =>
      path.endsWith('.svelte') ? `from '${path}.js'` : `from '${resolve(base ?? dir, path)}.ts'`,
    )
    const file = join(dir, `${basename(name)}.js`)
    writeFileSync(file, code)
    urls[name] = pathToFileURL(file).href
  }
  return urls
}

/** A Svelte file of the repository, read as source. */
export const readSvelte = (path: string) => readFileSync(join(import.meta.dirname, '../..', path), 'utf8')

/**
 * Switches the modules imported from now on to the browser build of `svelte` (or back to Node's
 * server build), so that lanyard/svelte's getContext is the one the compiled components use.
 */
export function switchSvelte(build: 'client' | 'server') {
  vi.resetModules()
  if (build === 'client') vi.doMock('svelte', () => import(clientSvelteUrl))
  else vi.doUnmock('svelte')
}
