// createHttpApi read against Dynamic's models (@dynamic-labs/sdk-api-core, a devDependency): the
// answers are built with their ToJSON functions, the requests read back with their FromJSON ones.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  CreateEmbeddedWalletsRequestFromJSON,
  EmailVerificationRetryRequestFromJSON,
  MFARegisterTotpDeviceGetResponseToJSON,
  ProjectSettingsToJSON,
  UnprocessableEntityToJSON,
  UserFieldsFromJSON,
  VerifyRequestFromJSON,
  VerifyResponseToJSON,
} from '@dynamic-labs/sdk-api-core'
import { afterEach, describe, expect, it } from 'vitest'
import { createHttpApi } from '../../src/api/httpApi'
import type { ApiContext } from '../../src/api/types'
import { SessionError } from '../../src/errors'

const servers: Server[] = []
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
})

type Reply = [status: number, body?: unknown, headers?: Record<string, string>]
async function canned(reply: (req: IncomingMessage, body: string) => Reply) {
  const requests: Array<{ url: string; method: string; headers: IncomingMessage['headers']; body: unknown }> =
    []
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = ''
    req.on('data', (chunk) => {
      raw += chunk
    })
    req.on('end', () => {
      requests.push({
        url: req.url ?? '',
        method: req.method ?? '',
        headers: req.headers,
        body: raw && JSON.parse(raw),
      })
      const [status, body, headers = {}] = reply(req, raw)
      res.writeHead(status, { 'Content-Type': 'application/json', ...headers })
      res.end(body === undefined ? '' : JSON.stringify(body))
    })
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { api: createHttpApi({ baseUrl: url, environmentId: 'env' }), requests, url }
}

const ctx = (token: string | null = null): ApiContext => ({ signal: new AbortController().signal, token })
const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1In0.c2ln'

const kyc = (name: string, required: boolean, enabled = true) => ({
  name,
  required,
  enabled,
  unique: false,
  verify: false,
})

const verifyResponse = VerifyResponseToJSON({
  jwt: JWT,
  expiresAt: 1_900_000_000,
  user: {
    id: 'u-1',
    projectEnvironmentId: 'env',
    sessionId: 's-1',
    email: 'ada@example.com',
    scope: 'user:basic',
    newUser: false,
    missingFields: [kyc('alias', true)],
    verifiedCredentials: [
      {
        id: 'c-1',
        format: 'blockchain' as never,
        address: '0xA',
        chain: 'EVM',
        walletName: 'metamask',
        walletProvider: 'browserExtension' as never,
        publicIdentifier: '0xA',
        signInEnabled: true,
      },
    ],
  },
})

const rejection = async (promise: Promise<unknown>) => {
  const error = await promise.catch((e: unknown) => e)
  expect(error).toBeInstanceOf(SessionError)
  return error as SessionError
}

