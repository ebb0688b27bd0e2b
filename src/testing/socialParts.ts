import { createHash } from 'node:crypto'
import type { Sessions } from './sessions'
import type { ResolvedTestAuthServerOptions } from './types'
import type { Users } from './users'

// What the social sign-in functions share: the records of an OAuth 2.0 authorization code flow with
// PKCE (S256), and the small encodings it uses.

export const TEN_MINUTES = 10 * 60 * 1000

/** One `startSocial`: what the code that comes back must match. */
export interface Authorization {
  id: string
  provider: string
  redirectUri: string
  state: string
  codeChallenge: string
  at: number
  /** Upstream only: the PKCE verifier this backend sent to the OpenID provider. */
  upstreamVerifier?: string
}

export interface IssuedCode {
  authorization: Authorization
  /** `emailVerified`: the provider says it verified the email (OpenID's `email_verified: true`). */
  profile: { subject: string; email?: string; emailVerified: boolean; name?: string }
  used: boolean
}

/** What social sign-in works on: the backend's parts, the open authorizations and the issued codes. */
export interface SocialParts {
  options: ResolvedTestAuthServerOptions
  users: Users
  sessions: Sessions
  /** By id (the `request` of the simulated consent page, the `state` sent upstream). */
  authorizations: Map<string, Authorization>
  /** The one-time codes handed to the app, by code. */
  codes: Map<string, IssuedCode>
}

export const b64url = (bytes: Buffer) => bytes.toString('base64url')
export const s256 = (verifier: string) => b64url(createHash('sha256').update(verifier).digest())
export const CHALLENGE = /^[A-Za-z0-9_-]{43}$/

export function redirectTo(redirectUri: string, params: Record<string, string>): string {
  const url = new URL(redirectUri)
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value)
  return url.toString()
}

/** The configured provider of that name: a simulated name, or an upstream OpenID provider. */
export const configured = ({ options }: SocialParts, name: string) =>
  options.socialProviders.find((p) => (typeof p === 'string' ? p : p.name) === name)
