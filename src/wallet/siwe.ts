import { SessionError } from '../errors'
import { keccak256 } from './keccak'

const invalid = (message: string) => new SessionError('invalid_input', message)

/**
 * EIP-55 mixed-case checksum of an Ethereum address.
 *
 * @example
 * toChecksumAddress('0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed') // '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'
 *
 * @param address - `0x` followed by 40 hex digits, in any case; anything else throws `invalid_input`
 */
export function toChecksumAddress(address: string): string {
  if (typeof address !== 'string' || !/^0x[0-9a-fA-F]{40}$/.test(address)) {
    throw invalid('Not an Ethereum address: expected 0x and 40 hex digits.')
  }
  const lower = address.slice(2).toLowerCase()
  const hash = keccak256(lower)
  // Upper-case the letters whose nibble of the hash (at the same position) is 8 or more.
  return `0x${[...lower].map((c, i) => ((hash[i >> 1]! << (4 * (i & 1))) & 0x80 ? c.toUpperCase() : c)).join('')}`
}

/** The fields of an EIP-4361 (Sign-In with Ethereum) message, as lanyard writes and reads them. */
export interface SiweMessage {
  /** RFC 3986 authority asking for the signature, e.g. `app.example.com`. */
  domain: string
  address: string
  /** One line of text for the user; no line breaks. */
  statement?: string
  uri: string
  chainId: number
  /** At least 8 letters or digits, from the server. */
  nonce: string
  issuedAt: Date
  expirationTime?: Date
  notBefore?: Date
  requestId?: string
  resources?: string[]
}

const HEADER = ' wants you to sign in with your Ethereum account:'
const NONCE = /^[A-Za-z0-9]{8,}$/

/**
 * Writes an EIP-4361 message exactly as the EIP's ABNF lays it out (the address EIP-55 checksummed).
 * Without a statement there are two empty lines between the address and `URI:`, as the ABNF says.
 *
 * @example
 * const message = createSiweMessage({
 *   domain: 'app.example.com', address, uri: 'https://app.example.com', chainId: 1, nonce,
 *   issuedAt: new Date(), expirationTime: new Date(Date.now() + 300_000), requestId: 'my-env',
 * })
 *
 * @param fields - the message fields; a bad nonce, address, date or a field with a line break throws `invalid_input`
 */
export function createSiweMessage(fields: SiweMessage): string {
  const { domain, statement, uri, chainId, nonce, requestId } = fields
  const resources = fields.resources ?? []
  // No field may hold a line break: a crafted domain or statement could otherwise forge the lines below it.
  for (const [value, required] of [
    [domain, 1],
    [uri, 1],
    [statement],
    [requestId],
    ...resources.map((r) => [r, 1]),
  ]) {
    if (
      value === undefined
        ? required
        : typeof value !== 'string' || /[\r\n]/.test(value) || (required && !value)
    ) {
      throw invalid('SIWE fields must be single lines of text; domain, URI and resources must not be empty.')
    }
  }
  if (typeof nonce !== 'string' || !NONCE.test(nonce)) {
    throw invalid('The SIWE nonce must be at least 8 letters or digits. Ask the server for a new one.')
  }
  if (!Number.isSafeInteger(chainId) || chainId < 1) {
    throw invalid('The SIWE chain ID must be a positive integer (EIP-155).')
  }
  const stamp = (label: string, date: Date | undefined) => {
    if (!(date instanceof Date) || Number.isNaN(+date))
      throw invalid(`The SIWE ${label} must be a valid Date.`)
    return `\n${label}: ${date.toISOString()}`
  }
  return (
    `${domain}${HEADER}\n${toChecksumAddress(fields.address)}\n\n${statement ? `${statement}\n` : ''}` +
    `\nURI: ${uri}\nVersion: 1\nChain ID: ${chainId}\nNonce: ${nonce}${stamp('Issued At', fields.issuedAt)}` +
    (fields.expirationTime ? stamp('Expiration Time', fields.expirationTime) : '') +
    (fields.notBefore ? stamp('Not Before', fields.notBefore) : '') +
    (requestId === undefined ? '' : `\nRequest ID: ${requestId}`) +
    (resources.length ? `\nResources:${resources.map((r) => `\n- ${r}`).join('')}` : '')
  )
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i

/**
 * Reads an EIP-4361 message back into its fields. Strict about order and labels (as the ABNF is);
 * also accepts the older layout with a single empty line when there is no statement.
 *
 * @example
 * const { address, nonce, expirationTime } = parseSiweMessage(message)
 *
 * @param text - the message that was signed; anything that does not follow EIP-4361 throws `invalid_input`
 */
export function parseSiweMessage(text: string): SiweMessage {
  if (typeof text !== 'string') throw invalid('A SIWE message must be a string.')
  const lines = text.split('\n')
  let i = 0
  const fail = (why: string): never => {
    throw invalid(`Not an EIP-4361 message (${why} on line ${i + 1}).`)
  }
  const next = () => lines[i++]
  const header = next() ?? ''
  if (!header.endsWith(HEADER) || header.length === HEADER.length) fail('missing header')
  const address = next() ?? ''
  if (!/^0x[0-9a-fA-F]{40}$/.test(address)) fail('bad address')
  if (next() !== '') fail('expected an empty line')
  let statement: string | undefined
  if (lines[i] !== '' && !lines[i]?.startsWith('URI: ')) {
    statement = next()
    if (next() !== '') fail('expected an empty line')
  } else if (lines[i] === '') i++
  const field = (label: string, optional = false): string | undefined => {
    if (optional && !lines[i]?.startsWith(`${label}: `)) return undefined
    const line = next()
    if (!line?.startsWith(`${label}: `)) return fail(`expected "${label}:"`)
    return line.slice(label.length + 2)
  }
  const date = (label: string, optional = false): Date | undefined => {
    const value = field(label, optional)
    if (value === undefined) return undefined
    const parsed = new Date(value)
    if (!RFC3339.test(value) || Number.isNaN(parsed.getTime())) return fail(`bad ${label}`)
    return parsed
  }
  const uri = field('URI') as string
  if (field('Version') !== '1') fail('unsupported version')
  const chainId = Number(field('Chain ID'))
  if (!Number.isSafeInteger(chainId) || chainId < 1) fail('bad chain ID')
  const nonce = field('Nonce') as string
  if (!NONCE.test(nonce)) fail('bad nonce')
  const message: SiweMessage = {
    domain: header.slice(0, -HEADER.length),
    address,
    uri,
    chainId,
    nonce,
    issuedAt: date('Issued At') as Date,
  }
  if (statement !== undefined) message.statement = statement
  const expirationTime = date('Expiration Time', true)
  if (expirationTime) message.expirationTime = expirationTime
  const notBefore = date('Not Before', true)
  if (notBefore) message.notBefore = notBefore
  const requestId = field('Request ID', true)
  if (requestId !== undefined) message.requestId = requestId
  if (lines[i] === 'Resources:') {
    i++
    message.resources = []
    while (lines[i]?.startsWith('- ')) message.resources.push((next() as string).slice(2))
  }
  if (i !== lines.length) fail('unexpected text')
  return message
}
