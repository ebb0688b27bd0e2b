// An embedded wallet the server owes survives a reload: the stored record keeps `createWallet`, so the
// restored session is still pending the wallet and creates it (issue 14, mutant M08).
import { createSession, memoryStorage } from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
import { afterEach, expect, test, vi } from 'vitest'
import { cookieJar } from '../../bindings/scenario'
import { signInByEmail } from '../helpers'

const stops: Array<() => void> = []
afterEach(() => {
  for (const stop of stops.splice(0)) stop()
})

test.each<[string, { tokenStorage?: 'cookie' }]>([
  ['in-app', {}],
  ['cookie', { tokenStorage: 'cookie' }],
])(
  '%s mode: a reload while the embedded wallet failed still owes it, and creates it',
  async (_mode, mode) => {
    const server = createTestAuthServer({ embeddedWallets: { createOnSignup: true } })
    server.fail('createEmbeddedWallet', { status: 503 })
    const storage = memoryStorage()
    // Cookie mode: the token travels in the (simulated) httpOnly cookie, never through the session.
    const api = mode.tokenStorage === 'cookie' ? cookieJar(server.api).api : server.api
    const open = () => {
      const session = createSession({ api, storage, crossTab: false, ...mode })
      stops.push(() => session.stop())
      return session
    }
    const first = open()
    await signInByEmail(first, server)
    await vi.waitFor(() => expect(first.getSnapshot().step).toBe('wallet.failed'), { interval: 5 })
    expect(first.getSnapshot()).toMatchObject({ status: 'pending', pending: ['wallet'] })
    expect(JSON.parse(storage.getItem('lanyard.session') as string)).toMatchObject({ createWallet: true })
    first.stop()

    // The reload: the record alone says a wallet is owed (the user has none yet).
    const reloaded = open()
    const created = new Promise((resolve) => reloaded.on('walletCreated', resolve))
    expect(reloaded.getSnapshot()).toMatchObject({ status: 'pending', pending: ['wallet'] })
    await created
    await reloaded.ready
    expect(reloaded.getSnapshot()).toMatchObject({ status: 'loggedIn', pending: [] })
    expect(
      reloaded.getSnapshot().user?.verifiedCredentials.filter((c) => c.walletProvider === 'embeddedWallet'),
    ).toHaveLength(1)
  },
)
