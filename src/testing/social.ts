import type { AuthResult, SocialCode, SocialStart } from '../api/types'
import { authorize, callback } from './socialConsent'
import type { SocialParts } from './socialParts'
import { signInWithCode } from './socialSignIn'
import { startSocial } from './socialStart'
import type { SocialProfile } from './types'

// Social sign-in in the reference backend: OAuth 2.0 authorization code with PKCE (S256). A
// provider name is simulated (`authorize` consents); an upstream OpenID provider is really asked
// (its code exchanged at its token endpoint, its ID token verified against its JWKS).

export interface Social {
  start(input: SocialStart): Promise<{ url: string }>
  signIn(input: SocialCode): Promise<AuthResult>
  authorize(url: string, profile: SocialProfile): Promise<string>
  /** The upstream provider redirected back (`GET /oauth/{env}/{provider}/callback`): where to send the user. */
  callback(provider: string, query: URLSearchParams): Promise<string>
  /** Where the HTTP layer listens, for the URLs it hands out (`listen()` sets it). */
  base: string
}

export function createSocial(backend: Omit<SocialParts, 'authorizations' | 'codes'>): Social {
  const parts: SocialParts = { ...backend, authorizations: new Map(), codes: new Map() }
  const social: Social = {
    base: 'https://lanyard.test',
    start: (input) => startSocial(parts, social.base, input),
    authorize: (url, profile) => authorize(parts, url, profile),
    callback: (provider, query) => callback(parts, social.base, provider, query),
    signIn: (input) => signInWithCode(parts, input),
  }
  return social
}
