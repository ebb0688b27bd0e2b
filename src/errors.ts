/** Every code a {@link SessionError} can carry. Switch on it in a login UI. */
export type SessionErrorCode =
  | 'invalid_state'
  | 'invalid_input'
  | 'invalid_code'
  | 'code_expired'
  | 'too_many_attempts'
  | 'rate_limited'
  | 'wallet_rejected'
  | 'network'
  | 'timeout'
  | 'unauthorized'
  | 'server'
  | 'invalid_token'
  | 'storage_unavailable'
  | 'cancelled'

/** The codes, in the order of {@link SessionErrorCode}. */
export const sessionErrorCodes: readonly SessionErrorCode[] = Object.freeze([
  'invalid_state',
  'invalid_input',
  'invalid_code',
  'code_expired',
  'too_many_attempts',
  'rate_limited',
  'wallet_rejected',
  'network',
  'timeout',
  'unauthorized',
  'server',
  'invalid_token',
  'storage_unavailable',
  'cancelled',
])

export interface SessionErrorOptions {
  /** Seconds to wait before trying again (for `rate_limited`). */
  retryAfter?: number
  /** The HTTP status of the response that failed, if any. */
  status?: number
  /** The underlying failure. Never a token. */
  cause?: unknown
}

/**
 * The one error type lanyard rejects with. `code` says what went wrong, `message` says what to do.
 *
 * @example
 * try { await session.email.verifyCode(code) }
 * catch (error) { if (error instanceof SessionError && error.code === 'invalid_code') showWrongCode() }
 *
 * @param code - one of {@link SessionErrorCode}
 * @param message - what went wrong and how to fix it; never contains a token
 */
export class SessionError extends Error {
  override readonly name = 'SessionError'
  readonly code: SessionErrorCode
  readonly retryAfter?: number
  readonly status?: number

  constructor(
    code: SessionErrorCode,
    message: string,
    { cause, retryAfter, status }: SessionErrorOptions = {},
  ) {
    super(message, cause === undefined ? undefined : { cause })
    this.code = code
    this.retryAfter = retryAfter
    this.status = status
  }
}

/** Whether a value is a {@link SessionError}, optionally with the given code. */
export function isSessionError(value: unknown, code?: SessionErrorCode): value is SessionError {
  return value instanceof SessionError && (code === undefined || value.code === code)
}

/** Any rejection of an `AuthApi` call that is not a SessionError counts as a network failure. */
export function toSessionError(error: unknown): SessionError {
  return error instanceof SessionError
    ? error
    : (error as { name?: unknown } | null)?.name === 'AbortError'
      ? cancelledError(error)
      : networkError(error)
}

/** A `cancelled` error: the caller left the flow that made the request. */
export const cancelledError = (cause: unknown): SessionError =>
  new SessionError('cancelled', 'The request was cancelled.', { cause })

/** A `network` error: nothing usable came back. */
export const networkError = (cause: unknown): SessionError =>
  new SessionError(
    'network',
    'The auth server could not be reached. Check the connection (and CORS), then retry.',
    {
      cause,
    },
  )
