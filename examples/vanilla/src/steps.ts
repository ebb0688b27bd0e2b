import type { SessionStep } from 'lanyard'

/**
 * Whether the snapshot's `step` is one of `steps`. The steps are typed (`SessionStep`), so a misspelt
 * or removed step fails to compile instead of silently never matching, as a `startsWith` would.
 */
export const isStep = (step: SessionStep | null, ...steps: SessionStep[]): boolean =>
  step !== null && steps.includes(step)
