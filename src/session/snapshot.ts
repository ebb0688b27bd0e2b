import type { SnapshotFrom } from 'xstate'
import type { WalletAccount } from '../api/types'
import type { SessionError } from '../errors'
import type { sessionMachine } from '../machine/sessionMachine'
import type { EndReason, VisitorWallet } from '../machine/types'
import type { Requirement } from '../token/auth'
import type { User } from '../token/claims'

/** Where the session is; see docs/concepts.md for what each status means and holds. */
export type SessionStatus =
  | 'restoring'
  | 'visitor'
  | 'authenticating'
  | 'pending'
  | 'loggedIn'
  | 'expired'
  | 'loggedOut'

/**
 * What a UI renders: plain, frozen, and the same object until something visible changes. It never
 * holds the token (`session.getToken()` reads that).
 *
 * @example
 * ```ts
 * const { status, step, user, error } = session.getSnapshot()
 * if (status === 'authenticating' && step === 'emailOtp.awaitingCode') showCodeForm(error)
 * if (status === 'loggedIn') showAccount(user)
 * ```
 */
export interface SessionSnapshot {
  /** Where the session is: restoring, visitor, authenticating, pending, loggedIn, expired or loggedOut. */
  readonly status: SessionStatus
  /** The machine path below `status`, e.g. 'emailOtp.awaitingCode', 'mfa', 'wallet.creating'; null when nothing is below. */
  readonly step: string | null
  /** Null unless status is 'pending' or 'loggedIn'. */
  readonly user: User | null
  /** The JWT's `sid`. */
  readonly sessionId: string | null
  /** ms since epoch, in this device's clock. */
  readonly expiresAt: number | null
  /** Every outstanding requirement, in the order asked; `step` names the current one. */
  readonly pending: ReadonlyArray<Requirement>
  /** Connected, not signed (connect-only). */
  readonly visitorWallets: ReadonlyArray<WalletAccount>
  /** A JWT is held: pending or loggedIn. */
  readonly isAuthenticated: boolean
  /** `status === 'loggedIn'`. */
  readonly isLoggedIn: boolean
  /** The last failure of the current flow, cleared when it moves on. */
  readonly error: SessionError | null
  /** Why the last session ended. */
  readonly endReason: EndReason | null
  /** The scopes of the live step-up tokens (names only; the tokens are read with `getToken({ scope })`). */
  readonly elevatedScopes: ReadonlyArray<string>
}

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
    const next: SessionSnapshot = {
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
    }
    const keys = Object.keys(next) as Array<keyof SessionSnapshot>
    return previous && keys.every((k) => next[k] === previous[k]) ? previous : Object.freeze(next)
  }
}
