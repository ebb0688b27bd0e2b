import { lazy } from '../../lazy'
import { problems } from '../../validate'
import type { Services } from '../services'
import type { Session } from '../types'
import type { ActionContext } from './context'
import { otpActions } from './otp'
import { externalJwtActions, passkeyActions } from './passkey'
import { embeddedWalletActions, infoActions, mfaActions } from './pending'
import { walletActions } from './wallet'

/** The action groups of a session: `session.email.sendCode`, `session.wallet.link`... */
export type Namespaces = Pick<
  Session,
  'email' | 'sms' | 'wallet' | 'mfa' | 'info' | 'embeddedWallet' | 'social' | 'passkey' | 'externalJwt'
>

type Bound = { ctx: ActionContext; services: Services }

const groups: { [K in keyof Namespaces]: (bound: Bound) => Namespaces[K] } = {
  email: ({ ctx }) => otpActions(ctx, 'email'),
  sms: ({ ctx }) => otpActions(ctx, 'sms'),
  wallet: ({ ctx }) => walletActions(ctx),
  mfa: ({ ctx }) => mfaActions(ctx),
  info: ({ ctx }) => infoActions(ctx),
  embeddedWallet: ({ ctx }) => embeddedWalletActions(ctx),
  // OAuth (PKCE, the redirect checks) is a chunk of its own, loaded by the first start or complete.
  social: ({ ctx }) => {
    const social = lazy(() => import('./social').then((m) => m.socialActions(ctx, problems.provider)))
    return {
      start: (provider, options) => social().then((actions) => actions.start(provider, options)),
      complete: (url) => social().then((actions) => actions.complete(url)),
    }
  },
  passkey: ({ ctx }) => passkeyActions(ctx),
  externalJwt: ({ ctx }) => externalJwtActions(ctx),
}

const bindings = new WeakMap<object, Bound>()

/*
 * One prototype for every session: each action group is made on first use and then kept on the
 * session itself, so a session whose UI never touches passkeys never pays for them (the groups'
 * closures were most of a session's heap). Made on the first session, not at import.
 */
let prototype: object | undefined

function sessionPrototype(): object {
  if (prototype) return prototype
  prototype = {}
  for (const [name, make] of Object.entries(groups)) {
    Object.defineProperty(prototype, name, {
      enumerable: true,
      get(this: object) {
        // `this` may be an object made from the session (Object.create(session)): bind to the session.
        let owner: object | null = this
        while (owner && !bindings.has(owner)) owner = Object.getPrototypeOf(owner)
        if (!owner) return undefined
        const value = make(bindings.get(owner) as Bound)
        Object.defineProperty(owner, name, { value, enumerable: true })
        return value
      },
    })
  }
  return prototype
}

/** Binds the action groups to one session, in one place (wagmi's actions, as namespaces). */
export function bindActions<T extends object>(
  base: T,
  ctx: ActionContext,
  services: Services,
): T & Namespaces {
  const session = Object.assign(Object.create(sessionPrototype()), base)
  bindings.set(session, { ctx, services })
  return session
}
