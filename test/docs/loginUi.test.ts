import { join } from 'node:path'
import { transform } from 'esbuild'
import {
  createHttpApi,
  createSession,
  isSessionError,
  memoryStorage,
  type SessionSnapshot,
  type WalletConnector,
} from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { describe, expect, test } from 'vitest'
import { codeBlocks, root } from './blocks'

/** The block of a page that is the module `name` (`<!-- file: name -->`). */
function moduleBlock(page: string, name: string): string {
  const found = codeBlocks([join(root, page)]).find((block) => block.directives.file === name)?.code
  if (!found) throw new Error(`${page} lost its ${name} block`)
  return found
}

/** A module of docs/login-ui.md, run as written there (it imports only types). */
async function moduleFromDocs(name: string): Promise<Record<string, unknown>> {
  const { code } = await transform(moduleBlock('docs/login-ui.md', name), { loader: 'ts', format: 'esm' })
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)
}

// The EIP-1193 connector of docs/login-ui.md, run as written there.
async function connectorFromDocs(): Promise<(provider: unknown, name?: string) => WalletConnector> {
  return (await moduleFromDocs('eip1193.ts')).eip1193Connector as (
    provider: unknown,
    name?: string,
  ) => WalletConnector
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
  test('docs/wallets.md shows the same connector, to save under the same name', () => {
    expect(moduleBlock('docs/wallets.md', 'eip1193.ts')).toBe(moduleBlock('docs/login-ui.md', 'eip1193.ts'))
  })

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

interface PageState {
  labels: Record<string, string>
  otpauthUri: string | null
}
type Render = (snapshot: SessionSnapshot, page: PageState) => string

/** The render function of docs/login-ui.md (`render.ts`), as written there. */
async function renderFromDocs(): Promise<Render> {
  return (await moduleFromDocs('render.ts')).render as Render
}

/** The screen an HTML string shows: its `data-screen`. */
const screenOf = (html: string) => /data-screen="([^"]+)"/.exec(html)?.[1] ?? `no screen in ${html}`

describe('docs/login-ui.md: the render example', () => {
  test('renders a screen for every status and step a sign-in passes through', async () => {
    const render = await renderFromDocs()
    const server = createTestAuthServer({
      mfa: 'required',
      requiredFields: ['alias'],
      embeddedWallets: { createOnSignup: true },
    })
    const session = createSession({ api: server.api, storage: memoryStorage(), crossTab: false })
    const page: PageState = { labels: {}, otpauthUri: null }
    const seen: string[] = []
    const record = (s: SessionSnapshot) =>
      seen.push(`${s.status}/${s.step ?? ''} → ${screenOf(render(s, page))}`)
    record(session.getSnapshot())
    session.subscribe(record)

    await session.sms.sendCode('+14155550123')
    session.cancel()
    await session.email.sendCode('ada@example.com')
    await session.email.verifyCode(server.lastCode('ada@example.com'))
    page.otpauthUri = (await session.mfa.enrollTotp()).otpauthUri
    record(session.getSnapshot())
    await session.mfa.verifyTotp(server.totpCode('ada@example.com'))
    await session.info.submit({ alias: 'ada' })
    await expect.poll(() => session.getSnapshot().isLoggedIn).toBe(true)
    await session.logout()
    session.stop()

    expect(seen).toEqual(
      expect.arrayContaining([
        'visitor/ → sign-in',
        'authenticating/smsOtp.awaitingCode → sms-code',
        'authenticating/emailOtp.awaitingCode → email-code',
        'pending/mfa → mfa-setup',
        'pending/mfa → mfa',
        'pending/info → profile',
        'pending/wallet.creating → wallet',
        'loggedIn/ → app',
        'loggedOut/ → sign-in',
      ]),
    )
    expect(seen.filter((line) => line.includes('no screen'))).toEqual([])
  })

  test('a required profile field is labelled as the settings name it, over HTTP as main.ts asks for them', async () => {
    const render = await renderFromDocs()
    const server = createTestAuthServer({
      requiredFields: ['firstName', 'alias'],
      fieldLabels: { firstName: 'First name' },
    })
    const { url, close } = await server.listen(0)
    try {
      const api = createHttpApi({ baseUrl: url, environmentId: 'test-env' })
      const session = createSession({ api, storage: memoryStorage(), crossTab: false })
      await session.email.sendCode('ada@example.com')
      await session.email.verifyCode(server.lastCode('ada@example.com'))
      // main.ts: the labels come with the environment's settings
      const settings = await api.getSettings({ signal: AbortSignal.timeout(10_000), token: null })
      const html = render(session.getSnapshot(), { labels: settings.fieldLabels ?? {}, otpauthUri: null })
      session.stop()

      expect(screenOf(html)).toBe('profile')
      expect(html).toContain('<label>First name <input name="firstName"></label>')
      expect(html).toContain('<label>alias <input name="alias"></label>') // no label in the settings: its key
    } finally {
      await close()
    }
  })
})
