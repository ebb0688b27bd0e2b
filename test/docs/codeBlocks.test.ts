import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { compile as compileSvelte } from 'svelte/compiler'
import ts from 'typescript'
import { describe, expect, test } from 'vitest'
import { type CodeBlock, codeBlocks, root } from './blocks'

// Every TypeScript block of README.md and docs/ compiles against lanyard's own types as a user would
// paste it into an empty file: it imports or defines every name it uses, nothing is prepended to it,
// and nothing is ambient but the types of real packages. Blocks marked `run` also run against the
// reference backend. Directives sit in an HTML comment right above a fence, separated by `;`:
//   file: NAME              the block is the module NAME of its page (`./NAME` without the extension
//                           for the page's other blocks); the page's prose names NAME, so a reader
//                           saves it under that name
//   recipe: PATH [as NAME]  the block is the repository file PATH, word for word
//                           (test/docs/frameworks.test.ts), and the module NAME of its page
//   run                     also executed
// Nothing can hand a block a name it does not define: `given:` (hidden declarations), `uses:` (a
// hidden file) and `fragment:` (not compiled) are refused.
const blocks = codeBlocks()
const dir = join(root, 'test/docs/.blocks')
const typed = blocks.filter((block) => ['ts', 'tsx'].includes(block.lang))
const refused = ['given', 'uses', 'fragment']

// Packages a page mentions that this repository does not install, typed as their docs describe
// them (a test below checks that none of them is installed). Nothing else is ambient.
const uninstalled: Record<string, string> = {
  'next/headers': `
  export function cookies(): Promise<{ get(name: string): { name: string; value: string } | undefined }>`,
  '@walletconnect/ethereum-provider': `
  export class EthereumProvider {
    static init(options: { projectId: string; chains: number[]; optionalChains?: number[]; showQrModal?: boolean }): Promise<EthereumProvider>
    request(args: { method: string; params?: unknown[] }): Promise<unknown>
  }`,
  '@statelyai/inspect': `
  export function createBrowserInspector(): { inspect: (event: unknown) => void }`,
  '@react-native-async-storage/async-storage': `
  const AsyncStorage: {
    getItem(key: string): Promise<string | null>
    setItem(key: string, value: string): Promise<void>
    removeItem(key: string): Promise<void>
  }
  export default AsyncStorage`,
  'react-native': `
  export const AppState: {
    addEventListener(type: 'change', listener: (state: 'active' | 'background' | 'inactive') => void): { remove(): void }
  }`,
}
const ambient = Object.entries(uninstalled)
  .map(([name, body]) => `declare module '${name}' {${body}\n}\n`)
  .join('')
// The real packages' global types a block may rely on: Node's, and Vite's `import.meta.env`.
const types = ['node', 'vite/client']

const pageOf = (block: CodeBlock) => block.where.split(':')[0] ?? ''

function fileOf(block: CodeBlock): string {
  const page = pageOf(block).replace(/[/.]/g, '_')
  const [recipe, , as] = (block.directives.recipe ?? '').split(' ')
  const name =
    block.directives.file ??
    as ??
    (recipe ? basename(recipe) : `line${block.where.split(':')[1]}.${block.lang}`)
  return join(dir, page, name)
}

/** The modules of a page that its blocks may import as `./NAME`: its `file:` and `recipe: ... as` blocks. */
const named = (block: CodeBlock) => 'file' in block.directives || 'recipe' in block.directives

const moduleName = (block: CodeBlock) => basename(fileOf(block)).replace(/\.tsx?$/, '')
const importsOf = (block: CodeBlock) =>
  [...block.code.matchAll(/from '\.\/([^']+)'/g)].map((match) => match[1] ?? '')

/** `./name` imports of a block that name no module of its page. */
function strayImports(block: CodeBlock): string[] {
  const page = typed.filter((other) => pageOf(other) === pageOf(block) && named(other))
  return importsOf(block).filter((name) => !page.map(moduleName).includes(name))
}

/** The modules of the page that another of its blocks imports. */
function importedModules(): CodeBlock[] {
  return typed.filter(
    (block) =>
      named(block) &&
      blocks.some((other) => pageOf(other) === pageOf(block) && importsOf(other).includes(moduleName(block))),
  )
}

function compile(): Map<string, string[]> {
  rmSync(dir, { recursive: true, force: true })
  for (const block of typed) {
    mkdirSync(join(fileOf(block), '..'), { recursive: true })
    writeFileSync(fileOf(block), block.code)
  }
  writeFileSync(join(dir, 'ambient.d.ts'), ambient)
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile).config
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root)
  const files = [...typed.map(fileOf), join(dir, 'ambient.d.ts')]
  const program = ts.createProgram(files, { ...options, types, jsx: ts.JsxEmit.ReactJSX, noEmit: true })
  return new Map(typed.map((block) => [block.where, problemsOf(program, block)]))
}

