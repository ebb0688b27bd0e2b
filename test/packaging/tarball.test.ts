// What a user installs: the packed tarball in an empty app (see packedApp.ts).
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createHttpApi, createSession, memoryStorage } from 'lanyard'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createPackedApp, entryNames, type PackedApp, root, run } from './packedApp'

let app: PackedApp

beforeAll(async () => {
  app = await createPackedApp()
}, 240_000)

afterAll(() => app?.remove())

test('the tarball ships no source maps', () => {
  expect(app.files.filter((file) => file.endsWith('.map'))).toEqual([])
  expect(app.files).toContain('package/dist/index.js')
})

test('no published .d.ts imports a module the package does not depend on', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)])
  const undeclared = app.files
    .filter((file) => /\.d\.c?ts$/.test(file))
    .flatMap((file) => {
      const text = readFileSync(join(app.dir, 'node_modules/lanyard', file.slice('package/'.length)), 'utf8')
      // Statements only (an import in a TSDoc example is text), and `import('x')` types anywhere.
      const statements = [...text.matchAll(/^(?:import|export)\b[^'"\n]*['"]([^'"]+)['"]/gm)]
      const typeImports = [...text.matchAll(/\bimport\(['"]([^'"]+)['"]\)/g)]
      const specifiers = [...statements, ...typeImports].map((m) => m[1] ?? '')
      const packages = specifiers
        .filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('node:'))
        .map((specifier) =>
          specifier
            .split('/')
            .slice(0, specifier.startsWith('@') ? 2 : 1)
            .join('/'),
        )
      return packages.filter((name) => !declared.has(name)).map((name) => `${file}: ${name}`)
    })
  expect(undeclared).toEqual([])
})

// What a login UI leans on (issue 21, point 2), in the app's own code: an exhaustive switch over the
// steps, a misspelt step that does not compile, and a status that narrows the user to non-null.
const typedUi = `import { createSession, createHttpApi, type SessionSnapshot, type SessionStep } from 'lanyard'

export function label(step: SessionStep | null): string {
  switch (step) {
    case null: return 'idle'
    case 'emailOtp.sending': case 'emailOtp.awaitingCode': case 'emailOtp.resending': case 'emailOtp.verifying':
      return 'email'
    // @ts-expect-error: a misspelt step is not a SessionStep
    case 'emailOtp.awaitngCode': return 'typo'
    default: return step
  }
}

export function greeting(s: SessionSnapshot): string {
  if (s.status === 'loggedIn') return s.user.id + s.sessionId + String(s.expiresAt + 1)
  // @ts-expect-error: outside loggedIn/pending there is no user
  return s.user.id
}

export const session = createSession({ api: createHttpApi({ baseUrl: 'https://auth.example.com', environmentId: 'e' }) })
`

// Providers (issue 21, point 4) as an app writes them, type-checked against the published types.
const providers = `import { createElement } from 'react'
import type { Session } from 'lanyard'
import { SessionProvider, useSession, useSessionContext } from 'lanyard/react'
import { sessionPlugin, useSession as useVueSession, useSessionContext as useVueContext } from 'lanyard/vue'
import { createApp } from 'vue'
import { createComponent } from 'solid-js'
import {
  SessionProvider as SolidProvider,
  useSession as useSolidSession,
  useSessionContext as useSolidContext,
} from 'lanyard/solid'
import { getSessionContext, sessionStore, setSessionContext } from 'lanyard/svelte'
import { session } from './typedUi'

function Status() {
  const snapshot = useSession()
  const provided: Session = useSessionContext()
  return createElement('button', { onClick: () => provided.logout() }, snapshot.status)
}
export const tree = createElement(SessionProvider, { session }, createElement(Status))
export const app = createApp({ setup: () => ({ snapshot: useVueSession(), logout: useVueContext().logout }) }).use(
  sessionPlugin(session),
)
export const solid = createComponent(SolidProvider, {
  session,
  get children() {
    return useSolidSession()().status + useSolidContext().getSnapshot().status
  },
})
export function svelteRoot(): void {
  setSessionContext(session)
  const store = sessionStore(getSessionContext())
  store.subscribe((snapshot) => snapshot.status)
}
`

