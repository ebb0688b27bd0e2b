import type { SnapshotFrom } from 'xstate'
import type { WalletAccount } from '../api/types'
import type { SessionError } from '../errors'
import type { sessionMachine } from '../machine/sessionMachine'
import type { EndReason, VisitorWallet } from '../machine/types'
import type { Requirement } from '../token/auth'
import type { User } from '../token/claims'
import type { SessionStatus, SessionStepOf } from './step'

/** What every snapshot holds, whatever its status. */
export interface SnapshotCommon {
  /** Every outstanding requirement, in the order asked; `step` names the current one. */
  readonly pending: ReadonlyArray<Requirement>
  /** Connected, not signed (connect-only). */
  readonly visitorWallets: ReadonlyArray<WalletAccount>
  /** The last failure of the current flow, cleared when it moves on. */
  readonly error: SessionError | null
  /** Why the last session ended. */
  readonly endReason: EndReason | null
  /** The scopes of the live step-up tokens (names only; the tokens are read with `getToken({ scope })`). */
  readonly elevatedScopes: ReadonlyArray<string>
}

/** A snapshot of `pending` or `loggedIn`: a token is held, so the user, its session and its end are known. */
export interface SignedInSnapshot<TStatus extends 'pending' | 'loggedIn'> extends SnapshotCommon {
  /** `pending` (something is owed) or `loggedIn`. */
  readonly status: TStatus
  /** The machine path below `status`, e.g. 'mfa', 'mfa.verifying', 'linking.signing'; null when at rest in `loggedIn`. */
  readonly step: SessionStepOf<TStatus>
  /** Who is signed in. */
  readonly user: User
  /** The JWT's `sid`. */
  readonly sessionId: string
  /** When the token ends: ms since epoch, in this device's clock. */
  readonly expiresAt: number
  /** A JWT is held. */
  readonly isAuthenticated: true
  /** `status === 'loggedIn'`. */
  readonly isLoggedIn: TStatus extends 'loggedIn' ? true : false
}

/** A snapshot of `restoring`, `visitor`, `authenticating`, `expired` or `loggedOut`: no token, no user. */
export interface SignedOutSnapshot<TStatus extends Exclude<SessionStatus, 'pending' | 'loggedIn'>>
  extends SnapshotCommon {
  /** Where the session is. */
  readonly status: TStatus
  /** The machine path below `status`, e.g. 'emailOtp.awaitingCode', 'connecting'; null when nothing is below. */
  readonly step: SessionStepOf<TStatus>
  /** No one is signed in. */
  readonly user: null
  /** No session. */
  readonly sessionId: null
  /** No token. */
  readonly expiresAt: null
  /** No JWT is held. */
  readonly isAuthenticated: false
  /** Not logged in. */
  readonly isLoggedIn: false
}

/**
 * What a UI renders: plain, frozen, and the same object until something visible changes. It never
 * holds the token (`session.getToken()` reads that). A union on `status`: checking it narrows the
 * rest, so `status === 'loggedIn'` gives a `user`, `sessionId` and `expiresAt` that are not null, and
 * `step` the steps of that status only ({@link SessionStep}).
 *
 * @example
 * ```ts
 * const snapshot = session.getSnapshot()
 * if (snapshot.status === 'authenticating' && snapshot.step === 'emailOtp.awaitingCode') showCodeForm(snapshot.error)
 * if (snapshot.status === 'loggedIn') showAccount(snapshot.user.email, snapshot.expiresAt)
 * ```
 */
export type SessionSnapshot = {
  [TStatus in SessionStatus]: TStatus extends 'pending' | 'loggedIn'
    ? SignedInSnapshot<TStatus>
    : SignedOutSnapshot<Exclude<TStatus, 'pending' | 'loggedIn'>>
}[SessionStatus]

export type MachineSnapshot = SnapshotFrom<typeof sessionMachine>

const EMPTY: readonly never[] = Object.freeze([])

/** status and step from the machine's state value: `authenticated` is a grouping, not a status. */
export function locate(value: MachineSnapshot['value']): { status: SessionStatus; step: string | null } {
  const path: string[] = []
  let node: unknown = value
  while (typeof node === 'object' && node !== null) {
    const [key] = Object.keys(node) as [string]
    path.push(key)
    node = (node as Record<string, unknown>)[key]
  }
  if (typeof node === 'string') path.push(node)
  if (path[0] === 'authenticated') path.shift()
  if (path[path.length - 1] === 'idle') path.pop()
  const [status, ...rest] = path as [SessionStatus, ...string[]]
  return { status, step: rest.length > 0 && status !== 'restoring' ? rest.join('.') : null }
}

const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b)

/**
 * Derives public snapshots from machine snapshots, once per committed change: the previous object
 * is returned while nothing visible changed, and the user and lists keep their identity while their
 * content is the same (a refresh), so bindings re-render only on real change.
 */
export function createSnapshots() {
  let visitorsOf: readonly VisitorWallet[] = EMPTY
  let visitorAccounts: readonly WalletAccount[] = EMPTY
  let elevatedOf: unknown
  let elevatedScopes: readonly string[] = EMPTY
  return (state: MachineSnapshot, previous: SessionSnapshot | undefined): SessionSnapshot => {
    const { context } = state
    const { status, step } = locate(state.value)
    if (context.visitors !== visitorsOf) {
      visitorsOf = context.visitors
      visitorAccounts = Object.freeze(context.visitors.map((wallet) => wallet.account))
    }
    if (context.elevated !== elevatedOf) {
      elevatedOf = context.elevated
      const names = Object.keys(context.elevated)
      if (!sameJson(names, elevatedScopes)) elevatedScopes = names.length > 0 ? Object.freeze(names) : EMPTY
    }
    const auth = context.auth
    const user =
      auth && previous?.user && sameJson(previous.user, auth.user) ? previous.user : (auth?.user ?? null)
    const pending =
      auth && previous && sameJson(previous.pending, auth.pending)
        ? previous.pending
        : (auth?.pending ?? EMPTY)
    // The union's promise holds because the machine holds `auth` exactly in pending and loggedIn
    // (test/session/snapshot/invariants.property.test.ts), and `locate` reads the state value its type is from.
    const next = {
      status,
      step,
      user,
      sessionId: auth?.user.sessionId ?? null,
      expiresAt: auth?.expiresAt ?? null,
      pending,
      visitorWallets: visitorAccounts,
      isAuthenticated: auth !== null,
      isLoggedIn: status === 'loggedIn',
      error: context.error,
      endReason: context.endReason,
      elevatedScopes,
    } as SessionSnapshot
    const keys = Object.keys(next) as Array<keyof SessionSnapshot>
    return previous && keys.every((k) => next[k] === previous[k]) ? previous : Object.freeze(next)
  }
}
