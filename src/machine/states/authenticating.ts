import { and, assertEvent, assign, or } from 'xstate'
import type { AuthResult } from '../../api/types'
import { unseal } from '../../token/auth'
import { sameAddress } from '../../validate'
import { type ApiRun, apiCall } from '../actors'
import { adopt, machineSetup, takeAnswer } from '../setup'
import type { SessionContext } from '../types'
import { passkeyFlow } from './passkey'
import { walletFlow } from './wallet'

type Otp = NonNullable<SessionContext['otp']>

/** Back to where the flow started: visitor, or the expired/loggedOut state it left. */
const toOrigin = machineSetup.createStateConfig({
  on: {
    'flow.cancel': [
      { guard: { type: 'originIs', params: 'expired' }, target: '#session.expired', actions: 'clearError' },
      {
        guard: { type: 'originIs', params: 'loggedOut' },
        target: '#session.loggedOut',
        actions: 'clearError',
      },
      { target: '#session.visitor', actions: 'clearError' },
    ],
  },
}).on['flow.cancel']

// A burned code cannot be retried, and a refused user cannot sign in with this one either.
const burned = or([
  { type: 'isCode' as const, params: 'too_many_attempts' as const },
  { type: 'isCode' as const, params: 'access_denied' as const },
])

const failToOrigin = toOrigin.map((transition) => ({ ...transition, actions: 'setError' as const }))

const signedIn = { target: '#authenticated', actions: takeAnswer } as const

/** A sign-in that is one call whose answer is the session (social code, external JWT). */
const verifying = (run: ApiRun<AuthResult>) =>
  machineSetup.createStateConfig({
    meta: { busy: true },
    invoke: { src: 'authenticate', input: apiCall(run), onDone: signedIn, onError: failToOrigin },
  })

/** A one-time-code flow, the same for email and SMS: the channel in `context.otp` picks the API calls. */
const otpFlow = machineSetup.createStateConfig({
  initial: 'sending',
  states: {
    sending: {
      meta: { busy: true },
      invoke: {
        src: 'sendCode',
        input: apiCall((api, ctx, { context }) => {
          const { channel, target } = context.otp as Otp
          return channel === 'email'
            ? api.sendEmailCode({ email: target }, ctx)
            : api.sendSmsCode({ phone: target }, ctx)
        }),
        onDone: {
          target: 'awaitingCode',
          actions: assign({
            otp: ({ context, event }) => ({
              ...(context.otp as Otp),
              verificationId: event.output.verificationId,
            }),
          }),
        },
        onError: failToOrigin,
      },
    },
    awaitingCode: {
      on: {
        'email.resend': { guard: 'channelIs', target: 'resending' },
        'sms.resend': { guard: 'channelIs', target: 'resending' },
        'email.verify': { guard: 'channelIs', target: 'verifying' },
        'sms.verify': { guard: 'channelIs', target: 'verifying' },
      },
    },
    resending: {
      meta: { busy: true },
      invoke: {
        src: 'sendCode',
        input: apiCall((api, ctx, { context }) => {
          const otp = context.otp as Otp
          const input = { verificationId: otp.verificationId as string }
          return otp.channel === 'email' ? api.resendEmailCode(input, ctx) : api.resendSmsCode(input, ctx)
        }),
        onDone: {
          target: 'awaitingCode',
          actions: [
            'clearError',
            assign({
              otp: ({ context, event }) => ({
                ...(context.otp as Otp),
                verificationId: event.output.verificationId,
              }),
            }),
          ],
        },
        onError: { target: 'awaitingCode', actions: 'setError' },
      },
    },
    verifying: {
      meta: { busy: true },
      invoke: {
        src: 'authenticate',
        input: apiCall((api, ctx, { context, event }) => {
          assertEvent(event, ['email.verify', 'sms.verify'])
          const otp = context.otp as Otp
          const input = { verificationId: otp.verificationId as string, code: event.code }
          return otp.channel === 'email' ? api.verifyEmailCode(input, ctx) : api.verifySmsCode(input, ctx)
        }),
        onDone: signedIn,
        // A burned code cannot be retried: the user starts over. Any other failure keeps the code form.
        onError: [
          ...failToOrigin.map((transition) => ({
            ...transition,
            guard: transition.guard ? and([burned, transition.guard]) : burned,
          })),
          { target: 'awaitingCode', actions: 'setError' },
        ],
      },
    },
  },
})

export const authenticating = machineSetup.createStateConfig({
  initial: 'emailOtp',
  // Every sign-in needs the settings before its final call (`authenticate`): fetch them now, beside the
  // flow's first request, so that the verify is one round trip. A failure is fetched again there.
  entry: ({ context: { deps } }) => void deps.settings(deps.lifetime).catch(() => undefined),
  on: {
    'flow.cancel': toOrigin,
    // Another tab signed in: this tab's flow is moot; take that session instead.
    'sync.adopt': { target: '#authenticated', actions: adopt },
  },
  states: {
    emailOtp: otpFlow,
    smsOtp: otpFlow,
    // OAuth with PKCE: the provider's URL (`redirecting`: the app navigates away), then, usually in a
    // new session after the redirect, the code exchange.
    social: {
      initial: 'starting',
      states: {
        starting: {
          meta: { busy: true },
          invoke: {
            src: 'startSocial',
            // The record is kept once the provider's URL is known: a refused start keeps nothing.
            input: apiCall(async (api, ctx, { context, event }) => {
              assertEvent(event, 'social.start')
              const answer = await api.startSocial(event.input, ctx)
              await context.deps.keepOAuth?.(event.record)
              return answer
            }),
            onDone: {
              target: 'redirecting',
              actions: assign({ redirect: ({ event }) => event.output.url }),
            },
            onError: failToOrigin,
          },
        },
        redirecting: { on: { 'social.complete': 'verifying' } },
        // The kept record is taken (once: a replayed redirect finds nothing) and checked against the
        // redirect; a mismatch fails the flow like a refused code.
        verifying: verifying(async (api, ctx, { context, event }) => {
          assertEvent(event, 'social.complete')
          const record = (await context.deps.takeOAuth?.()) ?? null
          return api.signInWithSocial(event.redeem(record), ctx)
        }),
      },
    },
    externalJwt: {
      initial: 'verifying',
      states: {
        verifying: verifying((api, ctx, { event }) => {
          assertEvent(event, 'externalJwt.signIn')
          return api.signInWithExternalJwt({ jwt: unseal(event.jwt) as string }, ctx)
        }),
      },
    },
    passkey: passkeyFlow(
      'signIn',
      (credential) => (api, ctx) => api.signInWithPasskey({ credential }, ctx),
      signedIn,
      failToOrigin,
    ),
    // One busy flow from signing to verifying: `wallet.signIn()` settles when both are done.
    wallet: walletFlow(
      (proof) => (api, ctx) => api.signInWithWallet(proof, ctx),
      {
        target: '#authenticated',
        actions: [
          // The signing wallet is a verified credential now: it leaves the visitor wallets.
          assign({
            visitors: ({ context }) =>
              context.visitors.filter(
                (wallet) => !sameAddress(wallet.account.address, context.proof?.address),
              ),
          }),
          takeAnswer,
        ],
      },
      failToOrigin,
    ),
  },
})
