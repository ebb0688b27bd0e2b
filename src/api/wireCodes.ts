import type { SessionError, SessionErrorCode } from '../errors'
import { sessionErrorCodes } from '../errors'
import type { Json } from './json'

// How an HTTP status and a SessionError code stand for each other, both ways: the client reads a
// code from a status and a body (`codeOf`), the reference backend answers an error with a status
// and a body (`statusOf`, `errorBody`).

/**
 * Dynamic's error `code`s as lanyard's, by rule rather than by list: `wrong_email_verification_token`,
 * `wrong_sms_verification_token`, `mfa_invalid_code` → `invalid_code`; `too_many_*_attempts` →
 * `too_many_attempts`; `invalid_email_verification` (and sms, and plain) → `code_expired`;
 * `too_many_requests` → `rate_limited`. Any other code passes as it is.
 */
const fromDynamic = (code: unknown): unknown =>
  typeof code !== 'string'
    ? code
    : /^wrong_\w+_token$|_invalid_code$/.test(code)
      ? 'invalid_code'
      : /^too_many_\w*attempts$/.test(code)
        ? 'too_many_attempts'
        : /^invalid_\w*verification$/.test(code)
          ? 'code_expired'
          : code === 'too_many_requests'
            ? 'rate_limited'
            : code

// Codes that only the client can produce: a server claiming them would be misleading.
const clientOnlyCodes: readonly string[] = ['network', 'timeout', 'cancelled', 'storage_unavailable']

/**
 * The code of a failed answer: for a 4xx the body's code wins (unless only a client can produce
 * it); otherwise 401 → `unauthorized`, 429 → `rate_limited`, another 4xx → `invalid_input`, and
 * anything else `server`, a 403 without a code included: a proxy or firewall refusing must not
 * end the session.
 */
export function codeOf(status: number, bodyCode?: unknown): SessionErrorCode {
  bodyCode = fromDynamic(bodyCode)
  const clientError = status >= 400 && status < 500
  const known =
    sessionErrorCodes.includes(bodyCode as SessionErrorCode) && !clientOnlyCodes.includes(bodyCode as string)
  if (clientError && known) return bodyCode as SessionErrorCode
  if (status === 401) return 'unauthorized'
  if (status === 429) return 'rate_limited'
  return clientError && status !== 403 ? 'invalid_input' : 'server'
}

const statuses: Partial<Record<SessionErrorCode, number>> = {
  unauthorized: 401,
  invalid_token: 401,
  rate_limited: 429,
  access_denied: 403,
  invalid_state: 409,
  server: 500,
  network: 502,
  timeout: 504,
}

/** The status a server answers a SessionError with when the error names none (400 by default). */
export const statusOf = (code: SessionErrorCode): number => statuses[code] ?? 400

/**
 * The body of an error answer as Dynamic writes it: `{ error: message, code }`, the code in Dynamic's
 * vocabulary where it has one for the route (`path`: email, SMS or MFA), else lanyard's.
 */
export function errorBody({ code, message }: SessionError, path = ''): Json {
  const channel = /email|sms/i.exec(path)?.[0].toLowerCase()
  const mfa = path.includes('/mfa/')
  const dynamic =
    code === 'invalid_code'
      ? channel
        ? `wrong_${channel}_verification_token`
        : mfa && 'mfa_invalid_code'
      : code === 'too_many_attempts'
        ? `too_many_${channel ? `${channel}_` : ''}verification_attempts`
        : code === 'code_expired' && `invalid_${channel ? `${channel}_` : ''}verification`
  return { error: message, code: dynamic || code }
}