describe("createHttpApi reads Dynamic's models", () => {
  it('a VerifyResponse: SdkUser with projectEnvironmentId, snake_cased credentials, missingFields as ProjectSettingsKyc', async () => {
    const { api } = await canned(() => [200, verifyResponse])
    const result = await api.refresh(ctx(JWT))
    expect(result).toMatchObject({ token: JWT, expiresAt: 1_900_000_000 })
    expect(result.user).toEqual({
      id: 'u-1',
      sessionId: 's-1',
      environmentId: 'env',
      email: 'ada@example.com',
      scope: 'user:basic',
      newUser: false,
      missingFields: ['alias'],
      verifiedCredentials: [
        {
          id: 'c-1',
          format: 'blockchain',
          address: '0xA',
          chain: 'EVM',
          walletName: 'metamask',
          walletProvider: 'browserExtension',
          publicIdentifier: '0xA',
        },
      ],
    })
  })

  it('ProjectSettings: required fields from kyc (enabled and required), embedded wallets from sdk; {} is refused', async () => {
    const settings = ProjectSettingsToJSON({
      chains: [{ name: 'EVM', enabled: true }],
      kyc: [kyc('alias', true), kyc('team', false), kyc('country', true, false)],
      design: {},
      general: {},
      privacy: {},
      sdk: { embeddedWallets: { automaticEmbeddedWalletCreation: true } },
      security: {},
    })
    const { api } = await canned(() => [200, settings])
    expect(await api.getSettings(ctx())).toEqual({
      embeddedWallets: { createOnSignup: true },
      requiredFields: ['alias'],
      fieldLabels: {},
    })
    const empty = await canned(() => [200, {}])
    expect((await rejection(empty.api.getSettings(ctx()))).code).toBe('server')
  })

  it("ProjectSettings: a required field's kyc label is its fieldLabels entry; an empty, optional or disabled field's is not", async () => {
    const settings = ProjectSettingsToJSON({
      chains: [{ name: 'EVM', enabled: true }],
      kyc: [
        { ...kyc('firstName', true), label: 'First name' },
        { ...kyc('alias', true), label: '' },
        { ...kyc('team', false), label: 'Team' },
        { ...kyc('country', true, false), label: 'Country' },
        kyc('lastName', true),
      ],
      design: {},
      general: {},
      privacy: {},
      sdk: {},
      security: {},
    })
    const { api } = await canned(() => [200, settings])
    expect(await api.getSettings(ctx())).toEqual({
      embeddedWallets: { createOnSignup: false },
      requiredFields: ['firstName', 'alias', 'lastName'],
      fieldLabels: { firstName: 'First name' },
    })
  })

  it("maps Dynamic's UnprocessableEntity codes to SessionError codes", async () => {
    const cases: Array<[string, string]> = [
      ['wrong_email_verification_token', 'invalid_code'],
      ['wrong_sms_verification_token', 'invalid_code'],
      ['mfa_invalid_code', 'invalid_code'],
      ['too_many_email_verification_attempts', 'too_many_attempts'],
      ['too_many_sms_verification_attempts', 'too_many_attempts'],
      ['too_many_verification_attempts', 'too_many_attempts'],
      ['invalid_email_verification', 'code_expired'],
      ['invalid_verification', 'code_expired'],
      ['email_already_exists', 'invalid_input'],
    ]
    for (const [dynamic, code] of cases) {
      const { api } = await canned(() => [
        422,
        UnprocessableEntityToJSON({ error: 'Nope.', code: dynamic as never }),
      ])
      const error = await rejection(api.verifyEmailCode({ verificationId: 'v', code: '1' }, ctx()))
      expect(error.code, dynamic).toBe(code)
      expect(error.message).toBe('Nope.')
      expect(error.status).toBe(422)
    }
    const { api } = await canned(() => [401, { error: 'Session revoked.' }])
    expect(await rejection(api.refresh(ctx(JWT)))).toMatchObject({
      code: 'unauthorized',
      message: 'Session revoked.',
    })
  })

  it('MFARegisterTotpDeviceGetResponse from GET users/mfa/register/totp', async () => {
    const { api, requests } = await canned(() => [
      200,
      MFARegisterTotpDeviceGetResponseToJSON({
        id: 'd-1',
        type: 'totp' as never,
        secret: 'S',
        uri: 'otpauth://totp/x',
      }),
    ])
    expect(await api.enrollTotp(ctx(JWT))).toEqual({ secret: 'S', otpauthUri: 'otpauth://totp/x' })
    expect(requests[0]).toMatchObject({ method: 'GET', url: '/sdk/env/users/mfa/register/totp' })
  })

  it("sends what Dynamic's request models read: VerifyRequest (EVM + network), flat UserFields, CreateEmbeddedWalletsRequest, retry with the email", async () => {
    const { api, requests } = await canned((req) =>
      req.url?.includes('Verifications')
        ? [200, { verificationUUID: 'v-1', email: 'ada@example.com' }]
        : [200, verifyResponse],
    )
    await api.signInWithWallet(
      {
        message: 'm',
        signature: '0x1',
        address: '0xA',
        chain: 'eip155:137',
        walletName: 'metamask',
        walletProvider: 'browserExtension',
      },
      ctx(),
    )
    await api.updateUser({ fields: { alias: 'ada' } }, ctx(JWT))
    await api.createEmbeddedWallet({ chain: 'EVM' }, ctx(JWT))
    await api.sendEmailCode({ email: 'ada@example.com' }, ctx())
    await api.resendEmailCode({ verificationId: 'v-1' }, ctx())
    const [signIn, update, wallet, , retry] = requests
    expect(VerifyRequestFromJSON(signIn?.body)).toMatchObject({
      chain: 'EVM',
      network: '137',
      publicWalletAddress: '0xA',
    })
    expect(update?.method).toBe('PUT')
    expect(UserFieldsFromJSON(update?.body)).toMatchObject({ alias: 'ada' })
    expect(CreateEmbeddedWalletsRequestFromJSON(wallet?.body).embeddedWallets).toEqual([
      expect.objectContaining({ chain: 'EVM', embeddedWalletProvider: 'dynamicWaas' }),
    ])
    expect(wallet?.headers['idempotency-key']).toMatch(/^\w{8,}$/)
    expect(EmailVerificationRetryRequestFromJSON(retry?.body)).toMatchObject({
      verificationUUID: 'v-1',
      email: 'ada@example.com',
    })
  })
})

describe('createHttpApi hardening (issue 12)', () => {
  it('never follows a redirect: a 307 does not re-post the one-time code elsewhere', async () => {
    const elsewhere = await canned(() => [200, verifyResponse])
    const { api } = await canned(() => [307, undefined, { Location: `${elsewhere.url}/steal` }])
    expect((await rejection(api.verifyEmailCode({ verificationId: 'v', code: '123456' }, ctx()))).code).toBe(
      'network',
    )
    expect(elsewhere.requests).toHaveLength(0)
  })

  it('keeps a token out of the message however its dots are written', async () => {
    for (const dot of ['%2E', '&#46;', ' . ', '.']) {
      const message = `bad eyJhbGciOiJSUzI1NiJ9${dot}eyJzdWIiOiJ1In0${dot}c2ln`
      const { api } = await canned(() => [400, { error: message }])
      const error = await rejection(api.refresh(ctx()))
      expect(error.message, dot).not.toContain('eyJ')
    }
  })

  it('caps a 25-digit Retry-After at a day', async () => {
    const { api } = await canned(() => [429, { error: 'Slow.' }, { 'Retry-After': '9'.repeat(25) }])
    expect((await rejection(api.getNonce(ctx()))).retryAfter).toBe(86_400)
  })

  it('sends the same Idempotency-Key again after a lost answer, a new one after a success', async () => {
    let fail = true
    const { api, requests } = await canned(() => (fail ? [503, { error: 'Lost.' }] : [200, verifyResponse]))
    await rejection(api.createEmbeddedWallet({ chain: 'EVM' }, ctx(JWT)))
    fail = false
    await api.createEmbeddedWallet({ chain: 'EVM' }, ctx(JWT))
    await api.createEmbeddedWallet({ chain: 'EVM' }, ctx(JWT))
    const keys = requests.map((r) => r.headers['idempotency-key'])
    expect(keys[0]).toBe(keys[1])
    expect(keys[2]).not.toBe(keys[1])
  })
})
