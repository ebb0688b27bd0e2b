// @vitest-environment happy-dom
import { createSession, memoryStorage, type Session, type SessionSnapshot } from 'lanyard'
import { useSession } from 'lanyard/solid'
import { createTestAuthServer } from 'lanyard/testing'
import { createMemo, createRenderEffect, createRoot } from 'solid-js'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { counted, line, signInThroughMfaThenLogoutElsewhere, tabs } from '../bindings/scenario'
import { freshEmail } from '../session/helpers'

// Node resolves solid-js to its server build, where nothing is reactive: use the browser build,
// here and in lanyard/solid.
vi.mock('solid-js', async () => {
  const { createRequire } = await import('node:module')
  const { pathToFileURL } = await import('node:url')
  const path = createRequire(import.meta.url)
    .resolve('solid-js')
    .replace(/server\.c?js$/, 'solid.js')
  return import(pathToFileURL(path).href)
})

const cleanups: Array<() => void> = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup()
  vi.unstubAllGlobals()
})

/** A component: a <p> whose text is the line, through a memo (it updates only when the line changes). */
function mount(session: Session, onRender: () => void = () => undefined) {
  const element = document.createElement('p')
  document.body.append(element)
  const dispose = createRoot((dispose) => {
    const snapshot = useSession(session)
    const text = createMemo(() => line(snapshot()))
    createRenderEffect(() => {
      element.textContent = text()
      onRender()
    })
    return dispose
  })
  cleanups.push(() => {
    dispose()
    element.remove()
  })
  return { element, dispose }
}

const solidAct = async (work: () => unknown) => {
  await work() // Solid updates synchronously
}

describe('lanyard/solid useSession', () => {
  test('a component follows sign-in, MFA and another tab’s logout, updating only when its line changes', async () => {
    const { server, open, stop } = tabs()
    cleanups.push(stop)
    const [a, b] = [open(), open()]
    let renders = 0
    const { element } = mount(a, () => renders++)
    await signInThroughMfaThenLogoutElsewhere(
      a,
      b,
      server,
      { text: () => element.textContent ?? '', renders: () => renders },
      solidAct,
    )
  })

  test('the accessor has the current snapshot at once and each new one, the same object as getSnapshot()', async () => {
    const server = createTestAuthServer()
    const session = createSession({ api: server.api, storage: memoryStorage(), crossTab: false })
    cleanups.push(() => session.stop())
    const seen: SessionSnapshot[] = []
    const dispose = createRoot((dispose) => {
      const snapshot = useSession(session)
      expect(snapshot()).toBe(session.getSnapshot())
      createRenderEffect(() => seen.push(snapshot()))
      return dispose
    })
    cleanups.push(dispose)
    const email = freshEmail()
    await session.email.sendCode(email)
    await session.email.verifyCode(server.lastCode(email))
    expect(seen.at(-1)).toBe(session.getSnapshot())
    const count = seen.length
    await session.email.sendCode(email).catch(() => undefined) // invalid_state: nothing changes
    expect(seen.length).toBe(count)
  })

  test('cleaned up with its owner: disposing the root unsubscribes', () => {
    const { open, stop } = tabs({})
    cleanups.push(stop)
    const { session, listeners } = counted(open())
    const view = mount(session)
    expect(listeners()).toBe(1)
    view.dispose()
    expect(listeners()).toBe(0)
  })

  test('on a server (no document) it reads the server snapshot and subscribes to nothing', () => {
    const { open, stop } = tabs({})
    cleanups.push(stop)
    const { session, listeners } = counted(open())
    vi.stubGlobal('document', undefined)
    createRoot((dispose) => {
      expect(useSession(session)()).toBe(session.getServerSnapshot())
      dispose()
    })
    expect(listeners()).toBe(0)
  })
})
