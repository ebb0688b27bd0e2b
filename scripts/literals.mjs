// The string literals of the `lanyard` entry's production bundle (minified, NODE_ENV "production"), longest
// first, and what the gzip would be without them: where the bytes of messages are (docs/size.md).
// node scripts/literals.mjs [min length=25] [entry source] [list]

import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import ts from 'typescript'

const entry = process.argv[3] ?? "export * from './src/index.ts'"
const r = await build({
  stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  define: { 'process.env.NODE_ENV': '"production"' },
})
const text = r.outputFiles[0].text
const sf = ts.createSourceFile('x.js', text, ts.ScriptTarget.ES2022, true)
const lits = []
const visit = (n) => {
  if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n))
    lits.push([n.getStart(), n.getEnd(), n.text])
  else if (ts.isTemplateExpression(n)) lits.push([n.getStart(), n.getEnd(), n.getText()])
  ts.forEachChild(n, visit)
}
visit(sf)
const long = lits.filter(([, , t]) => t.length >= +(process.argv[2] ?? 25))
let raw = 0
for (const [, , t] of long.sort((a, b) => b[2].length - a[2].length)) {
  raw += t.length
  if (process.argv[4]) console.log(t.length, t.slice(0, 150))
}
let stripped = '',
  at = 0
for (const [s, e] of long.sort((a, b) => a[0] - b[0])) {
  stripped += text.slice(at, s) + '""'
  at = e
}
stripped += text.slice(at)
console.log(
  'literals',
  long.length,
  'raw',
  raw,
  'gz',
  gzipSync(text, { level: 9 }).length,
  'gz without',
  gzipSync(stripped, { level: 9 }).length,
)
