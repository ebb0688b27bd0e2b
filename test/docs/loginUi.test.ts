import { readFileSync } from 'node:fs'
import { transform } from 'esbuild'
import { createSession, isSessionError, memoryStorage, type WalletConnector } from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { describe, expect, test } from 'vitest'

// The EIP-1193 connector of docs/login-ui.md, run as written there.
async function connectorFromDocs(): Promise<(provider: unknown, name?: string) => WalletConnector> {
  const doc = readFileSync(new URL('../../docs/login-ui.md', import.meta.url), 'utf8')
  const block = /<!-- eip1193-connector[^>]*-->\s*```ts\n([\s\S]*?)```/.exec(doc)?.[1]
  if (!block) throw new Error('docs/login-ui.md lost its eip1193-connector block')
  const { code } = await transform(block, { loader: 'ts', format: 'esm' })
  const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)
  return module.eip1193Connector
}

/** An EIP-1193 provider over a viem account, as a browser wallet answers (a local account, no RPC). */
function viemProvider(options: { reject?: boolean } = {}) {
  const account = privateKeyToAccount(generatePrivateKey())
  const calls: string[] = []
  const provider = {
    async request({ method, params }: { method: string; params?: unknown[] }) {
      calls.push(method)
      if (options.reject) throw Object.assign(new Error('User rejected the request.'), { code: 4001 })
      if (method === 'eth_requestAccounts') return [account.address]
      if (method === 'personal_sign') {
        const [data, address] = params as [`0x${string}`, string]
        expect(address).toBe(account.address)
        return account.signMessage({ message: { raw: data } })
      }
      throw Object.assign(new Error(`Unsupported method ${method}`), { code: 4200 })
    },
  }
  return { account, provider, calls }
}

describe('docs/login-ui.md: the EIP-1193 connector', () => {
  test('signs in against the reference backend with a viem account behind eth_requestAccounts and personal_sign', async () => {
    const eip1193Connector = await connectorFromDocs()
    const { account, provider, calls } = viemProvider()
    const server = createTestAuthServer()
    const session = createSession({ api: server.api, storage: memoryStorage(), crossTab: false })

    await session.wallet.signIn(eip1193Connector(provider))
    const { status, user } = session.getSnapshot()
    expect(status).toBe('loggedIn')
    expect(user?.verifiedCredentials).toContainEqual(
      expect.objectContaining({ format: 'blockchain', address: account.address, walletName: 'MetaMask' }),
    )
    expect(calls).toEqual(['eth_requestAccounts', 'personal_sign'])
    session.stop()
  })

  test('a refusal in the wallet (4001) is wallet_rejected, and the user stays signed out', async () => {
    const eip1193Connector = await connectorFromDocs()
    const { provider } = viemProvider({ reject: true })
    const session = createSession({
      api: createTestAuthServer().api,
      storage: memoryStorage(),
      crossTab: false,
    })

    const error = await session.wallet.signIn(eip1193Connector(provider, 'Rabby')).catch((e: unknown) => e)
    expect(isSessionError(error) && error.code).toBe('wallet_rejected')
    expect(session.getSnapshot()).toMatchObject({ status: 'visitor', error: { code: 'wallet_rejected' } })
    session.stop()
  })
})
