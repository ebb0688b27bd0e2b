// Compiles Solid components (TSX) as a Solid app's build does: esbuild strips the types,
// babel-preset-solid compiles the JSX, for the browser ('dom') or for solid-js/web's server
// rendering ('ssr'), hydratable either way. The output goes to test/solid/.compiled/.
// Node resolves solid-js and solid-js/web to their server builds; solidBuild('client') makes the
// modules imported from then on use the browser builds (solid-js is inlined by vitest.config.ts,
// so solid-js/web's own import of solid-js follows the mock too).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { transform } from 'esbuild'
import { vi } from 'vitest'

const require = createRequire(import.meta.url)
// Neither ships types (nor does the project install @types for them): the one call used, typed here.
const babel: {
  transformAsync(code: string, options: object): Promise<{ code?: string | null } | null>
} = require('@babel/core')
const solid: unknown = require('babel-preset-solid')
const solidRoot = dirname(require.resolve('solid-js/package.json'))
const out = join(import.meta.dirname, '.compiled')
let runs = 0
const written: string[] = []

/** The browser builds of solid-js and solid-js/web. */
export const browserSolid = {
  core: join(solidRoot, 'dist/solid.js'),
  web: join(solidRoot, 'web/dist/web.js'),
}

/**
 * Compiles `sources` (file name → TSX; `import X from './X'` between them works) for `generate`,
 * and returns the path of each compiled module, by file name. `base`: the folder the sources' other
 * relative imports (`../screen`, a .ts module) are relative to.
 */
export async function compileSolid<TName extends string>(
  sources: Record<TName, string>,
  generate: 'dom' | 'ssr',
  base?: string,
): Promise<Record<TName, string>> {
  const dir = join(out, `${process.pid}-${generate}-${runs++}`)
  mkdirSync(dir, { recursive: true })
  written.push(dir)
  const paths = {} as Record<TName, string>
  for (const name of Object.keys(sources) as TName[]) {
    const { code: jsx } = await transform(sources[name], { loader: 'tsx', jsx: 'preserve', format: 'esm' })
    const compiled = await babel.transformAsync(jsx, {
      filename: `${name}.jsx`,
      babelrc: false,
      configFile: false,
      presets: [[solid, { generate, hydratable: true }]],
    })
    const file = join(dir, `${name.replace(/\.tsx$/, '')}.js`)
    const names = Object.keys(sources).map((source) => `./${source.replace(/\.tsx$/, '')}`)
    const code = (compiled?.code ?? '').replace(/from "(\.\.?\/[^"]+)"/g, (_, path: string) =>
      names.includes(path) ? `from "${path}.js"` : `from "${resolve(base ?? dir, path)}.ts"`,
    )
    writeFileSync(file, code)
    paths[name] = file
  }
  return paths
}

/** Imports a compiled module. */
export const load = (path: string) => import(pathToFileURL(path).href)

/** Removes what compileSolid wrote in this test file (other files may be compiling beside it). */
export const removeCompiled = () => {
  for (const dir of written.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/** Switches the modules imported from now on to the browser builds of Solid, or back to Node's server builds. */
export function solidBuild(build: 'client' | 'server') {
  vi.resetModules()
  if (build === 'client') {
    vi.doMock('solid-js', () => import(pathToFileURL(browserSolid.core).href))
    vi.doMock('solid-js/web', () => import(pathToFileURL(browserSolid.web).href))
  } else {
    vi.doUnmock('solid-js')
    vi.doUnmock('solid-js/web')
  }
}
