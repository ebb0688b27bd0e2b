import { type SnapshotFrom, setup } from 'xstate'

/**
 * An abstract statechart of what a user sees of the session, for path generation with
 * `xstate/graph`. It mirrors `sessionMachine`, but every actor completion is an explicit event
 * (RESOLVE, FAIL, UNAUTHORIZED, NETWORK: the harness holds each API call until one of them), so
 * graph traversal can reach mid-flight states and leave them by cancel, logout or expiry.
 */

export type Origin = 'visitor' | 'expired' | 'loggedOut'

export interface ModelContext {
  /** The server asks for everything: MFA, a required `alias`, an embedded wallet on sign-up. */
  full: boolean
  /** Where an abandoned sign-in returns to. */
  origin: Origin
  /** Connected (not signed) visitor wallets: 0 or 1. */
  visitors: 0 | 1
  /** Expected `snapshot.error?.code`: null = none, undefined = not checked. */
  error: string | null | undefined
  endReason: string | null
}

export const modelEventTypes = [
  'USE_PLAIN',
  'USE_FULL',
  'EMAIL_SEND',
  'EMAIL_SEND_BAD',
  'SMS_SEND',
  'RESEND',
  'CODE_OK',
  'CODE_WRONG',
  'CODE_GARBAGE',
  'OTHER_CHANNEL_VERIFY',
  'WALLET_SIGNIN',
  'WALLET_SIGNIN_REJECT',
  'SIGNIN_VISITOR',
  'CONNECT',
  'CONNECT_REJECT',
  'DISCONNECT',
  'RESOLVE',
  'FAIL',
  'NETWORK',
  'UNAUTHORIZED',
  'BURN',
  'CANCEL',
  'LOGOUT',
  'EXPIRE',
  'EXPIRE_AWAY',
  'ENROLL',
  'TOTP_OK',
  'TOTP_WRONG',
  'TOTP_GARBAGE',
  'INFO_OK',
  'INFO_EMPTY',
  'INFO_UNKNOWN',
  'CREATE_WALLET',
  'REFRESH',
  'LINK',
  'LINK_REJECT',
  'RELOAD',
  'RELOAD_ASYNC',
  'CORRUPT_RELOAD',
  'WRONG_STATE',
] as const

export type ModelEventType = (typeof modelEventTypes)[number]
export type ModelEvent = { type: ModelEventType }

/** What the public snapshot must show in a model state; `held`: an API call (or storage read) is waiting. */
export interface ModelMeta {
  status: string
  step: string | null
  pending?: string[]
  held?: boolean
}

const m = (status: string, step: string | null, extra: Partial<ModelMeta> = {}): ModelMeta => ({
  status,
  step,
  ...extra,
})

const ALL = ['mfa', 'info', 'wallet']

const modelSetup = setup({
  types: { context: {} as ModelContext, events: {} as ModelEvent },
  guards: {
    full: ({ context }) => context.full,
    noVisitors: ({ context }) => context.visitors === 0,
    hasVisitor: ({ context }) => context.visitors === 1,
    fromExpired: ({ context }) => context.origin === 'expired',
    fromLoggedOut: ({ context }) => context.origin === 'loggedOut',
  },
})

const err = (error: string | null | undefined) => modelSetup.assign({ error: () => error })
const same = { actions: () => undefined }
/** The held call carried the token and the server no longer knows the session: 401 ends it. */
const UNAUTHORIZED = {
  target: '#model.loggedOut',
  actions: modelSetup.assign({
    endReason: () => 'session-revoked',
    visitors: () => 0 as const,
    error: () => 'unauthorized',
  }),
}
const end = (reason: string, error: string | null | undefined = undefined) =>
  modelSetup.assign({ endReason: () => reason, visitors: () => 0 as const, error: () => error })

