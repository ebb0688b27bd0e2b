import type { WalletAccount, WalletConnector } from '../../api/types'
import { problems } from '../../validate'
import type { Session } from '../types'
import { type ActionContext, act } from './context'

const connectorProblem = (connector: unknown) =>
  !(
    typeof connector === 'object' &&
    connector !== null &&
    typeof (connector as WalletConnector).name === 'string' &&
    typeof (connector as WalletConnector).connect === 'function' &&
    typeof (connector as WalletConnector).signMessage === 'function'
  ) && problems.connector

/** `session.wallet`: connect without signing, sign in, disconnect a visitor wallet, link another one. */
export function walletActions(ctx: ActionContext): Session['wallet'] {
  const { steps } = ctx
  return {
    connect: (connector) =>
      steps.run({ type: 'wallet.connect', connector }, connectorProblem(connector)).then((state) => {
        // A connected account joins the visitor wallets last.
        const wallets = state.context.visitors
        return wallets[wallets.length - 1]?.account as WalletAccount
      }),
    signIn(connector) {
      // Without a connector and a visitor wallet the machine refuses the input (`invalid_input`).
      return act(
        ctx,
        { type: 'wallet.signIn', connector },
        connector !== undefined && connectorProblem(connector),
      )
    },
    disconnect: (address) =>
      act(
        ctx,
        { type: 'wallet.disconnect', address },
        !(typeof address === 'string' && address.length > 0) && problems.address,
      ),
    link: (connector) => act(ctx, { type: 'wallet.link', connector }, connectorProblem(connector)),
  }
}
