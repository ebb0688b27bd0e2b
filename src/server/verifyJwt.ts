import { type JWTPayload, type JWTVerifyOptions, jwtVerify } from 'jose'
import { fail, sanitize, TokenVerificationError, type TokenVerificationErrorCode } from './errors'
import type { KeyResolver } from './fetchJwks'

const ALGORITHMS = ['RS256', 'ES256']

/** What `jwtVerify` checks besides the signature. */
export interface JwtChecks {
  issuer: string
  audience: string
  clockToleranceSeconds: number
  /** The current time, in ms. */
  now: number
}

/**
 * The payload of a token whose signature (RS256/ES256), `iss`, `aud`, `exp` and `nbf` hold.
 * Every refusal is a TokenVerificationError that contains neither the token nor its parts.
 *
 * @param token - a compact JWS, already checked for its shape
 * @param keys - finds the public key for the token's header
 * @param checks - the expected issuer and audience, the leeway and the clock
 */
export async function verifyJwt(token: string, keys: KeyResolver, checks: JwtChecks): Promise<JWTPayload> {
  const options: JWTVerifyOptions = {
    algorithms: ALGORITHMS,
    issuer: checks.issuer,
    audience: checks.audience,
    clockTolerance: checks.clockToleranceSeconds,
    currentDate: new Date(checks.now),
    requiredClaims: ['exp', 'sub'],
  }
  try {
    return await verifyWithEveryMatch(token, keys, options)
  } catch (error) {
    if (error instanceof TokenVerificationError) throw error
    const [code, message] = classify(error)
    throw fail(code, message, sanitize(error, [token, ...token.split('.')]))
  }
}

async function verifyWithEveryMatch(token: string, keys: KeyResolver, options: JWTVerifyOptions) {
  try {
    return (await jwtVerify(token, keys, options)).payload
  } catch (error) {
    // Several keys share the kid (or there is none): try each, as jose leaves that to the caller.
    if ((error as { code?: unknown }).code !== 'ERR_JWKS_MULTIPLE_MATCHING_KEYS') throw error
    let last: unknown = error
    for await (const key of error as AsyncIterable<CryptoKey>) {
      try {
        return (await jwtVerify(token, key, options)).payload
      } catch (attempt) {
        last = attempt
      }
    }
    throw last
  }
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
