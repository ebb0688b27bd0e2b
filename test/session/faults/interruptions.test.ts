import { type AuthApi, createSession, memoryStorage, type Session, type StorageAdapter } from 'lanyard'
import { createTestAuthServer, createTestWallet } from 'lanyard/testing'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { cookieJar } from '../../bindings/scenario'
import { freshEmail, gated, signInByEmail, tick } from '../helpers'
import { channelQuiet } from '../quiet'

const sessions: Session[] = []
afterEach(() => {
  for (const session of sessions.splice(0)) session.stop()
})
const open = (...args: Parameters<typeof createSession>) => {
  const session = createSession(...args)
  sessions.push(session)
  return session
}
let keys = 0
const freshKey = () => `interrupt-${process.pid}-${keys++}`
const soon = (check: () => void) => vi.waitFor(check, { timeout: 2000, interval: 5 })

/**
 * The in-process backend as a browser sees it in cookie mode: the JWT it answers with goes into a
 * "cookie" the session never reads, and is sent back with every call.
 */
describe('steps in flight are never cut short', () => {
  test('refresh() while an MFA code is being verified is refused, and the verification completes', async () => {
    const server = createTestAuthServer({ mfa: 'required' })
    const gate = gated(server.api, 'verifyTotp')
    const session = open({ api: gate.api, storage: memoryStorage(), crossTab: false })
    const email = await signInByEmail(session, server)
    await session.mfa.enrollTotp()
    const verifying = session.mfa.verifyTotp(server.totpCode(email))
    await soon(() => expect(gate.calls()).toBe(1))
    await expect(session.refresh()).rejects.toMatchObject({ code: 'invalid_state' })
    gate.release()
    await expect(verifying).resolves.toMatchObject({ status: 'loggedIn' })
  })

  test('a pending refresh names its requirement: step "mfa.refreshing"', async () => {
    const server = createTestAuthServer({ mfa: 'required' })
    const session = open({ api: server.api, storage: memoryStorage(), crossTab: false })
    await signInByEmail(session, server)
    const steps: Array<string | null> = []
    session.subscribe((snapshot) => steps.push(snapshot.step))
    await session.refresh()
    expect(steps).toEqual(['mfa.refreshing', 'mfa'])
  })

  test('another tab refreshing while this tab links a wallet: the link completes, the tabs agree', async () => {
    const server = createTestAuthServer()
    const storage = memoryStorage()
    const storageKey = freshKey()
    const a = open({ api: server.api, storage, storageKey, crossTab: true, revalidateOnFocus: false })
    await signInByEmail(a, server)
    const gate = gated(server.api, 'linkWallet')
    const b = open({ api: gate.api, storage, storageKey, crossTab: true, revalidateOnFocus: false })
    const wallet = createTestWallet()
    const linking = b.wallet.link(wallet)
    await soon(() => expect(gate.calls()).toBe(1))
    await a.refresh()
    await channelQuiet(`lanyard:${storageKey}.session`) // A's record has reached B, which is busy
    expect(b.getSnapshot().step).toBe('linking.verifying')
    gate.release()
    const linked = await linking
    expect(linked.user?.verifiedCredentials.some((c) => c.address === wallet.address)).toBe(true)
    await soon(() => expect(a.getToken()).toBe(b.getToken()))
    expect(a.getSnapshot().user?.verifiedCredentials.some((c) => c.address === wallet.address)).toBe(true)
  })

  test('another tab signing in while this tab connects a wallet: the connect is cancelled, the session adopted', async () => {
    const server = createTestAuthServer()
    const storage = memoryStorage()
    const storageKey = freshKey()
    let release!: () => void
    const wallet = createTestWallet()
    const slow = {
      ...wallet,
      name: wallet.name,
      signMessage: wallet.signMessage,
      connect: () =>
        new Promise<{ address: string; chain: string }>((resolve) => {
          release = () => resolve({ address: wallet.address, chain: 'EVM' })
        }),
    }
    const b = open({ api: server.api, storage, storageKey, crossTab: true, revalidateOnFocus: false })
    const connecting = b.wallet.connect(slow)
    expect(b.getSnapshot().step).toBe('connecting')
    const a = open({ api: server.api, storage, storageKey, crossTab: true, revalidateOnFocus: false })
    await signInByEmail(a, server)
    await expect(connecting).rejects.toMatchObject({ code: 'cancelled' })
    await soon(() => expect(b.getSnapshot().status).toBe('loggedIn'))
    release()
    await tick() // the late answer of the cancelled connect has come back
    expect(b.getSnapshot().visitorWallets).toEqual([])
  })

  test('only the tab that signed in creates the embedded wallet; the others wait for it', async () => {
    const server = createTestAuthServer({ embeddedWallets: { createOnSignup: true } })
    const storage = memoryStorage()
    const storageKey = freshKey()
    // The creation reaches the server only when released: until then, nobody has the wallet.
    let release!: () => void
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    let creations = 0
    const api: AuthApi = {
      ...server.api,
      environmentId: server.api.environmentId,
      createEmbeddedWallet: async (input, ctx) => {
        creations++
        await held
        return server.api.createEmbeddedWallet(input, { ...ctx, signal: new AbortController().signal })
      },
    }
    const gate = { release: () => release(), calls: () => creations }
    const a = open({ api, storage, storageKey, crossTab: true, revalidateOnFocus: false })
    const b = open({ api: server.api, storage, storageKey, crossTab: true, revalidateOnFocus: false })
    await signInByEmail(a, server)
    expect(a.getSnapshot().step).toBe('wallet.creating')
    await soon(() => expect(b.getSnapshot()).toMatchObject({ status: 'pending', step: 'wallet.waiting' }))
    // A refresh in the waiting tab does not make it the creator.
    await b.refresh()
    expect(b.getSnapshot()).toMatchObject({ status: 'pending', step: 'wallet.waiting' })
    gate.release()
    await soon(() => expect(a.getSnapshot().status).toBe('loggedIn'))
    await soon(() => expect(b.getSnapshot().status).toBe('loggedIn'))
    const embedded = (s: Session) =>
      s.getSnapshot().user?.verifiedCredentials.filter((c) => c.walletProvider === 'embeddedWallet') ?? []
    expect(embedded(a)).toHaveLength(1)
    expect(embedded(b)).toEqual(embedded(a))
    expect(gate.calls()).toBe(1)
  })
})

