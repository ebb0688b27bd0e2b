import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')

// The recipes in docs/frameworks.md and docs/server-rendering.md are the files the tests run, word for word.
describe('docs/frameworks.md and docs/server-rendering.md', () => {
  const doc = read('docs/frameworks.md') + read('docs/server-rendering.md')
  const recipes = [...doc.matchAll(/<!-- recipe: (\S+)(?: as \S+)? -->\s*```ts\n([\s\S]*?)```/g)]

  test('shows the React, Angular, plain DOM and server hint recipes (React again beside Next.js)', () => {
    expect(recipes.map(([, path]) => path)).toEqual([
      'docs/recipes/react.ts',
      'docs/recipes/angular.ts',
      'docs/recipes/dom.ts',
      'docs/recipes/hint.ts',
      'docs/recipes/react.ts',
    ])
  })

  test.each(recipes.map(([, path, block]) => [path as string, block as string]))(
    '%s is shown as it is',
    (path, block) => {
      expect(block).toBe(read(path))
    },
  )
})