export const sessionModel = modelSetup.createMachine({
  id: 'model',
  context: { full: false, origin: 'visitor', visitors: 0, error: null, endReason: null },
  initial: 'start',
  states: {
    start: {
      on: {
        USE_PLAIN: { target: 'visitor', actions: modelSetup.assign({ full: false }) },
        USE_FULL: { target: 'visitor', actions: modelSetup.assign({ full: true }) },
      },
    },
    restoring: {
      meta: m('restoring', null, { held: true }),
      on: {
        RESOLVE: { target: 'loggedIn', actions: err(null) },
        LOGOUT: { target: 'loggedOut', actions: end('user-intent', null) },
      },
    },
    visitor: {
      entry: modelSetup.assign({ origin: 'visitor' as const }),
      initial: 'idle',
      states: {
        idle: {
          meta: m('visitor', null),
          on: {
            EMAIL_SEND: {
              guard: 'noVisitors',
              target: '#model.authenticating.emailOtp.sending',
              actions: err(null),
            },
            SMS_SEND: {
              guard: 'noVisitors',
              target: '#model.authenticating.smsOtp.sending',
              actions: err(null),
            },
            WALLET_SIGNIN: {
              guard: 'noVisitors',
              target: '#model.authenticating.wallet.signing',
              actions: err(null),
            },
            WALLET_SIGNIN_REJECT: { target: 'idle', actions: err('wallet_rejected') },
            SIGNIN_VISITOR: {
              guard: 'hasVisitor',
              target: '#model.authenticating.wallet.signing',
              actions: err(null),
            },
            CONNECT: { guard: 'noVisitors', target: 'connecting', actions: err(null) },
            CONNECT_REJECT: { actions: err('wallet_rejected') },
            DISCONNECT: { guard: 'hasVisitor', actions: modelSetup.assign({ visitors: 0 as const }) },
            EMAIL_SEND_BAD: { actions: err('invalid_input') },
            WRONG_STATE: same,
            CANCEL: same,
            RELOAD: {
              target: 'idle',
              actions: modelSetup.assign({ visitors: 0 as const, error: null, endReason: null }),
            },
            CORRUPT_RELOAD: {
              target: 'idle',
              actions: modelSetup.assign({ visitors: 0 as const, error: 'invalid_token', endReason: null }),
            },
            LOGOUT: { target: '#model.loggedOut', actions: end('user-intent', null) },
          },
        },
        connecting: {
          meta: m('visitor', 'connecting', { held: true }),
          on: {
            // recordVisit is analytics: its failure must not cost the user the connection.
            RESOLVE: { target: 'idle', actions: modelSetup.assign({ visitors: 1 as const, error: null }) },
            FAIL: { target: 'idle', actions: modelSetup.assign({ visitors: 1 as const, error: null }) },
            CANCEL: same,
            LOGOUT: { target: '#model.loggedOut', actions: end('user-intent', null) },
          },
        },
      },
    },
    authenticating: {
      initial: 'emailOtp',
      on: {
        CANCEL: [
          { guard: 'fromExpired', target: 'expired' },
          { guard: 'fromLoggedOut', target: 'loggedOut' },
          { target: 'visitor' },
        ],
        LOGOUT: { target: 'loggedOut', actions: end('user-intent', null) },
        WRONG_STATE: same,
      },
      states: {
        emailOtp: otpStates('emailOtp'),
        smsOtp: otpStates('smsOtp'),
        wallet: {
          initial: 'signing',
          states: {
            signing: {
              meta: m('authenticating', 'wallet.signing', { held: true }),
              on: {
                RESOLVE: 'verifying',
                FAIL: failToOrigin('server'),
              },
            },
            verifying: {
              meta: m('authenticating', 'wallet.verifying', { held: true }),
              on: {
                RESOLVE: [
                  {
                    guard: 'full',
                    target: '#model.pending.mfa.idle',
                    actions: modelSetup.assign({ visitors: 0 as const, error: null }),
                  },
                  {
                    target: '#model.loggedIn.idle',
                    actions: modelSetup.assign({ visitors: 0 as const, error: null }),
                  },
                ],
                FAIL: failToOrigin('server'),
              },
            },
          },
        },
      },
    },
    pending: {
      on: {
        LOGOUT: { target: 'loggedOut', actions: end('user-intent', null) },
        EXPIRE: { target: 'expired', actions: end('token-expired') },
      },
      initial: 'mfa',
      states: {
        mfa: {
          initial: 'idle',
          states: {
            idle: {
              meta: m('pending', 'mfa', { pending: ALL }),
              on: {
                ENROLL: 'enrolling',
                REFRESH: '#model.pending.refreshingMfa',
                RELOAD: { target: 'idle', actions: modelSetup.assign({ error: null, endReason: null }) },
                WRONG_STATE: same,
              },
            },
            enrolling: {
              meta: m('pending', 'mfa.enrolling', { pending: ALL, held: true }),
              on: {
                UNAUTHORIZED,
                RESOLVE: { target: 'enrolled', actions: err(null) },
                FAIL: { target: 'idle', actions: err('server') },
              },
            },
            enrolled: {
              meta: m('pending', 'mfa', { pending: ALL }),
              on: {
                TOTP_OK: 'verifying',
                TOTP_WRONG: 'verifyingWrong',
                TOTP_GARBAGE: { actions: err('invalid_input') },
                ENROLL: 'enrolling',
              },
            },
            verifying: {
              meta: m('pending', 'mfa.verifying', { pending: ALL, held: true }),
              on: {
                UNAUTHORIZED,
                RESOLVE: { target: '#model.pending.info.idle', actions: err(null) },
                FAIL: { target: 'enrolled', actions: err('server') },
              },
            },
            verifyingWrong: {
              meta: m('pending', 'mfa.verifying', { pending: ALL, held: true }),
              on: {
                UNAUTHORIZED,
                RESOLVE: { target: 'enrolled', actions: err('invalid_code') },
              },
            },
          },
        },
        refreshingMfa: {
          meta: m('pending', 'mfa.refreshing', { pending: ALL, held: true }),
          on: {
            UNAUTHORIZED,
            RESOLVE: { target: 'mfa.idle', actions: err(null) },
            FAIL: { target: 'mfa.idle', actions: err('server') },
          },
        },
        info: {
          initial: 'idle',
          states: {
            idle: {
              meta: m('pending', 'info', { pending: ['info', 'wallet'] }),
              on: {
                INFO_OK: 'submitting',
                INFO_UNKNOWN: 'submittingBad',
                INFO_EMPTY: { actions: err('invalid_input') },
                REFRESH: '#model.pending.refreshingInfo',
                RELOAD: { target: 'idle', actions: modelSetup.assign({ error: null, endReason: null }) },
              },
            },
            submitting: {
              meta: m('pending', 'info.submitting', { pending: ['info', 'wallet'], held: true }),
              on: {
                UNAUTHORIZED,
                RESOLVE: { target: '#model.pending.wallet.creating', actions: err(null) },
                FAIL: { target: 'idle', actions: err('server') },
              },
            },
            submittingBad: {
              meta: m('pending', 'info.submitting', { pending: ['info', 'wallet'], held: true }),
              // Server-side validation errors keep the step.
              on: {
                UNAUTHORIZED,
                RESOLVE: { target: 'idle', actions: err('invalid_input') },
              },
            },
          },
        },
        refreshingInfo: {
          meta: m('pending', 'info.refreshing', { pending: ['info', 'wallet'], held: true }),
          on: {
            UNAUTHORIZED,
            RESOLVE: { target: 'info.idle', actions: err(null) },
            FAIL: { target: 'info.idle', actions: err('server') },
          },
        },
        wallet: {
          initial: 'creating',
          states: {
            creating: {
              meta: m('pending', 'wallet.creating', { pending: ['wallet'], held: true }),
              on: {
                UNAUTHORIZED,
                RESOLVE: { target: '#model.loggedIn.idle', actions: err(null) },
                FAIL: { target: 'failed', actions: err('server') },
              },
            },
            failed: {
              meta: m('pending', 'wallet.failed', { pending: ['wallet'] }),
              on: {
                CREATE_WALLET: { target: 'creating' },
                REFRESH: 'refreshing',
                // A restored session owes the wallet again: creation restarts by itself.
                RELOAD: { target: 'creating', actions: modelSetup.assign({ error: null, endReason: null }) },
              },
            },
            refreshing: {
              meta: m('pending', 'wallet.refreshing', { pending: ['wallet'], held: true }),
              on: {
                UNAUTHORIZED,
                // The new token still owes the wallet: this tab creates it.
                RESOLVE: { target: 'creating', actions: err(null) },
                FAIL: { target: 'failed', actions: err('server') },
              },
            },
          },
        },
      },
    },
    loggedIn: {
      on: {
        LOGOUT: { target: 'loggedOut', actions: end('user-intent', null) },
        EXPIRE: { target: 'expired', actions: end('token-expired') },
      },
      initial: 'idle',
      states: {
        idle: {
          meta: m('loggedIn', null, { pending: [] }),
          on: {
            REFRESH: 'refreshing',
            LINK: 'linking',
            LINK_REJECT: { actions: err('wallet_rejected') },
            CREATE_WALLET: 'creatingWallet',
            RELOAD: { target: 'idle', actions: modelSetup.assign({ error: null, endReason: null }) },
            RELOAD_ASYNC: {
              target: '#model.restoring',
              actions: modelSetup.assign({ error: null, endReason: null }),
            },
            EXPIRE_AWAY: { target: '#model.expired', actions: end('token-expired', null) },
            WRONG_STATE: same,
            CANCEL: same,
          },
        },
        refreshing: {
          meta: m('loggedIn', 'refreshing', { pending: [], held: true }),
          on: {
            UNAUTHORIZED,
            RESOLVE: { target: 'idle', actions: err(null) },
            FAIL: { target: 'idle', actions: err('server') },
            NETWORK: { target: 'idle', actions: err('network') },
          },
        },
        linking: {
          initial: 'signing',
          states: {
            signing: {
              meta: m('loggedIn', 'linking.signing', { pending: [], held: true }),
              on: {
                RESOLVE: 'verifying',
                FAIL: { target: '#model.loggedIn.idle', actions: err('server') },
              },
            },
            verifying: {
              meta: m('loggedIn', 'linking.verifying', { pending: [], held: true }),
              on: {
                UNAUTHORIZED,
                RESOLVE: { target: '#model.loggedIn.idle', actions: err(null) },
                FAIL: { target: '#model.loggedIn.idle', actions: err('server') },
              },
            },
          },
        },
        creatingWallet: {
          meta: m('loggedIn', 'creatingWallet', { pending: [], held: true }),
          on: {
            UNAUTHORIZED,
            RESOLVE: { target: 'idle', actions: err(null) },
            FAIL: { target: 'idle', actions: err('server') },
          },
        },
      },
    },
    expired: {
      meta: m('expired', null),
      entry: modelSetup.assign({ origin: 'expired' as const }),
      on: endedEvents(),
    },
    loggedOut: {
      meta: m('loggedOut', null),
      entry: modelSetup.assign({ origin: 'loggedOut' as const }),
      on: endedEvents(),
    },
  },
})

