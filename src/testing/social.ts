import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { createRemoteJWKSet, jwtVerify } from 'jose'
import type { AuthResult, SocialCode, SocialStart } from '../api/types'
import { SessionError } from '../errors'
import { normalizeEmail } from '../validate'
import { isLoopbackHost } from './httpOrigin'
import { invalidInput } from './refuse'
import type { Sessions } from './sessions'
import type { ResolvedTestAuthServerOptions, SocialProfile, UpstreamOidcProvider } from './types'
import type { Users } from './users'

// Social sign-in in the reference backend: OAuth 2.0 authorization code with PKCE (S256). A
// provider name is simulated (`authorize` consents); an upstream OpenID provider is really asked
// (its code exchanged at its token endpoint, its ID token verified against its JWKS).

const TEN_MINUTES = 10 * 60 * 1000

/** One `startSocial`: what the code that comes back must match. */
interface Authorization {
  id: string
  provider: string
  redirectUri: string
  state: string
  codeChallenge: string
  at: number
  /** Upstream only: the PKCE verifier this backend sent to the OpenID provider. */
  upstreamVerifier?: string
}

interface IssuedCode {
  authorization: Authorization
  /** `emailVerified`: the provider says it verified the email (OpenID's `email_verified: true`). */
  profile: { subject: string; email?: string; emailVerified: boolean; name?: string }
  used: boolean
}

export interface Social {
  start(input: SocialStart): Promise<{ url: string }>
  signIn(input: SocialCode): Promise<AuthResult>
  authorize(url: string, profile: SocialProfile): Promise<string>
  /** The upstream provider redirected back (`GET /oauth/{env}/{provider}/callback`): where to send the user. */
  callback(provider: string, query: URLSearchParams): Promise<string>
  /** Where the HTTP layer listens, for the URLs it hands out (`listen()` sets it). */
  base: string
}

const b64url = (bytes: Buffer) => bytes.toString('base64url')
const s256 = (verifier: string) => b64url(createHash('sha256').update(verifier).digest())
const CHALLENGE = /^[A-Za-z0-9_-]{43}$/

function redirectTo(redirectUri: string, params: Record<string, string>): string {
  const url = new URL(redirectUri)
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value)
  return url.toString()
}

async function discover(upstream: UpstreamOidcProvider) {
  const response = await fetch(`${upstream.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`)
  if (!response.ok) throw new SessionError('server', `The OpenID provider ${upstream.issuer} is unreachable.`)
  return (await response.json()) as {
    authorization_endpoint: string
    token_endpoint: string
    jwks_uri: string
    issuer: string
    userinfo_endpoint?: string
  }
}

type OidcConfig = Awaited<ReturnType<typeof discover>>

/**
 * Exchanges an upstream provider's code (with this backend's PKCE verifier and client secret) and
 * verifies its ID token against the provider's JWKS, issuer and audience: the user it names, or
 * null when the provider refused.
 */
