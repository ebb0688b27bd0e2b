// @vitest-environment happy-dom
// A selector that builds a new object each time, with its own `isEqual`: an equal selection keeps
// the previous object, so the component neither re-renders nor sees a new value (issue 14, M76).
import { createSession, memoryStorage, type Session } from 'lanyard'
import { useSession } from 'lanyard/react'
import { createTestAuthServer } from 'lanyard/testing'
import { act, createElement as h } from 'react'
import { createRoot } from 'react-dom/client'
import { beforeAll, expect, test } from 'vitest'
import { freshEmail } from '../session/helpers'

beforeAll(() => {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
})

type Who = { id: string | null; loggedIn: boolean }
const who = (s: { user: { id: string } | null; isLoggedIn: boolean }): Who => ({
  id: s.user?.id ?? null,
  loggedIn: s.isLoggedIn,
})
const sameWho = (a: Who, b: Who) => a.id === b.id && a.loggedIn === b.loggedIn

/** Renders the selection and records every value it rendered. */
function WhoLine({ session, seen }: { session: Session; seen: Who[] }) {
  const value = useSession(session, who, sameWho)
  seen.push(value)
  return h('p', null, `${value.id ?? '-'} ${value.loggedIn}`)
}

test('an equal selection keeps its object across snapshots: no render, the same value', async () => {
  const server = createTestAuthServer()
  const session = createSession({ api: server.api, storage: memoryStorage(), crossTab: false })
  const seen: Who[] = []
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  act(() => root.render(h(WhoLine, { session, seen })))
  expect(seen).toHaveLength(1)

  // Sending a code changes the snapshot (authenticating) but not the selection.
  const email = freshEmail()
  await act(() => session.email.sendCode(email))
  expect(seen).toHaveLength(1)
  await act(() => session.email.verifyCode(server.lastCode(email)))
  const signedIn = seen.length
  expect(seen.at(-1)).toMatchObject({ loggedIn: true })

  // A refresh: new snapshots, an equal selection.
  let snapshots = 0
  const unsubscribe = session.subscribe(() => snapshots++)
  await act(() => session.refresh())
  unsubscribe()
  expect(snapshots).toBeGreaterThan(0)
  expect(seen).toHaveLength(signedIn)
  expect(container.textContent).toBe(`${session.getSnapshot().user?.id} true`)

  act(() => root.unmount())
  container.remove()
  session.stop()
})
