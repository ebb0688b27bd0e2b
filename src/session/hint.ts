import { createActor } from 'xstate'
import { SessionError } from '../errors'
import { sessionMachine } from '../machine/sessionMachine'
import type { SessionMachineDeps, SessionMachineInput } from '../machine/types'
import type { Store } from '../storage/store'
import { type Auth, authFromHint } from '../token/auth'
import type { User } from '../token/claims'
import { inBrowser } from './inBrowser'
import { createSnapshots, type SessionSnapshot } from './snapshot'

/**
 * What a server that verified the session's token tells the page about it, for server rendering:
 * JSON-safe, no token. Made by `sessionHint(claims)` from `lanyard/server`.
 *
 * @example
 * ```ts
 * const hint = sessionHint(await verifier.verify(cookies().get('lanyard_session').value))
 * createSession({ api, tokenStorage: 'cookie', hint })
 * ```
 */
export interface SessionHint {
  /** The JWT's `sid`. */
  sessionId: string | null
  /** The token's `exp`, in ms since epoch (the server's clock; the client's confirming refresh corrects it). */
  expiresAt: number
  /** The user, as the client derives it from the same claims. */
  user: User
}

/** The hint as the session's auth; null without one. Throws `invalid_input` for anything else. */
export function authFromSessionHint(hint: SessionHint | null | undefined): Auth | null {
  if (hint === undefined || hint === null) return null
  try {
    const { user, sessionId, expiresAt } = hint
    if (sessionId !== null && sessionId !== undefined && typeof sessionId !== 'string') {
      throw new TypeError('sessionId is neither a string nor null')
    }
    return authFromHint({ ...user, sessionId: sessionId ?? user?.sessionId ?? null }, expiresAt, false)
  } catch (cause) {
    throw new SessionError(
      'invalid_input',
      process.env.NODE_ENV !== 'production'
        ? 'The `hint` option is not a session hint: pass what sessionHint(claims) from lanyard/server returned, or nothing.'
        : '',
      { cause },
    )
  }
}

/**
 * Where the machine starts. In cookie mode in a browser, the server's hint stands in for a stored
 * record when storage holds none (or answers only later): the first render then agrees with the
 * server's HTML, and `ready` confirms it with a refresh as for any cookie-mode restore. A stored
 * record wins over the hint. On a server the hint is never acted on (no refresh, no timer): it
 * only feeds `getServerSnapshot()`.
 */
export function startingPoint(
  store: Store,
  hint: Auth | null,
  cookieMode: boolean,
  now: number,
  lifetime: () => AbortSignal,
): SessionMachineInput['stored'] {
  const first = store.first
  if (!hint || !cookieMode || !inBrowser() || hint.expiresAt <= now) return first
  if (first.kind === 'none') return { kind: 'auth', auth: hint }
  if (first.kind !== 'async') return first
  // The async read is not waited for, but still settled: it removes a record that can hold no session.
  void store.read(lifetime())
  return { kind: 'auth', auth: hint }
}

/**
 * `getServerSnapshot()`: the first state of an actor that is never started (so nothing runs), from
 * the hint alone, or `restoring` without one. The same on the server and in the browser, whatever
 * the browser's storage holds; derived on first use, then the same object.
 */
export function serverSnapshot(deps: SessionMachineDeps, hint: Auth | null): () => SessionSnapshot {
  let snapshot: SessionSnapshot | undefined
  return () => {
    const stored = hint ? ({ kind: 'auth', auth: hint } as const) : ({ kind: 'async' } as const)
    snapshot ??= createSnapshots()(
      createActor(sessionMachine, { input: { deps, stored } }).getSnapshot(),
      undefined,
    )
    return snapshot
  }
}
