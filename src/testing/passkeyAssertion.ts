import type { PasskeyCredentialJSON, PasskeyPurpose } from '../api/types'
import { refused, takeChallenge } from './passkeyChallenges'
import type { PasskeyParts } from './passkeys'
import type { UserRecord } from './users'
import { type WebAuthn, webauthn } from './webauthn'
import { assertionJson } from './webauthnJson'

/** Verifies an assertion (by @simplewebauthn/server); returns the passkey's owner. */
export async function verifyAssertion(
  parts: PasskeyParts,
  credential: PasskeyCredentialJSON,
  purpose: PasskeyPurpose,
  user: UserRecord | null,
): Promise<UserRecord> {
  const { rpId, origins } = parts.options.passkeys
  const expectedChallenge = takeChallenge(parts, credential, purpose, user)
  const stored = parts.passkeys.get(credential.id)
  if (!stored || (user && stored.userId !== user.id)) throw refused('it is not registered here')
  let result: Awaited<ReturnType<WebAuthn['verifyAuthenticationResponse']>>
  try {
    result = await (await webauthn()).verifyAuthenticationResponse({
      response: assertionJson(credential),
      expectedChallenge,
      expectedOrigin: [...origins],
      expectedRPID: rpId,
      credential: {
        id: credential.id,
        publicKey: stored.publicKey as Uint8Array<ArrayBuffer>,
        counter: stored.counter,
      },
      requireUserVerification: false,
    })
  } catch (error) {
    throw refused((error as Error).message)
  }
  if (!result.verified) throw refused('its signature does not verify')
  stored.counter = result.authenticationInfo.newCounter
  return parts.users.get(stored.userId) as UserRecord
}
