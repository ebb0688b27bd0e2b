// @vitest-environment happy-dom
// lanyard/svelte's setSessionContext / getSessionContext: components compiled with the real
// svelte/compiler read the session from context (sessionStore() with no argument), in the browser
// and through svelte/server's render then hydrate.
import { type AuthApi, createSession, memoryStorage, type SessionHint } from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
import { afterAll, afterEach, expect, test, vi } from 'vitest'
import { target as mountTarget, signedInBefore } from '../bindings/scenario'
import { clientSvelteUrl, compileSvelte, removeCompiled, switchSvelte } from './compile'

const sources = {
  'App.svelte': `<script>
  import { setSessionContext } from 'lanyard/svelte'
  import Status from './Status.svelte'
  let { session } = $props()
  setSessionContext(session)
</script>
<main><Status /></main>`,
  'Status.svelte': `<script>
  import { getSessionContext, sessionStore } from 'lanyard/svelte'
  const snapshot = sessionStore()
  const session = getSessionContext()
</script>
<p>{$snapshot.status} {$snapshot.user?.email ?? '-'}</p>
{#if $snapshot.isLoggedIn}<button onclick={() => session.logout()}>Log out</button>{/if}`,
}

type Svelte = typeof import('svelte')
const cleanups: Array<() => void> = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})
afterAll(removeCompiled)

/** The browser: the client build of svelte, the components compiled for it. */
async function browser(entry: keyof typeof sources = 'App.svelte') {
  switchSvelte('client')
  const svelte: Svelte = await import(clientSvelteUrl)
  const Component = (await import(compileSvelte(sources, 'client')[entry])).default
  return { svelte, Component }
}

const target = (html = '') => mountTarget(cleanups, html)

test('a child reads the session its root put in context, and follows it through sign-in and logout', async () => {
  const server = createTestAuthServer()
  const session = createSession({ api: server.api, storage: memoryStorage(), crossTab: false })
  cleanups.push(() => session.stop())
  const { svelte, Component } = await browser()
  const element = target()
  const app = svelte.mount(Component, { target: element, props: { session } })
  cleanups.push(() => svelte.unmount(app))
  svelte.flushSync()
  expect(element.querySelector('p')?.textContent).toBe('visitor -')

  await session.email.sendCode('ada@example.com')
  await session.email.verifyCode(server.lastCode('ada@example.com'))
  svelte.flushSync()
  expect(element.querySelector('p')?.textContent).toBe('loggedIn ada@example.com')
  element.querySelector('button')?.click() // the session from getSessionContext()
  await vi.waitFor(() => expect(session.getSnapshot().status).toBe('loggedOut'))
  svelte.flushSync()
  expect(element.querySelector('p')?.textContent).toBe('loggedOut -')
})

test('without setSessionContext above it, the component fails with the fix', async () => {
  const { svelte, Component } = await browser('Status.svelte')
  vi.spyOn(console, 'error').mockImplementation(() => {})
  expect(() => svelte.mount(Component, { target: target() })).toThrow(
    /setSessionContext\(session\) in a parent component/,
  )
})

/** The server: svelte/server, the components compiled for it, one session for this request. */
async function renderOnServer(api: AuthApi, hint: SessionHint | undefined) {
  switchSvelte('server')
  const { render } = await import('svelte/server')
  const ServerApp = (await import(compileSvelte(sources, 'server')['App.svelte'])).default
  vi.stubGlobal('document', undefined)
  try {
    return render(ServerApp, { props: { session: createSession({ api, hint, tokenStorage: 'cookie' }) } })
      .body
  } finally {
    vi.unstubAllGlobals()
  }
}

/**
 * The browser: hydrates `html` with a session started from `hint`. Svelte repairs a mismatch
 * silently (text set anew, blocks rendered again), so what tells is the DOM: a hydration that
 * matched changes none of the server's nodes. Returns those changes and the console's complaints.
 */
async function hydrate(html: string, api: AuthApi, hint: SessionHint) {
  const { svelte, Component } = await browser()
  const warnings: unknown[] = []
  vi.spyOn(console, 'warn').mockImplementation((...args) => warnings.push(args))
  vi.spyOn(console, 'error').mockImplementation((...args) => warnings.push(args))
  const element = target(html)
  const client = createSession({
    api,
    hint,
    tokenStorage: 'cookie',
    storage: memoryStorage(),
    crossTab: false,
  })
  cleanups.push(() => client.stop())
  const changes = new MutationObserver(() => undefined)
  changes.observe(element, { subtree: true, childList: true, characterData: true, attributes: true })
  const app = svelte.hydrate(Component, { target: element, props: { session: client } })
  cleanups.push(() => svelte.unmount(app))
  svelte.flushSync()
  const mutations = changes.takeRecords()
  changes.disconnect()
  return { svelte, client, element, mutations, warnings }
}

test('server HTML from a hint hydrates without a mismatch, then goes on updating', async () => {
  const { api, hint } = await signedInBefore()
  const html = await renderOnServer(api, hint)
  expect(html).toContain('<p>loggedIn ada@example.com</p>')
  const paragraph = () => element.querySelector('p')
  const { svelte, client, element, mutations, warnings } = await hydrate(html, api, hint)
  const hydrated = paragraph()
  expect(mutations).toEqual([])
  expect(warnings).toEqual([])
  expect(hydrated?.textContent).toBe('loggedIn ada@example.com')

  // The client confirms with the server (cookie mode), and the hydrated page follows the session.
  await client.ready
  expect(client.getSnapshot().status).toBe('loggedIn')
  element.querySelector('button')?.click()
  await vi.waitFor(() => expect(client.getSnapshot().status).toBe('loggedOut'))
  svelte.flushSync()
  expect(paragraph()).toBe(hydrated) // the server's node, kept and updated
  expect(hydrated?.textContent).toBe('loggedOut -')
  expect(element.querySelector('button')).toBeNull()
  expect(warnings).toEqual([])
})

test('the check sees a mismatch when there is one (HTML rendered without the hint, hydrated with it)', async () => {
  const { api, hint } = await signedInBefore()
  const html = await renderOnServer(api, undefined)
  expect(html).toContain('<p>restoring -</p>')
  const { mutations } = await hydrate(html, api, hint)
  expect(mutations.length).toBeGreaterThan(0)
})
