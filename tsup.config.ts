import { defineConfig } from 'tsup'

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'testing/index': 'src/testing/index.ts',
    'server/index': 'src/server/index.ts',
    // The framework bindings: a few lines each; the frameworks are optional peer dependencies.
    'react/index': 'src/react/index.ts',
    'vue/index': 'src/vue/index.ts',
    'svelte/index': 'src/svelte/index.ts',
    'solid/index': 'src/solid/index.ts',
    // `npx lanyard-dev-server` (package.json `bin`): the reference backend over HTTP.
    'bin/lanyard-dev-server': 'src/bin/devServer.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  // No source maps in the tarball unless asked for: `npm run build -- --sourcemap` (CLI flags win).
  sourcemap: false,
  // nanoevents is ESM-only: bundle it so the CJS build loads on every Node >= 20. What lanyard/testing
  // and lanyard/server use (jose, noble, otpauth) is bundled into those entries too, so `lanyard`
  // keeps exactly three runtime dependencies (xstate, jwt-decode, nanoevents). @simplewebauthn/server
  // is the exception: an optional peer of lanyard/testing, imported on the first passkey ceremony, so
  // an app without passkeys neither installs nor evaluates its 670 KB. (The hang once blamed on it
  // was a deadlock in Node's crypto key export: docs/troubleshooting.md.)
  noExternal: [
    /^(?!@simplewebauthn\/|xstate($|\/)|jwt-decode$|react($|\/)|vue$|svelte($|\/)|solid-js($|\/)|node:)/,
  ],
  external: [
    'node:http',
    'node:util',
    'node:crypto',
    'node:net',
    'react',
    'vue',
    /^svelte(\/|$)/,
    'solid-js',
  ],
})
