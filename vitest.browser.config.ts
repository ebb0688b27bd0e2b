import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url))

// `npm run test:browser`: the example in Debian's Chromium (playwright-core), one file at a time.
// The main config excludes test/browser/**; this one runs only that.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^lanyard\/testing$/, replacement: src('testing/index.ts') },
      { find: /^lanyard$/, replacement: src('index.ts') },
    ],
  },
  test: {
    include: ['test/browser/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
