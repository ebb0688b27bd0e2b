// Renders `sessionMachine` as a Mermaid state diagram. `npm run docs:diagram` writes it into
// docs/state-diagram.md; test/docs/stateDiagram.test.ts fails when the file is stale, or when a
// transition of the machine is missing from it or drawn without its guard.
//
// Reads the machine through public XState only: `machine.root`, and each state node's `states`,
// `initial`, `transitions` (every `on`, invoke `onDone`/`onError`, `after` and `onDone` transition,
// keyed by event), `always`, `invoke`, `tags` and `meta`.
import type { AnyStateMachine, AnyStateNode, AnyTransitionDefinition } from 'xstate'

type Guard = NonNullable<AnyTransitionDefinition['guard']>

/** One arrow: a transition to one of its targets (or back to its own state when it has none). */
interface Edge {
  source: string
  target: string
  event: string
  /** How the guard reads, empty when the transition has none. */
  guard: string
}

/** The Mermaid name of a state node: its id without the machine's, dots as underscores. */
export function stateName(node: AnyStateNode): string {
  const machineId = node.machine.id
  if (node.id === machineId) return machineId
  const id = node.id.startsWith(`${machineId}.`) ? node.id.slice(machineId.length + 1) : node.id
  return id.replace(/\./g, '_')
}

const invokeEvents = [
  ['xstate.done.actor.', 'done'],
  ['xstate.error.actor.', 'error'],
  ['xstate.snapshot.', 'snapshot'],
] as const

/** How an event reads on an arrow: XState's own events by what they mean. */
function eventLabel(node: AnyStateNode, eventType: string): string {
  for (const [prefix, kind] of invokeEvents) {
    if (!eventType.startsWith(prefix)) continue
    // One invoke per state reads as plain `done`/`error`; with more, name the one that settled.
    const id = eventType.slice(prefix.length)
    const invoke = node.invoke.length > 1 ? node.invoke.find((each) => each.id === id) : undefined
    return invoke ? `${kind}(${invoke.src})` : kind
  }
  if (eventType.startsWith('xstate.done.state.')) return 'onDone'
  // `xstate.after.<delay>.<state id>`, the delay a number of ms or the name of a delay.
  const after = `xstate.after.`
  if (eventType.startsWith(after) && eventType.endsWith(`.${node.id}`)) {
    return `after ${eventType.slice(after.length, -(node.id.length + 1))}`
  }
  return eventType
}

const isComposed = (guard: Guard): guard is Guard & { guards: readonly Guard[]; name: string } =>
  typeof guard === 'function' && Array.isArray((guard as { guards?: unknown }).guards)

/**
 * How a guard reads: a named guard by its name and params (`needs(mfa)`), XState's `and`/`or`/`not`
 * by their operands (`and(isCode(too_many_attempts), originIs(expired))`), `stateIn` by its state;
 * an inline function has no name, so it reads as the transition's `description`, or `inline`.
 */
function guardLabel(guard: Guard | undefined, description?: string): string {
  if (guard === undefined) return ''
  if (typeof guard === 'string') return guard
  if (typeof guard === 'function') {
    // `and`, `or` and `not` are functions that carry their operands as `guards`, the array XState
    // evaluates them with (`stateIn` carries `stateValue`); they are not in XState's types.
    if (isComposed(guard))
      return `${guard.name || 'composed'}(${guard.guards.map((g) => guardLabel(g)).join(', ')})`
    const stateValue = (guard as { stateValue?: unknown }).stateValue
    if (stateValue !== undefined) return `stateIn(${formatParams(stateValue)})`
    return description ?? 'inline'
  }
  const { type, params } = guard as { type: string; params?: unknown }
  if (params === undefined) return type
  // Params computed from the event or context at run time have no fixed value to show.
  return `${type}(${typeof params === 'function' ? 'dynamic' : formatParams(params)})`
}

const formatParams = (params: unknown) => (typeof params === 'string' ? params : JSON.stringify(params))

/** Whether a state marks a request in flight: the `busy` tag, or `meta: { busy: true }`. */
const isBusy = (node: AnyStateNode) =>
  node.tags.includes('busy') || (node.meta as { busy?: unknown } | undefined)?.busy === true

