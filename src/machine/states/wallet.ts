import { assign } from 'xstate'
import type { AuthResult, WalletProof } from '../../api/types'
import { type ApiRun, apiCall } from '../actors'
import { machineSetup } from '../setup'
import type { SessionContext } from '../types'
import type { Authenticate } from './passkey'

/**
 * One busy flow from the wallet's signature to the server's verdict, shared by sign-in and linking:
 * `signing` (a nonce, the EIP-4361 message, the signature), `verifying` (the proof, sent by `verify`).
 * A refused signature fails as `signFailed` says, a refused proof as `verifyFailed`; the answer goes
 * where `done` says.
 */
export const walletFlow = (
  verify: (proof: WalletProof) => ApiRun<AuthResult>,
  done: Authenticate['onDone'],
  signFailed: Authenticate['onError'],
  verifyFailed: Authenticate['onError'] = signFailed,
) =>
  machineSetup.createStateConfig({
    meta: { busy: true },
    initial: 'signing',
    states: {
      signing: {
        invoke: {
          src: 'signWallet',
          input: ({ context }) => ({
            deps: context.deps,
            ...(context.signer as NonNullable<SessionContext['signer']>),
          }),
          onDone: { target: 'verifying', actions: assign({ proof: ({ event }) => event.output }) },
          onError: signFailed,
        },
      },
      verifying: {
        invoke: {
          src: 'authenticate',
          input: apiCall((api, ctx, state) => verify(state.context.proof as WalletProof)(api, ctx, state)),
          onDone: done,
          onError: verifyFailed,
        },
      },
    },
  })
