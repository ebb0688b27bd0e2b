import { type SessionHint, sessionHint, type TokenVerifier, TokenVerificationError } from 'lanyard/server'

/**
 * Server only: the hint for the page from the request's session cookie. No cookie, or one the
 * verifier refuses (expired, revoked keys, forged): no hint, and the page renders `restoring`
 * until the browser has asked the auth server.
 */
export function hintReader(verifier: TokenVerifier) {
  return async (cookie: string | undefined): Promise<SessionHint | null> => {
    if (!cookie) return null
    try {
      return sessionHint(await verifier.verify(cookie))
    } catch (error) {
      if (error instanceof TokenVerificationError) return null
      throw error
    }
  }
}
