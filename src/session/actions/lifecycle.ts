import type { SessionSnapshot } from '../snapshot'
import { type ActionContext, act } from './context'

export interface Lifecycle {
  refresh(): Promise<SessionSnapshot>
  logout(): Promise<SessionSnapshot>
  cancel(): void
}

/**
 * `refresh` (concurrent calls share one request), `logout` (always ends the session here, the revoke
 * runs in the background) and `cancel` (abandons the sign-in flow in progress).
 */
export function lifecycleActions(ctx: ActionContext): Lifecycle {
  const { steps, core } = ctx
  let refreshing: Promise<SessionSnapshot> | null = null
  return {
    refresh() {
      refreshing ??= act(ctx, { type: 'session.refresh' }).finally(() => {
        refreshing = null
      })
      return refreshing
    },
    logout() {
      steps.cancelAll(process.env.NODE_ENV !== 'production' ? 'Logged out before this finished.' : '')
      return act(ctx, { type: 'session.logout' })
    },
    cancel() {
      if (steps.stopped || !core.actor.getSnapshot().can({ type: 'flow.cancel' })) return
      steps.cancelAll(process.env.NODE_ENV !== 'production' ? 'The sign-in was cancelled.' : '')
      core.actor.send({ type: 'flow.cancel' })
    },
  }
}
