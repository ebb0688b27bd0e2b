import { createTestAuthServer, type TestAuthServerOptions, type TestWallet } from 'lanyard/testing'
import type { ApiContext } from '../../src/api/types'

export const START = Date.parse('2030-01-01T00:00:00.000Z')

/** A server on a hand-driven clock. */
export function setup(options: TestAuthServerOptions = {}) {
  const clock = { now: START }
  const server = createTestAuthServer({ now: () => clock.now, ...options })
  const advance = (ms: number) => {
    clock.now += ms
  }
  return { server, clock, advance }
}

export const ctx = (token: string | null = null, signal = new AbortController().signal): ApiContext => ({
  signal,
  token,
})

/** Signs up (or in) by email and returns the result. */
export async function emailSignIn(
  server: ReturnType<typeof createTestAuthServer>,
  email = 'ada@example.com',
) {
  const { verificationId } = await server.api.sendEmailCode({ email }, ctx())
  return server.api.verifyEmailCode({ verificationId, code: server.lastCode(email) }, ctx())
}

export interface SiweInput {
  address: string
  nonce: string
  domain?: string
  uri?: string
  statement?: string | null
  chainId?: number
  issuedAt?: string
  expirationTime?: string | null
  requestId?: string | null
}

/** An EIP-4361 message, written out by hand as a client would. */
export function siweMessage(input: SiweInput): string {
  const lines = [
    `${input.domain ?? 'app.example'} wants you to sign in with your Ethereum account:`,
    input.address,
    '',
  ]
  const statement = input.statement === undefined ? 'Sign in to Example.' : input.statement
  if (statement !== null) lines.push(statement, '')
  else lines.push('')
  lines.push(
    `URI: ${input.uri ?? 'https://app.example'}`,
    'Version: 1',
    `Chain ID: ${input.chainId ?? 1}`,
    `Nonce: ${input.nonce}`,
    `Issued At: ${input.issuedAt ?? new Date(START).toISOString()}`,
  )
  const expiration =
    input.expirationTime === undefined ? new Date(START + 5 * 60_000).toISOString() : input.expirationTime
  if (expiration !== null) lines.push(`Expiration Time: ${expiration}`)
  const requestId = input.requestId === undefined ? 'test-env' : input.requestId
  if (requestId !== null) lines.push(`Request ID: ${requestId}`)
  return lines.join('\n')
}

/** A full wallet proof for `signInWithWallet` / `linkWallet`. */
export async function walletProof(
  server: ReturnType<typeof createTestAuthServer>,
  wallet: TestWallet,
  overrides: Partial<SiweInput> = {},
) {
  const { nonce } = await server.api.getNonce(ctx())
  const message = siweMessage({ address: wallet.address, nonce, ...overrides })
  return {
    message,
    signature: await wallet.signMessage(message, wallet.address),
    address: wallet.address,
    chain: 'EVM',
    walletName: wallet.name,
    walletProvider: 'browserExtension',
  }
}
