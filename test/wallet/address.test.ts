import { keccak_256 } from '@noble/hashes/sha3.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isAddress } from '../../src/validate'
import { isAcceptableAddress, toChecksumAddress } from '../../src/wallet/address'
import { expectInvalidInput } from './helpers'

// The examples of EIP-55 itself: all caps, all lower, mixed.
const EIP55 = [
  '0x52908400098527886E0F7030069857D2E4169EE7',
  '0x8617E340B3D01FA5F11F306F4090FD50E238070D',
  '0xde709f2102306220921060314715629080e2fb77',
  '0x27b1fdb04752bbc536007a920d24acb045561c26',
  '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
  '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
  '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
  '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
]

// An independent EIP-55 on top of @noble/hashes, for the property test.
function referenceChecksum(address: string): string {
  const lower = address.slice(2).toLowerCase()
  const hash = bytesToHex(keccak_256(new TextEncoder().encode(lower)))
  return `0x${[...lower].map((c, i) => (Number.parseInt(hash[i] as string, 16) >= 8 ? c.toUpperCase() : c)).join('')}`
}

describe('toChecksumAddress', () => {
  it.each(EIP55)('reproduces the EIP-55 example %s from any case', (address) => {
    expect(toChecksumAddress(address)).toBe(address)
    expect(toChecksumAddress(address.toLowerCase())).toBe(address)
    expect(toChecksumAddress(`0x${address.slice(2).toUpperCase()}`)).toBe(address)
  })

  it.each([
    '',
    '0x',
    '5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
    '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe',
    '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAedd',
    '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg',
    '0X5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
    ' 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
  ])('refuses %j with invalid_input', (address) => {
    expectInvalidInput(() => toChecksumAddress(address))
  })

  it('refuses non-strings', () => {
    expectInvalidInput(() => toChecksumAddress(42 as unknown as string))
  })

  it('agrees with a @noble/hashes implementation on random addresses (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 20, maxLength: 20 }), fc.boolean(), (bytes, upper) => {
        const hex = bytesToHex(bytes)
        const address = `0x${upper ? hex.toUpperCase() : hex}`
        const checksummed = toChecksumAddress(address)
        return checksummed === referenceChecksum(address) && toChecksumAddress(checksummed) === checksummed
      }),
      { numRuns: 300 },
    )
  })
})

describe('isAddress and isAcceptableAddress', () => {
  it('accept 0x and 40 hex digits; isAcceptableAddress also wants a valid checksum or none', () => {
    for (const address of EIP55) {
      expect(isAddress(address)).toBe(true)
      expect(isAcceptableAddress(address)).toBe(true)
      expect(isAcceptableAddress(address.toLowerCase())).toBe(true)
    }
    expect(isAddress('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD')).toBe(true)
    expect(isAcceptableAddress('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD')).toBe(false)
    expect(isAddress('0x5aaeb6053f3e94c9b9a09f33669435e7ef1beae')).toBe(false)
    expect(isAcceptableAddress('0x5aaeb6053f3e94c9b9a09f33669435e7ef1beae')).toBe(false)
    expect(isAddress(42)).toBe(false)
    expect(isAcceptableAddress(42)).toBe(false)
  })
})
