// Logging out of a session that already ended changes nothing: no second revoke, no second
// `loggedOut`, no new snapshot (issue 14, mutant M45).
import { createSession, memoryStorage } from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
import { expect, test } from 'vitest'
import { countCalls, eventNames, signInByEmail } from '../helpers'

test('logout() after logout() announces nothing, revokes nothing and keeps the snapshot', async () => {
  const server = createTestAuthServer()
  const { api, calls } = countCalls(server.api)
  const session = createSession({ api, storage: memoryStorage(), crossTab: false })
  const events: string[] = []
  for (const type of eventNames) session.on(type, () => events.push(type))
  await signInByEmail(session, server)
  const first = await session.logout()
  expect(first).toMatchObject({ status: 'loggedOut', endReason: 'user-intent' })
  await new Promise((resolve) => setImmediate(resolve)) // the background revoke has answered
  const revokes = calls.filter((call) => call === 'revoke').length
  expect(revokes).toBe(1)
  expect(events.filter((type) => type === 'loggedOut')).toHaveLength(1)
  events.length = 0

  const again = await session.logout()
  await new Promise((resolve) => setImmediate(resolve))
  expect(again).toBe(first)
  expect(session.getSnapshot()).toBe(first)
  expect(events).toEqual([])
  expect(calls.filter((call) => call === 'revoke')).toHaveLength(revokes)
  session.stop()
})
