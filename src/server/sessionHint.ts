import type { SessionHint } from '../session/hint'
import { userFrom } from '../token/user'
import type { VerifiedClaims } from './createTokenVerifier'

/**
 * Turns the claims of a verified token into the JSON-safe hint a server-rendered page hands to
 * `createSession({ hint })`: `{ sessionId, expiresAt, user }`, the user derived exactly as the
 * client derives it from the same claims. No token, no signature: safe to embed in the HTML.
 *
 * @example
 * ```tsx
 * const token = (await cookies()).get('lanyard_session')?.value
 * const hint = token ? sessionHint(await verifier.verify(token)) : null
 * return <Providers hint={hint}>{children}</Providers>
 * ```
 *
 * @param claims - what `createTokenVerifier(...).verify(token)` resolved with
 * @returns the hint; `expiresAt` is the token's `exp` in ms (the server's clock)
 */
export function sessionHint(claims: VerifiedClaims): SessionHint {
  if (!Number.isFinite(claims?.exp)) {
    throw new TypeError(
      'sessionHint needs the claims of a verified token: pass what verifier.verify(token) resolved with.',
    )
  }
  const user = userFrom(claims)
  return { sessionId: user.sessionId, expiresAt: claims.exp * 1000, user }
}
