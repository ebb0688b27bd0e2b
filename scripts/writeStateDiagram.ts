import { writeFileSync } from 'node:fs'
import { sessionMachine } from '../src/machine/sessionMachine'
import { renderStateDiagramPage } from './stateDiagram'

writeFileSync(new URL('../docs/state-diagram.md', import.meta.url), renderStateDiagramPage(sessionMachine))
console.log('docs/state-diagram.md written')
