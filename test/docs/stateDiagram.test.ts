import { readFileSync } from 'node:fs'
import { sessionMachine } from 'lanyard'
import { describe, expect, test } from 'vitest'
import {
  type AnyStateMachine,
  type AnyStateNode,
  type AnyTransitionDefinition,
  and,
  fromPromise,
  not,
  or,
  setup,
  stateIn,
} from 'xstate'
import { renderStateDiagram, renderStateDiagramPage, stateName } from '../../scripts/stateDiagram'

test('docs/state-diagram.md is generated from sessionMachine (run `npm run docs:diagram` when this fails)', () => {
  const page = readFileSync(new URL('../../docs/state-diagram.md', import.meta.url), 'utf8')
  expect(page).toBe(renderStateDiagramPage(sessionMachine))
  for (const status of [
    'restoring',
    'visitor',
    'authenticating',
    'pending',
    'loggedIn',
    'expired',
    'loggedOut',
  ]) {
    expect(page).toContain(`"${status}`)
  }
})

// --- every transition, walked through public XState, must be an arrow of its own with its guard ------

interface Walked {
  node: AnyStateNode
  eventType: string
  transition: AnyTransitionDefinition
}

/** Every transition of every state node: `on`, invoke `onDone`/`onError`, `after`, `always`. */
function everyTransition(machine: AnyStateMachine): Walked[] {
  const walked: Walked[] = []
  const visit = (node: AnyStateNode) => {
    // `transitions` holds the invoke results too: make sure of it rather than assume it.
    for (const invoke of node.invoke) {
      if (invoke.onDone) expect(node.transitions.has(`xstate.done.actor.${invoke.id}`)).toBe(true)
      if (invoke.onError) expect(node.transitions.has(`xstate.error.actor.${invoke.id}`)).toBe(true)
    }
    for (const [eventType, transitions] of node.transitions) {
      for (const transition of transitions) walked.push({ node, eventType, transition })
    }
    for (const transition of node.always ?? []) walked.push({ node, eventType: 'always', transition })
    for (const child of Object.values(node.states)) visit(child)
  }
  visit(machine.root)
  return walked
}

type Guard = NonNullable<AnyTransitionDefinition['guard']>

/** The words a guard's label must hold: every named guard with its params, each `and`/`or`/`not`. */
function guardWords(guard: Guard | undefined, description?: string): string[] {
  if (guard === undefined) return []
  if (typeof guard === 'string') return [guard]
  if (typeof guard === 'function') {
    const operands = (guard as { guards?: Guard[] }).guards
    if (operands) return [`${guard.name}(`, ...operands.flatMap((operand) => guardWords(operand))]
    if ((guard as { stateValue?: unknown }).stateValue !== undefined) return ['stateIn(']
    return [description ?? 'inline']
  }
  const { type, params } = guard as { type: string; params?: unknown }
  return params === undefined || typeof params === 'function'
    ? [type]
    : [`${type}(${typeof params === 'string' ? params : JSON.stringify(params)})`]
}

/** What an event must read as: XState's done/error events by their kind, the others as they are. */
const eventMatches = (eventType: string, label: string) =>
  eventType.startsWith('xstate.done.actor.')
    ? label.startsWith('done')
    : eventType.startsWith('xstate.error.actor.')
      ? label.startsWith('error')
      : eventType.startsWith('xstate.after.')
        ? label.startsWith('after ')
        : label === eventType

interface Arrow {
  source: string
  target: string
  event: string
  guard: string | undefined
}

function arrowsOf(diagram: string): Arrow[] {
  const arrows: Arrow[] = []
  for (const line of diagram.split('\n')) {
    const match = /^\s*(\S+) --> (\S+): (.+?)(?: \[(.*)\])?$/.exec(line)
    if (match && match[1] !== '[*]') {
      const [, source, target, event, guard] = match as unknown as [string, string, string, string, string?]
      arrows.push({ source, target, event, guard })
    }
  }
  return arrows
}

/** Which transitions have no arrow of their own in a diagram, and which arrows are left over. */
function compare(machine: AnyStateMachine, diagram = renderStateDiagram(machine)) {
  const unused = arrowsOf(diagram)
  const missing: string[] = []
  let count = 0
  for (const { node, eventType, transition } of everyTransition(machine)) {
    const words = guardWords(transition.guard, transition.description)
    const targets = transition.target?.length ? transition.target : [node]
    for (const target of targets) {
      count++
      const index = unused.findIndex(
        (arrow) =>
          arrow.source === stateName(node) &&
          arrow.target === stateName(target) &&
          eventMatches(eventType, arrow.event) &&
          (words.length === 0
            ? arrow.guard === undefined
            : arrow.guard !== undefined && words.every((word) => arrow.guard?.includes(word))),
      )
      if (index === -1) missing.push(`${node.id} → ${target.id} on ${eventType} [${words.join(' ')}]`)
      else unused.splice(index, 1)
    }
  }
  return { count, missing, unused }
}

