import { fromPromise } from 'xstate'
import type { WalletAccount, WalletConnector, WalletProof } from '../../api/types'
import { SessionError } from '../../errors'
import { lazy } from '../../lazy'
import { eip155Id, isAddress } from '../../validate'
import type { SessionMachineDeps } from '../types'
import { call, cancelled } from './api'

const siwe = lazy(() => import('../../wallet/siwe'))
const FIVE_MINUTES = 5 * 60 * 1000

function walletError(error: unknown, connector: WalletConnector): SessionError {
  if (error instanceof SessionError) return error
  return new SessionError(
    'wallet_rejected',
    process.env.NODE_ENV !== 'production'
      ? `The wallet "${connector.name}" refused the request. Ask the user to approve it in the wallet.`
      : '',
    { cause: error },
  )
}

async function connectWallet(connector: WalletConnector): Promise<WalletAccount> {
  let connected: { address: string; chain: string }
  try {
    connected = await connector.connect()
  } catch (error) {
    throw walletError(error, connector)
  }
  if (!connected || !isAddress(connected.address)) {
    throw new SessionError(
      'wallet_rejected',
      process.env.NODE_ENV !== 'production'
        ? `The wallet "${connector.name}" did not return an Ethereum address. Check the connector's connect().`
        : '',
    )
  }
  return Object.freeze({
    address: connected.address,
    chain: typeof connected.chain === 'string' && connected.chain ? connected.chain : 'EVM',
    walletName: connector.name,
    walletProvider: connector.provider ?? 'browserExtension',
  })
}

/** Fetches a nonce and has the wallet sign an EIP-4361 message with it. */
async function signWithWallet(
  deps: SessionMachineDeps,
  connector: WalletConnector,
  account: WalletAccount,
  signal: AbortSignal,
): Promise<WalletProof> {
  // The SIWE writer (with keccak and EIP-55) is a chunk of its own, loaded beside the nonce: an app
  // that never signs in with a wallet never downloads it, and one that does waits no longer.
  const [{ createSiweMessage }, { nonce }] = await Promise.all([
    siwe(),
    call({ deps, token: null, run: (api, ctx) => api.getNonce(ctx) }, signal),
  ])
  const issuedAt = deps.now()
  const message = createSiweMessage({
    domain: deps.siwe.domain,
    uri: deps.siwe.uri,
    statement: deps.siwe.statement,
    address: account.address,
    chainId: eip155Id(account.chain) ?? 1,
    nonce,
    issuedAt: new Date(issuedAt),
    expirationTime: new Date(issuedAt + FIVE_MINUTES),
    requestId: deps.api.environmentId ?? 'lanyard',
  })
  let signature: string
  try {
    signature = await connector.signMessage(message, account.address)
  } catch (error) {
    throw walletError(error, connector)
  }
  if (signal.aborted) throw cancelled()
  if (typeof signature !== 'string' || !/^0x[0-9a-fA-F]+$/.test(signature)) {
    throw new SessionError(
      'wallet_rejected',
      process.env.NODE_ENV !== 'production' ? `The wallet "${connector.name}" returned no signature.` : '',
    )
  }
  return { message, signature, ...account }
}

export const walletActors = {
  connectWallet: fromPromise<WalletAccount, { deps: SessionMachineDeps; connector: WalletConnector }>(
    async ({ input, signal }) => {
      const account = await connectWallet(input.connector)
      if (signal.aborted) throw cancelled()
      // Recording a visit is analytics for the dashboard: a failure must not cost the user the connection.
      await call(
        { deps: input.deps, token: null, run: (api, ctx) => api.recordVisit(account, ctx) },
        signal,
      ).catch(() => undefined)
      if (signal.aborted) throw cancelled()
      return account
    },
  ),
  signWallet: fromPromise<
    WalletProof,
    { deps: SessionMachineDeps; connector: WalletConnector; account: WalletAccount | null }
  >(async ({ input, signal }) => {
    const account = input.account ?? (await connectWallet(input.connector))
    if (signal.aborted) throw cancelled()
    return signWithWallet(input.deps, input.connector, account, signal)
  }),
}
