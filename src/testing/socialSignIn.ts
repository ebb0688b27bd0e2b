import { randomUUID } from 'node:crypto'
import type { AuthResult, SocialCode } from '../api/types'
import { invalidInput } from './refuse'
import { type IssuedCode, type SocialParts, s256, TEN_MINUTES } from './socialParts'

/**
 * The user of a provider's account: the one linked to it, else the account with its email when
 * the provider verified that email, else a new user. An unverified email links nothing and
 * proves nothing (it stays off the credential, so no access list or gate reads it).
 */
function signInAs(
  { options, users, sessions }: SocialParts,
  provider: string,
  profile: IssuedCode['profile'],
): Promise<AuthResult> {
  const id = `${provider}:${profile.subject}`
  const linked = users.byIdentifier('oauth', id)
  if (linked) return sessions.start(linked, false)
  const email = profile.emailVerified ? profile.email : undefined
  const owner = profile.email ? users.byEmail(profile.email) : undefined
  if (owner && !email && options.unverifiedSocialEmail === 'refuse') {
    throw invalidInput(
      `${provider} did not verify this email, and an account already uses it: sign in as that account first.`,
    )
  }
  const credential = {
    id: randomUUID(),
    format: 'oauth' as const,
    oauthProvider: provider,
    publicIdentifier: id,
    ...(email ? { email } : {}),
  }
  if (owner && email) {
    owner.credentials.push(credential)
    return sessions.start(owner, false)
  }
  const profileFields: Record<string, string> = profile.email ? { email: profile.email } : {}
  if (profile.name) profileFields.firstName = profile.name.split(' ')[0] as string
  return sessions.start(users.create(profileFields, credential), true)
}

/** The app exchanges its one-time code (with its PKCE verifier) for a session. */
export async function signInWithCode(
  parts: SocialParts,
  { provider, code, codeVerifier, redirectUri }: SocialCode,
): Promise<AuthResult> {
  const issued = parts.codes.get(code)
  const refused = (why: string) => invalidInput(`The authorization code was refused: ${why}. Sign in again.`)
  if (!issued || issued.used) throw refused('it is unknown or was already used')
  issued.used = true
  const { authorization: auth, profile } = issued
  if (parts.options.now() - auth.at > TEN_MINUTES) throw refused('it has expired')
  if (auth.provider !== provider || auth.redirectUri !== redirectUri) {
    throw refused('it was issued for another provider or redirect URI')
  }
  if (typeof codeVerifier !== 'string' || s256(codeVerifier) !== auth.codeChallenge) {
    throw refused('the PKCE code verifier does not match the challenge')
  }
  return signInAs(parts, provider, profile)
}