test('every entry type-checks in the app with tsc --strict and skipLibCheck false, as ESM and as CJS', async () => {
  writeFileSync(join(app.dir, 'typedUi.ts'), typedUi)
  writeFileSync(join(app.dir, 'providers.ts'), providers)
  const files: string[] = ['typedUi.ts', 'providers.ts']
  for (const [index, entry] of entryNames().entries()) {
    writeFileSync(
      join(app.dir, `entry${index}.ts`),
      `import * as m from '${entry}'\nexport const keys: string[] = Object.keys(m)\n`,
    )
    writeFileSync(
      join(app.dir, `entry${index}.cts`),
      `import m = require('${entry}')\nexport const keys: string[] = Object.keys(m)\n`,
    )
    files.push(`entry${index}.ts`, `entry${index}.cts`)
  }
  const compilerOptions = {
    strict: true,
    skipLibCheck: false,
    module: 'nodenext',
    target: 'es2022',
    noEmit: true,
  }
  writeFileSync(join(app.dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files }))
  const tsc = join(root, 'node_modules/typescript/bin/tsc')
  const result = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: app.dir }).then(
    () => '',
    (error: { stdout: string }) => error.stdout,
  )
  expect(result).toBe('')
}, 120_000)

test('the installed lanyard-dev-server command serves the flags it is given: CORS for --origin, codes printed, --mfa required', async () => {
  const child = spawn(
    join(app.dir, 'node_modules/.bin/lanyard-dev-server'),
    ['--port', '0', '--origin', 'http://localhost:5173', '--mfa', 'required'],
    { cwd: app.dir },
  )
  let out = ''
  const printed = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const match = out.match(pattern)
        if (match?.[1]) resolve(match[1])
      }
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8')
        check()
      })
      child.once('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)))
      check()
    })
  try {
    const url = await printed(/lanyard dev server: (http:\/\/127\.0\.0\.1:\d+)/)
    const preflight = await fetch(`${url}/sdk/test-env/emailVerifications/create`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' },
    })
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173')
    // A session of this process signs in through the command: the code it printed, then MFA.
    const session = createSession({
      api: createHttpApi({ baseUrl: url, environmentId: 'test-env' }),
      storage: memoryStorage(),
      crossTab: false,
    })
    await session.email.sendCode('packed@example.com')
    const code = await printed(/one-time code for packed@example\.com: (\d{6})/)
    expect((await session.email.verifyCode(code)).pending).toEqual(['mfa'])
    session.stop()
  } finally {
    child.kill()
  }
})

/** Runs an ES module in the app (it resolves lanyard from the installed tarball) and returns its output. */
async function runInApp(name: string, source: string): Promise<string> {
  writeFileSync(join(app.dir, name), source)
  const { stdout } = await run(process.execPath, [name], { cwd: app.dir })
  return stdout.trim()
}

test('a session of the installed package refreshes itself: a 4-second token, still loggedIn 9 s later', async () => {
  const out = await runInApp(
    'refresh.mjs',
    `import { createSession, memoryStorage } from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
const server = createTestAuthServer({ tokenLifetimeSeconds: 4 })
const session = createSession({ api: server.api, storage: memoryStorage(), crossTab: false })
await session.email.sendCode('packed@example.com')
await session.email.verifyCode(server.lastCode('packed@example.com'))
const first = session.getSnapshot().expiresAt
await new Promise((resolve) => setTimeout(resolve, 9000))
const { status, expiresAt } = session.getSnapshot()
console.log(JSON.stringify({ status, renewed: expiresAt > first, ahead: expiresAt > Date.now() }))
session.stop()
`,
  )
  expect(JSON.parse(out)).toEqual({ status: 'loggedIn', renewed: true, ahead: true })
}, 30_000)

// The server side of a request, as an app writes it: a browser signed in, its token verified, and
// a session for the page created from the verified hint.
const hinted = `import { createSession, memoryStorage } from 'lanyard'
import { createTokenVerifier, sessionHint } from 'lanyard/server'
import { createTestAuthServer } from 'lanyard/testing'
const server = createTestAuthServer()
const browser = createSession({ api: server.api, storage: memoryStorage(), crossTab: false })
await browser.email.sendCode('ssr@example.com')
await browser.email.verifyCode(server.lastCode('ssr@example.com'))
const { issuer, audience } = server.options
const verifier = createTokenVerifier({ jwks: server.jwks(), issuer, audience })
const hint = sessionHint(await verifier.verify(browser.getToken()))
export const session = createSession({ api: server.api, hint, storage: memoryStorage(), crossTab: false })
export function done() {
  browser.stop()
  session.stop()
}
`