async function exchangeUpstream(
  upstream: UpstreamOidcProvider,
  config: OidcConfig,
  { code, verifier, redirectUri }: { code: string; verifier: string; redirectUri: string },
): Promise<IssuedCode['profile'] | null> {
  const client = `${encodeURIComponent(upstream.clientId)}:${encodeURIComponent(upstream.clientSecret)}`
  const response = await fetch(config.token_endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(client).toString('base64')}`,
    },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
    }),
  })
  const tokens = (await response.json()) as { id_token?: string; access_token?: string }
  if (!response.ok || !tokens.id_token) return null
  const { payload } = await jwtVerify(tokens.id_token, createRemoteJWKSet(new URL(config.jwks_uri)), {
    issuer: config.issuer,
    audience: upstream.clientId,
  })
  if (typeof payload.sub !== 'string' || !payload.sub) return null
  // In the code flow a provider may keep the scope's claims (email, name) out of the ID token and
  // answer them at its UserInfo endpoint only (OpenID Connect Core §5.4): ask there, same `sub`.
  let claims: Record<string, unknown> = payload
  if (payload.email === undefined && tokens.access_token && config.userinfo_endpoint) {
    const info = await fetch(config.userinfo_endpoint, {
      headers: { authorization: `Bearer ${tokens.access_token}`, accept: 'application/json' },
    })
    const body = info.ok ? ((await info.json()) as Record<string, unknown>) : {}
    if (body.sub === payload.sub) claims = { ...body, ...payload }
  }
  return {
    subject: payload.sub,
    email: normalizeEmail(claims.email) ?? undefined,
    emailVerified: claims.email_verified === true,
    name: typeof claims.name === 'string' ? claims.name : undefined,
  }
}

/**
 * Whether social sign-in may send the user (and the code) back to this URL: an exact origin + path
 * of `socialRedirectUrls`; without that list, any path on `allowedOrigins`; without those either,
 * a loopback origin. An open redirect here hands the victim's code to whoever named the URL.
 */
function isAllowedRedirect(options: ResolvedTestAuthServerOptions, redirect: URL): boolean {
  if (options.socialRedirectUrls) {
    return options.socialRedirectUrls.includes(`${redirect.origin}${redirect.pathname}`)
  }
  if (options.allowedOrigins) return options.allowedOrigins.includes(redirect.origin)
  return redirect.protocol === 'http:' && isLoopbackHost(redirect.host)
}

/** What social sign-in works on. */
interface SocialParts {
  options: ResolvedTestAuthServerOptions
  users: Users
  sessions: Sessions
}

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

export function createSocial(parts: SocialParts): Social {
  const { options } = parts
  const { environmentId, now } = options
  const authorizations = new Map<string, Authorization>()
  const codes = new Map<string, IssuedCode>()
  const configured = (name: string) =>
    options.socialProviders.find((p) => (typeof p === 'string' ? p : p.name) === name)

  const authorization = (id: string | null) => {
    const found = id ? authorizations.get(id) : undefined
    if (!found || now() - found.at > TEN_MINUTES) {
      throw invalidInput(
        'This authorization request is unknown or has expired. Start the sign-in again.',
        400,
      )
    }
    return found
  }

  /** The app's redirect, with a fresh one-time code for this profile. */
  const issueCode = (auth: Authorization, profile: IssuedCode['profile']) => {
    authorizations.delete(auth.id)
    const code = b64url(randomBytes(24))
    codes.set(code, { authorization: auth, profile, used: false })
    return redirectTo(auth.redirectUri, { code, state: auth.state })
  }
  const deny = (auth: Authorization) => {
    authorizations.delete(auth.id)
    return redirectTo(auth.redirectUri, { error: 'access_denied', state: auth.state })
  }

  const social: Social = {
    base: 'https://lanyard.test',

    async start({ provider, redirectUri, state, codeChallenge }) {
      const upstream = configured(provider)
      if (!upstream) throw invalidInput(`The social provider "${provider}" is not enabled.`)
      let redirect: URL | null = null
      try {
        redirect = new URL(redirectUri)
      } catch {}
      if (!redirect || !/^https?:$/.test(redirect.protocol)) {
        throw invalidInput('`redirectUri` must be an absolute http(s) URL.', 400)
      }
      if (!isAllowedRedirect(options, redirect)) {
        throw invalidInput(
          `The redirect URL ${redirect.origin}${redirect.pathname} is not allowed: list it in the server's \`socialRedirectUrls\`.`,
          400,
        )
      }
      if (!CHALLENGE.test(codeChallenge ?? '') || !state) {
        throw invalidInput(
          'A PKCE S256 `codeChallenge` (43 base64url characters) and a `state` are required.',
          400,
        )
      }
      const auth: Authorization = { id: randomUUID(), provider, redirectUri, state, codeChallenge, at: now() }
      authorizations.set(auth.id, auth)
      if (typeof upstream === 'string') {
        const url = new URL(`${social.base}/oauth/${environmentId}/${provider}/authorize`)
        url.searchParams.set('request', auth.id)
        return { url: url.toString() }
      }
      auth.upstreamVerifier = b64url(randomBytes(32))
      const url = new URL((await discover(upstream)).authorization_endpoint)
      const params = {
        client_id: upstream.clientId,
        response_type: 'code',
        scope: 'openid email profile',
        redirect_uri: `${social.base}/oauth/${environmentId}/${provider}/callback`,
        state: auth.id,
        code_challenge: s256(auth.upstreamVerifier),
        code_challenge_method: 'S256',
      }
      for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value)
      return { url: url.toString() }
    },

    async authorize(url, profile) {
      const auth = authorization(new URL(url).searchParams.get('request'))
      if (typeof configured(auth.provider) !== 'string') {
        throw new TypeError(`"${auth.provider}" is an upstream OpenID provider: its own login page consents.`)
      }
      if (profile?.deny) return deny(auth)
      const email = normalizeEmail(profile?.email)
      if (!email) throw new TypeError('server.authorize needs the profile of the user: { email, name? }.')
      const emailVerified = profile.emailVerified !== false
      // An unverified address is no identity: the simulated account is keyed by it only when vouched for.
      const subject = emailVerified ? email : `unverified:${email}`
      return issueCode(auth, { subject, email, emailVerified, name: profile.name })
    },

    async callback(provider, query) {
      const auth = authorization(query.get('state'))
      const upstream = configured(provider)
      if (auth.provider !== provider || typeof upstream !== 'object') {
        throw invalidInput('This callback does not belong to that provider.', 400)
      }
      const code = query.get('code')
      if (!code) return deny(auth)
      const config = await discover(upstream)
      // RFC 9207: a provider that names itself in the response must be the one asked (mix-up defence).
      const iss = query.get('iss')
      if (iss !== null && iss !== config.issuer) {
        throw invalidInput('This callback comes from another issuer than the one asked.', 400)
      }
      const profile = await exchangeUpstream(upstream, config, {
        code,
        verifier: auth.upstreamVerifier as string,
        redirectUri: `${social.base}/oauth/${environmentId}/${provider}/callback`,
      })
      return profile ? issueCode(auth, profile) : deny(auth)
    },

    async signIn({ provider, code, codeVerifier, redirectUri }) {
      const issued = codes.get(code)
      const refused = (why: string) =>
        invalidInput(`The authorization code was refused: ${why}. Sign in again.`)
      if (!issued || issued.used) throw refused('it is unknown or was already used')
      issued.used = true
      const { authorization: auth, profile } = issued
      if (now() - auth.at > TEN_MINUTES) throw refused('it has expired')
      if (auth.provider !== provider || auth.redirectUri !== redirectUri) {
        throw refused('it was issued for another provider or redirect URI')
      }
      if (typeof codeVerifier !== 'string' || s256(codeVerifier) !== auth.codeChallenge) {
        throw refused('the PKCE code verifier does not match the challenge')
      }
      return signInAs(parts, provider, profile)
    },
  }

  return social
}
