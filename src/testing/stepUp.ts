import { randomUUID } from 'node:crypto'
import type { ApiContext, ElevatedResult, StepUpProof } from '../api/types'
import type { KeyRing } from './keys'
import type { Passkeys } from './passkeys'
import { invalidInput } from './refuse'
import type { Sessions } from './sessions'
import { verifyTotp } from './totp'
import type { ResolvedTestAuthServerOptions } from './types'

/** How long an elevated token lives: at most five minutes (docs/sign-in-methods.md, step-up MFA). */
export const ELEVATED_SECONDS = 300

const SCOPE = /^[\w:.-]{1,64}$/
const RESERVED = new Set(['user:basic', 'requiresAdditionalAuth'])

/**
 * Step-up MFA: a TOTP code or a passkey proves the user again, for one scope; the answer is a
 * short-lived JWT of that scope alone (`token_use: 'elevated'`, which no session route accepts).
 */
export function createStepUp(parts: {
  options: ResolvedTestAuthServerOptions
  keys: KeyRing
  sessions: Sessions
  passkeys: Passkeys
}) {
  const { options, keys, sessions, passkeys } = parts
  return async function stepUp(input: StepUpProof, ctx: ApiContext): Promise<ElevatedResult> {
    const { session, user } = await sessions.authenticate(ctx, true)
    const scope = input?.scope
    if (typeof scope !== 'string' || !SCOPE.test(scope) || RESERVED.has(scope)) {
      throw invalidInput(
        '`scope` must name one action (letters, digits, ":", ".", "-", "_"), not a session scope.',
        400,
      )
    }
    // Only the configured actions: a client naming a gate's scope (`admin`) gets nothing.
    if (!options.stepUpScopes.includes(scope)) {
      throw invalidInput(
        `"${scope}" is not a step-up action of this server. Ask for one of: ${options.stepUpScopes.join(', ')}.`,
        403,
      )
    }
    let method: string
    if (input.credential) {
      await passkeys.assert(user, input.credential)
      method = 'passkey'
    } else {
      if (!user.totp?.verified)
        throw invalidInput('This user has no authenticator: enrol one first (mfa.enrollTotp).')
      verifyTotp(user, input.code, options.now())
      method = 'otp'
    }
    keys.prepare()
    const at = options.now()
    const iat = Math.floor(at / 1000)
    const exp = iat + ELEVATED_SECONDS
    const token = await keys.sign({
      sub: user.id,
      sid: session.id,
      jti: randomUUID(),
      environment_id: options.environmentId,
      scope,
      token_use: 'elevated',
      amr: [method],
      iat,
      exp,
      iss: options.issuer,
      aud: options.audience,
    })
    return { token, expiresAt: exp, serverNow: at }
  }
}
