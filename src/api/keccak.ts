// Keccak-256 (the pre-NIST padding Ethereum uses), small and dependency-free: it only has to hash
// 40-character addresses for EIP-55, so clarity wins over speed. Each 64-bit lane is kept as two
// 32-bit halves: state[2i] is the low word, state[2i + 1] the high word of lane i = x + 5y.

const RATE = 136 // bytes: 1600 - 2 * 256 bits

interface Tables {
  rotations: number[]
  piTarget: number[]
  rcLo: number[]
  rcHi: number[]
}

let cached: Tables | undefined

// Built on first use, so that importing the module does no work (and bundlers can drop it).
function tables(): Tables {
  if (cached) return cached
  // Rotation offsets and the π lane permutation come from the standard (x, y) → (y, 2x + 3y) walk.
  const rotations = new Array<number>(25).fill(0)
  const piTarget = new Array<number>(25).fill(0)
  for (let t = 0, x = 1, y = 0; t < 24; t++) {
    rotations[x + 5 * y] = (((t + 1) * (t + 2)) / 2) % 64
    ;[x, y] = [y, (2 * x + 3 * y) % 5]
  }
  for (let x = 0; x < 5; x++) for (let y = 0; y < 5; y++) piTarget[x + 5 * y] = y + 5 * ((2 * x + 3 * y) % 5)
  // Round constants from the degree-8 LFSR: bit 2^j - 1 of RC[i] is rc(7i + j).
  const rcLo: number[] = []
  const rcHi: number[] = []
  for (let i = 0, r = 1; i < 24; i++) {
    let lo = 0
    let hi = 0
    for (let j = 0; j < 7; j++) {
      if (r & 1) {
        const bit = (1 << j) - 1
        if (bit < 32) lo |= 1 << bit
        else hi |= 1 << (bit - 32)
      }
      r <<= 1
      if (r & 0x100) r ^= 0x171
    }
    rcLo.push(lo >>> 0)
    rcHi.push(hi >>> 0)
  }
  cached = { rotations, piTarget, rcLo, rcHi }
  return cached
}

/** Rotates the 64-bit lane (hi, lo) left by n bits, returning [lo, hi]. */
function rotl(lo: number, hi: number, n: number): [number, number] {
  if (n === 0) return [lo, hi]
  if (n >= 32) {
    ;[lo, hi] = [hi, lo]
    n -= 32
    if (n === 0) return [lo, hi]
  }
  return [((lo << n) | (hi >>> (32 - n))) >>> 0, ((hi << n) | (lo >>> (32 - n))) >>> 0]
}

function permute(state: Uint32Array): void {
  const { rotations, piTarget, rcLo, rcHi } = tables()
  const cLo = new Uint32Array(5)
  const cHi = new Uint32Array(5)
  const b = new Uint32Array(50)
  for (let round = 0; round < 24; round++) {
    // θ
    for (let x = 0; x < 5; x++) {
      cLo[x] =
        state[2 * x]! ^ state[2 * x + 10]! ^ state[2 * x + 20]! ^ state[2 * x + 30]! ^ state[2 * x + 40]!
      cHi[x] =
        state[2 * x + 1]! ^ state[2 * x + 11]! ^ state[2 * x + 21]! ^ state[2 * x + 31]! ^ state[2 * x + 41]!
    }
    for (let x = 0; x < 5; x++) {
      const [rLo, rHi] = rotl(cLo[(x + 1) % 5]!, cHi[(x + 1) % 5]!, 1)
      const dLo = cLo[(x + 4) % 5]! ^ rLo
      const dHi = cHi[(x + 4) % 5]! ^ rHi
      for (let y = 0; y < 25; y += 5) {
        state[2 * (x + y)]! ^= dLo
        state[2 * (x + y) + 1]! ^= dHi
      }
    }
    // ρ and π
    for (let i = 0; i < 25; i++) {
      const [lo, hi] = rotl(state[2 * i]!, state[2 * i + 1]!, rotations[i]!)
      const target = piTarget[i]!
      b[2 * target] = lo
      b[2 * target + 1] = hi
    }
    // χ
    for (let y = 0; y < 25; y += 5) {
      for (let x = 0; x < 5; x++) {
        const i = 2 * (x + y)
        const i1 = 2 * (((x + 1) % 5) + y)
        const i2 = 2 * (((x + 2) % 5) + y)
        state[i] = b[i]! ^ (~b[i1]! & b[i2]!)
        state[i + 1] = b[i + 1]! ^ (~b[i1 + 1]! & b[i2 + 1]!)
      }
    }
    // ι
    state[0]! ^= rcLo[round]!
    state[1]! ^= rcHi[round]!
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
  const state = new Uint32Array(50)
  // Keccak padding (0x01 … 0x80) to a whole number of rate-sized blocks.
  const padded = new Uint8Array((Math.floor(data.length / RATE) + 1) * RATE)
  padded.set(data)
  padded[data.length]! ^= 0x01
  padded[padded.length - 1]! ^= 0x80
  for (let offset = 0; offset < padded.length; offset += RATE) {
    for (let i = 0; i < RATE; i++) {
      // Byte i of the block goes into lane i >> 3, byte (i & 7) little-endian.
      const word = 2 * (i >> 3) + ((i & 7) >> 2)
      state[word]! ^= padded[offset + i]! << (8 * (i & 3))
    }
    permute(state)
  }
  const out = new Uint8Array(32)
  for (let i = 0; i < 32; i++) out[i] = (state[2 * (i >> 3) + ((i & 7) >> 2)]! >>> (8 * (i & 3))) & 0xff
  return out
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
