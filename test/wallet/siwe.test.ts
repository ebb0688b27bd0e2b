import { bytesToHex } from '@noble/hashes/utils.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toChecksumAddress } from '../../src/wallet/address'
import { createSiweMessage, parseSiweMessage, type SiweMessage } from '../../src/wallet/siwe'
import { expectInvalidInput } from './helpers'

const fields: SiweMessage = {
  domain: 'app.example.com',
  address: '0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed',
  statement: 'Sign in to Example.',
  uri: 'https://app.example.com/login',
  chainId: 1,
  nonce: 'abc123XYZ0',
  issuedAt: new Date('2024-05-01T12:00:00.000Z'),
  expirationTime: new Date('2024-05-01T12:05:00.000Z'),
  requestId: 'test-env',
}

describe('createSiweMessage', () => {
  it('writes the EIP-4361 text exactly, with a checksummed address', () => {
    expect(createSiweMessage(fields)).toBe(
      [
        'app.example.com wants you to sign in with your Ethereum account:',
        '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
        '',
        'Sign in to Example.',
        '',
        'URI: https://app.example.com/login',
        'Version: 1',
        'Chain ID: 1',
        'Nonce: abc123XYZ0',
        'Issued At: 2024-05-01T12:00:00.000Z',
        'Expiration Time: 2024-05-01T12:05:00.000Z',
        'Request ID: test-env',
      ].join('\n'),
    )
  })

  it('without a statement follows the ABNF: address LF LF [statement LF] LF "URI: "', () => {
    const { statement: _, ...rest } = fields
    const message = createSiweMessage(rest)
    expect(message).toContain(
      '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed\n\n\nURI: https://app.example.com/login\n',
    )
    expect(createSiweMessage({ ...fields, statement: '' })).toBe(message)
  })

  it('omits optional lines and writes resources, not-before and other chains', () => {
    const message = createSiweMessage({
      domain: 'localhost:3000',
      address: '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
      uri: 'http://localhost:3000',
      chainId: 137,
      nonce: '12345678',
      issuedAt: new Date(0),
      notBefore: new Date(1000),
      resources: ['ipfs://bafy/', 'https://example.com/claim.json'],
    })
    expect(message.split('\n').slice(-7)).toEqual([
      'Chain ID: 137',
      'Nonce: 12345678',
      'Issued At: 1970-01-01T00:00:00.000Z',
      'Not Before: 1970-01-01T00:00:01.000Z',
      'Resources:',
      '- ipfs://bafy/',
      '- https://example.com/claim.json',
    ])
    expect(message).not.toContain('Expiration Time')
    expect(message).not.toContain('Request ID')
  })

  it.each([
    ['a short nonce', { nonce: 'abc1234' }],
    ['a nonce with symbols', { nonce: 'abcd-1234' }],
    ['an empty nonce', { nonce: '' }],
    ['a bad address', { address: '0x1234' }],
    ['a statement with a line break', { statement: 'one\ntwo' }],
    ['a domain with a line break', { domain: 'evil.com\nURI: x' }],
    ['an empty domain', { domain: '' }],
    ['an empty URI', { uri: '' }],
    ['a request ID with a line break', { requestId: 'a\r\nb' }],
    ['a fractional chain ID', { chainId: 1.5 }],
    ['chain ID 0', { chainId: 0 }],
    ['an invalid date', { issuedAt: new Date(Number.NaN) }],
    ['a non-Date expiry', { expirationTime: '2024-01-01' as unknown as Date }],
  ])('refuses %s with invalid_input', (_, change) => {
    expectInvalidInput(() => createSiweMessage({ ...fields, ...(change as Partial<SiweMessage>) }))
  })
})

