import { randomUUID } from 'node:crypto'
import type { AuthApi, AuthResult } from '../api/types'
import type { ApiParts } from './api'
import type { Channel } from './oneTimeCodes'
import { emailOf, phoneOf } from './profile'

export type CodeMethods = Pick<
  AuthApi,
  'sendEmailCode' | 'resendEmailCode' | 'verifyEmailCode' | 'sendSmsCode' | 'resendSmsCode' | 'verifySmsCode'
>

/** A verified email or phone signs its user in, or signs a new user up. */
function signInWithTarget(
  { users, sessions }: ApiParts,
  channel: Channel,
  target: string,
): Promise<AuthResult> {
  const existing = channel === 'email' ? users.byEmail(target) : users.byPhone(target)
  if (existing) return sessions.start(existing, false)
  const id = randomUUID()
  const user =
    channel === 'email'
      ? users.create({ email: target }, { id, format: 'email', email: target, publicIdentifier: target })
      : users.create({ phoneNumber: target }, { id, format: 'phoneNumber', publicIdentifier: target })
  return sessions.start(user, true)
}

/** The one-time code sign-ins, by email and by SMS. */
export function codeMethods(parts: ApiParts): CodeMethods {
  const { codes, faults } = parts
  const { run } = faults
  const sendCode = (channel: Channel, target: string) => ({ verificationId: codes.send(channel, target) })
  const resendCode = (channel: Channel, verificationId: unknown) => ({
    verificationId: codes.resend(channel, verificationId),
  })
  const verifyCode = (channel: Channel, input: { verificationId?: unknown; code?: unknown } | undefined) =>
    signInWithTarget(parts, channel, codes.verify(channel, input?.verificationId, input?.code))
  return {
    sendEmailCode: (input, ctx) => run('sendEmailCode', ctx, () => sendCode('email', emailOf(input?.email))),
    resendEmailCode: (input, ctx) =>
      run('resendEmailCode', ctx, () => resendCode('email', input?.verificationId)),
    verifyEmailCode: (input, ctx) => run('verifyEmailCode', ctx, () => verifyCode('email', input)),
    sendSmsCode: (input, ctx) => run('sendSmsCode', ctx, () => sendCode('sms', phoneOf(input?.phone))),
    resendSmsCode: (input, ctx) => run('resendSmsCode', ctx, () => resendCode('sms', input?.verificationId)),
    verifySmsCode: (input, ctx) => run('verifySmsCode', ctx, () => verifyCode('sms', input)),
  }
}
