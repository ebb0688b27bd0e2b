/**
 * Every code a {@link SessionError} can carry. Switch on it in a login UI; docs/errors.md says
 * when each one happens and what to show.
 *
 * @example
 * ```ts
 * function messageFor(code: SessionErrorCode): string {
 *   switch (code) {
 *     case 'invalid_code': return 'That code is not right. Try again.'
 *     case 'rate_limited': return 'Too many tries. Wait a moment.'
 *     default: return 'Something went wrong.'
 *   }
 * }
 * ```
 */
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
  | 'access_denied'

/**
 * The codes, in the order of {@link SessionErrorCode}: frozen, for exhaustive tables and checks.
 *
 * @example
 * ```ts
 * const isCode = (value: string): value is SessionErrorCode =>
 *   (sessionErrorCodes as readonly string[]).includes(value)
 * ```
 */
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
  'access_denied',
])

/**
 * The optional details of a {@link SessionError}.
 * @inline
 */
export interface SessionErrorOptions {
  /** Seconds to wait before trying again (for `rate_limited`). */
  retryAfter?: number
  /** The HTTP status of the response that failed, if any. */
  status?: number
  /** The underlying failure. Never a token. */
  cause?: unknown
}

// Every copy of lanyard in a process must agree on what a SessionError is. The CommonJS build
// bundles this class into each entry (`lanyard`, `lanyard/testing`, `lanyard/server`), and an app
// can load the ESM and the CJS build side by side (the dual-package hazard), so one process may hold
// several SessionError classes, and a plain prototype `instanceof` rejects another copy's errors
// (a wrong code from lanyard/testing's backend then turns into `network`). A shared chunk cannot fix
// the ESM/CJS pair, so, as nanostores keeps its epoch in globalThis, the identity lives in the
// process-wide symbol registry: every copy brands its instances with the same `Symbol.for` key and
// `instanceof` checks the brand. The key names no version: a SessionError is the same shape in all.
const brand = Symbol.for('lanyard.SessionError')

/**
 * The one error type lanyard rejects with. `code` says what went wrong, `message` says what to do.
 *
 * `instanceof SessionError` holds for the errors of every copy of lanyard in the process (ESM and
 * CJS builds, every entry).
 *
 * @example
 * ```ts
 * try {
 *   await session.email.verifyCode(code)
 * } catch (error) {
 *   if (error instanceof SessionError && error.code === 'invalid_code') showWrongCode()
 * }
 * ```
 *
 * @param code - one of {@link SessionErrorCode}
 * @param message - what went wrong and how to fix it; never contains a token. Empty: the code
 * @param options - `retryAfter` (seconds, for `rate_limited`), `status` (HTTP) and `cause`
 */
export class SessionError extends Error {
  /** Always 'SessionError'. */
  override readonly name = 'SessionError'
  /** What went wrong, as one of {@link SessionErrorCode}: switch on it. */
  readonly code: SessionErrorCode
  /** Seconds to wait before trying again, when the server said (`rate_limited`). */
  readonly retryAfter?: number
  /** The HTTP status of the response that failed, if any. */
  readonly status?: number

  constructor(
    code: SessionErrorCode,
    message: string,
    { cause, retryAfter, status }: SessionErrorOptions = {},
  ) {
    // Messages meant for developers are written `process.env.NODE_ENV !== 'production' ? '...' : ''` at
    // each site (not through a shared constant: a bundler folds the expression only where it stands), so
    // production bundles drop them; the code stands in for the message.
    super(message || code, cause === undefined ? undefined : { cause })
    this.code = code
    this.retryAfter = retryAfter
    this.status = status
    // Not enumerable: invisible to logs, spreads and deep equality.
    Object.defineProperty(this, brand, { value: true })
  }

  /** True for a SessionError made by any copy of lanyard (ESM or CJS, any entry). */
  static override [Symbol.hasInstance](value: unknown): value is SessionError {
    // A subclass keeps the ordinary prototype check, so `instanceof Subclass` means what it says.
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class on the right of `instanceof`
    if (this !== SessionError) return Function.prototype[Symbol.hasInstance].call(this, value)
    return typeof value === 'object' && value !== null && (value as { [brand]?: unknown })[brand] === true
  }
}

/**
 * Whether a value is a {@link SessionError}, optionally with the given code.
 *
 * @example
 * ```ts
 * session.email.verifyCode(code).catch((error) => {
 *   if (isSessionError(error, 'code_expired')) return session.email.resendCode()
 *   throw error
 * })
 * ```
 *
 * @param value - anything caught
 * @param code - the code it must carry; any code when omitted
 */
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
  new SessionError('cancelled', process.env.NODE_ENV !== 'production' ? 'The request was cancelled.' : '', {
    cause,
  })

/** A `network` error: nothing usable came back. */
export const networkError = (cause: unknown): SessionError =>
  new SessionError(
    'network',
    process.env.NODE_ENV !== 'production'
      ? 'The auth server could not be reached. Check the connection (and CORS), then retry.'
      : '',
    {
      cause,
    },
  )
