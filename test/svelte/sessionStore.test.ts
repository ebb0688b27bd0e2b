// @vitest-environment happy-dom
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createSession, memoryStorage, type Session, type SessionSnapshot } from 'lanyard'
import { sessionStore } from 'lanyard/svelte'
import { createTestAuthServer } from 'lanyard/testing'
import { compile } from 'svelte/compiler'
import { derived, get } from 'svelte/store'
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest'
import { counted, line, signInThroughMfaThenLogoutElsewhere, tabs } from '../bindings/scenario'
import { freshEmail } from '../session/helpers'

// A Svelte 5 component, compiled here with svelte/compiler: the store's `$` subscription, a
// $derived line (it changes only when the text does) and an effect that counts the updates.
const source = `<script>
  let { snapshot, line, onRender } = $props()
  const text = $derived(line($snapshot))
  $effect.pre(() => {
    text
    onRender()
  })
</script>
<p>{text}</p>`

type Svelte = typeof import('svelte')
let svelte: Svelte
let Line: Parameters<Svelte['mount']>[0]
let compiled = ''

beforeAll(async () => {
  const require = createRequire(import.meta.url)
  const root = dirname(require.resolve('svelte/package.json'))
  // The browser build of svelte (Node would pick the server one): mount, flushSync.
  svelte = await import(pathToFileURL(join(root, 'src/index-client.js')).href)
  const { js } = compile(source, { generate: 'client', filename: 'Line.svelte' })
  // Beside node_modules/svelte, so that the compiled imports of svelte/internal/* resolve.
  compiled = join(root, '..', '.lanyard-test', `Line-${process.pid}-${Date.now()}.js`)
  mkdirSync(dirname(compiled), { recursive: true })
  writeFileSync(compiled, js.code)
  Line = (await import(pathToFileURL(compiled).href)).default
})
afterAll(() => rmSync(compiled, { force: true }))

const cleanups: Array<() => void> = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup()
  vi.unstubAllGlobals()
})

function mount(session: Session, onRender: () => void = () => undefined) {
  const target = document.createElement('div')
  document.body.append(target)
  const component = svelte.mount(Line, { target, props: { snapshot: sessionStore(session), line, onRender } })
  svelte.flushSync()
  const unmount = () => svelte.unmount(component)
  cleanups.push(() => {
    unmount()
    target.remove()
  })
  return { target, unmount }
}

const svelteAct = async (work: () => unknown) => {
  await work()
  svelte.flushSync()
}

describe('lanyard/svelte sessionStore', () => {
  test('a compiled Svelte 5 component follows sign-in, MFA and another tab’s logout, updating only when its line changes', async () => {
    const { server, open, stop } = tabs()
    cleanups.push(stop)
    const [a, b] = [open(), open()]
    let renders = 0
    const { target } = mount(a, () => renders++)
    await signInThroughMfaThenLogoutElsewhere(
      a,
      b,
      server,
      { text: () => target.textContent ?? '', renders: () => renders },
      svelteAct,
    )
  })

  test('the store contract: the current value at once, then each new snapshot; get and derived work', async () => {
    const server = createTestAuthServer()
    const session = createSession({ api: server.api, storage: memoryStorage(), crossTab: false })
    cleanups.push(() => session.stop())
    const store = sessionStore(session)
    expect(get(store)).toBe(session.getSnapshot())

    const heard: SessionSnapshot[] = []
    const unsubscribe = store.subscribe((snapshot) => heard.push(snapshot))
    expect(heard).toEqual([session.getSnapshot()]) // synchronously, before any change
    const status = derived(store, (snapshot) => snapshot.status)
    const statuses: string[] = []
    const unsubscribeStatus = status.subscribe((value) => statuses.push(value))

    const email = freshEmail()
    await session.email.sendCode(email)
    await session.email.verifyCode(server.lastCode(email))
    expect(heard.at(-1)).toBe(session.getSnapshot())
    expect(new Set(heard).size).toBe(heard.length) // one call per new snapshot, never a repeat
    expect(statuses).toEqual(['visitor', 'authenticating', 'loggedIn'])
    expect(get(status)).toBe('loggedIn')
    unsubscribe()
    unsubscribeStatus()
  })

  test('unsubscribing, and unmounting the component, remove the session listener', () => {
    const { open, stop } = tabs({})
    cleanups.push(stop)
    const { session, listeners } = counted(open())
    const view = mount(session)
    expect(listeners()).toBe(1)
    view.unmount()
    expect(listeners()).toBe(0)
    const unsubscribe = sessionStore(session).subscribe(() => undefined)
    expect(listeners()).toBe(1)
    unsubscribe()
    expect(listeners()).toBe(0)
    get(sessionStore(session))
    expect(listeners()).toBe(0)
  })

  test('on a server (no document) the store holds the server snapshot and subscribes to nothing', () => {
    const { open, stop } = tabs({})
    cleanups.push(stop)
    const { session, listeners } = counted(open())
    vi.stubGlobal('document', undefined)
    expect(get(sessionStore(session))).toBe(session.getServerSnapshot())
    expect(get(sessionStore(session)).status).toBe('restoring')
    expect(listeners()).toBe(0)
  })
})
