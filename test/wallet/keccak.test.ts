import { keccak_256 } from '@noble/hashes/sha3.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { keccak256, toHex } from '../../src/wallet/keccak'

describe('keccak256', () => {
  it('matches the known vectors', () => {
    expect(toHex(keccak256(''))).toBe('c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470')
    expect(toHex(keccak256('abc'))).toBe('4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45')
    expect(toHex(keccak256('The quick brown fox jumps over the lazy dog'))).toBe(
      '4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15',
    )
  })

  it('is not NIST SHA3-256 (different padding)', () => {
    // SHA3-256('') starts with a7ffc6f8; Ethereum's Keccak must not.
    expect(toHex(keccak256('')).startsWith('a7ffc6f8')).toBe(false)
  })

  it('hashes strings as UTF-8', () => {
    expect(toHex(keccak256('héllo ✓'))).toBe(toHex(keccak256(new TextEncoder().encode('héllo ✓'))))
  })

  it('does not modify its input', () => {
    const input = new Uint8Array([1, 2, 3])
    keccak256(input)
    expect([...input]).toEqual([1, 2, 3])
  })

  it('agrees with @noble/hashes at every block boundary', () => {
    for (const length of [0, 1, 31, 32, 134, 135, 136, 137, 271, 272, 273, 408, 1000]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 151 + length) & 0xff)
      expect(toHex(keccak256(bytes)), `length ${length}`).toBe(toHex(keccak_256(bytes)))
    }
  })

  it('agrees with @noble/hashes on random inputs (property)', () => {
    const lengths = fc.oneof(fc.integer({ min: 0, max: 600 }), fc.constantFrom(135, 136, 137, 271, 272, 273))
    fc.assert(
      fc.property(
        lengths.chain((length) => fc.uint8Array({ minLength: length, maxLength: length })),
        (bytes) => toHex(keccak256(bytes)) === toHex(keccak_256(bytes)),
      ),
      { numRuns: 400 },
    )
  })

  it('agrees with @noble/hashes on random strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        return toHex(keccak256(text)) === toHex(keccak_256(new TextEncoder().encode(text)))
      }),
    )
  })
})

describe('toHex', () => {
  it('writes two lowercase digits per byte', () => {
    expect(toHex(new Uint8Array([0, 1, 15, 16, 255]))).toBe('00010f10ff')
  })
})
