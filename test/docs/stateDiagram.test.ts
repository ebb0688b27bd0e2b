import { readFileSync } from 'node:fs'
import { sessionMachine } from 'lanyard'
import { expect, test } from 'vitest'
import { renderStateDiagramPage } from '../../scripts/stateDiagram'

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
