// @vitest-environment happy-dom
// lanyard/vue's sessionPlugin and provideSession: useSession() with no session reads the provided
// one, in the browser and through server rendering and hydration.
import { createSession, memoryStorage, type Session } from 'lanyard'
import { createTokenVerifier, sessionHint } from 'lanyard/server'
import { createTestAuthServer } from 'lanyard/testing'
import { provideSession, sessionPlugin, useSession, useSessionContext } from 'lanyard/vue'
import { afterEach, expect, test, vi } from 'vitest'
import { createApp, createSSRApp, defineComponent, h, nextTick } from 'vue'
import { renderToString } from 'vue/server-renderer'

const cleanups: Array<() => void> = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

const Status = defineComponent(() => {
  const snapshot = useSession()
  return () => h('p', `${snapshot.value.status} ${snapshot.value.user?.email ?? '-'}`)
})

async function signedIn() {
  const server = createTestAuthServer()
  const session = createSession({ api: server.api, storage: memoryStorage(), crossTab: false })
  cleanups.push(() => session.stop())
  await session.email.sendCode('ada@example.com')
  await session.email.verifyCode(server.lastCode('ada@example.com'))
  return { server, session }
}

function mount(app: ReturnType<typeof createApp>, html = '') {
  const container = document.createElement('div')
  container.innerHTML = html
  document.body.append(container)
  app.mount(container)
  cleanups.push(() => {
    app.unmount()
    container.remove()
  })
  return container
}

test('sessionPlugin: useSession() follows the provided session', async () => {
  const server = createTestAuthServer()
  const session = createSession({ api: server.api, storage: memoryStorage(), crossTab: false })
  cleanups.push(() => session.stop())
  const container = mount(createApp(Status).use(sessionPlugin(session)))
  expect(container.textContent).toBe('visitor -')
  await session.email.sendCode('ada@example.com')
  await session.email.verifyCode(server.lastCode('ada@example.com'))
  await nextTick()
  expect(container.textContent).toBe('loggedIn ada@example.com')
})

test('provideSession: a parent provides it to its descendants; without one, useSession() says so', async () => {
  const { session } = await signedIn()
  const Parent = defineComponent({
    props: { session: { type: Object as () => Session, required: true } },
    setup(props) {
      provideSession(props.session)
      return () => h(Status)
    },
  })
  expect(mount(createApp(Parent, { session })).textContent).toBe('loggedIn ada@example.com')
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  expect(() => mount(createApp(Status))).toThrow(/sessionPlugin/)
})

// A component that calls the session's actions takes the provided session, no prop threading.
const LogOut = defineComponent(() => {
  const session = useSessionContext()
  return () => h('button', { onClick: () => session.logout() }, 'Log out')
})

test('useSessionContext() gives the provided session: its actions act on it; without one it names the fix', async () => {
  const { session } = await signedIn()
  const container = mount(createApp(() => [h(Status), h(LogOut)]).use(sessionPlugin(session)))
  expect(container.querySelector('p')?.textContent).toBe('loggedIn ada@example.com')
  container.querySelector('button')?.click()
  await vi.waitFor(() => expect(session.getSnapshot().status).toBe('loggedOut'))
  await nextTick()
  expect(container.querySelector('p')?.textContent).toBe('loggedOut -')
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  expect(() => mount(createApp(LogOut))).toThrow(
    'useSessionContext() needs app.use(sessionPlugin(session)) or provideSession().',
  )
})

test('server HTML from a hint hydrates without a mismatch', async () => {
  const { server, session } = await signedIn()
  const verifier = createTokenVerifier({
    jwks: server.jwks(),
    issuer: server.options.issuer,
    audience: server.options.audience,
  })
  const hint = JSON.parse(JSON.stringify(sessionHint(await verifier.verify(session.getToken() ?? ''))))

  vi.stubGlobal('document', undefined)
  const onServer = createSession({ api: server.api, hint, tokenStorage: 'cookie' })
  const html = await renderToString(createSSRApp(Status).use(sessionPlugin(onServer)))
  vi.unstubAllGlobals()
  expect(html).toBe('<p>loggedIn ada@example.com</p>')

  const warnings: unknown[] = []
  vi.spyOn(console, 'warn').mockImplementation((...args) => warnings.push(args))
  vi.spyOn(console, 'error').mockImplementation((...args) => warnings.push(args))
  const client = createSession({
    api: server.api,
    hint,
    tokenStorage: 'cookie',
    storage: memoryStorage(),
    crossTab: false,
  })
  cleanups.push(() => client.stop())
  const container = mount(createSSRApp(Status).use(sessionPlugin(client)), html)
  expect(warnings).toEqual([])
  expect(container.innerHTML).toBe('<p>loggedIn ada@example.com</p>')
})
