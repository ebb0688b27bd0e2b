import { assertEvent, assign, emit, not } from 'xstate'
import type { Auth } from '../../token/auth'
import { apiCall } from '../actors'
import { announceWallet, machineSetup, takeAnswer } from '../setup'
import { loggedIn } from './loggedIn'
import { passkeyFlow } from './passkey'
import { createWallet, failInPlace, refreshing, resting, toNewToken } from './shared'

export const authenticated = machineSetup.createStateConfig({
  id: 'authenticated',
  invoke: {
    id: 'expiry',
    src: 'expiry',
    input: ({ context }) => ({ deps: context.deps, expiresAt: (context.auth as Auth).expiresAt }),
  },
  initial: 'routing',
  on: {
    'token.expiring': {
      actions: emit(({ context }) => {
        const expiresAt = (context.auth as Auth).expiresAt
        return {
          type: 'expiring' as const,
          expiresAt,
          secondsLeft: Math.max(0, Math.round((expiresAt - context.deps.now()) / 1000)),
        }
      }),
    },
    'token.expired': {
      target: '#session.expired',
      actions: { type: 'end', params: 'token-expired' },
    },
    'sync.ended': {
      target: '#session.loggedOut',
      actions: { type: 'end', params: 'other-tab' },
    },
  },
  states: {
    routing: {
      always: [
        { guard: { type: 'needs', params: 'mfa' }, target: 'pending.mfa' },
        { guard: { type: 'needs', params: 'info' }, target: 'pending.info' },
        { guard: { type: 'needs', params: 'wallet' }, target: 'pending.wallet' },
        { target: 'loggedIn' },
      ],
    },
    pending: {
      initial: 'mfa',
      states: {
        mfa: {
          initial: 'idle',
          states: {
            idle: {
              on: {
                ...resting,
                'mfa.enroll': { guard: not('hasTotp'), target: 'enrolling' },
                'mfa.verify': 'verifying',
                'mfa.verifyPasskey': 'passkey',
              },
            },
            passkey: passkeyFlow(
              'mfa',
              (credential) => (api, ctx) => api.verifyPasskey({ credential }, ctx),
              toNewToken,
              failInPlace('#authenticated.pending.mfa.idle'),
            ),
            enrolling: {
              meta: { busy: true },
              invoke: {
                src: 'enrollTotp',
                input: apiCall((api, ctx) => api.enrollTotp(ctx)),
                onDone: {
                  target: 'idle',
                  actions: ['clearError', assign({ enrollment: ({ event }) => event.output })],
                },
                onError: failInPlace('idle'),
              },
            },
            verifying: {
              meta: { busy: true },
              invoke: {
                src: 'authenticate',
                input: apiCall((api, ctx, { event }) => {
                  assertEvent(event, 'mfa.verify')
                  return api.verifyTotp({ code: event.code }, ctx)
                }),
                onDone: toNewToken,
                onError: failInPlace('idle'),
              },
            },
            refreshing: refreshing('idle'),
          },
        },
        info: {
          initial: 'idle',
          states: {
            idle: { on: { ...resting, 'info.submit': 'submitting' } },
            submitting: {
              meta: { busy: true },
              invoke: {
                src: 'authenticate',
                input: apiCall((api, ctx, { event }) => {
                  assertEvent(event, 'info.submit')
                  return api.updateUser({ fields: event.fields }, ctx)
                }),
                onDone: toNewToken,
                onError: failInPlace('idle'),
              },
            },
            refreshing: refreshing('idle'),
          },
        },
        wallet: {
          initial: 'starting',
          states: {
            // The tab that signed in creates the wallet; a tab that adopted the session from another
            // tab waits for that tab's new token instead of creating a second wallet.
            starting: { always: [{ guard: 'adopted', target: 'waiting' }, { target: 'creating' }] },
            creating: {
              meta: { busy: true },
              invoke: {
                src: 'authenticate',
                input: createWallet,
                onDone: { ...toNewToken, actions: [announceWallet, takeAnswer] },
                onError: failInPlace('failed'),
              },
            },
            waiting: { on: { ...resting, 'embeddedWallet.create': 'creating' } },
            failed: { on: { ...resting, 'embeddedWallet.create': 'creating' } },
            refreshing: refreshing('failed'),
          },
        },
      },
    },
    loggedIn,
  },
})
