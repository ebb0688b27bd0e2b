import { SessionError } from '../errors'
import { isAddress } from '../isAddress'
import { keccak256 } from './keccak'

/**
 * EIP-55 mixed-case checksum of an Ethereum address.
 *
 * @example
 * toChecksumAddress('0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed') // '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'
 *
 * @param address - `0x` followed by 40 hex digits, in any case; anything else throws `invalid_input`
 */
export function toChecksumAddress(address: string): string {
  if (!isAddress(address)) {
    throw new SessionError(
      'invalid_input',
      process.env.NODE_ENV !== 'production' ? 'Not an Ethereum address: expected 0x and 40 hex digits.' : '',
    )
  }
  const lower = address.slice(2).toLowerCase()
  const hash = keccak256(lower)
  // Upper-case the letters whose nibble of the hash (at the same position) is 8 or more.
  return `0x${[...lower].map((c, i) => ((hash[i >> 1]! << (4 * (i & 1))) & 0x80 ? c.toUpperCase() : c)).join('')}`
}

/**
 * Whether a value is a well-formed address that is either EIP-55 checksummed or all lowercase
 * (which carries no checksum to break).
 *
 * @example
 * isAcceptableAddress('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD') // false: one letter's case is wrong
 *
 * @param value - anything
 */
export function isAcceptableAddress(value: unknown): value is string {
  if (!isAddress(value)) return false
  const body = value.slice(2)
  return body === body.toLowerCase() || toChecksumAddress(value) === value
}
