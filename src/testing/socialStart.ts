import { randomBytes, randomUUID } from 'node:crypto'
import type { SocialStart } from '../api/types'
import { isLoopbackHost } from './httpOrigin'
import { invalidInput } from './refuse'
import { type Authorization, b64url, CHALLENGE, configured, type SocialParts, s256 } from './socialParts'
import { discover } from './socialUpstream'
import type { ResolvedTestAuthServerOptions, UpstreamOidcProvider } from './types'

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

/** The redirect URL and PKCE challenge of a start: absolute, allowed, S256, with a state. */
function checkStart(
  options: ResolvedTestAuthServerOptions,
  { redirectUri, state, codeChallenge }: SocialStart,
) {
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
}

/** The upstream provider's authorization URL, with this backend's own PKCE verifier for it. */
async function upstreamUrl(
  { options }: SocialParts,
  base: string,
  upstream: UpstreamOidcProvider,
  auth: Authorization,
): Promise<string> {
  auth.upstreamVerifier = b64url(randomBytes(32))
  const url = new URL((await discover(upstream)).authorization_endpoint)
  const params = {
    client_id: upstream.clientId,
    response_type: 'code',
    scope: 'openid email profile',
    redirect_uri: `${base}/oauth/${options.environmentId}/${auth.provider}/callback`,
    state: auth.id,
    code_challenge: s256(auth.upstreamVerifier),
    code_challenge_method: 'S256',
  }
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value)
  return url.toString()
}

/** Opens an authorization: the URL of the simulated consent page, or of the upstream provider. */
export async function startSocial(
  parts: SocialParts,
  base: string,
  input: SocialStart,
): Promise<{ url: string }> {
  const { provider, redirectUri, state, codeChallenge } = input
  const upstream = configured(parts, provider)
  if (!upstream) throw invalidInput(`The social provider "${provider}" is not enabled.`)
  checkStart(parts.options, input)
  const auth: Authorization = {
    id: randomUUID(),
    provider,
    redirectUri,
    state,
    codeChallenge,
    at: parts.options.now(),
  }
  parts.authorizations.set(auth.id, auth)
  if (typeof upstream !== 'string') return { url: await upstreamUrl(parts, base, upstream, auth) }
  const url = new URL(`${base}/oauth/${parts.options.environmentId}/${provider}/authorize`)
  url.searchParams.set('request', auth.id)
  return { url: url.toString() }
}
