import { assign } from 'xstate'
import type { AuthResult, PasskeyCredentialJSON, PasskeyProvider, PasskeyPurpose } from '../../api/types'
import { type ApiRun, apiCall } from '../actors'
import { machineSetup } from '../setup'

// The transitions a step takes when it is done or fails (typed at the call site).
type Transition = unknown

/**
 * One busy flow from the passkey ceremony to the server's verdict, shared by sign-in, registration
 * and MFA: `asking` (options, then the authenticator), `verifying` (the credential, sent by `verify`).
 * Both steps fail the same way (`fail`); the answer goes where `done` says.
 */
export const passkeyFlow = (
  purpose: PasskeyPurpose,
  verify: (credential: PasskeyCredentialJSON) => ApiRun<AuthResult>,
  done: Transition,
  fail: Transition,
) =>
  machineSetup.createStateConfig({
    meta: { busy: true },
    initial: 'asking',
    states: {
      asking: {
        invoke: {
          src: 'passkey',
          input: ({ context, event }) => ({
            deps: context.deps,
            token: context.auth?.token ?? null,
            provider: (event as { provider: PasskeyProvider }).provider,
            purpose,
          }),
          onDone: { target: 'verifying', actions: assign({ credential: ({ event }) => event.output }) },
          onError: fail as never,
        },
      },
      verifying: {
        invoke: {
          src: 'authenticate',
          input: apiCall((api, ctx, state) =>
            verify(state.context.credential as PasskeyCredentialJSON)(api, ctx, state),
          ),
          onDone: done as never,
          onError: fail as never,
        },
      },
    },
  })