describe('parseSiweMessage', () => {
  it('reads back what createSiweMessage wrote', () => {
    const parsed = parseSiweMessage(createSiweMessage(fields))
    expect(parsed).toEqual({ ...fields, address: '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed' })
  })

  it('reads the example of the EIP, with resources and no expiry', () => {
    const text = [
      'example.com wants you to sign in with your Ethereum account:',
      '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2',
      '',
      'I accept the ExampleOrg Terms of Service: https://example.com/tos',
      '',
      'URI: https://example.com/login',
      'Version: 1',
      'Chain ID: 1',
      'Nonce: 32891756',
      'Issued At: 2021-09-30T16:25:24Z',
      'Resources:',
      '- ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/',
      '- https://example.com/my-web2-claim.json',
    ].join('\n')
    expect(parseSiweMessage(text)).toEqual({
      domain: 'example.com',
      address: '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2',
      statement: 'I accept the ExampleOrg Terms of Service: https://example.com/tos',
      uri: 'https://example.com/login',
      chainId: 1,
      nonce: '32891756',
      issuedAt: new Date('2021-09-30T16:25:24Z'),
      resources: [
        'ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/',
        'https://example.com/my-web2-claim.json',
      ],
    })
  })

  it('reads messages without a statement, in the ABNF layout and the older one-empty-line layout', () => {
    const { statement: _, ...rest } = fields
    const current = createSiweMessage(rest)
    const legacy = current.replace('\n\n\nURI:', '\n\nURI:')
    expect(legacy).not.toBe(current)
    for (const text of [current, legacy]) {
      const parsed = parseSiweMessage(text)
      expect(parsed.statement).toBeUndefined()
      expect(parsed.nonce).toBe(fields.nonce)
    }
  })

  it.each([
    ['no header', (m: string) => m.replace(' wants you to sign in', ' would like you to sign in')],
    ['an empty domain', (m: string) => m.replace('app.example.com wants', ' wants').replace(/^ /, '')],
    ['a short address', (m: string) => m.replace('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', '0x5aAeb6')],
    ['version 2', (m: string) => m.replace('Version: 1', 'Version: 2')],
    ['a bad nonce', (m: string) => m.replace('Nonce: abc123XYZ0', 'Nonce: abc')],
    ['a bad chain ID', (m: string) => m.replace('Chain ID: 1', 'Chain ID: one')],
    ['a bad date', (m: string) => m.replace('2024-05-01T12:00:00.000Z', 'yesterday')],
    ['swapped lines', (m: string) => m.replace('Version: 1\nChain ID: 1', 'Chain ID: 1\nVersion: 1')],
    ['trailing text', (m: string) => `${m}\nHello`],
    ['a missing URI', (m: string) => m.replace('URI: https://app.example.com/login\n', '')],
    ['CRLF line ends', (m: string) => m.replaceAll('\n', '\r\n')],
  ])('refuses a message with %s', (_, mutate) => {
    expectInvalidInput(() => parseSiweMessage(mutate(createSiweMessage(fields))))
  })

  it('round-trips random valid messages (property)', () => {
    const line = fc
      .stringMatching(/^[A-Za-z0-9 .,:;/?#@!$&'()*+=_~-]{1,40}$/)
      .filter((s) => !s.startsWith('URI: '))
    const date = fc.date({ min: new Date(0), max: new Date('2100-01-01'), noInvalidDate: true })
    const message = fc.record(
      {
        domain: fc.domain(),
        address: fc.uint8Array({ minLength: 20, maxLength: 20 }).map((b) => `0x${bytesToHex(b)}`),
        statement: line,
        uri: fc.webUrl(),
        chainId: fc.integer({ min: 1, max: 2 ** 40 }),
        nonce: fc.stringMatching(/^[A-Za-z0-9]{8,32}$/),
        issuedAt: date,
        expirationTime: date,
        notBefore: date,
        requestId: fc.stringMatching(/^[A-Za-z0-9._~-]{0,20}$/),
        resources: fc.array(fc.webUrl(), { minLength: 1, maxLength: 3 }),
      },
      { requiredKeys: ['domain', 'address', 'uri', 'chainId', 'nonce', 'issuedAt'] },
    )
    fc.assert(
      fc.property(message, (input) => {
        const text = createSiweMessage(input)
        const parsed = parseSiweMessage(text)
        expect(parsed).toEqual({ ...input, address: toChecksumAddress(input.address) })
        expect(createSiweMessage(parsed)).toBe(text)
      }),
      { numRuns: 200 },
    )
  })
})

describe('parseSiweMessage, as the reference backend reads a client message', () => {
  const full = [
    'https://app.example wants you to sign in with your Ethereum account:',
    '0x2c7536E3605D9C16a7a3D7b1898e529396a65c23',
    '',
    'I accept the terms.',
    '',
    'URI: https://app.example/login',
    'Version: 1',
    'Chain ID: 10',
    'Nonce: 32891756abc',
    'Issued At: 2030-01-01T00:00:00.000Z',
    'Expiration Time: 2030-01-01T00:05:00.000Z',
    'Not Before: 2029-12-31T23:59:00.000Z',
    'Request ID: test-env',
    'Resources:',
    '- ipfs://bafy',
    '- https://app.example/terms',
  ].join('\n')

  it('reads every field of a full message, the scheme apart from the domain', () => {
    expect(parseSiweMessage(full)).toEqual({
      scheme: 'https',
      domain: 'app.example',
      address: '0x2c7536E3605D9C16a7a3D7b1898e529396a65c23',
      statement: 'I accept the terms.',
      uri: 'https://app.example/login',
      chainId: 10,
      nonce: '32891756abc',
      issuedAt: new Date('2030-01-01T00:00:00.000Z'),
      expirationTime: new Date('2030-01-01T00:05:00.000Z'),
      notBefore: new Date('2029-12-31T23:59:00.000Z'),
      requestId: 'test-env',
      resources: ['ipfs://bafy', 'https://app.example/terms'],
    })
    expect(createSiweMessage(parseSiweMessage(full))).toBe(full)
  })

  it('tolerates extra empty lines around the statement and one line feed at the end', () => {
    const loose = full.replace('\n\nI accept', '\n\n\nI accept').replace('terms.\n\n', 'terms.\n\n\n')
    expect(parseSiweMessage(`${loose}\n`)).toEqual(parseSiweMessage(full))
  })

  it('refuses fields out of order, missing, or trailing garbage, naming the problem', () => {
    const base = createSiweMessage({ ...fields, statement: 'Sign in to Example.' })
    expect(() => parseSiweMessage(base)).not.toThrow()
    const lines = base.split('\n')
    const swapped = [...lines]
    ;[swapped[5], swapped[6]] = [swapped[6] as string, swapped[5] as string]
    expect(() => parseSiweMessage(swapped.join('\n'))).toThrow(/out of order/)
    expect(() => parseSiweMessage(lines.filter((line) => !line.startsWith('Nonce')).join('\n'))).toThrow(
      /Nonce/,
    )
    expect(() => parseSiweMessage(`${base}\nExtra: 1`)).toThrow(/unexpected text/)
    expect(() => parseSiweMessage(base.replace('Nonce: abc123XYZ0', 'Nonce: abc'))).toThrow(/Nonce/)
    expect(() => parseSiweMessage(base.replace('Chain ID: 1', 'Chain ID: one'))).toThrow(/Chain ID/)
    expect(() => parseSiweMessage(base.replace('Chain ID: 1', 'Chain ID: 0x1'))).toThrow(/Chain ID/)
    expect(() => parseSiweMessage(base.replace(/Issued At: .*/, 'Issued At: yesterday'))).toThrow(/Issued At/)
    expect(() => parseSiweMessage('x'.repeat(8193))).toThrow(/at most 8192/)
  })

  it('writes and refuses schemes', () => {
    expect(createSiweMessage({ ...fields, scheme: 'https' })).toMatch(/^https:\/\/app\.example\.com wants/)
    expectInvalidInput(() => createSiweMessage({ ...fields, scheme: 'ht tp' }))
    expectInvalidInput(() => createSiweMessage({ ...fields, domain: 'app example' }))
  })
})
