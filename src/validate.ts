// The input rules both ends share: the session checks them before it sends anything, and the
// reference backend (lanyard/testing) refuses what breaks them. Each rule returns the normalised
// value, or null when the input is unusable; `problems` names the fix a user sees.

// No whitespace, no control characters (an escape sequence in an address reaches terminals and logs).
const EMAIL = /^[^\s@\p{Cc}\p{Cf}]+@[^\s@\p{Cc}\p{Cf}]+\.[^\s@\p{Cc}\p{Cf}]+$/u
const PHONE = /^\+[1-9]\d{6,14}$/
const CODE = /^[0-9A-Za-z]{4,12}$/
const TOTP = /^\d{6,8}$/

/** What to tell the user when a rule fails, one message per rule. */
export const problems = {
  email: 'Enter an email address like name@example.com.',
  phone: 'Enter a phone number in international format, like +14155550123.',
  code: 'Enter the code from the message (letters and digits only).',
  totp: 'Enter the 6-digit code from the authenticator app.',
  fields: 'Fill in every required field (non-empty text).',
  connector:
    process.env.NODE_ENV !== 'production'
      ? 'Pass a wallet connector: { name, connect(), signMessage(message, address) }.'
      : 'connector',
  address: process.env.NODE_ENV !== 'production' ? 'Pass the address of a connected wallet.' : 'address',
  provider:
    process.env.NODE_ENV !== 'production'
      ? 'Pass a social provider name like "google", and an absolute http(s) redirectUri.'
      : 'provider',
  jwt: process.env.NODE_ENV !== 'production' ? 'Pass the third-party JWT (three base64url parts).' : 'jwt',
  passkey:
    process.env.NODE_ENV !== 'production'
      ? 'Pass a passkey provider: { create(options), get(options) }.'
      : 'passkey',
  scope:
    process.env.NODE_ENV !== 'production'
      ? 'Pass the scope of one action, like "transfer" (letters, digits, ":", ".", "-", "_").'
      : 'scope',
} as const

/** A step-up scope, or null. */
export const normalizeScope = (scope: unknown): string | null =>
  typeof scope === 'string' && /^[\w:.-]{1,64}$/.test(scope) ? scope : null

/** A trimmed, lower-cased email address, or null. */
export function normalizeEmail(email: unknown): string | null {
  const value = typeof email === 'string' ? email.trim().toLowerCase() : ''
  return EMAIL.test(value) && value.length <= 254 ? value : null
}

/** A phone number in E.164 (`+14155550123`), spaces, dots, dashes and brackets removed, or null. */
export function normalizePhone(phone: unknown): string | null {
  const value = typeof phone === 'string' ? phone.replace(/[\s().-]/g, '') : ''
  return PHONE.test(value) ? value : null
}

/** A one-time code (letters and digits, 4-12), trimmed, or null. */
export function normalizeCode(code: unknown): string | null {
  const value = typeof code === 'string' ? code.trim() : ''
  return CODE.test(value) ? value : null
}

/** A TOTP code (6-8 digits), spaces removed, or null. */
export function normalizeTotp(code: unknown): string | null {
  const value = typeof code === 'string' ? code.replace(/\s/g, '') : ''
  return TOTP.test(value) ? value : null
}

/** Profile fields: at least one, every value non-empty text of at most 1000 characters, trimmed; or null. */
export function normalizeFields(fields: unknown): Record<string, string> | null {
  const entries = typeof fields === 'object' && fields !== null ? Object.entries(fields) : []
  const valid =
    entries.length > 0 &&
    entries.every(([, value]) => typeof value === 'string' && value.trim() !== '' && value.length <= 1000)
  return valid ? Object.fromEntries(entries.map(([key, value]) => [key, (value as string).trim()])) : null
}

/** The address rule lives in isAddress.ts (shared with the lazy SIWE chunk); it is one of these rules. */
export { isAddress } from './isAddress'

/**
 * Whether two addresses name the same account: EIP-55 case is a checksum, not part of the address,
 * so the comparison ignores it.
 */
export const sameAddress = (a: string | undefined, b: string | undefined): boolean =>
  typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase()

/** The EIP-155 chain id of a CAIP-2 `eip155:<id>` chain, or null for any other chain (`EVM`...). */
export function eip155Id(chain: unknown): number | null {
  const id = typeof chain === 'string' ? /^eip155:(\d+)$/.exec(chain)?.[1] : undefined
  return id === undefined ? null : Number(id)
}
