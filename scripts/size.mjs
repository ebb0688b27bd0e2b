// What a page loads first: the `lanyard` entry bundled for the browser with esbuild (ESM, code
// splitting, minified), as the gzip of the entry chunk plus every chunk it imports statically. The
// chunks loaded by `import()` (wallet, passkey... when a flow first needs them) are reported apart.
// Measured twice: the whole entry (every export kept: CI fails above BUDGET) and an email-only app
// (`createSession` + `createHttpApi` + `localStorageAdapter`). BUDGET is the measured first load plus
// about 2%, so any growth fails CI; lower it with every saving (see docs/size.md).
import { readFileSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { firstLoadBuild } from './firstLoadBuild.mjs'

const BUDGET = 32_370

const apps = {
  'whole entry': "export * from './src/index.ts'",
  'email-only app': "export { createSession, createHttpApi, localStorageAdapter } from './src/index.ts'",
}

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length
const pkg = (file) =>
  file.startsWith('src/')
    ? 'lanyard (src)'
    : file
        .replace(/^node_modules\//, '')
        .split('/')
        .slice(0, file.replace(/^node_modules\//, '').startsWith('@') ? 2 : 1)
        .join('/')

async function measure(contents) {
  const result = await build({
    entryPoints: ['app'],
    ...firstLoadBuild,
    plugins: [
      {
        name: 'app',
        setup(b) {
          b.onResolve({ filter: /^app$/ }, () => ({ path: 'app', namespace: 'app' }))
          b.onLoad({ filter: /.*/, namespace: 'app' }, () => ({
            contents,
            loader: 'ts',
            resolveDir: process.cwd(),
          }))
        },
      },
    ],
  })
  const files = new Map(result.outputFiles.map((file) => [file.path.split('/size-out/')[1], file.contents]))
  const outputs = Object.fromEntries(
    Object.entries(result.metafile.outputs).map(([path, output]) => [
      path.replace(/^size-out\//, ''),
      output,
    ]),
  )
  const entry = Object.keys(outputs).find((name) => outputs[name].entryPoint)
  // The entry and its static imports, transitively: what loads before any sign-in starts.
  const initial = new Set()
  const visit = (name) => {
    if (initial.has(name)) return
    initial.add(name)
    for (const imported of outputs[name].imports)
      if (imported.kind === 'import-statement') visit(imported.path.replace(/^size-out\//, ''))
  }
  visit(entry)
  const chunks = Object.keys(outputs)
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const inputs = Object.entries(outputs[name].inputs)
        .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
        .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
        .map(([file, { bytesInOutput }]) => [file, bytesInOutput])
      return {
        name,
        entry: name === entry,
        initial: initial.has(name),
        minified: files.get(name).length,
        gzip: gzip(files.get(name)),
        inputs,
      }
    })
  const sum = (list) => list.reduce((total, chunk) => total + chunk.gzip, 0)
  return {
    chunks,
    firstLoad: sum(chunks.filter((chunk) => chunk.initial)),
    lazy: sum(chunks.filter((chunk) => !chunk.initial)),
  }
}

const describe = (chunk) => {
  const byPackage = new Map()
  for (const [file, bytes] of chunk.inputs) byPackage.set(pkg(file), (byPackage.get(pkg(file)) ?? 0) + bytes)
  const packages = [...byPackage].sort((a, b) => b[1] - a[1]).map(([name, bytes]) => `${name} ${bytes}`)
  const own = chunk.inputs
    .filter(([file]) => file.startsWith('src/'))
    .slice(0, 3)
    .map(([file]) => file.replace(/^src\//, ''))
  return `${packages.join(', ')}${chunk.entry ? '' : `; ${own.join(', ')}`}`
}

let failed = false
const table = ['| app | chunk | gzip | minified | what |', '| --- | --- | ---: | ---: | --- |']
for (const [label, contents] of Object.entries(apps)) {
  const { chunks, firstLoad, lazy } = await measure(contents)
  table.push(`| ${label} | **first load** | **${firstLoad}** | | the entry chunk and its static imports |`)
  table.push(`| ${label} | lazy, all | ${lazy} | | loaded by \`import()\` when a flow first needs them |`)
  console.log(`\n${label}: first load ${firstLoad} B gzip, lazy chunks ${lazy} B gzip`)
  for (const chunk of chunks.sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip)) {
    console.log(
      `  ${chunk.initial ? 'initial' : 'lazy   '} ${String(chunk.gzip).padStart(6)} gzip ${String(chunk.minified).padStart(6)} min  ${describe(chunk)}`,
    )
    table.push(
      `| ${label} | ${chunk.initial ? 'initial' : 'lazy'} | ${chunk.gzip} | ${chunk.minified} | ${describe(chunk)} |`,
    )
  }
  // `npm run size -- --why`: the minified bytes of each file in the first load, largest first.
  if (process.argv.includes('--why')) {
    const files = chunks.filter((chunk) => chunk.initial).flatMap((chunk) => chunk.inputs)
    for (const [file, bytes] of files.sort((a, b) => b[1] - a[1]))
      console.log(`    ${String(bytes).padStart(6)}  ${file}`)
  }
  const forbidden = chunks
    .flatMap((chunk) => chunk.inputs.map(([file]) => file))
    .filter((file) => /jose|@noble|otpauth|simplewebauthn|src\/testing|src\/server/.test(file))
  if (forbidden.length > 0) {
    console.error(`${label} pulls in testing/server code: ${forbidden.join(', ')}`)
    failed = true
  }
  // What only a wallet sign-in or a social sign-in uses, and the method routes, must stay out of the first load.
  const eager = chunks
    .filter((chunk) => chunk.initial)
    .flatMap((chunk) => chunk.inputs.map(([file]) => file))
    .filter((file) => /src\/wallet\/|src\/session\/actions\/social\.ts|src\/api\/routes\.ts/.test(file))
  if (eager.length > 0) {
    console.error(`${label} loads lazy parts first: ${eager.join(', ')}`)
    failed = true
  }
  // A module that the first load and a lazy chunk both import becomes a chunk of its own, fetched
  // first and compressed apart (~250 B each): lazy chunks import nothing of the first load but the
  // two modules that exist once by design: errors.ts (the one SessionError) and isAddress.ts (the one
  // address rule, which the SIWE chunk checks with too: issue 24; a module of its own so that it is
  // not all of validate.ts that is split off). Their cost is in the budget.
  const shared = new Set(['src/errors.ts', 'src/isAddress.ts'])
  const split = chunks
    .filter((chunk) => chunk.initial && !chunk.entry)
    .flatMap((chunk) => chunk.inputs.map(([file]) => file))
    .filter((file) => !shared.has(file))
  if (split.length > 0) {
    console.error(`${label} splits first-load modules into chunks of their own: ${split.join(', ')}`)
    failed = true
  }
  if (label === 'whole entry') {
    console.log(`  budget ${BUDGET}`)
    if (firstLoad > BUDGET) {
      console.error(`first load over budget by ${firstLoad - BUDGET} bytes`)
      failed = true
    }
  }
}
// `npm run size -- --write` puts the table into docs/size.md, between its markers.
if (process.argv.includes('--write')) {
  const doc = readFileSync('docs/size.md', 'utf8')
  const block = `<!-- size:start -->\n${table.join('\n')}\n\nBudget (CI): ${BUDGET} bytes gzip for the whole entry's first load.\n<!-- size:end -->`
  writeFileSync('docs/size.md', doc.replace(/<!-- size:start -->[\s\S]*<!-- size:end -->/, block))
}
if (failed) process.exit(1)
