import { describe, expect, it } from 'vitest'
import { routes } from '../../src/api/routes'
import type { ApiContext, AuthResult } from '../../src/api/types'
import { coreRoutes, type Method, methods, type Route, readAnswer, requestBody } from '../../src/api/wire'
import { codeOf, statusOf } from '../../src/api/wireCodes'
import { readRequest, writeAnswer } from '../../src/api/wireServer'
import { SessionError, sessionErrorCodes } from '../../src/errors'

const ctx: ApiContext = { signal: new AbortController().signal, token: null }

// One input per method that takes one: what the session would pass.
const inputs: Partial<Record<Method, unknown>> = {
  sendEmailCode: { email: 'ada@example.com' },
  resendEmailCode: { verificationId: 'v-1' },
  verifyEmailCode: { verificationId: 'v-1', code: '123456' },
  sendSmsCode: { phone: '+15550100000' },
  resendSmsCode: { verificationId: 'v-2' },
  verifySmsCode: { verificationId: 'v-2', code: '654321' },
  recordVisit: { address: '0xabc', chain: 'EVM', walletName: 'w', walletProvider: 'browserExtension' },
  signInWithWallet: {
    message: 'm',
    signature: '0x1',
    address: '0xabc',
    chain: 'EVM',
    walletName: 'w',
    walletProvider: 'browserExtension',
  },
  updateUser: { fields: { alias: 'ada' } },
  verifyTotp: { code: '123456' },
  createEmbeddedWallet: { chain: 'EVM' },
  revoke: { reason: 'logout' },
}
inputs.linkWallet = inputs.signInWithWallet
// The social routes take `provider` from the path (`providers/{provider}/...`), not the body.
inputs.startSocial = { redirectUri: 'https://app.test/cb', state: 's', codeChallenge: 'c' }
inputs.signInWithSocial = { code: 'c', codeVerifier: 'v', redirectUri: 'https://app.test/cb' }
inputs.signInWithExternalJwt = { jwt: 'a.b.c' }
inputs.passkeyOptions = { purpose: 'signIn' }
inputs.signInWithPasskey = { credential: { id: 'i', rawId: 'i', type: 'public-key', response: {} } }
inputs.registerPasskey = inputs.signInWithPasskey
inputs.verifyPasskey = inputs.signInWithPasskey
inputs.stepUp = { scope: 'transfer', code: '123456' }

const entries = Object.entries(routes) as Array<[Method, Route]>

describe('the route table', () => {
  it('is the one the client knows without loading it: the same methods, the same core routes', () => {
    expect([...methods]).toEqual(Object.keys(routes))
    for (const [name, route] of Object.entries(coreRoutes))
      expect(route, name).toEqual(routes[name as Method])
    // A verification's create and retry, and only they, send the create's body again.
    expect(entries.filter(([, route]) => route.echo).map(([name]) => name)).toEqual([
      'sendEmailCode',
      'resendEmailCode',
      'sendSmsCode',
      'resendSmsCode',
    ])
  })

  it('gives every route one method and path, GET only where nothing is sent', () => {
    const seen = new Set(entries.map(([, route]) => `${route.method} ${route.path}`))
    expect(seen.size).toBe(entries.length)
    for (const [name, route] of entries) {
      expect(Boolean(route.body), name).toBe(name in inputs)
      if (route.method === 'GET') expect(route.body, name).toBeUndefined()
    }
  })

  it('reads back on the server what the client sent, through JSON', () => {
    for (const [name, route] of entries) {
      const body = JSON.parse(JSON.stringify(requestBody(route, inputs[name]) ?? {}))
      expect(readRequest(route, body), name).toEqual(inputs[name])
    }
    expect(requestBody(routes.getNonce, undefined)).toBeUndefined()
    expect(requestBody(routes.refresh, undefined)).toEqual({})
  })

  it('sends the Dynamic names: verificationUUID, verificationToken, phoneNumber, messageToSign', () => {
    expect(requestBody(routes.verifySmsCode, { verificationId: 'v', code: '1' })).toEqual({
      verificationUUID: 'v',
      verificationToken: '1',
    })
    expect(requestBody(routes.sendSmsCode, { phone: '+1' })).toEqual({ phoneNumber: '+1' })
    expect(requestBody(routes.linkWallet, inputs.linkWallet)).toMatchObject({
      messageToSign: 'm',
      signedMessage: '0x1',
      publicWalletAddress: '0xabc',
    })
  })

  it('refuses a request body without a required field with a 400, and defaults the optional ones', () => {
    expect(() => readRequest(routes.sendEmailCode, {})).toThrow(
      expect.objectContaining({
        code: 'invalid_input',
        status: 400,
        message: expect.stringContaining('`email`'),
      }),
    )
    expect(() => readRequest(routes.updateUser, { fields: { alias: 7 } })).toThrow(/fields/)
    expect(readRequest(routes.revoke, {})).toEqual({ reason: 'logout' })
    const { walletProvider: _, ...proof } =
      requestBody(routes.signInWithWallet, inputs.signInWithWallet) ?? {}
    expect(readRequest(routes.signInWithWallet, proof)).toMatchObject({ walletProvider: 'browserExtension' })
  })
})

