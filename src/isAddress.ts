// The one rule for an Ethereum address's shape, in a module of its own: the first load checks
// addresses with it (validate.ts re-exports it) and so does the lazy SIWE chunk, so esbuild shares
// these few bytes between them instead of splitting all of validate.ts out of the first load.

const ADDRESS = /^0x[0-9a-fA-F]{40}$/

/**
 * Whether a value is `0x` followed by 40 hex digits, in any case (the checksum is not checked).
 *
 * @example
 * isAddress('0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed') // true
 *
 * @param value - anything
 */
export function isAddress(value: unknown): value is string {
  return typeof value === 'string' && ADDRESS.test(value)
}
