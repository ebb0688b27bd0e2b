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

/** Checks a code against the user's device (±1 step); the first good code verifies the device. */
export function verifyTotp(user: UserRecord, code: unknown, now: number): void {
  if (!user.totp) throw invalidInput('No TOTP device is enrolled. Enroll one first.')
  const token = normalizeTotp(code)
  const delta = token === null ? null : user.totp.device.validate({ token, timestamp: now, window: 1 })
  if (delta === null) {
    throw new SessionError(
      'invalid_code',
      'The TOTP code is wrong. Enter the current code from your authenticator app.',
      { status: 422 },
    )
  }
  if (!user.totp.verified) {
    user.totp.verified = true
    user.credentials.push({ id: randomUUID(), format: 'totp', publicIdentifier: 'totp' })
  }
}
