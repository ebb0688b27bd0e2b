import { SessionError } from '../errors'
import { isAddress } from '../isAddress'
import { toChecksumAddress } from './address'

const invalid = (message: string) => new SessionError('invalid_input', message)

/** The fields of an EIP-4361 (Sign-In with Ethereum) message, as lanyard writes and reads them. */
export interface SiweMessage {
  /** The URI scheme written before the domain (`https://app.example.com wants you…`), when there is one. */
  scheme?: string
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
// [scheme "://"] domain: the scheme as RFC 3986 spells it, the authority without white space.
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/
const HEADER_LINE =
  /^(?:([A-Za-z][A-Za-z0-9+.-]*):\/\/)?(\S+) wants you to sign in with your Ethereum account:$/
const NONCE = /^[A-Za-z0-9]{8,}$/
const CHAIN_ID = /^[1-9]\d*$/
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i
const MAX_LENGTH = 8192

/** Refuses a field the parser could not read back, or that could forge the lines below it. */
function checkLines({ scheme, domain, uri, statement, requestId, resources = [] }: SiweMessage): void {
  // [value, required, pattern it must match when given]
  const lines: Array<[unknown, boolean, RegExp?]> = [
    [scheme, false, SCHEME],
    [domain, true, /^\S+$/],
    [uri, true],
    [statement, false],
    [requestId, false],
    ...resources.map((r): [unknown, boolean] => [r, true]),
  ]
  for (const [value, required, pattern] of lines) {
    if (
      value === undefined
        ? required
        : typeof value !== 'string' ||
          /[\r\n]/.test(value) ||
          (required && !value) ||
          (pattern && !pattern.test(value))
    ) {
      throw invalid(
        'SIWE fields must be single lines of text; domain, URI and resources must not be empty; the domain has no spaces and the scheme is one like "https".',
      )
    }
  }
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
  const { scheme, domain, statement, uri, chainId, nonce, requestId } = fields
  const resources = fields.resources ?? []
  checkLines(fields)
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
    `${scheme ? `${scheme}://` : ''}${domain}${HEADER}\n${toChecksumAddress(fields.address)}\n\n` +
    `${statement ? `${statement}\n` : ''}` +
    `\nURI: ${uri}\nVersion: 1\nChain ID: ${chainId}\nNonce: ${nonce}${stamp('Issued At', fields.issuedAt)}` +
    (fields.expirationTime ? stamp('Expiration Time', fields.expirationTime) : '') +
    (fields.notBefore ? stamp('Not Before', fields.notBefore) : '') +
    (requestId === undefined ? '' : `\nRequest ID: ${requestId}`) +
    (resources.length ? `\nResources:${resources.map((r) => `\n- ${r}`).join('')}` : '')
  )
}

/** Reads a message line by line; every failure names the line it stopped at. */
function lineReader(text: string) {
  // One line feed at the very end is tolerated: some wallets' libraries add it.
  const lines = (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n')
  let i = 0
  const fail = (why: string): never => {
    throw invalid(`Not an EIP-4361 message: ${why} (line ${i + 1}).`)
  }
  const reader = {
    fail,
    peek: () => lines[i],
    next: () => lines[i++],
    done: () => i === lines.length,
    /** Skips empty lines; true when there was at least one. */
    skipEmpty: () => {
      const start = i
      while (lines[i] === '') i++
      return i > start
    },
    field(label: string, optional = false): string | undefined {
      if (optional && !lines[i]?.startsWith(`${label}: `)) return undefined
      const line = lines[i]
      if (!line?.startsWith(`${label}: `)) return fail(`the "${label}:" line is missing or out of order`)
      i++
      return line.slice(label.length + 2)
    },
    date(label: string, optional = false): Date | undefined {
      const value = reader.field(label, optional)
      if (value === undefined) return undefined
      const parsed = new Date(value)
      if (!RFC3339.test(value) || Number.isNaN(parsed.getTime()))
        return fail(`"${label}" must be an RFC 3339 date-time`)
      return parsed
    },
  }
  return reader
}

/** The header, address and statement: everything before `URI:`. */
function readPreamble(read: ReturnType<typeof lineReader>) {
  const header = HEADER_LINE.exec(read.next() ?? '')
  if (!header) read.fail('the first line must be "<domain> wants you to sign in with your Ethereum account:"')
  const address = read.next()
  if (!isAddress(address)) return read.fail('the second line must be the 0x address')
  if (!read.skipEmpty()) read.fail('expected an empty line after the address')
  let statement: string | undefined
  if (read.peek() !== undefined && !read.peek()?.startsWith('URI: ')) {
    statement = read.next()
    if (!read.skipEmpty()) read.fail('the statement must be a single line followed by an empty line')
  }
  const [, scheme, domain] = header as RegExpExecArray
  return { scheme, domain: domain as string, address, statement }
}

/**
 * Reads an EIP-4361 message back into its fields. Strict about order, labels and formats (as the
 * ABNF is); lenient only about the empty lines around the statement (the older layout has one
 * where the ABNF has two) and one line feed at the end.
 *
 * @example
 * const { address, nonce, expirationTime } = parseSiweMessage(message)
 *
 * @param text - the message that was signed; anything that does not follow EIP-4361 throws `invalid_input`
 */
export function parseSiweMessage(text: unknown): SiweMessage {
  if (typeof text !== 'string') throw invalid('A SIWE message must be a string.')
  if (text.length > MAX_LENGTH) throw invalid(`A SIWE message must be at most ${MAX_LENGTH} characters.`)
  const read = lineReader(text)
  const { scheme, domain, address, statement } = readPreamble(read)
  const uri = read.field('URI') as string
  if (read.field('Version') !== '1') read.fail('"Version" must be 1')
  const chainId = read.field('Chain ID') as string
  if (!CHAIN_ID.test(chainId) || !Number.isSafeInteger(Number(chainId)))
    read.fail('"Chain ID" must be a positive integer')
  const nonce = read.field('Nonce') as string
  if (!NONCE.test(nonce)) read.fail('"Nonce" must be at least 8 letters or digits')
  const issuedAt = read.date('Issued At') as Date
  const message: SiweMessage = { domain, address, uri, chainId: Number(chainId), nonce, issuedAt }
  if (scheme !== undefined) message.scheme = scheme
  if (statement !== undefined) message.statement = statement
  const expirationTime = read.date('Expiration Time', true)
  if (expirationTime) message.expirationTime = expirationTime
  const notBefore = read.date('Not Before', true)
  if (notBefore) message.notBefore = notBefore
  const requestId = read.field('Request ID', true)
  if (requestId !== undefined) message.requestId = requestId
  if (read.peek() === 'Resources:') {
    read.next()
    message.resources = []
    while (read.peek()?.startsWith('- ')) message.resources.push((read.next() as string).slice(2))
  }
  if (!read.done()) read.fail('unexpected text')
  return message
}