describe('the diagram of sessionMachine', () => {
  test('draws every transition as an arrow of its own, each with its guard', () => {
    const { count, missing, unused } = compare(sessionMachine)
    expect(count).toBeGreaterThan(50)
    expect(missing).toEqual([])
    expect(unused).toEqual([])
  })

  test('declares every state under a name of its own', () => {
    const diagram = renderStateDiagram(sessionMachine)
    const names: string[] = []
    const visit = (node: AnyStateNode) => {
      for (const child of Object.values(node.states)) {
        expect(diagram).toMatch(
          new RegExp(`^\\s*state "${child.key}[^"]*" as ${stateName(child)}( \\{)?$`, 'm'),
        )
        names.push(stateName(child))
        visit(child)
      }
    }
    visit(sessionMachine.root)
    expect(new Set(names).size).toBe(names.length)
  })
})

// --- the guard forms, on a machine made for them -----------------------------------------------------

const guarded = setup({
  types: { events: {} as { type: 'go'; code?: string } | { type: 'stay' } },
  guards: {
    ready: () => true,
    has: (_, _params: string) => true,
  },
  actors: { work: fromPromise(async () => 1), other: fromPromise(async () => 2) },
}).createMachine({
  id: 'm',
  initial: 'a',
  states: {
    a: {
      on: {
        go: [
          { guard: 'ready', target: 'b' },
          { guard: { type: 'has', params: 'x' }, target: 'b' },
          { guard: and(['ready', not({ type: 'has', params: 'y' })]), target: 'b' },
          { guard: or(['ready', ({ event }) => event.code !== undefined]), target: 'b' },
          { guard: ({ event }) => event.code === '1', target: 'b' },
          { guard: ({ event }) => event.code === '2', description: 'the code is 2', target: 'b' },
          { target: 'b' },
        ],
        stay: { actions: () => {} },
      },
      after: { 1000: 'b' },
    },
    b: {
      invoke: [
        { src: 'work', onDone: 'a', onError: 'a' },
        { src: 'other', onDone: 'a' },
      ],
      always: { guard: stateIn('a'), target: 'a' },
    },
  },
})

describe('guards on the diagram', () => {
  test('each reads as what it checks, and transitions that differ only in their guard stay apart', () => {
    const arrows = renderStateDiagram(guarded)
      .split('\n')
      .filter((line) => line.includes('-->') && !line.includes('[*]'))
      .map((line) => line.trim())
    expect(arrows).toEqual([
      'a --> b: go [ready]',
      'a --> b: go [has(x)]',
      'a --> b: go [and(ready, not(has(y)))]',
      'a --> b: go [or(ready, inline)]',
      'a --> b: go [inline]',
      'a --> b: go [the code is 2]',
      'a --> b: go',
      'a --> a: stay',
      'a --> b: after 1000',
      'b --> a: done(work)',
      'b --> a: error(work)',
      'b --> a: done(other)',
      'b --> a: always [stateIn(a)]',
    ])
    expect(compare(guarded)).toMatchObject({ count: 13, missing: [], unused: [] })
  })

  test('the walk catches an arrow without its guard, merged arrows and arrows of no transition', () => {
    const diagram = renderStateDiagram(guarded)
    // The old generator's faults: an inline or composed guard dropped, guarded arrows merged.
    expect(compare(guarded, diagram.replace(' [and(ready, not(has(y)))]', '')).missing).toEqual([
      'm.a → m.b on go [and( ready not( has(y)]',
    ])
    expect(compare(guarded, diagram.replace(' [inline]', '')).missing).toEqual(['m.a → m.b on go [inline]'])
    expect(compare(guarded, diagram.replace('  a --> b: go [has(x)]\n', '')).missing).toEqual([
      'm.a → m.b on go [has(x)]',
    ])
    expect(compare(guarded, `${diagram}\n  b --> b: go`).unused).toEqual([
      { source: 'b', target: 'b', event: 'go', guard: undefined },
    ])
  })
})