describe('the answers', () => {
  const result: AuthResult = {
    token: 'header.payload.signature',
    expiresAt: 1_900_000_000,
    user: { id: 'u-1', sessionId: 's-1', verifiedCredentials: [], missingFields: [], scope: 'user:basic' },
  }

  it('read on the client what the server wrote, through JSON', () => {
    const cases: Array<[Method, unknown]> = [
      ['sendEmailCode', { verificationId: 'v-1' }],
      ['getNonce', { nonce: 'abcdef0123' }],
      [
        'getSettings',
        { embeddedWallets: { createOnSignup: true }, requiredFields: ['alias'], fieldLabels: {} },
      ],
      [
        'getSettings',
        {
          embeddedWallets: { createOnSignup: false },
          requiredFields: ['alias', 'firstName'],
          fieldLabels: { firstName: 'First name' },
        },
      ],
      ['enrollTotp', { secret: 'S', otpauthUri: 'otpauth://totp/x' }],
      ['refresh', result],
      ['revoke', undefined],
    ]
    for (const [name, value] of cases) {
      const written = writeAnswer(routes[name], value)
      const body = written && JSON.parse(JSON.stringify(written))
      expect(readAnswer(routes[name], { status: 200, body }, ctx), name).toEqual(value)
    }
  })

  it('writes the Dynamic names: verificationUUID, uri, jwt', () => {
    expect(writeAnswer(routes.resendSmsCode, { verificationId: 'v' })).toEqual({ verificationUUID: 'v' })
    expect(writeAnswer(routes.enrollTotp, { secret: 'S', otpauthUri: 'o' })).toEqual({
      secret: 'S',
      uri: 'o',
    })
    expect(writeAnswer(routes.refresh, result)).toMatchObject({
      jwt: result.token,
      expiresAt: result.expiresAt,
    })
  })

  it('refuses an answer without its fields as server', () => {
    expect(() => readAnswer(routes.getNonce, { status: 200, body: { nonce: '' } }, ctx)).toThrow(
      expect.objectContaining({ code: 'server', message: expect.stringContaining('no nonce') }),
    )
  })
})

describe('status ↔ code', () => {
  it('maps a status without a known code as docs/http-api.md says', () => {
    expect(codeOf(401)).toBe('unauthorized')
    expect(codeOf(429)).toBe('rate_limited')
    expect(codeOf(400)).toBe('invalid_input')
    expect(codeOf(422)).toBe('invalid_input')
    expect(codeOf(403)).toBe('server')
    expect(codeOf(500)).toBe('server')
    expect(codeOf(503, 'invalid_code')).toBe('server')
  })

  it("lets a 4xx body's code win, except the codes only a client produces", () => {
    expect(codeOf(422, 'invalid_code')).toBe('invalid_code')
    expect(codeOf(403, 'invalid_state')).toBe('invalid_state')
    expect(codeOf(400, 'network')).toBe('invalid_input')
    expect(codeOf(401, 'cancelled')).toBe('unauthorized')
    expect(codeOf(400, 'nonsense')).toBe('invalid_input')
  })

  it('gives every code a status that reads back as that code when the body carries it', () => {
    for (const code of sessionErrorCodes) {
      const status = statusOf(code)
      expect(status).toBeGreaterThanOrEqual(400)
      const clientOnly = ['network', 'timeout', 'cancelled', 'storage_unavailable'].includes(code)
      if (status < 500 && !clientOnly) expect(codeOf(status, code), code).toBe(code)
    }
    expect(new SessionError('server', 'x').status).toBeUndefined()
  })
})
