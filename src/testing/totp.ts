import { randomUUID } from 'node:crypto'
import { Secret, TOTP } from 'otpauth'
import { SessionError } from '../errors'
import { normalizeTotp } from '../validate'
import { invalidInput } from './refuse'
import type { UserRecord } from './users'

/** Enrolls a new (unverified) RFC 6238 device for the user: SHA-1, 6 digits, 30 s. */
export function enrollTotp(user: UserRecord): { secret: string; otpauthUri: string } {
  if (user.totp?.verified) throw invalidInput('A TOTP device is already enrolled; verify a code from it')
  const device = new TOTP({
    issuer: 'lanyard',
    label: user.profile.email ?? user.id,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: new Secret({ size: 20 }),
  })
  user.totp = { device, verified: false }
  return { secret: device.secret.base32, otpauthUri: device.toString() }
}

/** Wrong codes in a row before the device is locked, and for how long. */
const MAX_FAILURES = 5
const LOCK_MS = 5 * 60_000

/**
 * Checks a code against the user's device (±1 step); the first good code verifies the device. A
 * code is good once (RFC 6238 §5.2: no code of the same or an earlier time step is taken again), and
 * five wrong codes in a row lock the device for five minutes (`too_many_attempts`).
 */
export function verifyTotp(user: UserRecord, code: unknown, now: number): void {
  const totp = user.totp
  if (!totp) throw invalidInput('No TOTP device is enrolled. Enroll one first.')
  if ((totp.lockedUntil ?? 0) > now) {
    throw new SessionError(
      'too_many_attempts',
      'Too many wrong authenticator codes. Wait five minutes, then try again.',
      { status: 429, retryAfter: Math.ceil(((totp.lockedUntil as number) - now) / 1000) },
    )
  }
  const token = normalizeTotp(code)
  const delta = token === null ? null : totp.device.validate({ token, timestamp: now, window: 1 })
  const step = delta === null ? null : totp.device.counter({ timestamp: now }) + delta
  if (step === null || step <= (totp.lastStep ?? -1)) {
    totp.failures = (totp.failures ?? 0) + 1
    if (totp.failures >= MAX_FAILURES) {
      totp.failures = 0
      totp.lockedUntil = now + LOCK_MS
    }
    throw new SessionError(
      'invalid_code',
      step === null
        ? 'The TOTP code is wrong. Enter the current code from your authenticator app.'
        : 'This authenticator code was already used. Wait for the next code.',
      { status: 422 },
    )
  }
  totp.lastStep = step
  totp.failures = 0
  if (!totp.verified) {
    totp.verified = true
    user.credentials.push({ id: randomUUID(), format: 'totp', publicIdentifier: 'totp' })
  }
}
