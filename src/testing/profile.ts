import { normalizeEmail, normalizePhone } from '../validate'
import { invalidInput } from './refuse'
import type { UserRecord } from './users'

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

/**
 * Applies `updateUser`'s fields to the profile, all or nothing: known fields only, strings,
 * trimmed; an empty value removes a field unless it is required; email and phone are normalised.
 */
export function updateProfile(user: UserRecord, fields: unknown, requiredFields: readonly string[]): void {
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
  for (const [key, value] of updates) {
    if (value === '') delete user.profile[key]
    else user.profile[key] = value
  }
}
