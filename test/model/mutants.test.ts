// The deliberate bugs of scripts/mutants.mjs (docs/testing-the-tests.md) are only worth something
// while each still applies to src/: a refactor that moves its text silently retires it. This fails
// the suite when one no longer matches exactly once.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { mutants } from '../../scripts/mutants.mjs'

const root = join(import.meta.dirname, '../..')

test('every mutant of scripts/mutants.mjs still applies to src/ (its text occurs exactly once)', () => {
  const stale = mutants.filter(([, file, , [find]]) => {
    const text = readFileSync(join(root, 'src', file), 'utf8')
    return text.split(find).length !== 2
  })
  expect(stale.map(([id, file]) => `${id} ${file}`)).toEqual([])
  expect(mutants.length).toBeGreaterThan(70)
})
