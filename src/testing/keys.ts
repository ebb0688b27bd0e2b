import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  randomBytes,
} from 'node:crypto'
import { type JWK, type JWTPayload, jwtVerify, SignJWT } from 'jose'
import type { Jwk } from '../server/jwk'

interface SigningKey {
  kid: string
  privateKey: KeyObject
  publicKey: KeyObject
  jwk: JWK
}

/** The server's public keys, as served at `/.well-known/jwks`. */
export interface Jwks {
  /** The public keys (RS256), newest first, each with its `kid`. */
  keys: Jwk[]
}

/** RS256 signing keys of a test server: the newest signs, all of them verify and are served as JWKS. */
export interface KeyRing {
  jwks(): Jwks
  /** Generates the first key now if none exists (it takes a moment: do it before reading the clock). */
  prepare(): void
  rotate(): string
  sign(claims: JWTPayload): Promise<string>
  verify(token: string, options: { issuer: string; audience: string; now: number }): Promise<JWTPayload>
}

export function createKeyRing(): KeyRing {
  const keys: SigningKey[] = []

  // Generated synchronously with node:crypto so that jwks() can stay synchronous, and lazily so
  // that creating a server costs nothing until a token or the JWKS is needed. The pair comes out
  // encoded and is re-imported: exporting the KeyObjects the generation job made deadlocked Node 20
  // now and then (a garbage collection during the export ran the job's destructor, which waits on a
  // lock the export holds; docs/troubleshooting.md has the backtrace).
  const generate = (): SigningKey => {
    const pair = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      publicKeyEncoding: { type: 'spki', format: 'der' },
      privateKeyEncoding: { type: 'pkcs8', format: 'der' },
    })
    const kid = randomBytes(8).toString('base64url')
    const publicKey = createPublicKey({ key: pair.publicKey, type: 'spki', format: 'der' })
    const jwk: JWK = { ...(publicKey.export({ format: 'jwk' }) as JWK), kid, alg: 'RS256', use: 'sig' }
    const privateKey = createPrivateKey({ key: pair.privateKey, type: 'pkcs8', format: 'der' })
    const key = { kid, privateKey, publicKey, jwk }
    keys.push(key)
    return key
  }
  const current = () => keys.at(-1) ?? generate()

  return {
    jwks() {
      current()
      return { keys: keys.map((key) => ({ ...key.jwk })).reverse() }
    },
    prepare() {
      current()
    },
    rotate: () => generate().kid,
    sign(claims) {
      const key = current()
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
        .sign(key.privateKey)
    },
    async verify(token, { issuer, audience, now }) {
      const { payload } = await jwtVerify(
        token,
        (header) => {
          const key = keys.find((candidate) => candidate.kid === header.kid)
          if (!key) throw new Error('unknown kid')
          return key.publicKey
        },
        { algorithms: ['RS256'], issuer, audience, currentDate: new Date(now) },
      )
      return payload
    },
  }
}
