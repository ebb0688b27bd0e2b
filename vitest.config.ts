import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url))

export default defineConfig({
  resolve: {
    alias: [
      { find: /^lanyard\/testing$/, replacement: src('testing/index.ts') },
      { find: /^lanyard\/server$/, replacement: src('server/index.ts') },
      { find: /^lanyard\/(react|vue|svelte|solid)$/, replacement: src('$1/index.ts') },
      { find: /^lanyard$/, replacement: src('index.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
    coverage: { include: ['src/**'], reporter: ['text-summary', 'text'] },
    testTimeout: 20_000,
    // Transformed by vitest rather than loaded by Node, so that test/solid's mock of solid-js (its
    // browser build) reaches solid-js/web's own import of it too.
    server: { deps: { inline: [/solid-js/] } },
  },
})
