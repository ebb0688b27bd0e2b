// What a user installs: the packed tarball in an empty app (see packedApp.ts).
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createPackedApp, entryNames, type PackedApp, root, run } from './packedApp'

let app: PackedApp

beforeAll(async () => {
  app = await createPackedApp()
}, 240_000)

afterAll(() => app?.remove())

test('the tarball ships no source maps', () => {
  expect(app.files.filter((file) => file.endsWith('.map'))).toEqual([])
  expect(app.files).toContain('package/dist/index.js')
})

test('no published .d.ts imports a module the package does not depend on', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)])
  const undeclared = app.files
    .filter((file) => /\.d\.c?ts$/.test(file))
    .flatMap((file) => {
      const text = readFileSync(join(app.dir, 'node_modules/lanyard', file.slice('package/'.length)), 'utf8')
      // Statements only (an import in a TSDoc example is text), and `import('x')` types anywhere.
      const statements = [...text.matchAll(/^(?:import|export)\b[^'"\n]*['"]([^'"]+)['"]/gm)]
      const typeImports = [...text.matchAll(/\bimport\(['"]([^'"]+)['"]\)/g)]
      const specifiers = [...statements, ...typeImports].map((m) => m[1] ?? '')
      const packages = specifiers
        .filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('node:'))
        .map((specifier) =>
          specifier
            .split('/')
            .slice(0, specifier.startsWith('@') ? 2 : 1)
            .join('/'),
        )
      return packages.filter((name) => !declared.has(name)).map((name) => `${file}: ${name}`)
    })
  expect(undeclared).toEqual([])
})

test('every entry type-checks in the app with tsc --strict and skipLibCheck false, as ESM and as CJS', async () => {
  const files: string[] = []
  for (const [index, entry] of entryNames().entries()) {
    writeFileSync(
      join(app.dir, `entry${index}.ts`),
      `import * as m from '${entry}'\nexport const keys: string[] = Object.keys(m)\n`,
    )
    writeFileSync(
      join(app.dir, `entry${index}.cts`),
      `import m = require('${entry}')\nexport const keys: string[] = Object.keys(m)\n`,
    )
    files.push(`entry${index}.ts`, `entry${index}.cts`)
  }
  const compilerOptions = {
    strict: true,
    skipLibCheck: false,
    module: 'nodenext',
    target: 'es2022',
    noEmit: true,
  }
  writeFileSync(join(app.dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files }))
  const tsc = join(root, 'node_modules/typescript/bin/tsc')
  const result = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: app.dir }).then(
    () => '',
    (error: { stdout: string }) => error.stdout,
  )
  expect(result).toBe('')
}, 120_000)

test('the installed lanyard-dev-server command starts the reference backend', async () => {
  const child = spawn(join(app.dir, 'node_modules/.bin/lanyard-dev-server'), ['--port', '0'], {
    cwd: app.dir,
  })
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8')
        const match = out.match(/lanyard dev server: (http:\/\/127\.0\.0\.1:\d+)/)
        if (match?.[1]) resolve(match[1])
      })
      child.once('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)))
    })
    const response = await fetch(`${url}/sdk/test-env/settings`)
    expect(response.status).toBe(200)
  } finally {
    child.kill()
  }
})
