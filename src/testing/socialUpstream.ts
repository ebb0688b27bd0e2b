import { createRemoteJWKSet, jwtVerify } from 'jose'
import { SessionError } from '../errors'
import { normalizeEmail } from '../validate'
import type { IssuedCode } from './socialParts'
import type { UpstreamOidcProvider } from './types'

// An upstream OpenID provider is really asked: its configuration discovered, its code exchanged at
// its token endpoint, its ID token verified against its JWKS.

export async function discover(upstream: UpstreamOidcProvider) {
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

export type OidcConfig = Awaited<ReturnType<typeof discover>>

/**
 * Exchanges an upstream provider's code (with this backend's PKCE verifier and client secret) and
 * verifies its ID token against the provider's JWKS, issuer and audience: the user it names, or
 * null when the provider refused.
 */
export async function exchangeUpstream(
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
