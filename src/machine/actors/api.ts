import { fromPromise } from 'xstate'
import type { ApiContext, AuthApi, AuthResult } from '../../api/types'
import { SessionError, toSessionError } from '../../errors'
import { type Auth, authFromResult, type SealedToken, seal, unseal } from '../../token/auth'
import type { SessionContext, SessionEvent, SessionMachineDeps } from '../types'

export const cancelled = () =>
  new SessionError(
    'cancelled',
    process.env.NODE_ENV !== 'production' ? 'The request was cancelled because the session moved on.' : '',
  )

/** What an invoked API call does, given the session's API, request context and machine state. */
export type ApiRun<T> = (
  api: AuthApi,
  ctx: ApiContext,
  state: { context: SessionContext; event: SessionEvent },
) => Promise<T>

export interface CallInput<T> {
  deps: SessionMachineDeps
  token: SealedToken | null
  run: (api: AuthApi, ctx: ApiContext) => Promise<T>
}

/** One `AuthApi` call whose answer is a session: decoded once, checked, turned into an {@link Auth}. */
export interface AuthenticateInput extends CallInput<AuthResult> {
  /** A sign-in (a new session): if its answer arrives after the flow was left, revoke it. */
  fresh: boolean
  current: Auth
}

/**
 * The input of the `request`, `authenticate` and `refresh` actors: `run` with this session's
 * dependencies and token. A call made without a session is a sign-in (`fresh`): if its answer
 * arrives after the flow was left, the session it created is revoked.
 */
export const apiCall =
  <T>(run: ApiRun<T>) =>
  (state: { context: SessionContext; event: SessionEvent }) => ({
    deps: state.context.deps,
    token: state.context.auth?.token ?? null,
    fresh: state.context.auth === null,
    current: state.context.auth as Auth,
    run: (api: AuthApi, ctx: ApiContext) => run(api, ctx, state),
  })

/** Runs one API call with the request's signal; a call the session left rejects `cancelled`. */
export async function call<T>({ deps, token, run }: CallInput<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) throw cancelled()
  try {
    return await run(deps.api, { signal, token: unseal(token) })
  } catch (error) {
    throw signal.aborted ? cancelled() : toSessionError(error)
  }
}

async function authenticate(input: AuthenticateInput, signal: AbortSignal): Promise<Auth> {
  const { deps } = input
  // Settings first: a sign-in must not use up its one-time code and then fail on them.
  const settings = await deps.settings(signal).catch((error) => {
    throw toSessionError(error)
  })
  const result = await call(input, signal)
  if (signal.aborted) {
    // The flow was left (cancel, logout) while the server was answering: never resurrect it.
    const token = typeof result?.token === 'string' ? result.token : null
    // Whether there is anything to revoke (a token, or in cookie mode the cookie) is the revoker's rule.
    if (input.fresh) deps.revoke(token ? seal(token) : null, 'stale')
    throw cancelled()
  }
  const auth = authFromResult(result, settings, deps.now(), deps.cookieMode)
  if (!input.fresh && switchesIdentity(input.current, auth)) {
    // Never become another user mid-session: revoke what the server handed over and end this session.
    deps.revoke(auth.token, 'identity-switch')
    throw new SessionError(
      'invalid_token',
      process.env.NODE_ENV !== 'production'
        ? 'The auth server answered with a different user or session than this one; the session was ended for safety. Sign in again.'
        : '',
      { cause: identitySwitch },
    )
  }
  return auth
}

/** The cause of the error that ends a session whose server answered for someone else. */
export const identitySwitch = Object.freeze({ reason: 'identity-switch' })

/** A new token for a running session must keep its user (`sub`) and, where it has one, its `sid`. */
const switchesIdentity = (current: Auth, next: Auth) =>
  next.user.id !== current.user.id ||
  (current.user.sessionId !== null && next.user.sessionId !== current.user.sessionId)

/** One API call whose answer is not a session: its output is the call's answer. */
const request = <T>() => fromPromise<T, CallInput<T>>(({ input, signal }) => call(input, signal))

export const apiActors = {
  /** Sends or resends a one-time code: the verification to verify. */
  sendCode: request<{ verificationId: string }>(),
  /** Starts a social sign-in: the provider's URL. */
  startSocial: request<{ url: string }>(),
  /** Starts a TOTP enrolment: its secret. */
  enrollTotp: request<NonNullable<SessionContext['enrollment']>>(),
  authenticate: fromPromise<Auth, AuthenticateInput>(({ input, signal }) => authenticate(input, signal)),
  refresh: fromPromise<Auth, AuthenticateInput>(({ input, signal }) =>
    input.deps.refreshShared(input.current, signal, () => authenticate(input, signal)),
  ),
}
