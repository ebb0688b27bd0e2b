import type { AuthApi } from '../api/types'
import { isAcceptableAddress } from '../wallet/address'
import type { ApiParts } from './api'
import { invalidInput } from './refuse'

export type WalletMethods = Pick<AuthApi, 'getNonce' | 'recordVisit' | 'signInWithWallet' | 'linkWallet'>

/** Wallets: connect-only visits, SIWE sign-in and linking another wallet. */
export function walletMethods({ options, users, sessions, proofs, faults, visits }: ApiParts): WalletMethods {
  const { run } = faults
  return {
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
  }
}
