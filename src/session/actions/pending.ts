import type { PasskeyProvider } from '../../api/types'
import { normalizeFields, normalizeScope, normalizeTotp, problems } from '../../validate'
import type { Session } from '../types'
import { type ActionContext, act } from './context'
import { browserPasskeys, passkeyProblem } from './passkey'

/** `session.mfa`: enrol an authenticator (for a user without one) and verify its code. */
export function mfaActions(ctx: ActionContext): Session['mfa'] {
  const { steps } = ctx
  return {
    enrollTotp() {
      // A user who already has TOTP is refused by the machine's guard (`not('hasTotp')`): invalid_state.
      return steps.run({ type: 'mfa.enroll' }).then((state) => {
        const { secret, otpauthUri } = state.context.enrollment as { secret: string; otpauthUri: string }
        return { secret, otpauthUri }
      })
    },
    verifyTotp(code) {
      const value = normalizeTotp(code)
      return act(ctx, { type: 'mfa.verify', code: value ?? '' }, value === null && problems.totp)
    },
    verifyPasskey: (provider = browserPasskeys) =>
      act(ctx, { type: 'mfa.verifyPasskey', provider }, passkeyProblem(provider)),
    stepUp(given) {
      const request = given as {
        scope?: unknown
        code?: unknown
        passkey?: unknown
        provider?: PasskeyProvider
      }
      const scope = normalizeScope(request?.scope) ?? ''
      const passkey = request?.passkey === true
      const provider = passkey ? (request.provider ?? browserPasskeys) : undefined
      const code = passkey ? undefined : (normalizeTotp(request?.code) ?? '')
      const problem = !scope ? problems.scope : passkey ? passkeyProblem(provider) : !code && problems.totp
      return act(ctx, { type: 'mfa.stepUp', scope, code, provider }, problem)
    },
  }
}

/** `session.info`: the fields the server asks for (`user.missingFields`). */
export function infoActions(ctx: ActionContext): Session['info'] {
  return {
    submit(fields) {
      const valid = normalizeFields(fields)
      return act(ctx, { type: 'info.submit', fields: valid ?? {} }, valid === null && problems.fields)
    },
  }
}

/** `session.embeddedWallet`: retry a failed embedded wallet, or add one while logged in. */
export function embeddedWalletActions(ctx: ActionContext): Session['embeddedWallet'] {
  return { create: () => act(ctx, { type: 'embeddedWallet.create' }) }
}
