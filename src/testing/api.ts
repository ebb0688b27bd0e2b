import { randomUUID } from 'node:crypto'
import type { ApiContext, AuthResult, ElevatedResult, StepUpProof } from '../api/types'
import { isAcceptableAddress } from '../wallet/address'
import type { ChangeVerifications, ContactChanges } from './contactChanges'
import { addressOfSecretKey, randomSecretKey } from './ethereum'
import type { Faults } from './faults'
import type { Channel, OneTimeCodes } from './oneTimeCodes'
import type { Passkeys } from './passkeys'
import { emailOf, phoneOf, updateProfile } from './profile'
import { invalidInput } from './refuse'
import type { Sessions } from './sessions'
import type { Social } from './social'
import { enrollTotp, verifyTotp } from './totp'
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

/** The reference backend's AuthApi, in-process: every method runs through `faults.run`. */
export function createApi(parts: ApiParts): TestAuthServer['api'] {
  const { options, codes, users, sessions, proofs, faults, visits, social, passkeys } = parts
  const { run } = faults

  /** A verified email or phone signs its user in, or signs a new user up. */
  const signInWithTarget = (channel: Channel, target: string): Promise<AuthResult> => {
    const existing = channel === 'email' ? users.byEmail(target) : users.byPhone(target)
    if (existing) return sessions.start(existing, false)
    const id = randomUUID()
    const user =
      channel === 'email'
        ? users.create({ email: target }, { id, format: 'email', email: target, publicIdentifier: target })
        : users.create({ phoneNumber: target }, { id, format: 'phoneNumber', publicIdentifier: target })
    return sessions.start(user, true)
  }

  const sendCode = (channel: Channel, target: string) => ({ verificationId: codes.send(channel, target) })
  const resendCode = (channel: Channel, verificationId: unknown) => ({
    verificationId: codes.resend(channel, verificationId),
  })
  const verifyCode = (channel: Channel, input: { verificationId?: unknown; code?: unknown } | undefined) =>
    signInWithTarget(channel, codes.verify(channel, input?.verificationId, input?.code))

  return {
    environmentId: options.environmentId,

    getSettings: (ctx) =>
      run('getSettings', ctx, () => ({
        embeddedWallets: { createOnSignup: options.embeddedWallets.createOnSignup },
        requiredFields: [...options.requiredFields],
        fieldLabels: { ...options.fieldLabels },
      })),

    sendEmailCode: (input, ctx) => run('sendEmailCode', ctx, () => sendCode('email', emailOf(input?.email))),
    resendEmailCode: (input, ctx) =>
      run('resendEmailCode', ctx, () => resendCode('email', input?.verificationId)),
    verifyEmailCode: (input, ctx) => run('verifyEmailCode', ctx, () => verifyCode('email', input)),
    sendSmsCode: (input, ctx) => run('sendSmsCode', ctx, () => sendCode('sms', phoneOf(input?.phone))),
    resendSmsCode: (input, ctx) => run('resendSmsCode', ctx, () => resendCode('sms', input?.verificationId)),
    verifySmsCode: (input, ctx) => run('verifySmsCode', ctx, () => verifyCode('sms', input)),

    getNonce: (ctx) => run('getNonce', ctx, () => ({ nonce: proofs.nonce() })),

    recordVisit: (input, ctx) =>
      run('recordVisit', ctx, () => {
        if (!isAcceptableAddress(input?.address)) {
          throw invalidInput('The wallet address must be a 0x address with a valid EIP-55 checksum.', 400)
        }
        visits.push({
          address: input.address,
          chain: String(input.chain ?? 'EVM'),
          walletName: String(input.walletName ?? 'unknown'),
          at: options.now(),
        })
      }),

    signInWithWallet: (input, ctx) =>
      run('signInWithWallet', ctx, () => {
        const credential = proofs.verify(input)
        const existing = users.byAddress(credential.address as string)
        return existing ? sessions.start(existing, false) : sessions.start(users.create({}, credential), true)
      }),

    linkWallet: (input, ctx) =>
      run('linkWallet', ctx, async () => {
        const { session, user } = await sessions.authenticate(ctx, true)
        const credential = proofs.verify(input)
        const owner = users.byAddress(credential.address as string)
        if (owner && owner !== user) throw invalidInput('This wallet is already linked to another user.')
        if (!owner) user.credentials.push(credential)
        return sessions.issue(session, user)
      }),

    updateUser: (input, ctx) =>
      run('updateUser', ctx, async () => {
        const { session, user } = await sessions.authenticate(ctx, true)
        const changes = updateProfile(user, input?.fields, options.requiredFields)
        const verifications = parts.changes.request(user, changes)
        const result: ProfileUpdate = await sessions.issue(session, user)
        if (changes.length > 0) result.verifications = verifications
        return result
      }),

    enrollTotp: (ctx) =>
      run('enrollTotp', ctx, async () => enrollTotp((await sessions.authenticate(ctx)).user)),

    verifyTotp: (input, ctx) =>
      run('verifyTotp', ctx, async () => {
        const { session, user } = await sessions.authenticate(ctx)
        verifyTotp(user, input?.code, options.now())
        session.mfaVerified = true
        return sessions.issue(session, user)
      }),

    createEmbeddedWallet: (input, ctx) =>
      run('createEmbeddedWallet', ctx, async () => {
        const { session, user } = await sessions.authenticate(ctx, true)
        const chain = typeof input?.chain === 'string' ? input.chain : ''
        if (chain.toUpperCase() !== 'EVM')
          throw invalidInput('Embedded wallets are available on the EVM chain only.', 400)
        const secretKey = randomSecretKey()
        const address = addressOfSecretKey(secretKey)
        user.embeddedKeys.set(address, secretKey)
        user.credentials.push({
          id: randomUUID(),
          format: 'blockchain',
          address,
          chain: 'EVM',
          walletName: 'lanyard',
          walletProvider: 'embeddedWallet',
          publicIdentifier: address,
        })
        return sessions.issue(session, user)
      }),

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
