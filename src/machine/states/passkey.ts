import { assertEvent, assign } from 'xstate'
import type { AuthResult, PasskeyCredentialJSON, PasskeyPurpose } from '../../api/types'
import { type ApiRun, apiCall } from '../actors'
import { machineSetup } from '../setup'

/** The config of an `authenticate` invoke, as the machine's setup types it: its answer is an Auth. */
export type Authenticate = Extract<
  NonNullable<Parameters<typeof machineSetup.createStateConfig>[0]['invoke']>,
  { src: 'authenticate' }
>

/**
 * One busy flow from the passkey ceremony to the server's verdict, shared by sign-in, registration
 * and MFA: `asking` (options, then the authenticator), `verifying` (the credential, sent by `verify`).
 * Both steps fail the same way (`fail`); the answer goes where `done` says.
 */
export const passkeyFlow = (
  purpose: PasskeyPurpose,
  verify: (credential: PasskeyCredentialJSON) => ApiRun<AuthResult>,
  done: Authenticate['onDone'],
  fail: Authenticate['onError'],
) =>
  machineSetup.createStateConfig({
    meta: { busy: true },
    initial: 'asking',
    states: {
      asking: {
        invoke: {
          src: 'passkey',
          input: ({ context, event }) => {
            assertEvent(event, ['passkey.signIn', 'passkey.register', 'mfa.verifyPasskey'])
            return {
              deps: context.deps,
              token: context.auth?.token ?? null,
              provider: event.provider,
              purpose,
            }
          },
          onDone: { target: 'verifying', actions: assign({ credential: ({ event }) => event.output }) },
          onError: fail,
        },
      },
      verifying: {
        invoke: {
          src: 'authenticate',
          input: apiCall((api, ctx, state) =>
            verify(state.context.credential as PasskeyCredentialJSON)(api, ctx, state),
          ),
          onDone: done,
          onError: fail,
        },
      },
    },
  })
