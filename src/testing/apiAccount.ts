import { randomUUID } from 'node:crypto'
import type { ApiContext, AuthApi, AuthResult } from '../api/types'
import type { ApiParts, ProfileUpdate } from './api'
import { addressOfSecretKey, randomSecretKey } from './ethereum'
import { updateProfile } from './profile'
import { invalidInput } from './refuse'
import { enrollTotp, verifyTotp } from './totp'

export type AccountMethods = Pick<
  AuthApi,
  'updateUser' | 'enrollTotp' | 'verifyTotp' | 'createEmbeddedWallet'
>

/** A new embedded wallet (EVM only) for the signed-in user, and a fresh token that lists it. */
async function createEmbeddedWallet(
  { sessions }: ApiParts,
  chain: unknown,
  ctx: ApiContext,
): Promise<AuthResult> {
  const { session, user } = await sessions.authenticate(ctx, true)
  if (typeof chain !== 'string' || chain.toUpperCase() !== 'EVM')
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
}

/** What a signed-in user completes or adds: profile fields, a TOTP device, an embedded wallet. */
export function accountMethods(parts: ApiParts): AccountMethods {
  const { options, sessions, faults } = parts
  const { run } = faults
  return {
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
      run('createEmbeddedWallet', ctx, () => createEmbeddedWallet(parts, input?.chain, ctx)),
  }
}
