import { randomUUID } from 'node:crypto'
import type { TOTP } from 'otpauth'
import type { Credential } from '../api/types'
import { sameAddress } from '../validate'

/** A user as the reference backend stores it. */
export interface UserRecord {
  id: string
  /** camelCase profile fields: email, alias, firstName, lastName, phoneNumber... */
  profile: Record<string, string>
  credentials: Credential[]
  /** The device, whether a code verified it, the last time step a code was used for, wrong codes in a row. */
  totp: { device: TOTP; verified: boolean; lastStep?: number; failures?: number; lockedUntil?: number } | null
  /** Secret keys of embedded wallets, by address: the backend custodies them. */
  embeddedKeys: Map<string, Uint8Array>
  /** A change of a verified email or phone waiting for its one-time code (`PUT users`), by channel. */
  pendingChanges: Partial<Record<'email' | 'sms', { target: string; verificationId: string }>>
}

/**
 * The email this user proved: an email credential's, else one a social or external provider
 * vouched for. Never a profile value the user typed: access lists, gates and the `email` claim
 * read only this.
 */
export function verifiedEmail(user: UserRecord): string | undefined {
  const proven = user.credentials.filter((c) => c.email)
  return (proven.find((c) => c.format === 'email') ?? proven[0])?.email
}

/** The phone number this user proved with an SMS code. */
export const verifiedPhone = (user: UserRecord): string | undefined =>
  user.credentials.find((c) => c.format === 'phoneNumber')?.publicIdentifier

/** The users of one reference backend, found by the credentials they proved. */
export interface Users {
  get(id: string): UserRecord | undefined
  byEmail(email: string): UserRecord | undefined
  byPhone(phone: string): UserRecord | undefined
  byAddress(address: string): UserRecord | undefined
  /** The user with that email credential, or else that profile email. */
  byAnyEmail(email: string): UserRecord | undefined
  create(profile: Record<string, string>, credential: Credential): UserRecord
  remove(id: string): void
  /** The user with a credential of that format and public identifier. */
  byIdentifier(format: Credential['format'], publicIdentifier: string): UserRecord | undefined
  /** The configured required fields this user has not filled in. */
  missingFields(user: UserRecord): string[]
}

export function createUsers(requiredFields: readonly string[]): Users {
  const users = new Map<string, UserRecord>()
  const find = (match: (credential: Credential) => boolean) => {
    for (const user of users.values()) if (user.credentials.some(match)) return user
    return undefined
  }
  const byEmail = (email: string) => find((c) => c.format === 'email' && c.email === email)
  return {
    get: (id) => users.get(id),
    byEmail,
    byPhone: (phone) => find((c) => c.format === 'phoneNumber' && c.publicIdentifier === phone),
    byAddress: (address) => find((c) => c.format === 'blockchain' && sameAddress(c.address, address)),
    byAnyEmail: (email) =>
      byEmail(email) ?? [...users.values()].find((candidate) => candidate.profile.email === email),
    create(profile, credential) {
      const user: UserRecord = {
        id: randomUUID(),
        profile,
        credentials: [credential],
        totp: null,
        embeddedKeys: new Map(),
        pendingChanges: {},
      }
      users.set(user.id, user)
      return user
    },
    remove: (id) => {
      users.delete(id)
    },
    byIdentifier: (format, id) => find((c) => c.format === format && c.publicIdentifier === id),
    missingFields: (user) => requiredFields.filter((field) => !user.profile[field]),
  }
}
