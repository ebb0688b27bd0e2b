import { readFileSync } from 'node:fs'
import { transform } from 'esbuild'
import {
  createSession,
  isSessionError,
  memoryStorage,
  type SessionSnapshot,
  type WalletConnector,
} from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { describe, expect, test } from 'vitest'

const doc = readFileSync(new URL('../../docs/login-ui.md', import.meta.url), 'utf8')

/** The first ```ts block after `<!-- name ... -->` in docs/login-ui.md. */
function block(name: string): string {
  const found = new RegExp(`<!-- ${name}[^>]*-->[\\s\\S]*?\`\`\`ts\\n([\\s\\S]*?)\`\`\``).exec(doc)?.[1]
  if (!found) throw new Error(`docs/login-ui.md lost its ${name} block`)
  return found
}

// The EIP-1193 connector of docs/login-ui.md, run as written there.
async function connectorFromDocs(): Promise<(provider: unknown, name?: string) => WalletConnector> {
  const { code } = await transform(block('eip1193-connector'), { loader: 'ts', format: 'esm' })
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

type Render = (snapshot: SessionSnapshot) => string

/**
 * The render function of docs/login-ui.md, as written there, with each view (`spinner`,
 * `signInForm`, ...) standing in as a function that returns its own name.
 */
async function renderFromDocs(): Promise<Render> {
  const body = block('render-example')
    .split('\n')
    .filter((line) => !/^(import |const session =|render\(session|session\.subscribe)/.test(line))
    .join('\n')
  const { code } = await transform(`${body}\nreturn render`, { loader: 'ts' })
  const views = ['spinner', 'signInForm', 'codeForm', 'totpForm', 'profileForm', 'walletProgress', 'app']
  return new Function(...views, code)(...views.map((view) => () => view))
}

describe('docs/login-ui.md: the render example', () => {
  test('renders a view for every status and step a sign-in passes through', async () => {
    const render = await renderFromDocs()
    const server = createTestAuthServer({
      mfa: 'required',
      requiredFields: ['alias'],
      embeddedWallets: { createOnSignup: true },
    })
    const session = createSession({ api: server.api, storage: memoryStorage(), crossTab: false })
    const seen: string[] = []
    const record = (s: SessionSnapshot) => seen.push(`${s.status}/${s.step ?? ''} → ${render(s)}`)
    record(session.getSnapshot())
    session.subscribe(record)

    await session.sms.sendCode('+14155550123')
    session.cancel()
    await session.email.sendCode('ada@example.com')
    await session.email.verifyCode(server.lastCode('ada@example.com'))
    await session.mfa.enrollTotp()
    await session.mfa.verifyTotp(server.totpCode('ada@example.com'))
    await session.info.submit({ alias: 'ada' })
    await expect.poll(() => session.getSnapshot().isLoggedIn).toBe(true)
    await session.logout()
    session.stop()

    expect(seen).toEqual(
      expect.arrayContaining([
        'visitor/ → signInForm',
        'authenticating/smsOtp.awaitingCode → codeForm',
        'authenticating/emailOtp.awaitingCode → codeForm',
        'pending/mfa → totpForm',
        'pending/info → profileForm',
        'pending/wallet.creating → walletProgress',
        'loggedIn/ → app',
        'loggedOut/ → signInForm',
      ]),
    )
    expect(seen.filter((line) => line.endsWith('undefined'))).toEqual([])
  })
})
