import type {
  ApiContext,
  AuthResult,
  PasskeyCredentialJSON,
  PasskeyOptionsJSON,
  PasskeyPurpose,
} from '../api/types'
import { verifyAssertion } from './passkeyAssertion'
import type { Challenge } from './passkeyChallenges'
import { passkeyOptions } from './passkeyOptions'
import { registerPasskey } from './passkeyRegistration'
import type { Sessions } from './sessions'
import type { ResolvedTestAuthServerOptions } from './types'
import type { UserRecord, Users } from './users'

// Passkeys in the reference backend: challenges issued here, every ceremony verified by
// @simplewebauthn/server (never by hand, see webauthn.ts). A challenge is good once, for five
// minutes, for its purpose.

/** A registered passkey: its owner, public key and signature counter. */
export interface StoredPasskey {
  userId: string
  publicKey: Uint8Array
  counter: number
  transports?: string[]
}

export interface Passkeys {
  options(purpose: PasskeyPurpose, ctx: ApiContext): Promise<PasskeyOptionsJSON>
  signIn(credential: PasskeyCredentialJSON): Promise<AuthResult>
  register(credential: PasskeyCredentialJSON, ctx: ApiContext): Promise<AuthResult>
  verify(credential: PasskeyCredentialJSON, ctx: ApiContext): Promise<AuthResult>
  /** Checks an assertion of the user's own passkey (`mfa` purpose): for MFA and step-up. */
  assert(user: UserRecord, credential: PasskeyCredentialJSON): Promise<void>
}

/** What the passkey ceremonies share: the backend's parts, the live challenges and the passkeys. */
export interface PasskeyParts {
  options: ResolvedTestAuthServerOptions
  users: Users
  sessions: Sessions
  /** By challenge. */
  challenges: Map<string, Challenge>
  /** By credential id. */
  passkeys: Map<string, StoredPasskey>
}

/** MFA by passkey: an assertion of the user's own passkey verifies the session. */
async function verifyPasskey(parts: PasskeyParts, credential: PasskeyCredentialJSON, ctx: ApiContext) {
  const { session, user } = await parts.sessions.authenticate(ctx)
  await verifyAssertion(parts, credential, 'mfa', user)
  session.mfaVerified = true
  return parts.sessions.issue(session, user)
}

export function createPasskeys(backend: Pick<PasskeyParts, 'options' | 'users' | 'sessions'>): Passkeys {
  const parts: PasskeyParts = { ...backend, challenges: new Map(), passkeys: new Map() }
  return {
    options: (purpose, ctx) => passkeyOptions(parts, purpose, ctx),
    signIn: async (credential) =>
      parts.sessions.start(await verifyAssertion(parts, credential, 'signIn', null), false),
    register: (credential, ctx) => registerPasskey(parts, credential, ctx),
    verify: (credential, ctx) => verifyPasskey(parts, credential, ctx),
    assert: async (user, credential) => {
      await verifyAssertion(parts, credential, 'mfa', user)
    },
  }
}
