import { assign, enqueueActions, setup } from 'xstate'
import { isSessionError, SessionError } from '../errors'
import type { Auth, Requirement } from '../token/auth'
import { actors, identitySwitch } from './actors'
import type { EndReason, SessionContext, SessionEmitted, SessionEvent, SessionMachineInput } from './types'

const errorOf = (error: unknown) =>
  error instanceof SessionError
    ? error
    : new SessionError(
        'server',
        process.env.NODE_ENV !== 'production' ? 'Something unexpected went wrong. Try again.' : '',
        { cause: error },
      )

/** The error an `onError` event (or `input.rejected`, `storage.failed`) carries. */
const errorIn = (event: object): unknown => ('error' in event ? event.error : undefined)

/** `setAuth`'s (and `emitWalletCreated`'s) params from an API answer that is a session. */
const answered = ({ event }: { event: { output: Auth } }) => ({ auth: event.output })

/** The failures an automatic refresh retries, with back-off, until the token ends. */
const transientCodes: ReadonlySet<string> = new Set(['network', 'timeout', 'server', 'rate_limited'])

/** The one setup every session machine shares: actors, guards and named actions. */
export const machineSetup = setup({
  types: {
    context: {} as SessionContext,
    events: {} as SessionEvent,
    input: {} as SessionMachineInput,
    emitted: {} as SessionEmitted,
  },
  actors,
  guards: {
    needs: ({ context }, requirement: Requirement) => context.auth?.pending.includes(requirement) ?? false,
    originIs: ({ context }, origin: SessionContext['origin']) => context.origin === origin,
    storedIs: ({ context }, kind: SessionContext['stored']['kind']) => context.stored.kind === kind,
    channelIs: ({ context, event }) => context.otp?.channel === event.type.split('.')[0],
    hasVisitorWallet: ({ context }) => context.visitors.length > 0,
    hasTotp: ({ context }) =>
      context.auth?.user.verifiedCredentials.some((credential) => credential.format === 'totp') ?? false,
    adopted: ({ context }) => context.adopted,
    isCode: ({ event }, code: SessionError['code']) => isSessionError(errorIn(event), code),
    /** On wake, at most once a minute after the server was last heard from, and never past the end. */
    revalidateDue: ({ context }) => {
      const now = context.deps.now()
      return (
        context.deps.revalidateOnFocus &&
        now - context.checkedAt >= 60_000 &&
        now < (context.auth?.expiresAt ?? 0)
      )
    },
    /** The refresh in flight was the session's own (`autoRefresh`), not asked for by the app. */
    autoRefreshing: ({ context }) => context.autoRefreshing,
    switchedIdentity: ({ event }) => {
      const error = errorIn(event)
      return error instanceof Error && error.cause === identitySwitch
    },
  },
  actions: {
    /** Takes the error of a failed step (or of a rejected input): the flow stays where it is told to. */
    setError: assign({ error: ({ event }) => errorOf(errorIn(event)) }),
    clearError: assign({ error: null }),
    /** The input of an action cannot be used: the flow stays where it is, the error says why. */
    rejectInput: assign((_, message: string) => ({ error: new SessionError('invalid_input', message) })),
    setOrigin: assign((_, origin: SessionContext['origin']) => ({ origin })),
    /** Takes a new token (sign-in, refresh, link, MFA...): the flow is over, its error with it. */
    setAuth: assign(({ context, event }, params: { auth: Auth; refreshed?: boolean }) => ({
      auth: params.auth,
      // Step-up tokens belong to the session that proved them: another tab's session drops them.
      elevated:
        event.type === 'sync.adopt' && event.auth.user.sessionId !== context.auth?.user.sessionId
          ? {}
          : context.elevated,
      credential: null,
      // Who owes the session's next step: a refresh changes nothing about it.
      adopted: event.type === 'sync.adopt' || (params.refreshed === true && context.adopted),
      error: null,
      otp: null,
      signer: null,
      proof: null,
      enrollment: null,
      checkedAt: context.deps.now(),
    })),
    /**
     * A refresh is under way (asked for, on wake, or the session's own with `auto`): the next wake
     * check waits a minute from now.
     */
    noteCheck: assign(({ context }, params?: { auto: boolean }) => ({
      checkedAt: context.deps.now(),
      autoRefreshing: params?.auto === true,
    })),
    /**
     * An automatic refresh failed: a passing failure (`network`, `timeout`, `server`, `rate_limited`)
     * stays quiet and is tried again, honouring `retryAfter`; any other is reported and ends the attempts.
     */
    autoRefreshFailed: enqueueActions(({ event, enqueue }) => {
      const error = errorIn(event)
      const passing = error instanceof SessionError && transientCodes.has(error.code)
      if (!passing) enqueue.assign({ error: errorOf(error) })
      enqueue.sendTo('expiry', {
        type: 'refresh.failed',
        retryAfterMs: passing ? (error.retryAfter ?? 0) * 1000 : null,
      })
    }),
    /**
     * Ends the session: no token, no user, no visitor wallets; remembers why, and announces it
     * (`expired` first when the token ran out, then `loggedOut` with the reason).
     */
    end: enqueueActions(({ context, enqueue }, reason: EndReason) => {
      enqueue.assign({
        auth: null,
        endReason: reason,
        otp: null,
        signer: null,
        visitors: context.visitors.length > 0 ? [] : context.visitors,
        proof: null,
        enrollment: null,
        elevated: {},
        credential: null,
      })
      enqueue.stopChild('elevation')
      if (reason === 'token-expired') enqueue.emit({ type: 'expired' as const })
      enqueue.emit({ type: 'loggedOut' as const, reason })
    }),
    /** Announces the embedded wallet a new token carries and the previous one did not. */
    emitWalletCreated: enqueueActions(({ context, enqueue }, { auth: { user } }: { auth: Auth }) => {
      const known = new Set(context.auth?.user.verifiedCredentials.map((credential) => credential.id))
      const created = user.verifiedCredentials.find(
        (credential) => credential.walletProvider === 'embeddedWallet' && !known.has(credential.id),
      )
      if (!created?.address) return
      const wallet = Object.freeze({
        address: created.address,
        chain: created.chain ?? 'EVM',
        walletName: created.walletName ?? 'embedded',
        walletProvider: 'embeddedWallet',
      })
      enqueue.emit({ type: 'walletCreated' as const, wallet })
    }),
    /**
     * A logout ends the server session too, in the background: the one held, or, during the async
     * read of storage, the one the read finds (which is then removed).
     */
    revokeInBackground: enqueueActions(({ context, enqueue }) => {
      if (context.stored.kind === 'async') enqueue.spawnChild('discardStored', { input: context.deps })
      else enqueue(() => context.deps.revoke(context.auth?.token ?? null, 'user-intent'))
    }),
  },
})

/** Takes the session an API answer (`authenticate`, `refresh`) carries. */
export const takeAnswer = { type: 'setAuth', params: answered } as const

/** Announces a new embedded wallet in an API answer. */
export const announceWallet = { type: 'emitWalletCreated', params: answered } as const

/** Takes the session of another tab (`sync.adopt`). */
export const adopt = {
  type: 'setAuth',
  params: ({ event }: { event: { auth: Auth } }) => ({ auth: event.auth }),
} as const
