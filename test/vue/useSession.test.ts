// @vitest-environment happy-dom
import { createSession, memoryStorage, type Session, type SessionHint } from 'lanyard'
import { createTokenVerifier, sessionHint } from 'lanyard/server'
import { createTestAuthServer } from 'lanyard/testing'
import { useSession } from 'lanyard/vue'
import { afterEach, describe, expect, test, vi } from 'vitest'
import {
  computed,
  createApp,
  createSSRApp,
  defineComponent,
  effectScope,
  h,
  isReadonly,
  nextTick,
  type PropType,
} from 'vue'
import { renderToString } from 'vue/server-renderer'
import { cookieJar, counted, line, signInThroughMfaThenLogoutElsewhere, tabs } from '../bindings/scenario'
import { freshEmail } from '../session/helpers'

const cleanups: Array<() => void> = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

const props = {
  session: { type: Object as PropType<Session>, required: true },
  onRender: { type: Function as PropType<() => void>, default: () => undefined },
} as const

/** Renders the line through a computed: the render runs only when the line changes. */
const Line = defineComponent({
  props,
  setup(p) {
    // biome-ignore lint/correctness/useHookAtTopLevel: a Vue composable, called once in setup
    const snapshot = useSession(p.session)
    const text = computed(() => line(snapshot.value))
    return () => {
      p.onRender?.()
      return h('p', text.value)
    }
  },
})

/** Reads the snapshot itself: renders once per new snapshot. */
const Whole = defineComponent({
  props,
  setup(p) {
    // biome-ignore lint/correctness/useHookAtTopLevel: a Vue composable, called once in setup
    const snapshot = useSession(p.session)
    return () => {
      p.onRender?.()
      return h('i', snapshot.value.status)
    }
  },
})

function mount(component: typeof Line, session: Session, onRender?: () => void) {
  const container = document.createElement('div')
  document.body.append(container)
  const app = createApp(component, { session, onRender })
  app.mount(container)
  cleanups.push(() => {
    app.unmount()
    container.remove()
  })
  return { container, unmount: () => app.unmount() }
}

const vueAct = async (work: () => unknown) => {
  await work()
  await nextTick()
}

describe('lanyard/vue useSession', () => {
  test('a component follows sign-in, MFA and another tab’s logout, rendering only when its line changes', async () => {
    const { server, open, stop } = tabs()
    cleanups.push(stop)
    const [a, b] = [open(), open()]
    let renders = 0
    const { container } = mount(Line, a, () => renders++)
    await signInThroughMfaThenLogoutElsewhere(
      a,
      b,
      server,
      { text: () => container.textContent ?? '', renders: () => renders },
      vueAct,
    )
  })

  test('reading the whole snapshot renders once per new snapshot, and not at all when nothing changed', async () => {
    const { server, open, stop } = tabs({})
    cleanups.push(stop)
    const session = open()
    let renders = 0
    let snapshots = 0
    session.subscribe(() => snapshots++)
    const { container } = mount(Whole, session, () => renders++)
    const email = freshEmail()
    await vueAct(() => session.email.sendCode(email))
    await vueAct(() => session.email.verifyCode(server.lastCode(email)))
    expect(container.textContent).toBe('loggedIn')
    // Vue batches the snapshots of one tick into one render: never more renders than snapshots.
    expect(renders).toBeLessThanOrEqual(1 + snapshots)
    const before = renders
    await vueAct(() => session.email.sendCode(email).catch(() => undefined))
    await vueAct(() => session.cancel())
    expect(renders).toBe(before)
  })

  test('the ref is read-only', () => {
    const { open, stop } = tabs({})
    cleanups.push(stop)
    const session = open()
    const scope = effectScope()
    const snapshot = scope.run(() => useSession(session))!
    expect(isReadonly(snapshot)).toBe(true)
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    ;(snapshot as { value: unknown }).value = null
    expect(snapshot.value).toBe(session.getSnapshot())
    scope.stop()
  })

  test('unsubscribes when its effect scope ends: a component unmounting, or scope.stop()', () => {
    const { open, stop } = tabs({})
    cleanups.push(stop)
    const { session, listeners } = counted(open())
    const view = mount(Line, session)
    expect(listeners()).toBe(1)
    view.unmount()
    expect(listeners()).toBe(0)

    const scope = effectScope()
    scope.run(() => useSession(session))
    expect(listeners()).toBe(1)
    scope.stop()
    expect(listeners()).toBe(0)
  })

  test('server rendering (no document): the server snapshot, from the hint or restoring', async () => {
    const server = createTestAuthServer()
    const signedIn = createSession({ api: server.api, storage: memoryStorage(), crossTab: false })
    const email = freshEmail()
    await signedIn.email.sendCode(email)
    await signedIn.email.verifyCode(server.lastCode(email))
    const { sessionId, expiresAt, user } = signedIn.getSnapshot()
    signedIn.stop()

    vi.stubGlobal('document', undefined)
    const render = (hint: Parameters<typeof createSession>[0]['hint']) => {
      const session = createSession({
        api: server.api,
        tokenStorage: 'cookie',
        storage: memoryStorage(),
        hint,
      })
      return renderToString(createSSRApp(Line, { session }))
    }
    expect(await render({ sessionId, expiresAt: expiresAt as number, user: user! })).toBe(
      `<p>loggedIn ${email} -</p>`,
    )
    expect(await render(null)).toBe('<p>restoring - -</p>')
  })

  test('hydration with a hint in cookie mode: the server HTML and the first client render agree, no mismatch warning', async () => {
    const server = createTestAuthServer()
    const { api, jar } = cookieJar(server.api)
    const earlier = createSession({ api, tokenStorage: 'cookie', storage: memoryStorage(), crossTab: false })
    const email = freshEmail()
    await earlier.email.sendCode(email)
    await earlier.email.verifyCode(server.lastCode(email))
    earlier.stop()
    const verifier = createTokenVerifier({
      jwks: server.jwks(),
      issuer: server.options.issuer,
      audience: server.options.audience,
    })
    const hint: SessionHint = JSON.parse(
      JSON.stringify(sessionHint(await verifier.verify(jar.token as string))),
    )

    vi.stubGlobal('document', undefined)
    const onServer = createSession({ api, tokenStorage: 'cookie', storage: memoryStorage(), hint })
    const html = await renderToString(createSSRApp(Line, { session: onServer }))
    vi.unstubAllGlobals()
    expect(html).toBe(`<p>loggedIn ${email} -</p>`)

    const warnings: unknown[] = []
    vi.spyOn(console, 'warn').mockImplementation((...args) => warnings.push(args))
    vi.spyOn(console, 'error').mockImplementation((...args) => warnings.push(args))
    const session = createSession({
      api,
      tokenStorage: 'cookie',
      storage: memoryStorage(),
      crossTab: false,
      hint,
    })
    cleanups.push(() => session.stop())
    const container = document.createElement('div')
    container.innerHTML = html
    document.body.append(container)
    const app = createSSRApp(Line, { session })
    app.mount(container)
    cleanups.push(() => {
      app.unmount()
      container.remove()
    })
    expect(warnings).toEqual([])
    expect(container.innerHTML).toBe(`<p>loggedIn ${email} -</p>`)
    await session.ready
    await nextTick()
    expect(container.textContent).toBe(`loggedIn ${email} -`)

    // The check is real: hydrating HTML that says otherwise warns.
    const stale = document.createElement('div')
    stale.innerHTML = '<p>restoring - -</p>'
    createSSRApp(Line, { session }).mount(stale)
    expect(warnings.length).toBeGreaterThan(0)
  })
})
