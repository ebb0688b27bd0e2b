// The JSON of a WebAuthn ceremony between lanyard's wire types (open records: a credential comes
// from the network) and @simplewebauthn/server's: read field by field, so that a credential of the
// wrong shape is refused here with a clear reason instead of cast and met deep in the library.
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server'
import type { PasskeyCredentialJSON, PasskeyOptionsJSON } from '../api/types'
import { refused } from './passkeyChallenges'

type Fields = Record<string, unknown>

const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null

/** The credential's `response` with `needed` as strings, and the fields every credential has. */
function credentialParts(credential: PasskeyCredentialJSON, needed: readonly string[]) {
  const { response, clientExtensionResults } = credential
  if (credential.type !== 'public-key') throw refused('it is not a public-key credential')
  if (!isFields(response) || needed.some((key) => typeof response[key] !== 'string')) {
    throw refused(`its response lacks ${needed.join(', ')}`)
  }
  const common = {
    id: credential.id,
    rawId: credential.rawId,
    type: 'public-key' as const,
    clientExtensionResults: isFields(clientExtensionResults) ? clientExtensionResults : {},
  }
  return { common, response, text: (key: string) => String(response[key]) }
}

/** An assertion (`navigator.credentials.get`) as @simplewebauthn/server reads it. */
export function assertionJson(credential: PasskeyCredentialJSON): AuthenticationResponseJSON {
  const { common, response, text } = credentialParts(credential, [
    'clientDataJSON',
    'authenticatorData',
    'signature',
  ])
  return {
    ...common,
    response: {
      clientDataJSON: text('clientDataJSON'),
      authenticatorData: text('authenticatorData'),
      signature: text('signature'),
      ...(typeof response.userHandle === 'string' ? { userHandle: response.userHandle } : {}),
    },
  }
}

/** An attestation (`navigator.credentials.create`) as @simplewebauthn/server reads it. */
export function attestationJson(credential: PasskeyCredentialJSON): RegistrationResponseJSON {
  const { common, response, text } = credentialParts(credential, ['clientDataJSON', 'attestationObject'])
  const { authenticatorData, publicKey, publicKeyAlgorithm, transports } = response
  return {
    ...common,
    response: {
      clientDataJSON: text('clientDataJSON'),
      attestationObject: text('attestationObject'),
      ...(typeof authenticatorData === 'string' ? { authenticatorData } : {}),
      ...(typeof publicKey === 'string' ? { publicKey } : {}),
      ...(typeof publicKeyAlgorithm === 'number' ? { publicKeyAlgorithm } : {}),
      ...(Array.isArray(transports) ? { transports: transports.filter((t) => typeof t === 'string') } : {}),
    },
  }
}

/** Options the library made, as the open record lanyard's wire carries. */
export const optionsJson = <T extends { challenge: string }>(options: T): PasskeyOptionsJSON => ({
  ...options,
})
