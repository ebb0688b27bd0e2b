import type { EndReason, SessionError } from 'lanyard'

/** What a person reads for a failure: the SDK's message already names the problem and the fix. */
export function describeError(error: SessionError | null | undefined): string | null {
  // The person closed a prompt (a passkey, a wallet) themselves: nothing to tell them.
  if (!error || error.code === 'cancelled') return null
  switch (error.code) {
    case 'invalid_code':
      return 'That code is not right. Check it and try again.'
    case 'code_expired':
      return 'That code has expired. Ask for a new one.'
    case 'too_many_attempts':
      return 'Too many wrong codes. Ask for a new code and start again.'
    case 'rate_limited':
      return error.retryAfter
        ? `Too many requests. Try again in ${Math.max(1, Math.ceil(error.retryAfter))} s.`
        : 'Too many requests. Wait a moment and try again.'
    case 'network':
      return 'Cannot reach the server. Check your connection and try again; you are still signed in where you were.'
    case 'timeout':
      return 'The server took too long to answer. Try again.'
    case 'wallet_rejected':
      return 'The wallet declined the request.'
    case 'access_denied':
      return 'Sign-in was declined: the provider or this app refused access for this account.'
    default:
      return onIpAddress() && /SecurityError/.test(error.message)
        ? `Passkeys need a domain name, not an IP address: open this page at ${location.protocol}//localhost${location.port ? `:${location.port}` : ''}${location.pathname}.`
        : error.message
  }
}

/** Browsers refuse WebAuthn on an IP address (`http://127.0.0.1:5173`), and say only "SecurityError". */
const onIpAddress = () =>
  typeof location !== 'undefined' && /^(\d{1,3}(\.\d{1,3}){3}|\[[\d:a-f]+\])$/i.test(location.hostname)

/** Why the last session ended, in words, for the sign-in screen. */
export function describeEnd(reason: EndReason | null): string | null {
  switch (reason) {
    case 'user-intent':
      return 'You signed out.'
    case 'token-expired':
      return 'Your session expired. Sign in again to continue.'
    case 'session-revoked':
      return 'Your session was ended on the server. Sign in again to continue.'
    case 'other-tab':
      return 'You signed out in another tab.'
    case 'invalid-token':
      return 'Your saved session could not be used. Sign in again.'
    default:
      return null
  }
}
