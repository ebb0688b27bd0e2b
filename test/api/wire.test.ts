import { describe, expect, it } from 'vitest'
import type { ApiContext, AuthResult } from '../../src/api/types'
import { codeOf, type Method, type Route, replies, routes, statusOf } from '../../src/api/wire'
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
  recordVisit: { address: '0xabc', chain: 'EVM', walletName: 'w' },
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

const entries = Object.entries(routes) as Array<[Method, Route<Method>]>

describe('the route table', () => {
  it('gives every route one method and path, GET only where nothing is sent', () => {
    const seen = new Set(entries.map(([, route]) => `${route.method} ${route.path}`))
    expect(seen.size).toBe(entries.length)
    for (const [name, route] of entries) {
      expect(Boolean(route.send), name).toBe(name in inputs)
      expect(Boolean(route.receive), name).toBe(Boolean(route.send))
      if (route.method === 'GET') expect(route.send, name).toBeUndefined()
    }
  })

  it('reads back on the server what the client sent, through JSON', () => {
    for (const [name, route] of entries) {
      if (!route.send || !route.receive) continue
      const body = JSON.parse(JSON.stringify(route.send(inputs[name] as never)))
      expect(route.receive(body), name).toEqual(inputs[name])
    }
  })

  it('refuses a request body without a required field with a 400', () => {
    expect(() => routes.sendEmailCode.receive?.({})).toThrow(
      expect.objectContaining({ code: 'invalid_input', status: 400 }),
    )
    expect(() => routes.updateUser.receive?.({ fields: { alias: 7 } })).toThrow(/fields/)
    expect(routes.revoke.receive?.({})).toEqual({ reason: 'logout' })
  })
})

describe('the answers', () => {
  const result: AuthResult = {
    token: 'header.payload.signature',
    expiresAt: 1_900_000_000,
    user: { id: 'u-1', sessionId: 's-1', verifiedCredentials: [], missingFields: [], scope: 'user:basic' },
  }

  it('read on the client what the server wrote, through JSON', () => {
    const cases: Array<[keyof typeof replies, unknown]> = [
      ['verification', { verificationId: 'v-1' }],
      ['nonce', { nonce: 'abcdef0123' }],
      ['settings', { embeddedWallets: { createOnSignup: true }, requiredFields: ['alias'] }],
      ['totp', { secret: 'S', otpauthUri: 'otpauth://totp/x' }],
      ['session', result],
    ]
    for (const [kind, value] of cases) {
      const reply = replies[kind] as { write(v: unknown): unknown; read(a: unknown, c: ApiContext): unknown }
      const body = JSON.parse(JSON.stringify(reply.write(value)))
      expect(reply.read({ status: 200, body }, ctx), kind).toEqual(value)
    }
    expect(replies.none.write()).toBeUndefined()
  })

  it('writes the Dynamic names: verificationUUID, uri, jwt', () => {
    expect(replies.verification.write({ verificationId: 'v' })).toEqual({ verificationUUID: 'v' })
    expect(replies.totp.write({ secret: 'S', otpauthUri: 'o' })).toEqual({ secret: 'S', uri: 'o' })
    expect(replies.session.write(result)).toMatchObject({ jwt: result.token, expiresAt: result.expiresAt })
  })
})

describe('status ↔ code', () => {
  it('maps a status without a known code as SPEC §5 says', () => {
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