function failToOrigin(error: string) {
  return [
    { guard: 'fromExpired' as const, target: '#model.expired', actions: err(error) },
    { guard: 'fromLoggedOut' as const, target: '#model.loggedOut', actions: err(error) },
    { target: '#model.visitor', actions: err(error) },
  ]
}

function otpStates(channel: 'emailOtp' | 'smsOtp') {
  return {
    initial: 'sending' as const,
    states: {
      sending: {
        meta: m('authenticating', `${channel}.sending`, { held: true }),
        on: { RESOLVE: 'awaitingCode', FAIL: failToOrigin('server') },
      },
      awaitingCode: {
        meta: m('authenticating', `${channel}.awaitingCode`),
        on: {
          CODE_OK: 'verifying',
          CODE_WRONG: 'verifyingWrong',
          CODE_GARBAGE: { actions: err('invalid_input') },
          OTHER_CHANNEL_VERIFY: same,
          RESEND: 'resending',
        },
      },
      verifying: {
        meta: m('authenticating', `${channel}.verifying`, { held: true }),
        on: {
          RESOLVE: [
            { guard: 'full' as const, target: '#model.pending.mfa.idle', actions: err(null) },
            { target: '#model.loggedIn.idle', actions: err(null) },
          ],
          FAIL: { target: 'awaitingCode', actions: err('server') },
          // A burned code cannot be retried: back to where the flow started.
          BURN: failToOrigin('too_many_attempts'),
        },
      },
      verifyingWrong: {
        meta: m('authenticating', `${channel}.verifying`, { held: true }),
        on: { RESOLVE: { target: 'awaitingCode', actions: err('invalid_code') } },
      },
      resending: {
        meta: m('authenticating', `${channel}.resending`, { held: true }),
        on: {
          RESOLVE: { target: 'awaitingCode', actions: err(null) },
          FAIL: { target: 'awaitingCode', actions: err('server') },
        },
      },
    },
  }
}

