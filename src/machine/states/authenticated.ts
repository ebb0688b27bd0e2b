import { assign, emit, not, spawnChild, stopChild } from 'xstate'
import type { WalletProof } from '../../api/types'
import type { Auth } from '../../token/auth'
import { apiCall } from '../actors'
import { machineSetup } from '../setup'
import type { Elevated, SessionContext } from '../types'
import { passkeyFlow } from './passkey'

/** Any new token re-enters `authenticated`: the expiry timer restarts and the requirements are routed again. */
const toNewToken = { target: '#authenticated', reenter: true, actions: 'setAuth' } as const

const createWallet = apiCall((api, ctx) => api.createEmbeddedWallet({ chain: 'EVM' }, ctx))

/**
 * A 401 ends the session (revoked elsewhere), and so does an answer for another user; any other
 * failure keeps it and reports the error.
 */
const failInPlace = (target: string) =>
  machineSetup.createStateConfig({
    on: {
      'flow.cancel': [
        {
          guard: 'switchedIdentity',
          target: '#session.loggedOut',
          actions: [
            'setError',
            { type: 'end', params: 'invalid-token' },
            { type: 'emitEnded', params: 'invalid-token' },
          ],
        },
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

/** A refresh from a resting state; a failure that keeps the session goes `back` there. */
const refreshing = (back: string) =>
  machineSetup.createStateConfig({
    meta: { busy: true },
    invoke: {
      src: 'refresh',
      input: apiCall((api, ctx) => api.refresh(ctx)),
      onDone: { ...toNewToken, actions: { type: 'setAuth', params: { refreshed: true } } },
      onError: failInPlace(back),
    },
  })

/**
 * What a resting state (nothing in flight) accepts besides its own actions: a refresh, and another
 * tab's new token. Busy states take neither: their own result replaces the token anyway, and an
 * adopted token would abort a step the user is waiting for.
 */
const resting = machineSetup.createStateConfig({
  on: {
    'session.refresh': { target: 'refreshing', actions: 'noteCheck' },
    // Revalidate on focus: learn of a revocation when the user comes back.
    'session.wake': { guard: 'revalidateDue', target: 'refreshing', actions: 'noteCheck' },
    'sync.adopt': { target: '#authenticated', reenter: true, actions: 'setAuth' },
  },
}).on

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
                src: 'request',
                input: apiCall((api, ctx) => api.enrollTotp(ctx)),
                onDone: {
                  target: 'idle',
                  actions: [
                    'clearError',
                    assign({
                      enrollment: ({ event }) => event.output as NonNullable<SessionContext['enrollment']>,
                    }),
                  ],
                },
                onError: failInPlace('idle'),
              },
            },
            verifying: {
              meta: { busy: true },
              invoke: {
                src: 'authenticate',
                input: apiCall((api, ctx, { event }) =>
                  api.verifyTotp({ code: (event as { code: string }).code }, ctx),
                ),
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
                input: apiCall((api, ctx, { event }) =>
                  api.updateUser({ fields: (event as { fields: Record<string, string> }).fields }, ctx),
                ),
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
                onDone: { ...toNewToken, actions: ['emitWalletCreated', 'setAuth'] },
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
    loggedIn: {
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
        linking: {
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
                onError: {
                  target: '#authenticated.loggedIn',
                  actions: ['setError', assign({ signer: null })],
                },
              },
            },
            verifying: {
              invoke: {
                src: 'authenticate',
                input: apiCall((api, ctx, { context }) => api.linkWallet(context.proof as WalletProof, ctx)),
                onDone: toNewToken,
                onError: failInPlace('#authenticated.loggedIn'),
              },
            },
          },
        },
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
            input: ({ context, event }) => ({
              ...(event as { scope: string; code?: string }),
              deps: context.deps,
              token: context.auth?.token ?? null,
            }),
            onDone: {
              target: 'idle',
              actions: [
                'clearError',
                assign({
                  elevated: ({ context, event }) => ({
                    ...context.elevated,
                    [event.output.scope]: event.output as Elevated,
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
            onDone: { ...toNewToken, actions: ['emitWalletCreated', 'setAuth'] },
            onError: failInPlace('idle'),
          },
        },
      },
    },
  },
})