test('the React and Vue providers of the installed package render the page on the server from a verified hint', async () => {
  writeFileSync(join(app.dir, 'hinted.mjs'), hinted)
  const out = await runInApp(
    'providers.mjs',
    `import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { createSSRApp, h } from 'vue'
import { renderToString as renderVue } from 'vue/server-renderer'
import { SessionProvider, useSession } from 'lanyard/react'
import { sessionPlugin, useSession as useVueSession } from 'lanyard/vue'
import { done, session } from './hinted.mjs'
const Status = () => createElement('p', null, useSession((s) => s.status + ' ' + s.user?.email))
const react = renderToString(createElement(SessionProvider, { session }, createElement(Status)))
let without = ''
try { renderToString(createElement(Status)) } catch (error) { without = error.message }
const vue = await renderVue(
  createSSRApp({ setup: () => { const s = useVueSession(); return () => h('p', s.value.status + ' ' + s.value.user?.email) } }).use(sessionPlugin(session)),
)
console.log(JSON.stringify({ react, vue, without }))
done()
`,
  )
  expect(JSON.parse(out)).toEqual({
    react: '<p>loggedIn ssr@example.com</p>',
    vue: '<p>loggedIn ssr@example.com</p>',
    without: expect.stringContaining('<SessionProvider session={...}>'),
  })
}, 30_000)

// Svelte components compiled in the app with its svelte/compiler: the root gives the session to
// context, a child reads it with sessionStore(). Solid without JSX, through createComponent.
const svelteApp = `<script>
  import { setSessionContext } from 'lanyard/svelte'
  import Status from './Status.svelte.mjs'
  let { session } = $props()
  setSessionContext(session)
</script>
<Status />`
const svelteStatus = `<script>
  import { sessionStore } from 'lanyard/svelte'
  const snapshot = sessionStore()
</script>
<p>{$snapshot.status} {$snapshot.user?.email}</p>`

test('the Svelte context and the Solid provider of the installed package render the page on the server from a verified hint', async () => {
  writeFileSync(join(app.dir, 'hinted.mjs'), hinted)
  writeFileSync(join(app.dir, 'App.svelte'), svelteApp)
  writeFileSync(join(app.dir, 'Status.svelte'), svelteStatus)
  const out = await runInApp(
    'contexts.mjs',
    `import { readFileSync, writeFileSync } from 'node:fs'
import { compile } from 'svelte/compiler'
import { render } from 'svelte/server'
import { createComponent, renderToString } from 'solid-js/web'
import { SessionProvider, useSession } from 'lanyard/solid'
import { done, session } from './hinted.mjs'
for (const name of ['App', 'Status']) {
  const { js } = compile(readFileSync(name + '.svelte', 'utf8'), { generate: 'server', filename: name + '.svelte' })
  writeFileSync(name + '.svelte.mjs', js.code)
}
const App = (await import('./App.svelte.mjs')).default
const svelte = render(App, { props: { session } }).body.replace(/<!--[^>]*-->/g, '')
let svelteWithout = ''
try { render((await import('./Status.svelte.mjs')).default).body } catch (error) { svelteWithout = error.message }
const Status = () => { const s = useSession(); return s().status + ' ' + s().user?.email }
const solid = renderToString(() => createComponent(SessionProvider, { session, get children() { return createComponent(Status, {}) } }))
let solidWithout = ''
try { renderToString(() => createComponent(Status, {})) } catch (error) { solidWithout = error.message }
console.log(JSON.stringify({ svelte, svelteWithout, solid, solidWithout }))
done()
`,
  )
  expect(JSON.parse(out)).toEqual({
    svelte: '<p>loggedIn ssr@example.com</p>',
    svelteWithout: expect.stringContaining('setSessionContext(session)'),
    solid: 'loggedIn ssr@example.com',
    solidWithout: expect.stringContaining('<SessionProvider session={...}>'),
  })
}, 30_000)

test('server.handler of the installed package mounts the reference backend in a plain Node server', async () => {
  const out = await runInApp(
    'handler.mjs',
    `import { createServer } from 'node:http'
import { createTestAuthServer } from 'lanyard/testing'
const backend = createTestAuthServer()
const http = createServer((req, res) => (req.url.startsWith('/sdk/') ? backend.handler(req, res) : res.end('app')))
await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve))
const base = 'http://127.0.0.1:' + http.address().port
const settings = await fetch(base + '/sdk/test-env/settings')
const page = await fetch(base + '/')
console.log(JSON.stringify({ settings: settings.status, page: await page.text() }))
http.close()
`,
  )
  expect(JSON.parse(out)).toEqual({ settings: 200, page: 'app' })
}, 30_000)
