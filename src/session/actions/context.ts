import type { SessionEvent } from '../../machine/types'
import type { Core } from '../core'
import type { SessionSnapshot } from '../snapshot'
import type { Steps } from '../steps'

/** What every action needs: the steps to run its event, the core to read the outcome. */
export interface ActionContext {
  steps: Steps
  core: Core
}

/** Runs an action's event and resolves with the public snapshot it led to. */
export const act = (
  { steps, core }: ActionContext,
  event: SessionEvent,
  problem?: string | false,
): Promise<SessionSnapshot> => steps.run(event, problem).then(() => core.current())
