import { normalizeCode, normalizeEmail, normalizePhone, problems } from '../../validate'
import type { Session } from '../types'
import { type ActionContext, act } from './context'

/** `session.email` and `session.sms`: send a one-time code, resend it, verify it. */
export function otpActions(ctx: ActionContext, channel: 'email' | 'sms'): Session['email'] {
  return {
    sendCode(target) {
      if (channel === 'email') {
        const email = normalizeEmail(target)
        return act(ctx, { type: 'email.send', email: email ?? '' }, email === null && problems.email)
      }
      const phone = normalizePhone(target)
      return act(ctx, { type: 'sms.send', phone: phone ?? '' }, phone === null && problems.phone)
    },
    resendCode: () => act(ctx, { type: `${channel}.resend` }),
    verifyCode(code) {
      const value = normalizeCode(code)
      return act(ctx, { type: `${channel}.verify`, code: value ?? '' }, value === null && problems.code)
    },
  }
}
