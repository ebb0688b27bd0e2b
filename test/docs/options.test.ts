import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { expect, test } from 'vitest'
import { docPages, root } from './blocks'

// Every option a user can pass is named on the page that documents it, so a new option cannot
// ship undocumented. Read from the types themselves, not from a list kept by hand.
const options: Array<[entry: string, type: string, page: string]> = [
  ['src/index.ts', 'SessionOptions', 'any'],
  ['src/index.ts', 'HttpApiOptions', 'docs/http-api.md'],
  ['src/testing/index.ts', 'TestAuthServerOptions', 'docs/testing.md'],
  ['src/server/index.ts', 'TokenVerifierOptions', 'docs/backend.md'],
]

const program = ts.createProgram(
  options.map(([entry]) => join(root, entry)),
  {
    strict: true,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    module: ts.ModuleKind.ESNext,
    noEmit: true,
  },
)
const checker = program.getTypeChecker()

function keysOf(entry: string, name: string): string[] {
  const module = checker.getSymbolAtLocation(program.getSourceFile(join(root, entry))!)!
  const symbol = checker.getExportsOfModule(module).find((exported) => exported.name === name)
  if (!symbol) throw new Error(`${entry} does not export ${name}`)
  return checker
    .getDeclaredTypeOfSymbol(checker.getAliasedSymbol(symbol))
    .getProperties()
    .map((p) => p.name)
}

const everyPage = docPages()
  .map((page) => readFileSync(page, 'utf8'))
  .join('\n')

test.each(options)('every option of %s → %s is named on %s', (entry, type, page) => {
  const text = page === 'any' ? everyPage : readFileSync(join(root, page), 'utf8')
  const keys = keysOf(entry, type)
  expect(keys.length).toBeGreaterThan(3)
  expect(keys.filter((key) => !new RegExp(`\\b${key}\\b`).test(text))).toEqual([])
})
