import { assertEvent, assign, spawnChild, stopChild } from 'xstate'
import { announceWallet, machineSetup, takeAnswer } from '../setup'
import { passkeyFlow } from './passkey'
import { createWallet, failInPlace, refreshing, resting, toNewToken } from './shared'
import { walletFlow } from './wallet'

/** Signed in, nothing owed: refresh, link a wallet, add an embedded wallet, a passkey, step up. */
export const loggedIn = machineSetup.createStateConfig({
  initial: 'idle',
  on: {
    // A step-up token reached its end: it is gone from getToken({ scope }) and elevatedScopes.
    'elevation.expired': {
      actions: assign({
        elevated: ({ context }) =>
          Object.fromEntries(
            Object.entries(context.elevated).filter(([, entry]) => entry.expiresAt > context.deps.now()),
          ),
      }),
    },
  },
  states: {
    idle: {
      on: {
        ...resting,
        'passkey.register': 'registeringPasskey',
        'mfa.stepUp': 'steppingUp',
        'wallet.link': {
          target: 'linking',
          actions: assign({ signer: ({ event }) => ({ connector: event.connector, account: null }) }),
        },
        'embeddedWallet.create': 'creatingWallet',
      },
    },
    refreshing: refreshing('idle'),
    linking: walletFlow(
      (proof) => (api, ctx) => api.linkWallet(proof, ctx),
      toNewToken,
      { target: '#authenticated.loggedIn', actions: ['setError', assign({ signer: null })] },
      failInPlace('#authenticated.loggedIn'),
    ),
    registeringPasskey: passkeyFlow(
      'register',
      (credential) => (api, ctx) => api.registerPasskey({ credential }, ctx),
      toNewToken,
      failInPlace('#authenticated.loggedIn'),
    ),
    // The session's own token is untouched: the answer is a short-lived token for one scope.
    steppingUp: {
      meta: { busy: true },
      invoke: {
        src: 'stepUp',
        input: ({ context, event }) => {
          assertEvent(event, 'mfa.stepUp')
          const { scope, code, provider } = event
          return { scope, code, provider, deps: context.deps, token: context.auth?.token ?? null }
        },
        onDone: {
          target: 'idle',
          actions: [
            'clearError',
            assign({
              elevated: ({ context, event }) => ({
                ...context.elevated,
                [event.output.scope]: event.output,
              }),
            }),
            // The step-up tokens' timer runs only while there are some: a child spawned here,
            // replaced with each new token and stopped when the session ends.
            stopChild('elevation'),
            spawnChild('elevation', {
              id: 'elevation',
              input: ({ context }) => ({ deps: context.deps, elevated: context.elevated }),
            }),
          ],
        },
        onError: failInPlace('idle'),
      },
    },
    creatingWallet: {
      meta: { busy: true },
      invoke: {
        src: 'authenticate',
        input: createWallet,
        onDone: { ...toNewToken, actions: [announceWallet, takeAnswer] },
        onError: failInPlace('idle'),
      },
    },
  },
})
