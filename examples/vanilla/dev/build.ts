import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const entry = fileURLToPath(new URL('../src/main.ts', import.meta.url))

/**
 * Bundles the example from source (esbuild follows tsconfig's `paths`, so `lanyard` is `src/`):
 * one ES module in memory, in well under a second.
 */
export async function buildExample(): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    sourcemap: 'inline',
    // A development build: lanyard's messages that name the fix stay (a production build drops them).
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'warning',
  })
  const file = result.outputFiles[0]
  if (!file) throw new Error('esbuild produced no output for the example.')
  return file.text
}
