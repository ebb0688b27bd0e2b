import { randomUUID } from 'node:crypto'
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server'
import type {
  ApiContext,
  AuthResult,
  PasskeyCredentialJSON,
  PasskeyOptionsJSON,
  PasskeyPurpose,
} from '../api/types'
import { SessionError } from '../errors'
import { invalidInput } from './refuse'
import type { Sessions } from './sessions'
import type { ResolvedTestAuthServerOptions } from './types'
import type { UserRecord, Users } from './users'

// @simplewebauthn/server (an optional peer dependency of lanyard/testing) is loaded on the first
// passkey ceremony, not at import: a test suite that never uses passkeys does not need it, and it
// stays out of the bundled lanyard/testing entry.
type WebAuthn = typeof import('@simplewebauthn/server')
let loaded: Promise<WebAuthn> | undefined
const webauthn = (): Promise<WebAuthn> => {
  loaded ??= import('@simplewebauthn/server')
  return loaded
}

// Passkeys in the reference backend: challenges issued here, every ceremony verified by
// @simplewebauthn/server (never by hand). A challenge is good once, for five minutes, for its purpose.

const FIVE_MINUTES = 5 * 60 * 1000

interface Challenge {
  purpose: PasskeyPurpose
  userId: string | null
  at: number
}

interface StoredPasskey {
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

const refused = (why: string) =>
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

export function createPasskeys(parts: {
  options: ResolvedTestAuthServerOptions
  users: Users
  sessions: Sessions
}): Passkeys {
  const { options, users, sessions } = parts
  const { rpId, rpName, origins } = options.passkeys
  const challenges = new Map<string, Challenge>()
  const passkeys = new Map<string, StoredPasskey>()
  const ownedBy = (user: UserRecord) => [...passkeys].filter(([, key]) => key.userId === user.id)

  /** Takes the credential's challenge: it must be live, for this purpose and (when known) this user. */
  const take = (credential: PasskeyCredentialJSON, purpose: PasskeyPurpose, user: UserRecord | null) => {
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

  /** Verifies an assertion; returns the passkey's owner. */
  const verifyAssertion = async (
    credential: PasskeyCredentialJSON,
    purpose: PasskeyPurpose,
    user: UserRecord | null,
  ) => {
    const expectedChallenge = take(credential, purpose, user)
    const stored = passkeys.get(credential.id)
    if (!stored || (user && stored.userId !== user.id)) throw refused('it is not registered here')
    let result: Awaited<ReturnType<WebAuthn['verifyAuthenticationResponse']>>
    try {
      result = await (await webauthn()).verifyAuthenticationResponse({
        response: credential as unknown as AuthenticationResponseJSON,
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
    return users.get(stored.userId) as UserRecord
  }

  return {
    async options(purpose, ctx) {
      let answer: PasskeyOptionsJSON
      let userId: string | null = null
      if (purpose === 'register') {
        const { user } = await sessions.authenticate(ctx, true)
        userId = user.id
        answer = (await (
          await webauthn()
        ).generateRegistrationOptions({
          rpName,
          rpID: rpId,
          userName: user.profile.email ?? user.id,
          userID: new TextEncoder().encode(user.id),
          attestationType: 'none',
          excludeCredentials: ownedBy(user).map(([id]) => ({ id })),
          authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
        })) as unknown as PasskeyOptionsJSON
      } else if (purpose === 'mfa') {
        const { user } = await sessions.authenticate(ctx)
        const owned = ownedBy(user)
        if (owned.length === 0)
          throw invalidInput('This user has no passkey: register one first (passkey.register()).')
        userId = user.id
        answer = (await (
          await webauthn()
        ).generateAuthenticationOptions({
          rpID: rpId,
          allowCredentials: owned.map(([id]) => ({ id })),
          userVerification: 'preferred',
        })) as unknown as PasskeyOptionsJSON
      } else if (purpose === 'signIn') {
        answer = (await (
          await webauthn()
        ).generateAuthenticationOptions({
          rpID: rpId,
          userVerification: 'preferred',
        })) as unknown as PasskeyOptionsJSON
      } else {
        throw invalidInput('`purpose` must be "signIn", "register" or "mfa".', 400)
      }
      challenges.set(answer.challenge, { purpose, userId, at: options.now() })
      return answer
    },

    async signIn(credential) {
      return sessions.start(await verifyAssertion(credential, 'signIn', null), false)
    },

    async register(credential, ctx) {
      const { session, user } = await sessions.authenticate(ctx, true)
      const expectedChallenge = take(credential, 'register', user)
      let result: Awaited<ReturnType<WebAuthn['verifyRegistrationResponse']>>
      try {
        result = await (await webauthn()).verifyRegistrationResponse({
          response: credential as unknown as RegistrationResponseJSON,
          expectedChallenge,
          expectedOrigin: [...origins],
          expectedRPID: rpId,
          requireUserVerification: false,
        })
      } catch (error) {
        throw refused((error as Error).message)
      }
      if (!result.verified || !result.registrationInfo) throw refused('its attestation does not verify')
      const { credential: key } = result.registrationInfo
      if (passkeys.has(key.id)) throw invalidInput('This passkey is already registered.')
      passkeys.set(key.id, {
        userId: user.id,
        publicKey: key.publicKey,
        counter: key.counter,
        transports: key.transports,
      })
      user.credentials.push({ id: randomUUID(), format: 'passkey', publicIdentifier: key.id })
      return sessions.issue(session, user)
    },

    async verify(credential, ctx) {
      const { session, user } = await sessions.authenticate(ctx)
      await verifyAssertion(credential, 'mfa', user)
      session.mfaVerified = true
      return sessions.issue(session, user)
    },

    async assert(user, credential) {
      await verifyAssertion(credential, 'mfa', user)
    },
  }
}
