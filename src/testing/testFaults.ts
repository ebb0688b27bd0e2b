import type { AuthApi } from '../api/types'
import type { SessionErrorCode } from '../errors'

// Fault injection: which AuthApi operation fails, and how.

/** The `AuthApi` methods, by name: what {@link TestAuthServer.fail} targets. */
export type ApiOperation = Exclude<keyof AuthApi, 'environmentId'>

/** What an injected failure looks like. `status: 0` is a network failure (`TypeError('fetch failed')`). */
export interface InjectedFailure {
  /** The HTTP status to fail with; 0 for a network failure. */
  status: number
  /**
   * Default: the code the HTTP client reads from that status (401 unauthorized, 429 rate_limited,
   * another 4xx but 403 invalid_input, anything else server).
   */
  code?: SessionErrorCode
  /** The error's message. Default: names the operation and the status. */
  message?: string
  /** For 429: seconds. Default 1. */
  retryAfter?: number
}
