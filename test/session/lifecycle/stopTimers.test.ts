// `stop()` ends the background work too: a revoke that failed and waits to be retried is not retried
// after the session stopped, and no timer of the session is left (issue 14, mutant M61).
import { createSession, memoryStorage } from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
import { afterEach, expect, test, vi } from 'vitest'
import { countCalls, signInByEmail } from '../helpers'

afterEach(() => {
  vi.useRealTimers()
})

test('a revoke waiting for its retry is dropped by stop(), with its timer', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  const server = createTestAuthServer({ now: () => Date.now() })
  const { api, calls } = countCalls(server.api)
  const session = createSession({ api, storage: memoryStorage(), crossTab: false, revalidateOnFocus: false })
  await signInByEmail(session, server)
  server.fail('revoke', { status: 503 }, 10)
  const revokes = () => calls.filter((call) => call === 'revoke').length

  await session.logout()
  await vi.advanceTimersByTimeAsync(0)
  expect(revokes()).toBe(1)
  await vi.advanceTimersByTimeAsync(1_000) // the first retry: the revoke is being retried
  expect(revokes()).toBe(2)
  expect(vi.getTimerCount()).toBe(1) // the next retry, and nothing else

  session.stop()
  expect(vi.getTimerCount()).toBe(0)
  await vi.advanceTimersByTimeAsync(10 * 60_000)
  expect(revokes()).toBe(2)
  expect(server.sessions().every((entry) => entry.revokedAt === null)).toBe(true)
})
