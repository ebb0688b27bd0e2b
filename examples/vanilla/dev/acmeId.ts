import { exportJWK, generateKeyPair, SignJWT } from 'jose'
import type { ExternalJwtOptions } from 'lanyard/testing'

/** The demo's own identity system, "Acme ID": its tokens are what `externalJwt.signIn` takes. */
export interface AcmeId {
  /** What the reference backend checks an Acme ID token against (the public key only). */
  options: ExternalJwtOptions
  /** A five-minute token for one person, as Acme ID would give a signed-in employee. */
  token(email: string): Promise<string>
}

/** A fresh ES256 key pair in memory; the private key never leaves this process. */
export async function createAcmeId(issuer: string): Promise<AcmeId> {
  const { privateKey, publicKey } = await generateKeyPair('ES256')
  const jwk = { ...(await exportJWK(publicKey)), kid: 'acme-1', alg: 'ES256', use: 'sig' } as JsonWebKey
  const audience = 'lanyard-demo'
  return {
    options: { jwks: { keys: [jwk] }, issuer, audience },
    token: (email) =>
      new SignJWT({ email, email_verified: true })
        .setProtectedHeader({ alg: 'ES256', kid: 'acme-1' })
        .setIssuer(issuer)
        .setAudience(audience)
        .setSubject(email.toLowerCase())
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey),
  }
}
