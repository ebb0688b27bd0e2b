import { fromCallback, fromPromise } from 'xstate'
import type { ElevatedResult, PasskeyCredentialJSON, PasskeyProvider, PasskeyPurpose } from '../../api/types'
import { SessionError } from '../../errors'
import { type SealedToken, seal } from '../../token/auth'
import type { Elevated, SessionMachineDeps } from '../types'
import { call, cancelled } from './api'

/** Asks the server for options and has the provider run the ceremony; a dismissed one is `cancelled`. */
async function ceremony(
  input: { deps: SessionMachineDeps; token: SealedToken | null; provider: PasskeyProvider },
  purpose: PasskeyPurpose,
  signal: AbortSignal,
): Promise<PasskeyCredentialJSON> {
  const options = await call({ ...input, run: (api, ctx) => api.passkeyOptions({ purpose }, ctx) }, signal)
  let credential: PasskeyCredentialJSON
  try {
    credential = await (purpose === 'register' ? input.provider.create(options) : input.provider.get(options))
  } catch (error) {
    if (error instanceof SessionError) throw error
    const name = (error as { name?: unknown } | null)?.name
    throw name === 'NotAllowedError' || name === 'AbortError'
      ? new SessionError(
          'cancelled',
          process.env.NODE_ENV !== 'production'
            ? 'The passkey prompt was dismissed. Try again when ready.'
            : '',
          {
            cause: error,
          },
        )
      : new SessionError(
          'invalid_input',
          process.env.NODE_ENV !== 'production' ? `The passkey could not be used (${String(name)}).` : '',
          {
            cause: error,
          },
        )
  }
  if (signal.aborted) throw cancelled()
  return credential
}

const MAX_ELEVATED_MS = 5 * 60 * 1000

/** Step-up: a TOTP code, or a passkey ceremony, for one scope's short-lived token (sealed at once). */
async function stepUp(
  input: {
    deps: SessionMachineDeps
    token: SealedToken | null
    scope: string
    code?: string
    provider?: PasskeyProvider
  },
  signal: AbortSignal,
): Promise<Elevated> {
  const { deps, scope, code, provider } = input
  const proof = provider
    ? { scope, credential: await ceremony({ ...input, provider }, 'mfa', signal) }
    : { scope, code: code as string }
  const result: ElevatedResult = await call({ ...input, run: (api, ctx) => api.stepUp(proof, ctx) }, signal)
  if (signal.aborted) throw cancelled()
  const now = deps.now()
  const left = (result?.expiresAt ?? 0) * 1000 - (result?.serverNow ?? now)
  if (typeof result?.token !== 'string' || !(left > 0)) {
    throw new SessionError(
      'server',
      process.env.NODE_ENV !== 'production'
        ? 'The auth server answered the step-up without a usable token. Try again.'
        : '',
    )
  }
  return { scope, token: seal(result.token), expiresAt: now + Math.min(left, MAX_ELEVATED_MS) }
}

type CeremonyInput = Parameters<typeof ceremony>[0] & { purpose: PasskeyPurpose }

export const passkeyActors = {
  passkey: fromPromise<PasskeyCredentialJSON, CeremonyInput>(({ input, signal }) =>
    ceremony(input, input.purpose, signal),
  ),
  stepUp: fromPromise<Elevated, Parameters<typeof stepUp>[0]>(({ input, signal }) => stepUp(input, signal)),
  /** Sends `elevation.expired` as each step-up token reaches its end. */
  elevation: fromCallback<{ type: 'wake' }, { deps: SessionMachineDeps; elevated: Record<string, Elevated> }>(
    ({ input: { deps, elevated }, sendBack }) => {
      const cancels = Object.values(elevated).map((entry) =>
        deps.armAt(entry.expiresAt, () => sendBack({ type: 'elevation.expired' })),
      )
      return () => {
        for (const cancel of cancels) cancel()
      }
    },
  ),
}
