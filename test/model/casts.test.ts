import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, test } from 'vitest'

// Issue 24: the code is typed by construction (XState's setup, typed actor outputs and assertEvent in
// the machine and the session; typed builders and readers that check fields elsewhere), never by
// casting. This counts the four casts that used to paper over it, in all of src: `as never`,
// `as unknown as`, `event as …` and `event.output as …`.

const ROOTS = ['src']

// The one left, by file and kind: it needs runtime code the first-load budget has no room for.
// - httpApi.ts: the API object is built from the method list, each method's answer read by its route's
//   kind at run time; no type ties a route to its AuthApi result (and the `json` answers, passkey options
//   and step-up tokens, are not checked), so the object cannot be typed as AuthApi without a cast.
// Removing it means removing its line here; a new cast anywhere in src fails.
const KNOWN = ['src/api/httpApi.ts as unknown as']

const tsFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return tsFiles(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })

const isCast = (node: ts.Node): node is ts.AsExpression | ts.TypeAssertion =>
  ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)

/** Which forbidden kind a cast is, or null for a cast this rule allows (`as const`, a plain widening). */
function kindOf(node: ts.AsExpression | ts.TypeAssertion): string | null {
  if (node.type.kind === ts.SyntaxKind.NeverKeyword) return 'as never'
  const inner = ts.isParenthesizedExpression(node.expression) ? node.expression.expression : node.expression
  if (isCast(inner) && inner.type.kind === ts.SyntaxKind.UnknownKeyword) return 'as unknown as'
  if (ts.isIdentifier(inner) && inner.text === 'event') return 'event as'
  if (ts.isPropertyAccessExpression(inner) && inner.getText() === 'event.output') return 'event.output as'
  return null
}

/** Every forbidden cast in a source text, as `file:line kind`. */
function castsIn(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const visit = (node: ts.Node) => {
    if (isCast(node)) {
      const kind = kindOf(node)
      if (kind)
        found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${kind}`)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

describe('casts in src', () => {
  test('the counter sees each forbidden kind, and lets `as const` and widening pass', () => {
    const sample = [
      'const a = x as never',
      'const b = y as unknown as Auth',
      'const c = (event as { type: string }).type',
      'const d = event.output as Auth',
      "const e = ['a'] as const",
      'const f = value as Auth',
    ].join('\n')
    expect(castsIn('sample.ts', sample).map((hit) => hit.split(' ').slice(1).join(' '))).toEqual([
      'as never',
      'as unknown as',
      'event as',
      'event.output as',
    ])
  })

  test('there are none but the known one', () => {
    const found = ROOTS.flatMap(tsFiles).flatMap((file) => castsIn(file, readFileSync(file, 'utf8')))
    expect(found.map((hit) => hit.replace(/:\d+ /, ' ')).sort()).toEqual(KNOWN)
  })
})
