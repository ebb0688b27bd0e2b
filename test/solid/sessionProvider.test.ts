// @vitest-environment happy-dom
// lanyard/solid's SessionProvider: components compiled by babel-preset-solid read the session with
// useSession() and no argument, in the browser and through solid-js/web's renderToString then
// hydrate.
import { type AuthApi, createSession, memoryStorage, type SessionHint } from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
import { afterAll, afterEach, expect, test, vi } from 'vitest'
import { target as mountTarget, signedInBefore } from '../bindings/scenario'
import { compileSolid, load, removeCompiled, solidBuild } from './compile'

const sources = {
  'App.tsx': `import { SessionProvider } from 'lanyard/solid'
import type { Session } from 'lanyard'
import Status from './Status'
export default function App(props: { session: Session }) {
  return <main><SessionProvider session={props.session}><Status /></SessionProvider></main>
}`,
  'Status.tsx': `import { useSession, useSessionContext } from 'lanyard/solid'
import { Show } from 'solid-js'
export default function Status() {
  const snapshot = useSession()
  const session = useSessionContext() // the provided session, for its actions
  return (
    <section>
      <p>{snapshot().status} {snapshot().user?.email ?? '-'}</p>
      <Show when={snapshot().isLoggedIn}><button type="button" onClick={() => session.logout()}>Log out</button></Show>
    </section>
  )
}`,
  'LogOut.tsx': `import { useSessionContext } from 'lanyard/solid'
export default function LogOut() {
  const session = useSessionContext()
  return <button type="button" onClick={() => session.logout()}>Log out</button>
}`,
}

const cleanups: Array<() => void> = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})
afterAll(removeCompiled)

/** The browser: the browser builds of Solid, the components compiled for the DOM. */
async function browser(entry: keyof typeof sources = 'App.tsx') {
  solidBuild('client')
  const web: typeof import('solid-js/web') = await import('solid-js/web')
  const Component = (await load((await compileSolid(sources, 'dom'))[entry])).default
  return { web, Component }
}

const target = (html = '') => mountTarget(cleanups, html)

test('a child reads the session of the SessionProvider above it, and follows it through sign-in and logout', async () => {
  const server = createTestAuthServer()
  const session = createSession({ api: server.api, storage: memoryStorage(), crossTab: false })
  cleanups.push(() => session.stop())
  const { web, Component } = await browser()
  const element = target()
  cleanups.push(web.render(() => web.createComponent(Component, { session }), element))
  expect(element.querySelector('p')?.textContent).toBe('visitor -')

  await session.email.sendCode('ada@example.com')
  await session.email.verifyCode(server.lastCode('ada@example.com'))
  expect(element.querySelector('p')?.textContent).toBe('loggedIn ada@example.com')
  element.querySelector('button')?.click() // useSessionContext()'s session logs out
  await vi.waitFor(() => expect(element.querySelector('p')?.textContent).toBe('loggedOut -'))
  expect(session.getSnapshot().status).toBe('loggedOut')
})

test('without a SessionProvider above it, useSession() fails with the fix', async () => {
  const { web, Component } = await browser('Status.tsx')
  expect(() => web.render(() => web.createComponent(Component, {}), target())).toThrow(
    /needs a <SessionProvider session=\{\.\.\.\}> above it/,
  )
  const logOut = await browser('LogOut.tsx')
  expect(() => logOut.web.render(() => logOut.web.createComponent(logOut.Component, {}), target())).toThrow(
    'useSessionContext() needs a <SessionProvider session={...}> above it.',
  )
})

/** The server: solid-js/web's renderToString, the components compiled for it, one session for this request. */
async function renderOnServer(api: AuthApi, hint: SessionHint | undefined) {
  solidBuild('server')
  const web: typeof import('solid-js/web') = await import('solid-js/web')
  const App = (await load((await compileSolid(sources, 'ssr'))['App.tsx'])).default
  vi.stubGlobal('document', undefined)
  try {
    const session = createSession({ api, hint, tokenStorage: 'cookie' })
    const html = web.renderToString(() => web.createComponent(App, { session }))
    // The page's <head> carries Solid's hydration script (<HydrationScript />): kept apart here.
    return { html, script: web.generateHydrationScript().replace(/^<script[^>]*>|<\/script>[\s\S]*$/g, '') }
  } finally {
    vi.unstubAllGlobals()
  }
}

/**
 * The browser: hydrates `html` with a session started from `hint`. A hydration that matched
 * changes none of the server's nodes: the DOM's changes during it, and the console's complaints.
 */
async function hydrate({ html, script }: { html: string; script: string }, api: AuthApi, hint: SessionHint) {
  const { web, Component } = await browser()
  new Function(script)() // what the browser runs from the page's <head>
  cleanups.push(() => Reflect.deleteProperty(globalThis, '_$HY'))
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
  cleanups.push(web.hydrate(() => web.createComponent(Component, { session: client }), element))
  const mutations = changes.takeRecords()
  changes.disconnect()
  return { client, element, mutations, warnings }
}

test('server HTML from a hint hydrates without a mismatch, then goes on updating', async () => {
  const { api, hint } = await signedInBefore()
  const page = await renderOnServer(api, hint)
  expect(page.html).toMatch(/<p>.*loggedIn.*ada@example\.com.*<\/p>/)
  const { client, element, mutations, warnings } = await hydrate(page, api, hint)
  const paragraph = element.querySelector('p')
  expect(mutations).toEqual([])
  expect(warnings).toEqual([])
  expect(paragraph?.textContent).toBe('loggedIn ada@example.com')

  // The client confirms with the server (cookie mode), and the hydrated page follows the session.
  await client.ready
  expect(client.getSnapshot().status).toBe('loggedIn')
  await client.logout()
  expect(element.querySelector('p')).toBe(paragraph) // the server's node, kept and updated
  expect(paragraph?.textContent).toBe('loggedOut -')
  expect(element.querySelector('button')).toBeNull()
  expect(warnings).toEqual([])
})

test('the check sees a mismatch when there is one (HTML rendered without the hint, hydrated with it)', async () => {
  const { api, hint } = await signedInBefore()
  const page = await renderOnServer(api, undefined)
  expect(page.html).toContain('restoring')
  const { mutations } = await hydrate(page, api, hint)
  expect(mutations.length).toBeGreaterThan(0)
})
