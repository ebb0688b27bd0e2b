import { SessionError } from '../errors'
import { keccak256, toHex } from './keccak'

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
    throw invalid('Not an Ethereum address: expected 0x followed by 40 hex digits.')
  }
  const lower = address.slice(2).toLowerCase()
  const hash = toHex(keccak256(lower))
  let out = '0x'
  for (let i = 0; i < 40; i++) out += Number.parseInt(hash[i]!, 16) >= 8 ? lower[i]!.toUpperCase() : lower[i]!
  return out
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

function checkLine(name: string, value: string | undefined, required: boolean): void {
  if (value === undefined && !required) return
  if (typeof value !== 'string' || (required && value === '') || /[\r\n]/.test(value)) {
    throw invalid(`The SIWE ${name} must be a single line of text${required ? ' and is required' : ''}.`)
  }
}

function iso(name: string, date: Date): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime()))
    throw invalid(`The SIWE ${name} must be a valid Date.`)
  return date.toISOString()
}

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
  checkLine('domain', fields.domain, true)
  checkLine('statement', fields.statement, false)
  checkLine('URI', fields.uri, true)
  checkLine('request ID', fields.requestId, false)
  if (typeof fields.nonce !== 'string' || !NONCE.test(fields.nonce)) {
    throw invalid('The SIWE nonce must be at least 8 letters or digits. Ask the server for a new nonce.')
  }
  if (!Number.isSafeInteger(fields.chainId) || fields.chainId < 1) {
    throw invalid('The SIWE chain ID must be a positive integer (EIP-155).')
  }
  for (const resource of fields.resources ?? []) checkLine('resource', resource, true)
  const lines = [`${fields.domain}${HEADER}`, toChecksumAddress(fields.address), '']
  if (fields.statement !== undefined && fields.statement !== '') lines.push(fields.statement)
  lines.push('', `URI: ${fields.uri}`, 'Version: 1', `Chain ID: ${fields.chainId}`, `Nonce: ${fields.nonce}`)
  lines.push(`Issued At: ${iso('Issued At', fields.issuedAt)}`)
  if (fields.expirationTime) lines.push(`Expiration Time: ${iso('Expiration Time', fields.expirationTime)}`)
  if (fields.notBefore) lines.push(`Not Before: ${iso('Not Before', fields.notBefore)}`)
  if (fields.requestId !== undefined) lines.push(`Request ID: ${fields.requestId}`)
  if (fields.resources?.length) lines.push('Resources:', ...fields.resources.map((r) => `- ${r}`))
  return lines.join('\n')
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