describe('answers that cannot hold a session', () => {
  test('in-app mode: an answer without a token is invalid_token and changes nothing', async () => {
    const server = createTestAuthServer()
    let strip = false
    const api: AuthApi = {
      ...server.api,
      environmentId: server.api.environmentId,
      refresh: async (ctx) => {
        const result = await server.api.refresh(ctx)
        return strip ? { ...result, token: null } : result
      },
    }
    const storage = memoryStorage()
    const session = open({ api, storage, crossTab: false })
    await signInByEmail(session, server)
    const before = { token: session.getToken(), record: storage.getItem('lanyard.session') }
    strip = true
    await expect(session.refresh()).rejects.toMatchObject({ code: 'invalid_token' })
    expect(session.getSnapshot().status).toBe('loggedIn')
    expect({ token: session.getToken(), record: storage.getItem('lanyard.session') }).toEqual(before)
  })

  test('cookie mode: a token the server sends anyway is never held or stored', async () => {
    const server = createTestAuthServer() // in-process answers carry the JWT
    const jar = cookieJar(server.api)
    const storage = memoryStorage()
    const session = open({ api: jar.api, storage, tokenStorage: 'cookie', crossTab: false })
    await signInByEmail(session, server)
    expect(session.getSnapshot().status).toBe('loggedIn')
    expect(session.getToken()).toBeNull()
    const signature = (jar.jar.token as string).split('.')[2] as string
    expect(storage.getItem('lanyard.session')).not.toContain(signature)
    expect(JSON.parse(storage.getItem('lanyard.session') as string).token).toBeUndefined()
  })

  test('settings that cannot be fetched fail the sign-in before the code is used; the same code then works', async () => {
    const server = createTestAuthServer()
    const session = open({ api: server.api, storage: memoryStorage(), crossTab: false })
    const email = freshEmail()
    // Twice: the fetch that starts beside the send, and the one the verify waits on.
    server.fail('getSettings', { status: 503 }, 2)
    await session.email.sendCode(email)
    await expect(session.email.verifyCode(server.lastCode(email))).rejects.toMatchObject({ code: 'server' })
    expect(server.webhooks).toEqual([])
    await session.email.verifyCode(server.lastCode(email))
    expect(session.getSnapshot().status).toBe('loggedIn')
  })
})

