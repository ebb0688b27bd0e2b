// @vitest-environment happy-dom
import type { Session } from 'lanyard'
import { useSession } from 'lanyard/react'
import { act, createElement as h, StrictMode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeAll, describe, expect, test } from 'vitest'
import { counted, line, signInThroughMfaThenLogoutElsewhere, tabs } from '../bindings/scenario'
import { freshEmail } from '../session/helpers'

beforeAll(() => {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
})

const cleanups: Array<() => void> = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup()
})

/** Mounts `element` into a fresh container; unmounted after the test. */
function mount(element: React.ReactElement) {
  const container = document.createElement('div')
  document.body.append(container)
  let root!: Root
  act(() => {
    root = createRoot(container)
    root.render(element)
  })
  cleanups.push(() => {
    act(() => root.unmount())
    container.remove()
  })
  return { container, root, unmount: () => act(() => root.unmount()) }
}

const reactAct = async (work: () => unknown) => {
  await act(async () => {
    await work()
  })
}

type Probe = { session: Session; onRender?: () => void }

/** Renders the line of the snapshot (a string selector). */
function Line({ session, onRender }: Probe) {
  onRender?.()
  return h('p', null, useSession(session, line))
}

/** Renders from the whole snapshot. */
function Whole({ session, onRender }: Probe) {
  onRender?.()
  return h('i', null, useSession(session).status)
}

/** An inline selector: a new function every render; an equal result keeps the render away. */
function InlineEmail({ session, onRender }: Probe) {
  onRender?.()
  return h(
    'b',
    null,
    useSession(session, (s) => s.user?.email ?? '-'),
  )
}

/** A selector of an object with its own equality. */
function UserId({ session, onRender }: Probe) {
  onRender?.()
  const user = useSession(
    session,
    (s) => s.user,
    (x, y) => x?.id === y?.id,
  )
  return h('u', null, user?.id ?? '-')
}

describe('lanyard/react useSession', () => {
  test('a component follows sign-in, MFA and another tab’s logout, rendering only when its line changes', async () => {
    const { server, open, stop } = tabs()
    cleanups.push(stop)
    const [a, b] = [open(), open()]
    let renders = 0
    const { container } = mount(h(Line, { session: a, onRender: () => renders++ }))
    await signInThroughMfaThenLogoutElsewhere(
      a,
      b,
      server,
      { text: () => container.textContent ?? '', renders: () => renders },
      reactAct,
    )
  })

  test('the whole snapshot re-renders per committed change; a selector only when its part changes', async () => {
    const { server, open, stop } = tabs({})
    cleanups.push(stop)
    const session = open()
    const renders = { whole: 0, email: 0, user: 0 }
    let snapshots = 0
    session.subscribe(() => snapshots++)
    mount(
      h(
        'div',
        null,
        h(Whole, { session, onRender: () => renders.whole++ }),
        h(InlineEmail, { session, onRender: () => renders.email++ }),
        h(UserId, { session, onRender: () => renders.user++ }),
      ),
    )
    expect(renders).toEqual({ whole: 1, email: 1, user: 1 })

    // The whole snapshot renders once per snapshot (act does not merge these: they come from
    // separate tasks); the selected parts only when they change.
    const email = freshEmail()
    await reactAct(() => session.email.sendCode(email))
    expect(renders).toEqual({ whole: 1 + snapshots, email: 1, user: 1 })
    await reactAct(() => session.email.verifyCode(server.lastCode(email)))
    expect(renders).toEqual({ whole: 1 + snapshots, email: 2, user: 2 })
    // A refresh: a new expiry, the same user (the snapshot keeps the user object): only the whole
    // snapshot changed.
    const before = snapshots
    await reactAct(() => session.refresh())
    expect(snapshots).toBeGreaterThan(before)
    expect(renders).toEqual({ whole: 1 + snapshots, email: 2, user: 2 })
    // An action the state cannot take: the snapshot stays the same object, nobody renders.
    await reactAct(() => session.email.sendCode(email).catch(() => undefined))
    expect(renders).toEqual({ whole: 1 + snapshots, email: 2, user: 2 })
    await reactAct(() => session.logout())
    expect(renders).toEqual({ whole: 1 + snapshots, email: 3, user: 3 })
  })

  test('unmounting unsubscribes', async () => {
    const { open, stop } = tabs({})
    cleanups.push(stop)
    const { session, listeners } = counted(open())
    const view = mount(h('div', null, h(Line, { session }), h(Whole, { session })))
    expect(listeners()).toBe(2)
    view.unmount()
    expect(listeners()).toBe(0)
  })

  test('StrictMode: the double effect resubscribes the same session and leaves one listener per component', async () => {
    const { server, open, stop } = tabs({})
    cleanups.push(stop)
    const { session, listeners } = counted(open())
    const view = mount(h(StrictMode, null, h(Line, { session })))
    expect(listeners()).toBe(1)
    const email = freshEmail()
    await reactAct(() => session.email.sendCode(email))
    await reactAct(() => session.email.verifyCode(server.lastCode(email)))
    expect(view.container.textContent).toBe(`loggedIn ${email} -`)
    view.unmount()
    expect(listeners()).toBe(0)
    expect(session.getSnapshot().status).toBe('loggedIn')
  })
})
