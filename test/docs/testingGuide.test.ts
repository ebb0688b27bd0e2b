import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { codeBlocks, root } from './blocks'

// The examples of docs/testing.md, run as written there: each TypeScript block is written out as a
// module and imported here, so the vitest tests it declares become tests of this file and run
// against the reference backend. Editing the page's example edits what runs.
const blocks = codeBlocks([join(root, 'docs/testing.md')]).filter(
  (block) => ['ts', 'tsx'].includes(block.lang) && /^\s*test\(/m.test(block.code),
)
const dir = join(root, 'test/docs/.guide')

test('docs/testing.md shows a vitest test to copy, and its tests are the ones run here', ({ task }) => {
  const declared = blocks.flatMap((block) => [...block.code.matchAll(/^\s*test\((['"`])(.+?)\1/gm)])
  expect(declared.length).toBeGreaterThan(0)
  const here = task.file.tasks.map((registered) => registered.name)
  for (const [, , name] of declared) expect(here).toContain(name)
})

rmSync(dir, { recursive: true, force: true })
mkdirSync(dir, { recursive: true })
for (const block of blocks) {
  const file = join(dir, `line${block.where.split(':')[1]}.${block.lang}`)
  writeFileSync(file, `// ${block.where}, written out by test/docs/testingGuide.test.ts\n${block.code}`)
  await import(file)
}
