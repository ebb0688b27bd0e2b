// @vitest-environment happy-dom
// An inline selector (a new function on every render) keeps the last committed selection: a parent
// re-render with an unchanged, equal selection hands back the very same object (issue 23).
import { createSession, memoryStorage, type Session } from 'lanyard'
import { useSession } from 'lanyard/react'
import { createTestAuthServer } from 'lanyard/testing'
import { act, createElement as h, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { beforeAll, expect, test } from 'vitest'
import { signInByEmail } from '../session/helpers'

beforeAll(() => {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
})

type Who = { id: string | null; loggedIn: boolean }

/** Selects with inline functions, and re-renders on demand through its own state. */
function Who({ session, seen, bump }: { session: Session; seen: Who[]; bump: { current: () => void } }) {
  const [, setCount] = useState(0)
  bump.current = () => setCount((count) => count + 1)
  const value = useSession(
    session,
    (s) => ({ id: s.user?.id ?? null, loggedIn: s.isLoggedIn }),
    (a, b) => a.id === b.id && a.loggedIn === b.loggedIn,
  )
  seen.push(value)
  return h('p', null, `${value.id ?? '-'} ${value.loggedIn}`)
}

test('an inline selector keeps the last committed selection across re-renders and equal snapshots', async () => {
  const server = createTestAuthServer()
  const session = createSession({ api: server.api, storage: memoryStorage(), crossTab: false })
  await signInByEmail(session, server)
  const seen: Who[] = []
  const bump = { current: () => {} }
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  act(() => root.render(h(Who, { session, seen, bump })))
  act(() => bump.current())
  act(() => bump.current())
  await act(() => session.refresh()) // new snapshots, an equal selection
  act(() => bump.current())
  expect(seen.length).toBeGreaterThanOrEqual(4)
  expect(seen[0]).toMatchObject({ loggedIn: true })
  for (const value of seen) expect(value).toBe(seen[0])
  act(() => root.unmount())
  container.remove()
  session.stop()
})
