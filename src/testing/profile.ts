import { normalizeEmail, normalizePhone } from '../validate'
import type { Channel } from './oneTimeCodes'
import { invalidInput } from './refuse'
import { type UserRecord, verifiedEmail, verifiedPhone } from './users'

/** Profile fields `updateUser` accepts besides the configured `requiredFields`. */
const PROFILE_FIELDS = [
  'alias',
  'email',
  'firstName',
  'lastName',
  'phoneNumber',
  'username',
  'jobTitle',
  'country',
]

/** The value a rule of src/validate.ts (the session's own) made of the input; a 400 when it made none. */
function ruled(value: string | null, message: string): string {
  if (value === null) throw invalidInput(message, 400)
  return value
}

/** The session's email rule, refused with the backend's own message. */
export const emailOf = (email: unknown): string =>
  ruled(normalizeEmail(email), 'The email address is malformed. Enter an address like name@example.com.')

/** The session's phone rule (E.164), refused with the backend's own message. */
export const phoneOf = (phone: unknown): string =>
  ruled(
    normalizePhone(phone),
    'The phone number is malformed. Use the international format, e.g. +15550100000.',
  )

/** A new email or phone number for a user who already proved one: it waits for a one-time code. */
export interface CredentialChange {
  channel: Channel
  target: string
}

/** The change a field makes to a proven credential, or null when the field may simply be stored. */
function credentialChange(user: UserRecord, key: string, value: string): CredentialChange | null {
  if (value === '') return null
  const proven =
    key === 'email' ? verifiedEmail(user) : key === 'phoneNumber' ? verifiedPhone(user) : undefined
  if (proven === undefined || proven === value) return null
  return { channel: key === 'email' ? 'email' : 'sms', target: value }
}

/**
 * Applies `updateUser`'s fields to the profile, all or nothing: known fields only, strings,
 * trimmed; an empty value removes a field unless it is required; email and phone are normalised.
 * A new email or phone for a user who proved one is not applied: it is returned, to be verified
 * with a one-time code sent to the new address (the profile keeps the proven one meanwhile).
 */
export function updateProfile(
  user: UserRecord,
  fields: unknown,
  requiredFields: readonly string[],
): CredentialChange[] {
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
    throw invalidInput('`fields` must be an object of profile fields.', 400)
  }
  const known = new Set([...PROFILE_FIELDS, ...requiredFields])
  const updates: Array<[string, string]> = []
  for (const [key, raw] of Object.entries(fields)) {
    if (!known.has(key)) {
      throw invalidInput(`Unknown profile field "${key}". Known fields: ${[...known].join(', ')}.`)
    }
    if (typeof raw !== 'string') throw invalidInput(`The field "${key}" must be a string.`)
    let value = raw.trim()
    if (value === '' && requiredFields.includes(key)) {
      throw invalidInput(`The field "${key}" is required: enter a value.`)
    }
    if (value !== '' && key === 'email') value = emailOf(value)
    if (value !== '' && key === 'phoneNumber') value = phoneOf(value)
    updates.push([key, value])
  }
  const changes: CredentialChange[] = []
  for (const [key, value] of updates) {
    const change = credentialChange(user, key, value)
    if (change) changes.push(change)
    else if (value === '') delete user.profile[key]
    else user.profile[key] = value
  }
  return changes
}
