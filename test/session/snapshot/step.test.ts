import { sessionMachine } from 'lanyard'
import { expect, test } from 'vitest'
import type { AnyStateNode } from 'xstate'
import { STEPS } from './steps'

const leaves = (node: AnyStateNode): AnyStateNode[] =>
  node.type === 'atomic' ? [node] : Object.values(node.states).flatMap(leaves)

/** A state the machine leaves as soon as it enters it: an `always` branch without a guard. */
const passing = (node: AnyStateNode) => (node.always ?? []).some((transition) => !transition.guard)

/** status and step as docs/concepts.md defines them: the path below status, a trailing idle dropped. */
function place(path: string[]): { status: string; step: string | null } {
  const located = path[0] === 'authenticated' ? path.slice(1) : [...path]
  if (located.at(-1) === 'idle') located.pop()
  const [status, ...rest] = located as [string, ...string[]]
  return { status, step: rest.length > 0 && status !== 'restoring' ? rest.join('.') : null }
}

const atRest = leaves(sessionMachine.root).filter((node) => !passing(node))

test('the steps of every status are exactly what the machine’s states give (and SessionStep lists)', () => {
  const found: Record<string, string[]> = {}
  for (const node of atRest) {
    const { status, step } = place(node.path)
    if (step === null) continue
    found[status] = [...(found[status] ?? []), step]
  }
  const listed = Object.fromEntries(
    Object.entries(STEPS)
      .filter(([, steps]) => steps.length > 0)
      .map(([status, steps]) => [status, [...steps].sort()]),
  )
  for (const steps of Object.values(found)) steps.sort()
  expect(found).toEqual(listed)
})

test('the statuses are the seven of SessionStatus', () => {
  const statuses = new Set(atRest.map((node) => place(node.path).status))
  expect([...statuses].sort()).toEqual(Object.keys(STEPS).sort())
})

test('the states SessionStep leaves out are exactly the ones the machine passes through', () => {
  const passed = leaves(sessionMachine.root)
    .filter(passing)
    .map((node) => node.path.join('.'))
  // src/session/step.ts `Passing` (plus restoring.checking, whose status shows no step anyway).
  expect(passed.sort()).toEqual([
    'authenticated.pending.wallet.starting',
    'authenticated.routing',
    'restoring.checking',
  ])
})
