// Issue 24: the bindings and the core agree on what a browser is. In a Web Worker (no `document`,
// a `WorkerGlobalScope`) a running session is a client one: the bindings show its snapshot and
// follow it, not `getServerSnapshot()` forever.
import { createSession, memoryStorage, type SessionSnapshot } from 'lanyard'
import { useSession as useSolidSession } from 'lanyard/solid'
import { sessionStore } from 'lanyard/svelte'
import { createTestAuthServer } from 'lanyard/testing'
import { useSession as useVueSession } from 'lanyard/vue'
import { createRoot } from 'solid-js'
import { afterEach, expect, test, vi } from 'vitest'
import { effectScope } from 'vue'

// Node resolves solid-js to its server build, where nothing is reactive: use the browser build.
vi.mock('solid-js', async () => {
  const { createRequire } = await import('node:module')
  const { pathToFileURL } = await import('node:url')
  const path = createRequire(import.meta.url)
    .resolve('solid-js')
    .replace(/server\.c?js$/, 'solid.js')
  return import(pathToFileURL(path).href)
})

afterEach(() => {
  vi.unstubAllGlobals()
})

async function inWorker() {
  expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined')
  vi.stubGlobal('WorkerGlobalScope', class WorkerGlobalScope {})
  const server = createTestAuthServer()
  const session = createSession({ api: server.api, storage: memoryStorage(), crossTab: false })
  await session.email.sendCode('ada@example.com')
  await session.email.verifyCode(server.lastCode('ada@example.com') as string)
  expect(session.getSnapshot().status).toBe('loggedIn')
  expect(session.getServerSnapshot().status).toBe('restoring')
  return session
}

test('lanyard/vue in a worker shows the running session and follows it', async () => {
  const session = await inWorker()
  const scope = effectScope()
  const snapshot = scope.run(() => useVueSession(session))
  expect(snapshot?.value.status).toBe('loggedIn')
  await session.logout()
  expect(snapshot?.value.status).toBe('loggedOut')
  scope.stop()
  session.stop()
})

test('lanyard/svelte in a worker shows the running session and follows it', async () => {
  const session = await inWorker()
  const seen: SessionSnapshot['status'][] = []
  const unsubscribe = sessionStore(session).subscribe((snapshot) => seen.push(snapshot.status))
  await session.logout()
  expect(seen).toEqual(['loggedIn', 'loggedOut'])
  unsubscribe()
  session.stop()
})

test('lanyard/solid in a worker shows the running session and follows it', async () => {
  const session = await inWorker()
  await createRoot(async (dispose) => {
    const snapshot = useSolidSession(session)
    expect(snapshot().status).toBe('loggedIn')
    await session.logout()
    expect(snapshot().status).toBe('loggedOut')
    dispose()
  })
  session.stop()
})
