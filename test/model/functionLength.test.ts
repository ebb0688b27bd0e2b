import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { expect, test } from 'vitest'

// Issue 24, point 4: no function in src/ (src/testing included) is longer than this many lines,
// counted from its first line to its last, signature and closing brace included.
const MAX_LINES = 60

const root = fileURLToPath(new URL('../..', import.meta.url))

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

function isFunctionLike(node: ts.Node): node is ts.FunctionLikeDeclaration {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node) ||
    ts.isConstructorDeclaration(node)
  )
}

function nameOf(node: ts.FunctionLikeDeclaration, source: ts.SourceFile): string {
  if (ts.isConstructorDeclaration(node)) return 'constructor'
  if (node.name) return node.name.getText(source)
  const parent = node.parent
  if (
    ts.isVariableDeclaration(parent) ||
    ts.isPropertyAssignment(parent) ||
    ts.isPropertyDeclaration(parent)
  ) {
    return parent.name.getText(source)
  }
  return '(anonymous)'
}

interface Measured {
  at: string
  name: string
  lines: number
}

function measure(path: string): Measured[] {
  const text = readFileSync(path, 'utf8')
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true)
  const file = relative(root, path).split('\\').join('/')
  const found: Measured[] = []
  const visit = (node: ts.Node): void => {
    if (isFunctionLike(node) && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line
      found.push({ at: `${file}:${first + 1}`, name: nameOf(node, source), lines: last - first + 1 })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

const files = sourceFiles(join(root, 'src'))
const functions = files.flatMap(measure)

test('the scan sees the source tree (src/ and src/testing/)', () => {
  expect(files.some((file) => file.includes(join('src', 'testing')))).toBe(true)
  expect(functions.some((fn) => fn.name === 'createSession')).toBe(true)
  expect(functions.some((fn) => fn.name === 'createTestAuthServer')).toBe(true)
})

test(`no function in src/ is longer than ${MAX_LINES} lines`, () => {
  const long = functions
    .filter((fn) => fn.lines > MAX_LINES)
    .sort((a, b) => b.lines - a.lines)
    .map((fn) => `${fn.at} ${fn.name} ${fn.lines}`)
  expect(long).toEqual([])
})
