import { randomBytes } from 'node:crypto'
import { normalizeEmail } from '../validate'
import { invalidInput } from './refuse'
import {
  type Authorization,
  b64url,
  configured,
  type IssuedCode,
  redirectTo,
  type SocialParts,
  TEN_MINUTES,
} from './socialParts'
import { discover, exchangeUpstream } from './socialUpstream'
import type { SocialProfile } from './types'

// The provider's side: the user consents (simulated) or the upstream provider calls back, and the
// app's redirect carries a fresh one-time code, or `access_denied`.

/** The open authorization of that id; unknown or older than ten minutes is refused. */
function authorization({ options, authorizations }: SocialParts, id: string | null): Authorization {
  const found = id ? authorizations.get(id) : undefined
  if (!found || options.now() - found.at > TEN_MINUTES) {
    throw invalidInput('This authorization request is unknown or has expired. Start the sign-in again.', 400)
  }
  return found
}

/** The app's redirect, with a fresh one-time code for this profile. */
function issueCode(
  { authorizations, codes }: SocialParts,
  auth: Authorization,
  profile: IssuedCode['profile'],
) {
  authorizations.delete(auth.id)
  const code = b64url(randomBytes(24))
  codes.set(code, { authorization: auth, profile, used: false })
  return redirectTo(auth.redirectUri, { code, state: auth.state })
}

function deny({ authorizations }: SocialParts, auth: Authorization) {
  authorizations.delete(auth.id)
  return redirectTo(auth.redirectUri, { error: 'access_denied', state: auth.state })
}

/** The simulated provider's consent: the app's redirect for that profile (or a denial). */
export async function authorize(parts: SocialParts, url: string, profile: SocialProfile): Promise<string> {
  const auth = authorization(parts, new URL(url).searchParams.get('request'))
  if (typeof configured(parts, auth.provider) !== 'string') {
    throw new TypeError(`"${auth.provider}" is an upstream OpenID provider: its own login page consents.`)
  }
  if (profile?.deny) return deny(parts, auth)
  const email = normalizeEmail(profile?.email)
  if (!email) throw new TypeError('server.authorize needs the profile of the user: { email, name? }.')
  const emailVerified = profile.emailVerified !== false
  // An unverified address is no identity: the simulated account is keyed by it only when vouched for.
  const subject = emailVerified ? email : `unverified:${email}`
  return issueCode(parts, auth, { subject, email, emailVerified, name: profile.name })
}

/** The upstream provider redirected back: its code exchanged, the app's redirect for its user. */
export async function callback(
  parts: SocialParts,
  base: string,
  provider: string,
  query: URLSearchParams,
): Promise<string> {
  const auth = authorization(parts, query.get('state'))
  const upstream = configured(parts, provider)
  if (auth.provider !== provider || typeof upstream !== 'object') {
    throw invalidInput('This callback does not belong to that provider.', 400)
  }
  const code = query.get('code')
  if (!code) return deny(parts, auth)
  const config = await discover(upstream)
  // RFC 9207: a provider that names itself in the response must be the one asked (mix-up defence).
  const iss = query.get('iss')
  if (iss !== null && iss !== config.issuer) {
    throw invalidInput('This callback comes from another issuer than the one asked.', 400)
  }
  const profile = await exchangeUpstream(upstream, config, {
    code,
    verifier: auth.upstreamVerifier as string,
    redirectUri: `${base}/oauth/${parts.options.environmentId}/${provider}/callback`,
  })
  return profile ? issueCode(parts, auth, profile) : deny(parts, auth)
}