/** Every transition of every state node, in document order, one edge per target. */
function stateDiagramEdges(machine: AnyStateMachine): Edge[] {
  const edges: Edge[] = []
  const add = (node: AnyStateNode, transition: AnyTransitionDefinition, event: string) => {
    const guard = guardLabel(transition.guard, transition.description)
    // A transition without a target runs its actions and stays: drawn as a loop.
    const targets = transition.target?.length ? transition.target : [node]
    for (const target of targets) {
      edges.push({ source: stateName(node), target: stateName(target), event, guard })
    }
  }
  const visit = (node: AnyStateNode) => {
    for (const [eventType, transitions] of node.transitions) {
      for (const transition of transitions) add(node, transition, eventLabel(node, eventType))
    }
    for (const transition of node.always ?? []) add(node, transition, 'always')
    for (const child of Object.values(node.states)) visit(child)
  }
  visit(machine.root)
  return edges
}

/** One Mermaid line for an edge. */
function edgeLine(edge: Edge): string {
  const label = `${edge.event}${edge.guard ? ` [${edge.guard}]` : ''}`
  // Mermaid ends a transition's label at `#` or `;`: write those as its entity codes.
  return `${edge.source} --> ${edge.target}: ${label.replace(/[#;]/g, (c) => `#${c.charCodeAt(0)};`)}`
}

export function renderStateDiagram(machine: AnyStateMachine): string {
  const lines: string[] = ['stateDiagram-v2']
  const walk = (node: AnyStateNode, depth: number) => {
    const pad = '  '.repeat(depth)
    const children = Object.values(node.states)
    if (node.initial && children.length > 0) {
      for (const target of node.initial.target) lines.push(`${pad}[*] --> ${stateName(target)}`)
    }
    for (const child of children) {
      const title = `${child.key}${isBusy(child) ? ' (busy)' : ''}`
      if (Object.keys(child.states).length > 0) {
        lines.push(`${pad}state "${title}" as ${stateName(child)} {`)
        walk(child, depth + 1)
        lines.push(`${pad}}`)
      } else {
        lines.push(`${pad}state "${title}" as ${stateName(child)}`)
      }
    }
  }
  walk(machine.root, 1)
  for (const edge of stateDiagramEdges(machine)) lines.push(`  ${edgeLine(edge)}`)
  return lines.join('\n')
}

export function renderStateDiagramPage(machine: AnyStateMachine): string {
  return `# The session statechart

Generated from \`sessionMachine\` by \`npm run docs:diagram\`; a test fails when this page is stale.
Busy states (a request is in flight) are marked; \`authenticated\` groups \`pending\` and \`loggedIn\`
and is not a status of its own. Events in dotted lowercase are the machine events that the \`Session\` methods send;
\`done\`/\`error\` are the results of the state's invoked request, \`always\` is taken as soon as its guard holds.

Every transition is drawn, each with its guard in brackets: a named guard with its params
(\`needs(mfa)\`), \`and(...)\`/\`not(...)\` with their parts, an inline guard by the transition's
description (or \`inline\`). The arrows of one state are listed in the order XState tries them: the first
whose guard holds is taken, so an arrow without a guard after guarded ones is the "otherwise".
Arrows from \`${machine.id}\` apply in every state that does not handle the event itself; a loop (an arrow
back to the same state) runs its actions and stays.

The \`token.*\` events come from the token's own timer, invoked by \`authenticated\`: \`token.expiring\`,
\`token.expired\`, and, with \`autoRefresh\` (the default), \`token.refreshDue\`, which sends a resting
session to \`refreshing\` with a quarter of the token's lifetime left (at most 5 minutes) and again after
each back-off delay. A 401 still ends the session; any other failure of an automatic refresh
(\`[autoRefreshing]\`) goes back: a passing one (\`network\`, \`timeout\`, \`server\`, \`rate_limited\`)
quietly, to be tried again, any other reported once, ending the attempts.

\`\`\`mermaid
${renderStateDiagram(machine)}
\`\`\`

API reference: \`npm run docs\` → \`docs/api/index.html\` (every export of every entry, from its TSDoc).
`
}
