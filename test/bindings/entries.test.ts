import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { describe, expect, test } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** The files (and packages) a browser bundle of one entry pulls in. */
async function inputsOf(entry: string) {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
    external: ['react', 'vue', 'svelte', 'svelte/*', 'solid-js'],
  })
  return {
    files: Object.keys(result.metafile.inputs),
    imports: Object.values(result.metafile.outputs).flatMap((output) => output.imports.map((i) => i.path)),
  }
}

describe('the framework entries', () => {
  test('the lanyard entry reaches no binding and no framework', async () => {
    const { files, imports } = await inputsOf('src/index.ts')
    expect(files.filter((file) => /src\/(react|vue|svelte|solid)\//.test(file))).toEqual([])
    expect(imports).toEqual([])
  })

  test.each([
    ['src/react/index.ts', ['react']],
    ['src/vue/index.ts', ['vue']],
    ['src/svelte/index.ts', ['svelte']], // setContext/getContext; the Readable type of svelte/store
    ['src/solid/index.ts', ['solid-js']],
  ])('%s is itself alone, over its framework', async (entry, frameworks) => {
    const { files, imports } = await inputsOf(entry)
    // Besides itself, only the one browser test the core uses too (issue 24: a worker is a browser);
    // React needs none (useSyncExternalStore picks the server snapshot itself).
    expect(files.filter((file) => file !== 'src/session/inBrowser.ts')).toEqual([entry])
    expect(imports).toEqual(frameworks)
  })
})
