/**
 * One key of a JSON Web Key Set (RFC 7517): the members lanyard's keys use (RSA `n`/`e`, EC
 * `crv`/`x`/`y`), and any others a key carries. lanyard's own shape, so that the published types
 * need no JOSE library.
 *
 * @example
 * ```ts
 * const key: Jwk = { kty: 'RSA', kid: 'k1', alg: 'RS256', use: 'sig', n: '0vx7...', e: 'AQAB' }
 * ```
 */
export interface Jwk {
  /** The key type: `'RSA'` or `'EC'` for the keys lanyard verifies. */
  kty?: string
  /** The key id a token's header names. */
  kid?: string
  /** The algorithm, e.g. `'RS256'` or `'ES256'`. */
  alg?: string
  /** `'sig'` for signing keys. */
  use?: string
  /** RSA modulus (base64url). */
  n?: string
  /** RSA exponent (base64url). */
  e?: string
  /** EC curve, e.g. `'P-256'`. */
  crv?: string
  /** EC x coordinate (base64url). */
  x?: string
  /** EC y coordinate (base64url). */
  y?: string
  /** Any other member of the key. */
  [member: string]: unknown
}

/**
 * A JSON Web Key Set, as an auth server serves it at its JWKS URL.
 *
 * @example
 * ```ts
 * const jwks: JwkSet = await (await fetch('https://auth.example.com/sdk/my-env/.well-known/jwks')).json()
 * ```
 */
export interface JwkSet {
  /** The public keys. */
  keys: Jwk[]
}