function problemsOf(program: ts.Program, block: CodeBlock): string[] {
  const source = program.getSourceFile(fileOf(block))
  const [page, fenceLine] = block.where.split(':')
  return ts.getPreEmitDiagnostics(program, source).map((diagnostic) => {
    const at =
      source && diagnostic.start !== undefined
        ? source.getLineAndCharacterOfPosition(diagnostic.start).line
        : 0
    return `${page}:${Number(fenceLine) + 1 + at}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`
  })
}

/** A page's prose: the text outside its code blocks and HTML comments. */
function proseOf(page: string): string {
  return readFileSync(join(root, page), 'utf8')
    .replace(/^( *)```[\s\S]*?^\1```/gm, '')
    .replace(/<!--[\s\S]*?-->/g, '')
}

describe('the code blocks of README.md and docs/', () => {
  const problems = compile()

  test('every page with TypeScript in it is checked', () => {
    expect(typed.length).toBeGreaterThan(30)
  })

  test('no block takes a name, a file or a pass from a hidden comment (given:, uses:, fragment:)', () => {
    const hidden = blocks.filter((block) => refused.some((key) => key in block.directives))
    expect(hidden.map((block) => `${block.where}: <!-- ${block.marker} -->`)).toEqual([])
  })

  test('a block imports by a relative path only a module shown on its page, which the prose names', () => {
    const importing = blocks.filter((block) => ['ts', 'tsx', 'svelte'].includes(block.lang))
    expect(
      importing.flatMap((block) => strayImports(block).map((name) => `${block.where}: ./${name}`)),
    ).toEqual([])
    const unnamed = importedModules().filter(
      (block) => !proseOf(pageOf(block)).includes(basename(fileOf(block))),
    )
    expect(
      unnamed.map((block) => `${block.where}: the prose never says to save it as ${basename(fileOf(block))}`),
    ).toEqual([])
    const files = typed.map(fileOf)
    expect(files.filter((file, at) => files.indexOf(file) !== at)).toEqual([])
  })

  test('every block is a module of its own: it imports or exports, and declares no globals', () => {
    const scripts = typed.filter((block) => !/^\s*(import|export)\b/m.test(block.code))
    expect(scripts.map((block) => `${block.where}: neither imports nor exports`)).toEqual([])
    const globals = typed.filter((block) =>
      /declare global|declare module|\/\/\/\s*<reference/.test(block.code),
    )
    expect(globals.map((block) => `${block.where}: declares globals`)).toEqual([])
  })

  test('the ambient types are only those of packages this repository does not install', () => {
    const installed = Object.keys(uninstalled).filter((name) =>
      existsSync(
        join(
          root,
          'node_modules',
          name
            .split('/')
            .slice(0, name.startsWith('@') ? 2 : 1)
            .join('/'),
        ),
      ),
    )
    expect(installed).toEqual([])
  })

  test.each(typed.map((block) => [block.where, block] as const))('%s type-checks', (_where, block) => {
    expect(problems.get(block.where)).toEqual([])
  })

  test.each(typed.filter((block) => 'run' in block.directives).map((block) => [block.where, block] as const))(
    '%s runs against the reference backend',
    async (_where, block) => {
      await import(fileOf(block))
    },
  )

  test.each(blocks.filter((block) => block.lang === 'svelte').map((block) => [block.where, block] as const))(
    '%s compiles with svelte/compiler',
    (_where, block) => {
      expect(compileSvelte(block.code, { generate: 'client' }).js.code).toContain('sessionStore')
    },
  )

  test.each(blocks.filter((block) => block.lang === 'json').map((block) => [block.where, block] as const))(
    '%s is JSON',
    (_where, block) => {
      expect(() => JSON.parse(block.code)).not.toThrow()
    },
  )

  const scripts = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts)
  test.each(blocks.filter((block) => block.lang === 'sh').map((block) => [block.where, block] as const))(
    '%s names only npm scripts that exist',
    (_where, block) => {
      const named = [...block.code.matchAll(/npm (?:run )?([\w:-]+)/g)].map((match) => match[1] ?? '')
      const builtIn = ['install', 'test', 'start', 'ci', 'i', 'run']
      expect(named.filter((name) => !builtIn.includes(name) && !scripts.includes(name))).toEqual([])
    },
  )
})
