import type { Services } from '../services'
import type { Session } from '../types'
import type { ActionContext } from './context'
import { otpActions } from './otp'
import { externalJwtActions, passkeyActions } from './passkey'
import { embeddedWalletActions, infoActions, mfaActions } from './pending'
import { socialActions } from './social'
import { walletActions } from './wallet'

type Namespaces = Pick<
  Session,
  'email' | 'sms' | 'wallet' | 'mfa' | 'info' | 'embeddedWallet' | 'social' | 'passkey' | 'externalJwt'
>

/** The action groups, bound in one place to one session (wagmi's actions, as namespaces). */
export function bindActions(ctx: ActionContext, { store, storageKey }: Services): Namespaces {
  return {
    email: otpActions(ctx, 'email'),
    sms: otpActions(ctx, 'sms'),
    wallet: walletActions(ctx),
    mfa: mfaActions(ctx),
    info: infoActions(ctx),
    embeddedWallet: embeddedWalletActions(ctx),
    social: socialActions(ctx, () => store.adapter, `${storageKey}.oauth`),
    passkey: passkeyActions(ctx),
    externalJwt: externalJwtActions(ctx),
  }
}
