// Renders `sessionMachine` as a Mermaid state diagram. `npm run docs:diagram` writes it into
// docs/state-diagram.md; test/docs/stateDiagram.test.ts fails when the file is stale.
import type { AnyStateMachine } from 'xstate'

interface Node {
  id: string
  key: string
  type: string
  initial?: { target: Array<{ id: string }> }
  states: Record<string, Node>
  tags: string[]
  transitions: Map<string, Array<{ target?: Array<{ id: string }>; guard?: { type?: string } }>>
  always?: Array<{ target?: Array<{ id: string }>; guard?: { type?: string } }>
}

const name = (id: string) => id.replace(/^session\.?/, '').replace(/\./g, '_') || 'session'

function label(event: string): string {
  if (event.startsWith('xstate.done.actor')) return 'done'
  if (event.startsWith('xstate.error.actor')) return 'error'
  return event
}

export function renderStateDiagram(machine: AnyStateMachine): string {
  const lines: string[] = ['stateDiagram-v2']
  const edges = new Set<string>()
  const walk = (node: Node, depth: number) => {
    const pad = '  '.repeat(depth)
    const children = Object.values(node.states)
    if (node.initial && children.length > 0) {
      for (const target of node.initial.target) lines.push(`${pad}[*] --> ${name(target.id)}`)
    }
    for (const child of children) {
      const busy = child.tags.includes('busy') ? ' (busy)' : ''
      if (Object.keys(child.states).length > 0) {
        lines.push(`${pad}state "${child.key}${busy}" as ${name(child.id)} {`)
        walk(child, depth + 1)
        lines.push(`${pad}}`)
      } else {
        lines.push(`${pad}state "${child.key}${busy}" as ${name(child.id)}`)
      }
    }
    for (const child of children) collect(child)
  }
  const collect = (node: Node) => {
    for (const [event, transitions] of node.transitions) {
      for (const transition of transitions) {
        for (const target of transition.target ?? []) {
          const guard =
            transition.guard?.type && !transition.guard.type.startsWith('xstate.')
              ? ` [${transition.guard.type}]`
              : ''
          edges.add(`${name(node.id)} --> ${name(target.id)}: ${label(event)}${guard}`)
        }
      }
    }
    for (const transition of node.always ?? []) {
      for (const target of transition.target ?? []) {
        edges.add(
          `${name(node.id)} --> ${name(target.id)}: always${transition.guard?.type ? ` [${transition.guard.type}]` : ''}`,
        )
      }
    }
  }
  walk(machine.root as unknown as Node, 1)
  collect(machine.root as unknown as Node)
  for (const edge of [...edges].sort()) lines.push(`  ${edge}`)
  return lines.join('\n')
}

export function renderStateDiagramPage(machine: AnyStateMachine): string {
  return `# The session statechart

Generated from \`sessionMachine\` by \`npm run docs:diagram\`; a test fails when this page is stale.
Busy states (a request is in flight) are marked; \`authenticated\` groups \`pending\` and \`loggedIn\`
and is not a status of its own. Events in dotted lowercase are the machine events that the \`Session\` methods send;
\`done\`/\`error\` are the results of the state's invoked request.

\`\`\`mermaid
${renderStateDiagram(machine)}
\`\`\`
`
}
