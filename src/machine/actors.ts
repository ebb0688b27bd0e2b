import { fromCallback, fromPromise } from 'xstate'
import { createSiweMessage } from '../wallet/siwe'
import type {
  ApiContext,
  AuthApi,
  AuthResult,
  WalletAccount,
  WalletConnector,
  WalletProof,
} from '../api/types'
import { SessionError, toSessionError } from '../errors'
import type { StoredSession } from '../storage/record'
import { type Auth, authFromResult, type SealedToken, seal, unseal } from '../token/auth'
import type { SessionContext, SessionDeps, SessionEvent } from './types'

const cancelled = () =>
  new SessionError('cancelled', 'The request was cancelled because the session moved on.')

/** What an invoked API call does, given the session's API, request context and machine state. */
export type ApiRun<T> = (
  api: AuthApi,
  ctx: ApiContext,
  state: { context: SessionContext; event: SessionEvent },
) => Promise<T>

/**
 * The input of the `request`, `authenticate` and `refresh` actors: `run` with this session's
 * dependencies and token. A call made without a session is a sign-in (`fresh`): if its answer
 * arrives after the flow was left, the session it created is revoked.
 */
export const apiCall =
  <T>(run: ApiRun<T>) =>
  (state: { context: SessionContext; event: SessionEvent }) => ({
    deps: state.context.deps,
    token: state.context.auth?.token ?? null,
    fresh: state.context.auth === null,
    current: state.context.auth as Auth,
    run: (api: AuthApi, ctx: ApiContext) => run(api, ctx, state),
  })

export interface CallInput<T> {
  deps: SessionDeps
  token: SealedToken | null
  run: (api: AuthApi, ctx: ApiContext) => Promise<T>
}

async function call<T>({ deps, token, run }: CallInput<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) throw cancelled()
  try {
    return await run(deps.api, { signal, token: unseal(token) })
  } catch (error) {
    throw signal.aborted ? cancelled() : toSessionError(error)
  }
}

/** One `AuthApi` call whose answer is a session: decoded once, checked, turned into an {@link Auth}. */
export interface AuthenticateInput extends CallInput<AuthResult> {
  /** A sign-in (a new session): if its answer arrives after the flow was left, revoke it. */
  fresh: boolean
}

async function authenticate(input: AuthenticateInput, signal: AbortSignal): Promise<Auth> {
  const { deps } = input
  // Settings first: a sign-in must not use up its one-time code and then fail on them.
  const settings = await deps.settings(signal).catch((error) => {
    throw toSessionError(error)
  })
  const result = await call(input, signal)
  if (signal.aborted) {
    // The flow was left (cancel, logout) while the server was answering: never resurrect it.
    const token = typeof result?.token === 'string' ? result.token : null
    if (input.fresh && (token || deps.cookieMode)) deps.revoke(token ? seal(token) : null, 'stale')
    throw cancelled()
  }
  return authFromResult(result, settings, deps.now(), deps.cookieMode)
}

const ADDRESS = /^0x[0-9a-fA-F]{40}$/

async function connectWallet(connector: WalletConnector): Promise<WalletAccount> {
  let connected: { address: string; chain: string }
  try {
    connected = await connector.connect()
  } catch (error) {
    throw walletError(error, connector)
  }
  if (!connected || typeof connected.address !== 'string' || !ADDRESS.test(connected.address)) {
    throw new SessionError(
      'wallet_rejected',
      `The wallet "${connector.name}" did not return an Ethereum address. Check the connector's connect().`,
    )
  }
  return Object.freeze({
    address: connected.address,
    chain: typeof connected.chain === 'string' && connected.chain ? connected.chain : 'EVM',
    walletName: connector.name,
    walletProvider: connector.provider ?? 'browserExtension',
  })
}

function walletError(error: unknown, connector: WalletConnector): SessionError {
  if (error instanceof SessionError) return error
  return new SessionError(
    'wallet_rejected',
    `The wallet "${connector.name}" refused the request. Ask the user to approve it in the wallet.`,
    { cause: error },
  )
}

const chainId = (chain: string) => Number(/^eip155:(\d+)$/.exec(chain)?.[1] ?? 1)

const FIVE_MINUTES = 5 * 60 * 1000

/** Fetches a nonce and has the wallet sign an EIP-4361 message with it. */
async function signWithWallet(
  deps: SessionDeps,
  connector: WalletConnector,
  account: WalletAccount,
  signal: AbortSignal,
): Promise<WalletProof> {
  const { nonce } = await call({ deps, token: null, run: (api, ctx) => api.getNonce(ctx) }, signal)
  const issuedAt = deps.now()
  const message = createSiweMessage({
    domain: deps.siwe.domain,
    uri: deps.siwe.uri,
    statement: deps.siwe.statement,
    address: account.address,
    chainId: chainId(account.chain),
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
    throw new SessionError('wallet_rejected', `The wallet "${connector.name}" returned no signature.`)
  }
  return { message, signature, ...account }
}

/**
 * Emits `token.expiring` and `token.expired` from the token's device-clock expiry; re-checks the
 * wall clock whenever the device wakes, so a laptop that slept past `exp` ends at once.
 */
const expiryTimer = fromCallback<{ type: 'wake' }, { deps: SessionDeps; expiresAt: number }>(
  ({ input: { deps, expiresAt }, sendBack }) => {
    let cancels: Array<() => void> = []
    let noticed = false
    const arm = () => {
      for (const cancel of cancels) cancel()
      cancels = [deps.armAt(expiresAt, () => sendBack({ type: 'token.expired' }))]
      const noticeAt = expiresAt - deps.expiringNoticeMs
      if (!noticed) {
        cancels.push(
          deps.armAt(noticeAt, () => {
            noticed = true
            sendBack({ type: 'token.expiring' })
          }),
        )
      }
    }
    arm()
    const stopWake = deps.onWake(arm)
    return () => {
      stopWake()
      for (const cancel of cancels) cancel()
    }
  },
)

export const actors = {
  restore: fromPromise<StoredSession, SessionDeps>(({ input, signal }) => input.restore(signal)),
  request: fromPromise<unknown, CallInput<unknown>>(({ input, signal }) => call(input, signal)),
  authenticate: fromPromise<Auth, AuthenticateInput>(({ input, signal }) => authenticate(input, signal)),
  refresh: fromPromise<Auth, AuthenticateInput & { current: Auth }>(({ input, signal }) =>
    input.deps.refreshShared(input.current, signal, () => authenticate(input, signal)),
  ),
  connectWallet: fromPromise<WalletAccount, { deps: SessionDeps; connector: WalletConnector }>(
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
    { deps: SessionDeps; connector: WalletConnector; account: WalletAccount | null }
  >(async ({ input, signal }) => {
    const account = input.account ?? (await connectWallet(input.connector))
    if (signal.aborted) throw cancelled()
    return signWithWallet(input.deps, input.connector, account, signal)
  }),
  expiry: expiryTimer,
}
