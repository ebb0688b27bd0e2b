import { SessionError } from '../errors'

// How the reference backend refuses a request: the status travels with the error, so the HTTP
// layer answers with it and the in-process API rejects exactly as the HTTP client would.

/** `invalid_input`: 422 for a well-formed request the backend will not do, 400 for a malformed one. */
export const invalidInput = (message: string, status = 422): SessionError =>
  new SessionError('invalid_input', message, { status })

/** `unauthorized` (401): no token, a bad one, or one whose session has ended. */
export const unauthorized = (message: string): SessionError =>
  new SessionError('unauthorized', message, { status: 401 })
