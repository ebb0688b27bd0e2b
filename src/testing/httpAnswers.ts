import { decodeJwt } from 'jose'
import type { Json } from '../api/json'
import type { AuthResult } from '../api/types'
import type { Method, Route } from '../api/wire'
import { writeAnswer } from '../api/wireServer'
import { apiUserFrom } from '../token/user'
import { normalizeEmail } from '../validate'
import type { ProfileUpdate } from './api'
import type { RouteContext, RouteParts } from './httpRoutes'
import { totpDeviceId } from './internals'
import type { ResolvedTestAuthServerOptions } from './types'

// The bodies of the reference backend's answers, as Dynamic's client reads them.

/** A token's claims, unverified (the API verified it); `{}` when it is not a JWT. */
export const claimsOf = (token: string): Json => {
  try {
    return decodeJwt(token)
  } catch {
    return {}
  }
}

/**
 * Dynamic's UpdateSelfResponse: what the UI shows next. A new email or phone for a user who proved
 * one waits for its code (`verify-email`, with the verification to answer); otherwise `done`.
 */
export function updateSelfResponse(body: Json, { verifications }: ProfileUpdate): Json {
  if (verifications?.email) {
    return { ...body, nextView: 'verify-email', emailVerification: { verificationUUID: verifications.email } }
  }
  if (verifications?.sms) {
    return { ...body, nextView: 'verify-sms', smsVerification: { verificationUUID: verifications.sms } }
  }
  return { ...body, nextView: 'done' }
}

/** `{ user, jwt?, expiresAt }`; in cookie mode the JWT goes into the httpOnly cookie and never into the body. */
export function sessionAnswer(
  { responder, cookieMode }: RouteParts,
  { res, secure }: RouteContext,
  route: Route,
  result: AuthResult,
): Json {
  const { token } = result
  const user = result.user ?? (token ? apiUserFrom(claimsOf(token)) : undefined)
  const body = writeAnswer(route, { ...result, user }) as Json
  if (!cookieMode) return body
  if (token) res.appendHeader('Set-Cookie', responder.sessionCookie(token, result.expiresAt, secure))
  delete body.jwt
  return body
}

/** The fields Dynamic's answers carry besides lanyard's: the verification's target, the TOTP device, MFA settings. */
export function dynamicAnswer(
  options: ResolvedTestAuthServerOptions,
  name: Method,
  request: Json,
  body: Json | undefined,
): Json | undefined {
  if (!body) return body
  if (name === 'sendEmailCode' || name === 'resendEmailCode') {
    return { ...body, email: normalizeEmail(request.email) ?? undefined }
  }
  if (name === 'sendSmsCode' || name === 'resendSmsCode') {
    return { ...body, phoneNumber: request.phoneNumber }
  }
  if (name === 'enrollTotp') return { id: totpDeviceId(String(body.secret)), type: 'totp', ...body }
  if (name === 'getSettings') {
    const required = options.mfa === 'required'
    return { ...body, security: { mfa: { enabled: true, required, availableMethods: ['totp'] } } }
  }
  return body
}
