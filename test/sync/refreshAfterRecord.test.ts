// Without Web Locks a tab waits for another tab's announced refresh, but only until that tab's new
// record arrives: a refresh of its own right after does not wait out the announcement (issue 14,
// mutant M21).
import { type AuthApi, createSession, memoryStorage } from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
import { afterEach, expect, test, vi } from 'vitest'
import { signInByEmail } from '../session/helpers'

const stops: Array<() => void> = []
afterEach(() => {
  for (const stop of stops.splice(0)) stop()
})

test("a refresh right after adopting another tab's refreshed record goes to the backend at once", async () => {
  expect((globalThis.navigator as { locks?: unknown } | undefined)?.locks).toBeUndefined()
  const server = createTestAuthServer()
  let refreshes = 0
  const api: AuthApi = {
    ...server.api,
    environmentId: server.api.environmentId,
    refresh: (ctx) => {
      refreshes++
      return server.api.refresh(ctx)
    },
  }
  const storage = memoryStorage()
  const storageKey = `after-record-${Math.random()}`
  const open = () => {
    const session = createSession({ api, storage, storageKey, crossTab: true, revalidateOnFocus: false })
    stops.push(() => session.stop())
    return session
  }
  const a = open()
  await signInByEmail(a, server)
  const b = open()
  await a.refresh() // announces `refreshing` (for up to 5 s), then its record
  await vi.waitFor(() => expect(b.getToken()).toBe(a.getToken()), { interval: 5 })
  expect(refreshes).toBe(1)

  const adopted = b.getToken()
  const refreshing = b.refresh()
  // The announcement was answered by the record: B does not wait the 5 s out.
  await vi.waitFor(() => expect(refreshes).toBe(2), { timeout: 2500, interval: 5 })
  await refreshing
  expect(b.getToken()).not.toBe(adopted)
})
