import { SessionError } from '../errors'

/** The fields of an EIP-4361 (Sign-In with Ethereum) message, as the reference backend reads them. */
export interface SiweFields {
  scheme?: string
  domain: string
  address: string
  statement?: string
  uri: string
  version: string
  chainId: number
  nonce: string
  issuedAt: string
  expirationTime?: string
  notBefore?: string
  requestId?: string
  resources: string[]
}

const HEADER = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?(\S+) wants you to sign in with your Ethereum account:$/

// The fields after the statement, in the order EIP-4361 fixes; `true` marks the required ones.
const FIELDS = [
  ['URI', 'uri', true],
  ['Version', 'version', true],
  ['Chain ID', 'chainId', true],
  ['Nonce', 'nonce', true],
  ['Issued At', 'issuedAt', true],
  ['Expiration Time', 'expirationTime', false],
  ['Not Before', 'notBefore', false],
  ['Request ID', 'requestId', false],
] as const

const malformed = (why: string) =>
  new SessionError('invalid_input', `The sign-in message is not a valid EIP-4361 message: ${why}.`, {
    status: 400,
  })

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}T/.test(value) && Number.isFinite(Date.parse(value))

/**
 * Parses an EIP-4361 message strictly enough to trust its fields (order, required fields, formats)
 * and leniently about the blank lines around an absent statement. Throws `invalid_input` (400).
 */
export function parseSiweMessage(message: unknown): SiweFields {
  if (typeof message !== 'string' || message.length === 0 || message.length > 8192) {
    throw malformed('it is empty or too long')
  }
  const lines = message.split('\n')
  const header = HEADER.exec(lines[0] ?? '')
  if (!header)
    throw malformed('the first line must be "<domain> wants you to sign in with your Ethereum account:"')
  const address = lines[1] ?? ''
  if (!/^0x[0-9a-fA-F]{40}$/.test(address)) throw malformed('the second line must be the 0x address')
  let i = 2
  while (lines[i] === '') i++
  let statement: string | undefined
  if (lines[i] !== undefined && !lines[i]?.startsWith('URI: ')) {
    statement = lines[i]
    i++
    if (lines[i] !== '') throw malformed('the statement must be a single line followed by a blank line')
    while (lines[i] === '') i++
  }
  const values: Record<string, string> = {}
  for (const [label, key, required] of FIELDS) {
    const line = lines[i]
    if (line?.startsWith(`${label}: `)) {
      values[key] = line.slice(label.length + 2)
      i++
    } else if (required) {
      throw malformed(`the "${label}:" line is missing or out of order`)
    }
  }
  const resources: string[] = []
  if (lines[i] === 'Resources:') {
    i++
    while (lines[i]?.startsWith('- ')) {
      resources.push((lines[i] as string).slice(2))
      i++
    }
  }
  if (i < lines.length && !(i === lines.length - 1 && lines[i] === '')) {
    throw malformed(`unexpected line ${i + 1}`)
  }
  if (values.version !== '1') throw malformed('"Version" must be 1')
  const chainId = Number(values.chainId)
  if (!/^[1-9]\d*$/.test(values.chainId ?? '') || !Number.isSafeInteger(chainId)) {
    throw malformed('"Chain ID" must be a positive integer')
  }
  if (!/^[a-zA-Z0-9]{8,}$/.test(values.nonce ?? ''))
    throw malformed('"Nonce" must be at least 8 alphanumerics')
  for (const key of ['issuedAt', 'expirationTime', 'notBefore'] as const) {
    const value = values[key]
    if (value !== undefined && !isDate(value)) throw malformed(`"${key}" must be an RFC 3339 date-time`)
  }
  const fields: SiweFields = {
    domain: header[2] as string,
    address,
    uri: values.uri as string,
    version: '1',
    chainId,
    nonce: values.nonce as string,
    issuedAt: values.issuedAt as string,
    resources,
  }
  if (header[1]) fields.scheme = header[1]
  if (statement !== undefined) fields.statement = statement
  if (values.expirationTime !== undefined) fields.expirationTime = values.expirationTime
  if (values.notBefore !== undefined) fields.notBefore = values.notBefore
  if (values.requestId !== undefined) fields.requestId = values.requestId
  return fields
}
