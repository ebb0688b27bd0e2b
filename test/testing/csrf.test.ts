// Issue 12, item 1: cookie mode has a CSRF defence. Real cross-origin-style requests over HTTP (node
// fetch with an Origin header and text/plain bodies) carrying a victim's cookie are refused; the
// server's own origin and the allowed ones, with JSON bodies, pass.
import { createTestAuthServer, createTestWallet } from 'lanyard/testing'
import { afterEach, describe, expect, it } from 'vitest'
import { createSiweMessage } from '../../src/wallet/siwe'

const open: Array<{ close(): Promise<void> }> = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()))
})

const APP = 'http://app.example.com'
const EVIL = 'http://evil.example.com'
const SIBLING = 'http://blog.example.com'

async function victim() {
  const server = createTestAuthServer({ cookie: true, allowedOrigins: [APP] })
  const http = await server.listen(0)
  open.push(http)
  const sdk = `${http.url}/sdk/${server.environmentId}`
  const json = { 'Content-Type': 'application/json' }
  const created = await fetch(`${sdk}/emailVerifications/create`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email: 'victim@example.com' }),
  })
  const { verificationUUID } = await created.json()
  const signedIn = await fetch(`${sdk}/emailVerifications/signin`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ verificationUUID, verificationToken: server.lastCode('victim@example.com') }),
  })
  const cookie = (signedIn.headers.getSetCookie()[0] ?? '').split(';')[0] as string
  expect(cookie).toMatch(/^lanyard_session=ey/)
  return { server, http, sdk, cookie }
}

async function attackerProof(sdk: string, environmentId: string) {
  const wallet = createTestWallet()
  const { nonce } = await (await fetch(`${sdk}/nonce`)).json()
  const message = createSiweMessage({
    domain: 'app.example.com',
    address: wallet.address,
    uri: APP,
    chainId: 1,
    nonce,
    issuedAt: new Date(),
    requestId: environmentId,
  })
  return {
    messageToSign: message,
    signedMessage: await wallet.signMessage(message, wallet.address),
    publicWalletAddress: wallet.address,
    chain: 'EVM',
    walletName: 'attacker',
    walletProvider: 'browserExtension',
  }
}

const credentialsOf = (_server: ReturnType<typeof createTestAuthServer>, sdk: string, cookie: string) =>
  fetch(`${sdk}/users`, { headers: { Cookie: cookie } }).then(
    async (r) => (await r.json()).verifiedCredentials,
  )

describe('cookie mode: cross-site requests with the victim cookie', () => {
  it('refuses a cross-origin text/plain POST to verify/link, users/embeddedWallets, users/mfa/register/totp and revoke', async () => {
    const { server, sdk, cookie } = await victim()
    const before = await credentialsOf(server, sdk, cookie)
    const proof = JSON.stringify(await attackerProof(sdk, server.environmentId))
    const attacks: Array<[string, string, string]> = [
      ['POST', 'verify/link', proof],
      ['POST', 'users/embeddedWallets', JSON.stringify({ embeddedWallets: [{ chain: 'EVM' }] })],
      ['POST', 'users/mfa/register/totp', JSON.stringify({ type: 'totp', code: '123456' })],
      ['POST', 'revoke', '{}'],
    ]
    for (const origin of [EVIL, SIBLING, 'null']) {
      for (const [method, path, body] of attacks) {
        const response = await fetch(`${sdk}/${path}`, {
          method,
          headers: { Origin: origin, Cookie: cookie, 'Content-Type': 'text/plain' },
          body,
        })
        expect(response.status, `${origin} ${path}`).toBe(403)
        expect((await response.json()).code).toBe('invalid_input')
      }
    }
    // The enrolment is a GET in Dynamic's API: a cross-site navigation (no Origin) is refused too.
    const navigation = await fetch(`${sdk}/users/mfa/register/totp`, {
      headers: { Cookie: cookie, 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'navigate' },
    })
    expect(navigation.status).toBe(403)
    expect(await credentialsOf(server, sdk, cookie)).toEqual(before)
    expect(server.sessions().every((session) => session.revokedAt === null)).toBe(true)
  })

  it('refuses a body that is not application/json even from an allowed origin (415)', async () => {
    const { server, sdk, cookie } = await victim()
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const response = await fetch(`${sdk}/revoke`, {
        method: 'POST',
        headers: { Origin: APP, Cookie: cookie, 'Content-Type': type },
        body: '{}',
      })
      expect(response.status, type).toBe(415)
    }
    expect(server.sessions().every((session) => session.revokedAt === null)).toBe(true)
  })

  it('accepts JSON from an allowed origin, from its own origin, behind a same-origin proxy, and with no Origin at all', async () => {
    const { server, http, sdk, cookie } = await victim()
    const link = async (headers: Record<string, string>) =>
      fetch(`${sdk}/verify/link`, {
        method: 'POST',
        headers: { Cookie: cookie, 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify(await attackerProof(sdk, server.environmentId)),
      })
    expect((await link({ Origin: APP })).status).toBe(200)
    expect((await link({ Origin: http.url })).status).toBe(200)
    expect(
      (await link({ Origin: 'http://localhost:5173', 'X-Forwarded-Host': 'localhost:5173' })).status,
    ).toBe(200)
    expect((await link({})).status).toBe(200)
    // An empty POST without Content-Type (Dynamic's client: refreshAuth, revokeSession) passes.
    const revoked = await fetch(`${sdk}/revoke`, { method: 'POST', headers: { Cookie: cookie, Origin: APP } })
    expect(revoked.status).toBe(204)
  })
})

describe('reference backend hardening (issue 12)', () => {
  it('answers odd paths with 404 or 405, never a 500', async () => {
    const server = createTestAuthServer()
    const http = await server.listen(0)
    open.push(http)
    for (const path of [
      '%E0',
      'constructor',
      '__proto__',
      'toString',
      'users/%E0%A4%A',
      '..%2F..%2Fadmin',
      'hasOwnProperty/x',
    ]) {
      for (const base of [`/sdk/${server.environmentId}/`, '/sdk/', '/admin/%E0/']) {
        const response = await fetch(`${http.url}${base}${path}`)
        expect([404, 405], `${base}${path}`).toContain(response.status)
        expect(JSON.stringify(await response.json())).not.toMatch(/Use undefined/)
      }
    }
  })

  it('honours Idempotency-Key on users/embeddedWallets: a retried create makes no second wallet', async () => {
    const server = createTestAuthServer()
    const http = await server.listen(0)
    open.push(http)
    const ctx = { signal: new AbortController().signal, token: null }
    const { verificationId } = await server.api.sendEmailCode({ email: 'ada@example.com' }, ctx)
    const { token } = await server.api.verifyEmailCode(
      { verificationId, code: server.lastCode('ada@example.com') },
      ctx,
    )
    const create = (key: string) =>
      fetch(`${http.url}/sdk/${server.environmentId}/users/embeddedWallets`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          'Idempotency-Key': key,
        },
        body: JSON.stringify({ embeddedWallets: [{ chain: 'EVM', embeddedWalletProvider: 'dynamicWaas' }] }),
      }).then((r) => r.json())
    const wallets = (body: { user: { verifiedCredentials: Array<{ wallet_provider?: string }> } }) =>
      body.user.verifiedCredentials.filter((c) => c.wallet_provider === 'embeddedWallet').length
    expect(wallets(await create('k-1'))).toBe(1)
    expect(wallets(await create('k-1'))).toBe(1)
    expect(wallets(await create('k-2'))).toBe(2)
  })
})
