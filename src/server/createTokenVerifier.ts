import { createLocalJWKSet } from 'jose'
import { checkClaims, compactParts, type VerifiedClaims } from './claims'
import type { TokenVerificationError } from './errors'
import { fetchJwks, type KeyResolver } from './fetchJwks'
import type { JwkSet } from './jwk'
import { createJwksCache } from './jwksCache'
import { verifyJwt } from './verifyJwt'

export type { VerifiedClaims } from './claims'

/**
 * Options of {@link createTokenVerifier}. Give `jwksUrl` or `jwks` (exactly one), `issuer` and `audience`.
 *
 * @example
 * ```ts
 * const options: TokenVerifierOptions = {
 *   jwksUrl: `${baseUrl}/sdk/${environmentId}/.well-known/jwks`,
 *   issuer: 'https://auth.example.com/my-env',
 *   audience: 'my-app',
 *   requiredScope: 'user:basic',
 * }
 * ```
 */
export interface TokenVerifierOptions {
  /** Where the auth server publishes its public keys, e.g. `${baseUrl}/sdk/${environmentId}/.well-known/jwks`. */
  jwksUrl?: string | URL
  /** A fixed key set instead of `jwksUrl` (tests, or keys shipped with the deployment). Never refetched. */
  jwks?: JwkSet
  /** The exact `iss` the tokens must carry. */
  issuer: string
  /** The `aud` the tokens must carry (one of them, if `aud` is an array). */
  audience: string
  /** The scope a session token needs to pass; default `'user:basic'` (a fully logged-in user). */
  requiredScope?: string
  /**
   * The step-up action this verifier is for (e.g. `'transfer'`): it then accepts only a step-up token
   * (`token_use: 'elevated'`) whose scope is exactly this action, and refuses session tokens.
   * Without it (the default) step-up tokens are refused (`wrong_token_use`): a token the user
   * minted for one action never passes as a session, whatever scope a route requires.
   */
  stepUpAction?: string
  /** Leeway for `exp` and `nbf`, in seconds; default 5. */
  clockToleranceSeconds?: number
  /**
   * The JWKS is requested at most once per this many ms when a token names an unknown `kid`, and
   * while no set has loaded yet (the auth server is down); default 30 000.
   */
  cooldownMs?: number
  /** A cached JWKS older than this is refreshed before the next verification; default 10 minutes. */
  cacheMaxAgeMs?: number
  /** Time-out of one JWKS request, in ms; default 5 000. */
  timeoutMs?: number
  /** The `fetch` used for the JWKS; default `globalThis.fetch`. */
  fetch?: typeof fetch
  /** The clock, in ms; default `Date.now`. Used for `exp`/`nbf` and the JWKS cache. */
  now?: () => number
}

/**
 * What {@link createTokenVerifier} returns: make one per process and reuse it (it caches the JWKS).
 *
 * @example
 * ```ts
 * const claims = await verifier.verify(request.headers.get('authorization')?.slice('Bearer '.length) ?? '')
 * ```
 */
export interface TokenVerifier {
  /**
   * Resolves with the token's claims, or rejects with a {@link TokenVerificationError}.
   * @param token - the compact JWT (from the `Authorization: Bearer` header or the session cookie)
   */
  verify(token: string): Promise<VerifiedClaims>
}

/**
 * Creates a verifier for lanyard / Dynamic-shaped JWTs, for backends on Node and edge runtimes.
 * It checks the RS256/ES256 signature against the JWKS, `iss`, `aud`, `exp`/`nbf` (with a small
 * leeway) and the scope. The JWKS is cached and refetched when a token names an unknown `kid`,
 * at most once per `cooldownMs` (also while the auth server is down), so rotated keys are picked up
 * and neither junk tokens nor an outage multiply the requests. A JWKS response over 1 MB is refused.
 *
 * @example
 * ```ts
 * const verifier = createTokenVerifier({
 *   jwksUrl: 'https://auth.example.com/sdk/my-env/.well-known/jwks',
 *   issuer: 'https://auth.example.com/my-env',
 *   audience: 'my-app',
 * })
 * const claims = await verifier.verify(token) // throws TokenVerificationError
 * ```
 *
 * @param options - where the keys are and what the tokens must say, see {@link TokenVerifierOptions}
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const { issuer, audience, requiredScope = 'user:basic', clockToleranceSeconds = 5, stepUpAction } = options
  const now = options.now ?? (() => Date.now())
  if (typeof issuer !== 'string' || issuer === '' || typeof audience !== 'string' || audience === '') {
    throw new TypeError('createTokenVerifier needs a non-empty `issuer` and `audience`.')
  }
  if (stepUpAction !== undefined && (typeof stepUpAction !== 'string' || stepUpAction === '')) {
    throw new TypeError('createTokenVerifier: `stepUpAction` must name the action, like "transfer".')
  }
  if ((options.jwks === undefined) === (options.jwksUrl === undefined)) {
    throw new TypeError('createTokenVerifier needs exactly one of `jwksUrl` or `jwks`.')
  }
  const keys = options.jwks ? fixedKeys(options.jwks) : remoteKeys(options, now)
  return {
    async verify(token: string): Promise<VerifiedClaims> {
      compactParts(token)
      const payload = await verifyJwt(token, keys, { issuer, audience, clockToleranceSeconds, now: now() })
      return checkClaims(payload, { requiredScope, stepUpAction })
    },
  }
}

function fixedKeys(jwks: JwkSet): KeyResolver {
  try {
    return createLocalJWKSet(jwks)
  } catch (cause) {
    throw new TypeError('createTokenVerifier: `jwks` is not a JSON Web Key Set.', { cause })
  }
}

function remoteKeys(options: TokenVerifierOptions, now: () => number): KeyResolver {
  const url = new URL(options.jwksUrl as string | URL)
  const { cooldownMs = 30_000, cacheMaxAgeMs = 600_000, timeoutMs = 5_000 } = options
  return createJwksCache({
    load: () => fetchJwks(url, { fetch: options.fetch, timeoutMs }),
    now,
    cooldownMs,
    cacheMaxAgeMs,
  })
}
