/** Why {@link TokenVerificationError} refused a token. Switch on it to choose a 401 or a 403. */
export type TokenVerificationErrorCode =
  | 'malformed'
  | 'invalid_signature'
  | 'expired'
  | 'not_yet_valid'
  | 'wrong_issuer'
  | 'wrong_audience'
  | 'insufficient_scope'
  | 'wrong_token_use'
  | 'unknown_key'
  | 'jwks_unavailable'

/**
 * A token that `createTokenVerifier().verify()` refused. The message says why and never contains
 * the token; neither does `cause` (a sanitised copy of the underlying `jose` error, if any).
 *
 * @example
 * ```ts
 * try {
 *   await verifier.verify(token)
 * } catch (error) {
 *   if (error instanceof TokenVerificationError) return error.code === 'insufficient_scope' ? 403 : 401
 *   throw error
 * }
 * ```
 *
 * @param code - one of {@link TokenVerificationErrorCode}
 * @param message - what is wrong with the token and what to do
 * @param options - `cause`: the underlying failure, already stripped of the token; `mfaPending`
 */
export class TokenVerificationError extends Error {
  /** Always 'TokenVerificationError'. */
  override readonly name = 'TokenVerificationError'
  /** Why the token was refused, as one of {@link TokenVerificationErrorCode}. */
  readonly code: TokenVerificationErrorCode
  /** The token is valid but its MFA step is still pending (scope `requiresAdditionalAuth`). */
  readonly mfaPending: boolean

  constructor(
    code: TokenVerificationErrorCode,
    message: string,
    options: { cause?: unknown; mfaPending?: boolean } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.code = code
    this.mfaPending = options.mfaPending === true
  }
}

/** A {@link TokenVerificationError}; `cause` must already be stripped of the token (see {@link sanitize}). */
export const fail = (
  code: TokenVerificationErrorCode,
  message: string,
  cause?: unknown,
  mfaPending?: boolean,
): TokenVerificationError => new TokenVerificationError(code, message, { cause, mfaPending })

/** A copy of an error that keeps its name, code and message but none of its attached data (payloads, tokens). */
export function sanitize(error: unknown, secrets: readonly string[]): Error | undefined {
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
