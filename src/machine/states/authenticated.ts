import { assign, emit } from 'xstate'
import type { WalletProof } from '../../api/types'
import type { Auth } from '../../token/auth'
import { apiCall } from '../actors'
import { machineSetup } from '../setup'
import type { SessionContext } from '../types'

/** Any new token re-enters `authenticated`: the expiry timer restarts and the requirements are routed again. */
const toNewToken = { target: '#authenticated', reenter: true, actions: 'setAuth' } as const

const createWallet = apiCall((api, ctx) => api.createEmbeddedWallet({ chain: 'EVM' }, ctx))

/** A 401 ends the session (revoked elsewhere); any other failure keeps it and reports the error. */
const failInPlace = (target: string) =>
  machineSetup.createStateConfig({
    on: {
      'flow.cancel': [
        {
          guard: { type: 'isCode', params: 'unauthorized' },
          target: '#session.loggedOut',
          actions: [
            'setError',
            { type: 'end', params: 'session-revoked' },
            { type: 'emitEnded', params: 'session-revoked' },
          ],
        },
        { target, actions: 'setError' },
      ],
    },
  }).on['flow.cancel']

const refreshing = machineSetup.createStateConfig({
  tags: 'busy',
  invoke: {
    src: 'refresh',
    input: apiCall((api, ctx) => api.refresh(ctx)),
    onDone: toNewToken,
    onError: failInPlace('#authenticated'),
  },
})

export const authenticated = machineSetup.createStateConfig({
  id: 'authenticated',
  invoke: {
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
      actions: [
        { type: 'end', params: 'token-expired' },
        'emitExpired',
        { type: 'emitEnded', params: 'token-expired' },
      ],
    },
    'sync.adopt': { target: '#authenticated', reenter: true, actions: 'setAuth' },
    'sync.ended': {
      target: '#session.loggedOut',
      actions: [
        { type: 'end', params: 'other-tab' },
        { type: 'emitEnded', params: 'other-tab' },
      ],
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
      on: { 'session.refresh': '.refreshing' },
      states: {
        mfa: {
          initial: 'idle',
          states: {
            idle: {
              on: {
                'mfa.enroll': { guard: ({ context }) => !hasTotp(context), target: 'enrolling' },
                'mfa.verify': 'verifying',
              },
            },
            enrolling: {
              tags: 'busy',
              invoke: {
                src: 'request',
                input: apiCall((api, ctx) => api.enrollTotp(ctx)),
                onDone: { target: 'idle', actions: ['clearError', 'setReply'] },
                onError: failInPlace('idle'),
              },
            },
            verifying: {
              tags: 'busy',
              invoke: {
                src: 'authenticate',
                input: apiCall((api, ctx, { event }) =>
                  api.verifyTotp({ code: (event as { code: string }).code }, ctx),
                ),
                onDone: toNewToken,
                onError: failInPlace('idle'),
              },
            },
          },
        },
        info: {
          initial: 'idle',
          states: {
            idle: { on: { 'info.submit': 'submitting' } },
            submitting: {
              tags: 'busy',
              invoke: {
                src: 'authenticate',
                input: apiCall((api, ctx, { event }) =>
                  api.updateUser({ fields: (event as { fields: Record<string, string> }).fields }, ctx),
                ),
                onDone: toNewToken,
                onError: failInPlace('idle'),
              },
            },
          },
        },
        wallet: {
          initial: 'creating',
          states: {
            creating: {
              tags: 'busy',
              invoke: {
                src: 'authenticate',
                input: createWallet,
                onDone: { ...toNewToken, actions: ['emitWalletCreated', 'setAuth'] },
                onError: failInPlace('failed'),
              },
            },
            failed: { on: { 'embeddedWallet.create': 'creating' } },
          },
        },
        refreshing,
      },
    },
    loggedIn: {
      initial: 'idle',
      states: {
        idle: {
          on: {
            'session.refresh': 'refreshing',
            'wallet.link': {
              target: 'linking',
              actions: assign({ signer: ({ event }) => ({ connector: event.connector, account: null }) }),
            },
            'embeddedWallet.create': 'creatingWallet',
          },
        },
        refreshing,
        linking: {
          tags: 'busy',
          initial: 'signing',
          states: {
            signing: {
              invoke: {
                src: 'signWallet',
                input: ({ context }) => ({
                  deps: context.deps,
                  ...(context.signer as NonNullable<SessionContext['signer']>),
                }),
                onDone: { target: 'verifying', actions: assign({ reply: ({ event }) => event.output }) },
                onError: {
                  target: '#authenticated.loggedIn',
                  actions: ['setError', assign({ signer: null })],
                },
              },
            },
            verifying: {
              invoke: {
                src: 'authenticate',
                input: apiCall((api, ctx, { context }) => api.linkWallet(context.reply as WalletProof, ctx)),
                onDone: { ...toNewToken, actions: ['setAuth', assign({ reply: undefined })] },
                onError: failInPlace('#authenticated.loggedIn'),
              },
            },
          },
        },
        creatingWallet: {
          tags: 'busy',
          invoke: {
            src: 'authenticate',
            input: createWallet,
            onDone: { ...toNewToken, actions: ['emitWalletCreated', 'setAuth'] },
            onError: failInPlace('idle'),
          },
        },
      },
    },
  },
})

function hasTotp(context: SessionContext): boolean {
  return context.auth?.user.verifiedCredentials.some((credential) => credential.format === 'totp') ?? false
}
