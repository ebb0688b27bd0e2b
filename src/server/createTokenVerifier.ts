import {
  createLocalJWKSet,
  type JSONWebKeySet,
  type JWSHeaderParameters,
  type JWTPayload,
  type JWTVerifyOptions,
  jwtVerify,
} from 'jose'
import { TokenVerificationError, type TokenVerificationErrorCode } from './errors'

/** Options of {@link createTokenVerifier}. Give `jwksUrl` or `jwks`. */
export interface TokenVerifierOptions {
  /** Where the auth server publishes its public keys, e.g. `${baseUrl}/sdk/${environmentId}/.well-known/jwks`. */
  jwksUrl?: string | URL
  /** A fixed key set instead of `jwksUrl` (tests, or keys shipped with the deployment). Never refetched. */
  jwks?: JSONWebKeySet
  /** The exact `iss` the tokens must carry. */
  issuer: string
  /** The `aud` the tokens must carry (one of them, if `aud` is an array). */
  audience: string
  /** The scope a token needs to pass; default `'user:basic'` (a fully logged-in user). */
  requiredScope?: string
  /** Leeway for `exp` and `nbf`, in seconds; default 5. */
  clockToleranceSeconds?: number
  /** A token with an unknown `kid` refetches the JWKS at most once per this many ms; default 30 000. */
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

/** The claims of a verified lanyard (Dynamic-shaped) token. */
export interface VerifiedClaims extends JWTPayload {
  sub: string
  iss: string
  exp: number
  /** Space-separated scopes; always includes the verifier's `requiredScope`. */
  scope: string
  /** The session id. */
  sid?: string
  environment_id?: string
  email?: string
  verified_credentials?: unknown[]
  missing_fields?: unknown[]
}

/** What {@link createTokenVerifier} returns. */
export interface TokenVerifier {
  /** Resolves with the token's claims, or rejects with a {@link TokenVerificationError}. */
  verify(token: string): Promise<VerifiedClaims>
}

type KeyResolver = ReturnType<typeof createLocalJWKSet>

const ALGORITHMS = ['RS256', 'ES256']
const MAX_TOKEN_LENGTH = 16_384

const fail = (code: TokenVerificationErrorCode, message: string, cause?: unknown, mfaPending?: boolean) =>
  new TokenVerificationError(code, message, { cause, mfaPending })

/** A copy of an error that keeps its name, code and message but none of its attached data (payloads, tokens). */
function sanitize(error: unknown, secrets: readonly string[]): Error | undefined {
  if (!(error instanceof Error)) return undefined
  let message = error.message
  for (const secret of secrets) if (secret) message = message.split(secret).join('[redacted]')
  const copy = new Error(message)
  copy.name = error.name
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string') (copy as Error & { code: string }).code = code
  copy.stack = `${copy.name}: ${message}`
  return copy
}

function classify(error: unknown): [TokenVerificationErrorCode, string] {
  const { code, claim } = error as { code?: unknown; claim?: unknown }
  switch (code) {
    case 'ERR_JWT_EXPIRED':
      return ['expired', 'The token has expired. The client should refresh it or sign in again.']
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      if (claim === 'nbf')
        return ['not_yet_valid', 'The token is not valid yet (nbf). Check the server clock.']
      if (claim === 'iss')
        return ['wrong_issuer', 'The token was issued by another issuer (iss). Check `issuer`.']
      if (claim === 'aud')
        return ['wrong_audience', 'The token is meant for another audience (aud). Check `audience`.']
      return ['malformed', 'The token lacks a required claim or has an invalid one (exp, iat, sub).']
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return [
        'invalid_signature',
        'The token signature does not match: it was altered or signed by another key.',
      ]
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return [
        'invalid_signature',
        `The token is not signed with an allowed algorithm (${ALGORITHMS.join(', ')}).`,
      ]
    case 'ERR_JWKS_NO_MATCHING_KEY':
      return [
        'unknown_key',
        'No key of the JWKS matches the token (kid). It may come from another environment.',
      ]
    case 'ERR_JWKS_INVALID':
    case 'ERR_JWK_INVALID':
      return ['jwks_unavailable', 'The JWKS is not a valid set of public keys.']
    default:
      return ['malformed', 'The token is not a well-formed signed JWT.']
  }
}

/**
 * Creates a verifier for lanyard / Dynamic-shaped JWTs, for backends on Node and edge runtimes.
 * It checks the RS256/ES256 signature against the JWKS, `iss`, `aud`, `exp`/`nbf` (with a small
 * leeway) and the scope. The JWKS is cached and refetched when a token names an unknown `kid`,
 * at most once per `cooldownMs`, so rotated keys are picked up and junk tokens cannot flood the
 * auth server.
 *
 * @example
 * const verifier = createTokenVerifier({
 *   jwksUrl: 'https://auth.example.com/sdk/my-env/.well-known/jwks',
 *   issuer: 'https://auth.example.com/my-env',
 *   audience: 'my-app',
 * })
 * const claims = await verifier.verify(token) // throws TokenVerificationError
 *
 * @param options - where the keys are and what the tokens must say, see {@link TokenVerifierOptions}
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const {
    issuer,
    audience,
    requiredScope = 'user:basic',
    clockToleranceSeconds = 5,
    cooldownMs = 30_000,
    cacheMaxAgeMs = 600_000,
    timeoutMs = 5_000,
  } = options
  const now = options.now ?? (() => Date.now())
  if (typeof issuer !== 'string' || issuer === '' || typeof audience !== 'string' || audience === '') {
    throw new TypeError('createTokenVerifier needs a non-empty `issuer` and `audience`.')
  }
  if ((options.jwks === undefined) === (options.jwksUrl === undefined)) {
    throw new TypeError('createTokenVerifier needs exactly one of `jwksUrl` or `jwks`.')
  }
  const jwksUrl = options.jwksUrl === undefined ? undefined : new URL(options.jwksUrl)

  let keys: KeyResolver | undefined
  try {
    keys = options.jwks ? createLocalJWKSet(options.jwks) : undefined
  } catch (cause) {
    throw new TypeError('createTokenVerifier: `jwks` is not a JSON Web Key Set.', { cause })
  }
  let fetchedAt = Number.NEGATIVE_INFINITY // when the cached set was fetched
  let attemptedAt = Number.NEGATIVE_INFINITY // when a fetch was last started, successful or not
  let inFlight: Promise<KeyResolver> | undefined

  async function download(): Promise<KeyResolver> {
    const fetchImpl = options.fetch ?? globalThis.fetch
    let response: Response
    try {
      response = await fetchImpl(jwksUrl as URL, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (cause) {
      throw fail(
        'jwks_unavailable',
        'The JWKS could not be fetched. Check `jwksUrl` and the network.',
        sanitize(cause, []),
      )
    }
    if (!response.ok) {
      throw fail('jwks_unavailable', `The JWKS request answered HTTP ${response.status}. Check \`jwksUrl\`.`)
    }
    try {
      const resolver = createLocalJWKSet((await response.json()) as JSONWebKeySet)
      fetchedAt = now()
      return resolver
    } catch (cause) {
      throw fail('jwks_unavailable', 'The JWKS response is not a JSON Web Key Set.', sanitize(cause, []))
    }
  }

  function refetch(): Promise<KeyResolver> {
    if (!inFlight) {
      attemptedAt = now()
      inFlight = download()
        .then((resolver) => {
          keys = resolver
          return resolver
        })
        .finally(() => {
          inFlight = undefined
        })
    }
    return inFlight
  }

  async function currentKeys(): Promise<KeyResolver> {
    if (!keys) return refetch()
    if (jwksUrl && now() - fetchedAt > cacheMaxAgeMs && now() - attemptedAt >= cooldownMs) {
      // Stale: refresh, but keep serving the old set if the auth server is briefly unreachable.
      return refetch().catch(() => keys as KeyResolver)
    }
    return keys
  }

  const getKey = async (header: JWSHeaderParameters, token: Parameters<KeyResolver>[1]) => {
    const resolver = await currentKeys()
    try {
      return await resolver(header, token)
    } catch (error) {
      const noMatch = (error as { code?: unknown }).code === 'ERR_JWKS_NO_MATCHING_KEY'
      if (!noMatch || !jwksUrl || now() - attemptedAt < cooldownMs) throw error
      // An unknown kid: the auth server may have rotated its keys since the last fetch.
      return (await refetch())(header, token)
    }
  }

  async function verifyOnce(token: string): Promise<JWTPayload> {
    const verifyOptions: JWTVerifyOptions = {
      algorithms: ALGORITHMS,
      issuer,
      audience,
      clockTolerance: clockToleranceSeconds,
      currentDate: new Date(now()),
      requiredClaims: ['exp', 'sub'],
    }
    try {
      return (await jwtVerify(token, getKey, verifyOptions)).payload
    } catch (error) {
      // Several keys share the kid (or there is none): try each, as jose leaves that to the caller.
      if ((error as { code?: unknown }).code !== 'ERR_JWKS_MULTIPLE_MATCHING_KEYS') throw error
      let last: unknown = error
      for await (const key of error as AsyncIterable<CryptoKey>) {
        try {
          return (await jwtVerify(token, key, verifyOptions)).payload
        } catch (attempt) {
          last = attempt
        }
      }
      throw last
    }
  }

  return {
    async verify(token: string): Promise<VerifiedClaims> {
      const parts = typeof token === 'string' ? token.split('.') : []
      if (
        parts.length !== 3 ||
        (token as string).length > MAX_TOKEN_LENGTH ||
        parts.some((part) => part === '')
      ) {
        throw fail('malformed', 'The token is not a compact signed JWT (header.payload.signature).')
      }
      let payload: JWTPayload
      try {
        payload = await verifyOnce(token)
      } catch (error) {
        if (error instanceof TokenVerificationError) throw error
        const [code, message] = classify(error)
        throw fail(code, message, sanitize(error, [token, ...parts]))
      }
      if (typeof payload.sub !== 'string' || payload.sub === '' || typeof payload.exp !== 'number') {
        throw fail('malformed', 'The token has no subject or no expiry.')
      }
      const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : []
      if (!scopes.includes(requiredScope)) {
        if (scopes.includes('requiresAdditionalAuth')) {
          throw fail(
            'insufficient_scope',
            'The user has not completed MFA yet (scope requiresAdditionalAuth). Ask the client to finish signing in.',
            undefined,
            true,
          )
        }
        throw fail('insufficient_scope', `The token lacks the scope "${requiredScope}".`)
      }
      return payload as VerifiedClaims
    },
  }
}
