import { assign } from 'xstate'
import type { WalletConnector } from '../../api/types'
import { sameAddress } from '../../validate'
import { adopt, machineSetup } from '../setup'
import type { SessionContext } from '../types'

/** Sign-in and connect events, accepted by every state without a session (visitor, expired, loggedOut). */
export const signInEvents = machineSetup.createStateConfig({
  on: {
    'email.send': {
      target: '#session.authenticating.emailOtp',
      actions: [
        'clearError',
        assign({
          otp: ({ event }) => ({ channel: 'email' as const, target: event.email, verificationId: null }),
        }),
      ],
    },
    'sms.send': {
      target: '#session.authenticating.smsOtp',
      actions: [
        'clearError',
        assign({
          otp: ({ event }) => ({ channel: 'sms' as const, target: event.phone, verificationId: null }),
        }),
      ],
    },
    'wallet.signIn': [
      {
        guard: ({ event }) => event.connector !== undefined,
        target: '#session.authenticating.wallet',
        actions: [
          'clearError',
          assign({
            signer: ({ event }) => ({ connector: event.connector as WalletConnector, account: null }),
          }),
        ],
      },
      {
        guard: 'hasVisitorWallet',
        target: '#session.authenticating.wallet',
        actions: [
          'clearError',
          assign({
            signer: ({ context }) => ({ ...(context.visitors[0] as SessionContext['visitors'][number]) }),
          }),
        ],
      },
      // Nothing to sign with: the call is at fault, not the state (`invalid_input`, in snapshot.error).
      {
        actions: {
          type: 'rejectInput',
          params:
            process.env.NODE_ENV !== 'production'
              ? 'Pass a wallet connector, or connect a wallet first with wallet.connect().'
              : '',
        },
      },
    ],
    'wallet.connect': {
      target: '#session.visitor.connecting',
      actions: [
        'clearError',
        assign({ signer: ({ event }) => ({ connector: event.connector, account: null }) }),
      ],
    },
    'social.start': { target: '#session.authenticating.social', actions: 'clearError' },
    'social.complete': { target: '#session.authenticating.social.verifying', actions: 'clearError' },
    'externalJwt.signIn': { target: '#session.authenticating.externalJwt', actions: 'clearError' },
    'passkey.signIn': { target: '#session.authenticating.passkey', actions: 'clearError' },
    'sync.adopt': { target: '#authenticated', actions: adopt },
  },
}).on

export const visitor = machineSetup.createStateConfig({
  id: 'visitor',
  entry: { type: 'setOrigin', params: 'visitor' },
  // Another tab signed in: a wallet connecting here is moot.
  on: { 'sync.adopt': signInEvents['sync.adopt'] },
  initial: 'idle',
  states: {
    idle: {
      on: {
        ...signInEvents,
        'wallet.disconnect': {
          actions: assign({
            visitors: ({ context, event }) => {
              const kept = context.visitors.filter(
                (wallet) => !sameAddress(wallet.account.address, event.address),
              )
              return kept.length === context.visitors.length ? context.visitors : kept
            },
          }),
        },
      },
    },
    connecting: {
      meta: { busy: true },
      invoke: {
        src: 'connectWallet',
        input: ({ context }) => ({
          deps: context.deps,
          connector: (context.signer as NonNullable<SessionContext['signer']>).connector,
        }),
        onDone: {
          target: 'idle',
          // The new account is the last visitor wallet: `wallet.connect()` resolves with it.
          actions: [
            assign(({ context, event }) => ({
              visitors: [
                ...context.visitors.filter(
                  (wallet) => !sameAddress(wallet.account.address, event.output.address),
                ),
                {
                  account: event.output,
                  connector: (context.signer as NonNullable<SessionContext['signer']>).connector,
                },
              ],
              signer: null,
            })),
          ],
        },
        onError: { target: 'idle', actions: ['setError', assign({ signer: null })] },
      },
    },
  },
})

/** The two states a session ends in. Both remember why and accept a new sign-in. */
export const expired = machineSetup.createStateConfig({
  entry: { type: 'setOrigin', params: 'expired' },
  on: signInEvents,
})

export const loggedOut = machineSetup.createStateConfig({
  entry: { type: 'setOrigin', params: 'loggedOut' },
  // Logging out again changes nothing (and announces nothing).
  on: { ...signInEvents, 'session.logout': { actions: 'clearError' } },
})
