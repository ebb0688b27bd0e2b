import { createSession, memoryStorage, type StorageAdapter } from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
import { expect, test } from 'vitest'
import { countCalls, freshEmail } from '../../helpers'

// social.complete(): a redirect without `state` is refused, and a call refused for the session's
// state (a restore still in flight) keeps the PKCE record, so the same redirect works once it is ready.

const redirectUri = 'https://app.example.com/callback'

async function redirected() {
  const server = createTestAuthServer({ socialRedirectUrls: [redirectUri] })
  const storage = memoryStorage()
  const first = createSession({ api: server.api, storage, crossTab: false })
  const { url } = await first.social.start('google', { redirectUri })
  const back = await server.authorize(url, { email: freshEmail('social') })
  first.stop()
  return { server, storage, back }
}

test('a redirect with a code but no state at all is refused: invalid_input, no exchange, no session', async () => {
  const { server, storage, back } = await redirected()
  const stateless = new URL(back)
  stateless.searchParams.delete('state')
  const { api, calls } = countCalls(server.api)
  const after = createSession({ api, storage, crossTab: false })
  await expect(after.social.complete(stateless.toString())).rejects.toMatchObject({ code: 'invalid_input' })
  expect(after.getSnapshot()).toMatchObject({ status: 'visitor', error: { code: 'invalid_input' } })
  expect(calls.filter((name) => name.startsWith('social') || name.includes('Social'))).toEqual([])
  expect(server.webhooks).toEqual([])
})

test('complete() while an async restore is in flight is refused without losing the verifier; after ready it signs in', async () => {
  const { server, storage, back } = await redirected()
  // The same storage, read asynchronously (IndexedDB-like); the session record's read is still under
  // way when the app calls complete(): the new page is `restoring`.
  let finishRestore = () => {}
  const restored = new Promise<void>((resolve) => {
    finishRestore = resolve
  })
  const slow: StorageAdapter = {
    getItem: async (key) => {
      if (key === 'lanyard.session') await restored
      return storage.getItem(key)
    },
    setItem: async (key, value) => storage.setItem(key, value),
    removeItem: async (key) => storage.removeItem(key),
  }
  const after = createSession({ api: server.api, storage: slow, crossTab: false })
  expect(after.getSnapshot().status).toBe('restoring')
  await expect(after.social.complete(back)).rejects.toMatchObject({ code: 'invalid_state' })
  finishRestore()
  await after.ready
  const snapshot = await after.social.complete(back)
  expect(snapshot.status).toBe('loggedIn')
  expect(storage.getItem('lanyard.oauth')).toBeNull()
})

// Issue 24: the record is kept by the machine's start step, so a storage that cannot keep it fails
// the flow like any other step: a SessionError in snapshot.error, back where the flow started (it
// used to reject with the adapter's own error and leave the session waiting for a redirect).
test('a storage that cannot keep the PKCE record fails start with storage_unavailable, back at the origin', async () => {
  const server = createTestAuthServer({ socialRedirectUrls: [redirectUri] })
  const inner = memoryStorage()
  const full: StorageAdapter = {
    getItem: (key) => inner.getItem(key),
    setItem: (key, value) => {
      if (key.endsWith('.oauth')) throw new Error('QuotaExceededError')
      return inner.setItem(key, value)
    },
    removeItem: (key) => inner.removeItem(key),
  }
  const session = createSession({ api: server.api, storage: full, crossTab: false })
  await expect(session.social.start('google', { redirectUri })).rejects.toMatchObject({
    code: 'storage_unavailable',
  })
  expect(session.getSnapshot()).toMatchObject({ status: 'visitor', error: { code: 'storage_unavailable' } })
  session.stop()
})
