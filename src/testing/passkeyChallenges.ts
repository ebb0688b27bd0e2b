import type { PasskeyCredentialJSON, PasskeyPurpose } from '../api/types'
import { SessionError } from '../errors'
import type { PasskeyParts } from './passkeys'
import { invalidInput } from './refuse'
import type { UserRecord } from './users'

// A challenge is good once, for five minutes, for its purpose.
const FIVE_MINUTES = 5 * 60 * 1000

/** A challenge as issued: for what, for whom (null: anybody, a sign-in), when. */
export interface Challenge {
  purpose: PasskeyPurpose
  userId: string | null
  at: number
}

/** A ceremony's refusal (422), saying why. */
export const refused = (why: string): SessionError =>
  new SessionError('invalid_code', `The passkey was refused: ${why}. Try again.`, { status: 422 })

/** The challenge a credential answers, from its client data (verified again by the library). */
function challengeOf(credential: PasskeyCredentialJSON): string {
  try {
    const response = credential.response as { clientDataJSON: string }
    return JSON.parse(Buffer.from(response.clientDataJSON, 'base64url').toString('utf8')).challenge
  } catch {
    throw invalidInput('The passkey credential is malformed: send credential.toJSON().', 400)
  }
}

/** Takes the credential's challenge: it must be live, for this purpose and (when known) this user. */
export function takeChallenge(
  { options, challenges }: PasskeyParts,
  credential: PasskeyCredentialJSON,
  purpose: PasskeyPurpose,
  user: UserRecord | null,
): string {
  const challenge = challengeOf(credential)
  const issued = challenges.get(challenge)
  challenges.delete(challenge)
  if (!issued || issued.purpose !== purpose || options.now() - issued.at > FIVE_MINUTES) {
    throw refused('its challenge is unknown, used or expired')
  }
  if (issued.userId !== null && issued.userId !== user?.id)
    throw refused('it answers another user’s challenge')
  return challenge
}