function endedEvents() {
  return {
    EMAIL_SEND: { target: '#model.authenticating.emailOtp.sending', actions: err(null) },
    SMS_SEND: { target: '#model.authenticating.smsOtp.sending', actions: err(null) },
    WALLET_SIGNIN: { target: '#model.authenticating.wallet.signing', actions: err(null) },
    CONNECT: { target: '#model.visitor.connecting', actions: err(null) },
    LOGOUT: { target: '#model.loggedOut', actions: end('user-intent', null) },
    WRONG_STATE: same,
  }
}

/** Events that only make sense once, in the plain configuration: the full one walks sign-in → pending → loggedIn. */
const FULL_PRE_SIGN_IN = new Set<ModelEventType>(['EMAIL_SEND', 'CODE_OK', 'RESOLVE', 'WALLET_SIGNIN'])

/** Keeps the full configuration to its own states (pending), so paths are not doubled for nothing. */
export function allowedInModel(snapshot: SnapshotFrom<typeof sessionModel>, event: ModelEvent): boolean {
  if (!snapshot.context.full) return true
  if (snapshot.matches('pending')) return true
  if (snapshot.matches('loggedIn')) return event.type === 'LOGOUT'
  if (snapshot.matches('visitor') || snapshot.matches('authenticating'))
    return FULL_PRE_SIGN_IN.has(event.type)
  return false
}