describe('cookie mode', () => {
  test('with an async adapter, the restored hint is confirmed with the server before ready', async () => {
    const server = createTestAuthServer()
    const jar = cookieJar(server.api)
    const memory = memoryStorage()
    const first = open({ api: jar.api, storage: memory, tokenStorage: 'cookie', crossTab: false })
    await signInByEmail(first, server)
    first.stop()
    let refreshes = 0
    const api: AuthApi = {
      ...jar.api,
      environmentId: server.api.environmentId,
      refresh: (ctx) => {
        refreshes++
        return jar.api.refresh(ctx)
      },
    }
    const asyncStorage: StorageAdapter = {
      getItem: async (key) => memory.getItem(key) as string | null,
      setItem: async (key, value) => memory.setItem(key, value),
      removeItem: async (key) => memory.removeItem(key),
    }
    const reloaded = open({ api, storage: asyncStorage, tokenStorage: 'cookie', crossTab: false })
    expect(reloaded.getSnapshot().status).toBe('restoring')
    await expect(reloaded.ready).resolves.toMatchObject({ status: 'loggedIn' })
    expect(refreshes).toBe(1)

    // Revoked meanwhile: the confirmation ends the session.
    server.revokeAll()
    const again = open({ api, storage: asyncStorage, tokenStorage: 'cookie', crossTab: false })
    await expect(again.ready).resolves.toMatchObject({ status: 'loggedOut', endReason: 'session-revoked' })
  })

  test('a refresh announces tokenChanged although no token is visible', async () => {
    const server = createTestAuthServer()
    const jar = cookieJar(server.api)
    const session = open({ api: jar.api, storage: memoryStorage(), tokenStorage: 'cookie', crossTab: false })
    await signInByEmail(session, server)
    const changes: Array<number | null> = []
    session.on('tokenChanged', ({ expiresAt }) => changes.push(expiresAt))
    await session.refresh()
    expect(changes).toEqual([session.getSnapshot().expiresAt])
  })
})

describe('actions called from a listener', () => {
  test('settle after their own result, not with the snapshot being announced', async () => {
    const server = createTestAuthServer()
    const session = open({ api: server.api, storage: memoryStorage(), crossTab: false })
    let refreshed: Promise<unknown> | null = null
    session.subscribe((snapshot) => {
      if (snapshot.isLoggedIn && !refreshed) refreshed = session.refresh()
    })
    await signInByEmail(session, server)
    const first = session.getToken()
    await soon(() => expect(refreshed).not.toBeNull())
    await refreshed
    expect(session.getToken()).not.toBe(first)
    expect(session.getSnapshot().step).toBeNull()
  })
})

describe('nothing visible changed, nothing is announced', () => {
  test('disconnecting an unknown wallet and logging out twice call no listener', async () => {
    const server = createTestAuthServer()
    const session = open({ api: server.api, storage: memoryStorage(), crossTab: false })
    await session.wallet.connect(createTestWallet())
    let calls = 0
    const ended: string[] = []
    session.subscribe(() => calls++)
    session.on('loggedOut', ({ reason }) => ended.push(reason))
    await session.wallet.disconnect('0x0000000000000000000000000000000000000001')
    expect(calls).toBe(0)
    await session.logout()
    expect(calls).toBe(1)
    await session.logout()
    expect(calls).toBe(1)
    expect(ended).toEqual(['user-intent'])
  })
})
