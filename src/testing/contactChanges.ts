import { randomUUID } from 'node:crypto'
import type { Json } from '../api/json'
import type { ApiContext, AuthResult } from '../api/types'
import type { Channel, OneTimeCodes } from './oneTimeCodes'
import type { CredentialChange } from './profile'
import { invalidInput } from './refuse'
import type { Sessions } from './sessions'
import type { UserRecord, Users } from './users'

// Changing a proven email or phone number: `PUT users` with a new address sends a one-time code
// there and changes nothing; Dynamic's `POST emailVerifications/verify` (`smsVerifications/verify`)
// with that code, from the signed-in user, moves the credential. Until then access lists, gates and
// the `email` claim keep reading the address the user proved.

/** The verifications `PUT users` started, by channel: what its answer names (`emailVerification`). */
export type ChangeVerifications = Partial<Record<Channel, string>>

export interface ContactChanges {
  /** Sends a code to each new address; the verification ids, by channel. */
  request(user: UserRecord, changes: readonly CredentialChange[]): ChangeVerifications
  /** Checks the code of a pending change and moves the credential; the session's fresh token. */
  confirm(channel: Channel, body: Json, ctx: ApiContext): Promise<AuthResult>
}

/** A credential for an address proven by a code on that channel. */
const credentialFor = (channel: Channel, target: string) =>
  channel === 'email'
    ? { id: randomUUID(), format: 'email' as const, email: target, publicIdentifier: target }
    : { id: randomUUID(), format: 'phoneNumber' as const, publicIdentifier: target }

export function createContactChanges(parts: {
  codes: OneTimeCodes
  users: Users
  sessions: Sessions
}): ContactChanges {
  const { codes, users, sessions } = parts
  return {
    request(user, changes) {
      const started: ChangeVerifications = {}
      for (const { channel, target } of changes) {
        const verificationId = codes.send(channel, target)
        user.pendingChanges[channel] = { target, verificationId }
        started[channel] = verificationId
      }
      return started
    },

    async confirm(channel, body, ctx) {
      const { session, user } = await sessions.authenticate(ctx, true)
      const pending = user.pendingChanges[channel]
      if (!pending || pending.verificationId !== body.verificationUUID) {
        throw invalidInput('No change of address waits for this verification. Update the profile first.')
      }
      const target = codes.verify(channel, body.verificationUUID, body.verificationToken)
      const owner = channel === 'email' ? users.byEmail(target) : users.byPhone(target)
      if (owner && owner !== user) throw invalidInput('This address already belongs to another account.')
      const format = channel === 'email' ? 'email' : 'phoneNumber'
      user.credentials = user.credentials.filter((credential) => credential.format !== format)
      user.credentials.push(credentialFor(channel, target))
      user.profile[format] = target
      delete user.pendingChanges[channel]
      return sessions.issue(session, user)
    },
  }
}
