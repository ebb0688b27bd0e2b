// Gzip size of the whole `lanyard` entry, every export kept, bundled for the browser with esbuild.
// CI fails above BUDGET. The planned budget was 20,000 bytes (target 17,000); it is not met yet:
// xstate alone (setup, createActor, fromPromise, fromCallback, assign, emit, and) is ~13,300 bytes
// gzip, which leaves too little for the session, HTTP, storage and SIWE code. BUDGET is the measured
// size plus a small margin, so any growth fails CI; lower it with every saving (see docs/size.md).
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const BUDGET = 28_600
const TARGET = 20_000

const result = await build({
  stdin: { contents: "export * from './src/index.ts'", resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  metafile: true,
  define: { 'process.env.NODE_ENV': '"production"' },
})
const code = result.outputFiles[0].contents
const gzip = gzipSync(code, { level: 9 }).length
const inputs = Object.entries(Object.values(result.metafile.outputs)[0]?.inputs ?? {})
  .map(([file, { bytesInOutput }]) => [file.replace(/^node_modules\//, ''), bytesInOutput])
  .sort((a, b) => b[1] - a[1])
const byPackage = new Map()
for (const [file, bytes] of inputs) {
  const name = file.startsWith('src/')
    ? 'lanyard (src)'
    : file
        .split('/')
        .slice(0, file.startsWith('@') ? 2 : 1)
        .join('/')
  byPackage.set(name, (byPackage.get(name) ?? 0) + bytes)
}
console.log('minified bytes by package:')
for (const [name, bytes] of [...byPackage].sort((a, b) => b[1] - a[1]))
  console.log(`  ${name.padEnd(20)} ${bytes}`)
console.log(
  `lanyard: ${code.length} bytes minified, ${gzip} bytes gzip (budget ${BUDGET}, planned ${TARGET})`,
)
const forbidden = inputs.filter(([file]) => /jose|@noble|otpauth|src\/testing|src\/server/.test(file))
if (forbidden.length > 0) {
  console.error(`lanyard bundle pulls in testing/server code: ${forbidden.map(([f]) => f).join(', ')}`)
  process.exit(1)
}
if (gzip > BUDGET) {
  console.error(`over budget by ${gzip - BUDGET} bytes`)
  process.exit(1)
}
