// Keccak-256 (the pre-NIST padding Ethereum uses), small and dependency-free: it only has to hash
// 40-character addresses for EIP-55, so size wins over speed. Lanes are 64-bit BigInts, state[x + 5y].

const RATE = 136 // bytes: 1600 - 2 * 256 bits
const MASK = (1n << 64n) - 1n

const rotl = (lane: bigint, n: number) => ((lane << BigInt(n)) | (lane >> BigInt(64 - n))) & MASK

function permute(state: bigint[]): void {
  // The round constants come from the degree-8 LFSR: bit 2^j - 1 of RC[i] is rc(7i + j).
  for (let round = 0, r = 1; round < 24; round++) {
    // θ
    const c = [0, 1, 2, 3, 4].map(
      (x) => state[x]! ^ state[x + 5]! ^ state[x + 10]! ^ state[x + 15]! ^ state[x + 20]!,
    )
    for (let x = 0; x < 25; x++) state[x]! ^= c[(x + 4) % 5]! ^ rotl(c[(x + 1) % 5]!, 1)
    // ρ and π together: walk the lanes (x, y) → (y, 2x + 3y) from (1, 0), rotating by the triangular numbers.
    let carried = state[1]!
    for (let t = 0, x = 1, y = 0; t < 24; t++) {
      ;[x, y] = [y, (2 * x + 3 * y) % 5]
      const next = state[x + 5 * y]!
      state[x + 5 * y] = rotl(carried, (((t + 1) * (t + 2)) / 2) % 64)
      carried = next
    }
    // χ
    for (let y = 0; y < 25; y += 5) {
      const row = state.slice(y, y + 5)
      for (let x = 0; x < 5; x++) state[y + x] = row[x]! ^ (~row[(x + 1) % 5]! & row[(x + 2) % 5]!)
    }
    // ι
    for (let j = 0; j < 7; j++) {
      if (r & 1) state[0]! ^= 1n << BigInt((1 << j) - 1)
      r = ((r << 1) ^ ((r >> 7) * 0x71)) & 0xff
    }
  }
}

/**
 * Keccak-256 of bytes or of a string's UTF-8 encoding (Ethereum's hash, not NIST SHA3-256).
 *
 * @example
 * toHex(keccak256('')) // 'c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470'
 *
 * @param input - the bytes to hash, or a string hashed as UTF-8
 */
export function keccak256(input: Uint8Array | string): Uint8Array {
  const data = typeof input === 'string' ? new TextEncoder().encode(input) : input
  const state = new Array<bigint>(25).fill(0n)
  // Keccak padding (0x01 … 0x80) to a whole number of rate-sized blocks.
  const padded = new Uint8Array((Math.floor(data.length / RATE) + 1) * RATE)
  padded.set(data)
  padded[data.length]! ^= 1
  padded[padded.length - 1]! ^= 0x80
  for (let offset = 0; offset < padded.length; offset += RATE) {
    // Byte i of the block goes into lane i >> 3, little-endian.
    for (let i = 0; i < RATE; i++) state[i >> 3]! ^= BigInt(padded[offset + i]!) << BigInt(8 * (i & 7))
    permute(state)
  }
  return Uint8Array.from({ length: 32 }, (_, i) => Number((state[i >> 3]! >> BigInt(8 * (i & 7))) & 255n))
}

/**
 * Lowercase hex of bytes, without a `0x` prefix.
 *
 * @example
 * toHex(new Uint8Array([1, 255])) // '01ff'
 *
 * @param bytes - the bytes to encode
 */
export function toHex(bytes: Uint8Array): string {
  let hex = ''
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0')
  return hex
}
