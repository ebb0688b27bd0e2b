// The transitions the authenticated states share: a new token, a failure in place, a refresh, rest.

import type { Auth } from '../../token/auth'
import { apiCall } from '../actors'
import { adopt, machineSetup, takeAnswer } from '../setup'

/** Any new token re-enters `authenticated`: the expiry timer restarts and the requirements are routed again. */
export const toNewToken = { target: '#authenticated', reenter: true, actions: takeAnswer } as const

export const createWallet = apiCall((api, ctx) => api.createEmbeddedWallet({ chain: 'EVM' }, ctx))

/**
 * A 401 ends the session (revoked elsewhere), and so does an answer for another user; any other
 * failure keeps it and reports the error.
 */
export const failInPlace = (target: string) =>
  machineSetup.createStateConfig({
    on: {
      'flow.cancel': [
        {
          guard: 'switchedIdentity',
          target: '#session.loggedOut',
          actions: ['setError', { type: 'end', params: 'invalid-token' }],
        },
        {
          guard: { type: 'isCode', params: 'unauthorized' },
          target: '#session.loggedOut',
          actions: ['setError', { type: 'end', params: 'session-revoked' }],
        },
        { target, actions: 'setError' },
      ],
    },
  }).on['flow.cancel']

/**
 * A refresh from a resting state; a failure that keeps the session goes `back` there. The session's
 * own refresh (`autoRefresh`) is quiet about a passing failure (it tries again, with back-off, until
 * the token ends) and reports any other like an asked-for one, then stops trying.
 */
export const refreshing = (back: string) => {
  const [switched, unauthorized, otherwise] = failInPlace(back)
  return machineSetup.createStateConfig({
    meta: { busy: true },
    invoke: {
      src: 'refresh',
      input: apiCall((api, ctx) => api.refresh(ctx)),
      onDone: {
        ...toNewToken,
        actions: {
          type: 'setAuth',
          params: ({ event }: { event: { output: Auth } }) => ({ auth: event.output, refreshed: true }),
        },
      },
      onError: [
        switched,
        unauthorized,
        { guard: 'autoRefreshing', target: back, actions: 'autoRefreshFailed' },
        otherwise,
      ],
    },
  })
}

/**
 * What a resting state (nothing in flight) accepts besides its own actions: a refresh, and another
 * tab's new token. Busy states take neither: their own result replaces the token anyway, and an
 * adopted token would abort a step the user is waiting for.
 */
export const resting = machineSetup.createStateConfig({
  on: {
    'session.refresh': { target: 'refreshing', actions: 'noteCheck' },
    // autoRefresh: the token's end is near.
    'token.refreshDue': { target: 'refreshing', actions: { type: 'noteCheck', params: { auto: true } } },
    // Revalidate on focus: learn of a revocation when the user comes back.
    'session.wake': { guard: 'revalidateDue', target: 'refreshing', actions: 'noteCheck' },
    'sync.adopt': { target: '#authenticated', reenter: true, actions: adopt },
  },
}).on
