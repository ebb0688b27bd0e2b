import { randomUUID } from 'node:crypto'
import type { ApiContext, AuthResult, PasskeyCredentialJSON } from '../api/types'
import { refused, takeChallenge } from './passkeyChallenges'
import type { PasskeyParts } from './passkeys'
import { invalidInput } from './refuse'
import type { UserRecord } from './users'
import { type WebAuthn, webauthn } from './webauthn'
import { attestationJson } from './webauthnJson'

/** The new passkey the attestation proves (by @simplewebauthn/server). */
async function verifyRegistration(parts: PasskeyParts, credential: PasskeyCredentialJSON, user: UserRecord) {
  const { rpId, origins } = parts.options.passkeys
  const expectedChallenge = takeChallenge(parts, credential, 'register', user)
  let result: Awaited<ReturnType<WebAuthn['verifyRegistrationResponse']>>
  try {
    result = await (await webauthn()).verifyRegistrationResponse({
      response: attestationJson(credential),
      expectedChallenge,
      expectedOrigin: [...origins],
      expectedRPID: rpId,
      requireUserVerification: false,
    })
  } catch (error) {
    throw refused((error as Error).message)
  }
  if (!result.verified || !result.registrationInfo) throw refused('its attestation does not verify')
  return result.registrationInfo.credential
}

/** Registers a passkey for the signed-in user: a new `passkey` credential and a fresh token. */
export async function registerPasskey(
  parts: PasskeyParts,
  credential: PasskeyCredentialJSON,
  ctx: ApiContext,
): Promise<AuthResult> {
  const { session, user } = await parts.sessions.authenticate(ctx, true)
  const key = await verifyRegistration(parts, credential, user)
  if (parts.passkeys.has(key.id)) throw invalidInput('This passkey is already registered.')
  parts.passkeys.set(key.id, {
    userId: user.id,
    publicKey: key.publicKey,
    counter: key.counter,
    transports: key.transports,
  })
  user.credentials.push({ id: randomUUID(), format: 'passkey', publicIdentifier: key.id })
  return parts.sessions.issue(session, user)
}
