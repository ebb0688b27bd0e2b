import type { ApiContext, AuthResult, ElevatedResult, StepUpProof } from '../api/types'
import { type AccountMethods, accountMethods } from './apiAccount'
import { type CodeMethods, codeMethods } from './apiCodes'
import { type WalletMethods, walletMethods } from './apiWallets'
import type { ChangeVerifications, ContactChanges } from './contactChanges'
import type { Faults } from './faults'
import type { OneTimeCodes } from './oneTimeCodes'
import type { Passkeys } from './passkeys'
import type { Sessions } from './sessions'
import type { Social } from './social'
import type { ResolvedTestAuthServerOptions, TestAuthServer, Visit } from './types'
import type { Users } from './users'
import type { WalletProofs } from './walletProofs'

/** The parts of a reference backend the in-process AuthApi works on. */
export interface ApiParts {
  options: ResolvedTestAuthServerOptions
  codes: OneTimeCodes
  users: Users
  sessions: Sessions
  proofs: WalletProofs
  faults: Faults
  visits: Visit[]
  social: Social
  externalJwt: (jwt: unknown) => Promise<AuthResult>
  passkeys: Passkeys
  stepUp: (input: StepUpProof, ctx: ApiContext) => Promise<ElevatedResult>
  changes: ContactChanges
}

/** `updateUser`'s answer: the session's token, and the verifications a change of a proven address started. */
export interface ProfileUpdate extends AuthResult {
  verifications?: ChangeVerifications
}

type TestApi = TestAuthServer['api']
type SessionMethods = Omit<TestApi, keyof CodeMethods | keyof WalletMethods | keyof AccountMethods>

/** The session itself, and the sign-ins other parts of the backend prove: social, passkey, JWT, step-up. */
function sessionMethods(parts: ApiParts): SessionMethods {
  const { options, sessions, faults, social, passkeys } = parts
  const { run } = faults
  return {
    environmentId: options.environmentId,

    getSettings: (ctx) =>
      run('getSettings', ctx, () => ({
        embeddedWallets: { createOnSignup: options.embeddedWallets.createOnSignup },
        requiredFields: [...options.requiredFields],
        fieldLabels: { ...options.fieldLabels },
      })),

    refresh: (ctx) => run('refresh', ctx, () => sessions.refresh(ctx)),

    revoke: (_input, ctx) =>
      run('revoke', ctx, async () => {
        const { session } = await sessions.authenticate(ctx)
        sessions.end(session, 'user.session.revoked')
      }),

    startSocial: (input, ctx) => run('startSocial', ctx, () => social.start(input)),
    signInWithSocial: (input, ctx) => run('signInWithSocial', ctx, () => social.signIn(input)),
    signInWithExternalJwt: (input, ctx) =>
      run('signInWithExternalJwt', ctx, () => parts.externalJwt(input?.jwt)),
    passkeyOptions: (input, ctx) => run('passkeyOptions', ctx, () => passkeys.options(input?.purpose, ctx)),
    signInWithPasskey: (input, ctx) =>
      run('signInWithPasskey', ctx, () => passkeys.signIn(input?.credential)),
    registerPasskey: (input, ctx) =>
      run('registerPasskey', ctx, () => passkeys.register(input?.credential, ctx)),
    verifyPasskey: (input, ctx) => run('verifyPasskey', ctx, () => passkeys.verify(input?.credential, ctx)),
    stepUp: (input, ctx) => run('stepUp', ctx, () => parts.stepUp(input, ctx)),
  }
}

/** The reference backend's AuthApi, in-process: every method runs through `faults.run`. */
export function createApi(parts: ApiParts): TestApi {
  return {
    ...sessionMethods(parts),
    ...codeMethods(parts),
    ...walletMethods(parts),
    ...accountMethods(parts),
  }
}
