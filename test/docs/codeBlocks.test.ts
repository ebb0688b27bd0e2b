import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { compile as compileSvelte } from 'svelte/compiler'
import ts from 'typescript'
import { describe, expect, test } from 'vitest'
import { type CodeBlock, codeBlocks, root } from './blocks'

// Every TypeScript block of README.md and docs/ compiles against lanyard's own types, as a user
// would paste it, imports and all; blocks marked `run` also run against the reference backend.
// Directives sit in an HTML comment right above a fence, separated by `;`:
//   given: session, code    names the block takes from the page's earlier blocks (table below)
//   file: providers.tsx     the block is that module, for later blocks of its page to import
//   recipe: PATH [as NAME]  the block is the file PATH (test/docs/frameworks.test.ts), module NAME
//   uses: NAME = PATH       the module NAME that the block imports is the repository's file PATH
//   fragment: why           not compiled (say why)
//   run                     also executed
const blocks = codeBlocks()
const dir = join(root, 'test/docs/.blocks')
const typed = blocks.filter(
  (block) => ['ts', 'tsx'].includes(block.lang) && !('fragment' in block.directives),
)

// What `given:` may name, and its type. Only names the docs define in an earlier block or in prose.
const givens: Record<string, string> = {
  session: "import('lanyard').Session",
  api: "import('lanyard').AuthApi",
  verifier: "import('lanyard/server').TokenVerifier",
  connector: "import('lanyard').WalletConnector",
  otherConnector: "import('lanyard').WalletConnector",
  email: 'string',
  code: 'string',
  totpCode: 'string',
  element: 'HTMLElement',
  token: 'string',
  render: "(snapshot: import('lanyard').SessionSnapshot) => void",
  asyncStorageAdapter: "import('lanyard').StorageAdapter",
  revokedSessions: '{ add(sessionId: string, expiresAt: number): Promise<void> }',
  // the screens of docs/login-ui.md's render function: the app's own
  spinner: '(...args: unknown[]) => unknown',
  signInForm: '(...args: unknown[]) => unknown',
  codeForm: '(...args: unknown[]) => unknown',
  totpForm: '(...args: unknown[]) => unknown',
  profileForm: '(...args: unknown[]) => unknown',
  walletProgress: '(...args: unknown[]) => unknown',
  app: '(...args: unknown[]) => unknown',
  App: '() => import("react").ReactElement',
  SignInButton: '() => import("react").ReactElement',
}

// Packages a page mentions that this repository does not install, typed as their docs describe them.
const ambient = `
declare module 'next/headers' {
  export function cookies(): Promise<{ get(name: string): { name: string; value: string } | undefined }>
}
declare module '@walletconnect/ethereum-provider' {
  export class EthereumProvider {
    static init(options: { projectId: string; chains: number[]; optionalChains?: number[]; showQrModal?: boolean }): Promise<EthereumProvider>
    request(args: { method: string; params?: unknown[] }): Promise<unknown>
  }
}
declare module '@statelyai/inspect' {
  export function createBrowserInspector(): { inspect: (event: unknown) => void }
}
interface ImportMeta {
  env: { DEV: boolean }
}
declare module 'react-native' {
  export const AppState: {
    addEventListener(type: 'change', listener: (state: 'active' | 'background' | 'inactive') => void): { remove(): void }
  }
}
`

function fileOf(block: CodeBlock): string {
  const page = block.where.split(':')[0]?.replace(/[/.]/g, '_') ?? 'page'
  const [recipe, , as] = (block.directives.recipe ?? '').split(' ')
  const name =
    block.directives.file ??
    as ??
    (recipe ? basename(recipe) : `line${block.where.split(':')[1]}.${block.lang}`)
  return join(dir, page, name)
}

/** The repository files a block imports by another name (`uses: session.ts = docs/recipes/react.ts`). */
function usedFiles(block: CodeBlock): [string, string][] {
  const pairs = (block.directives.uses ?? '').split(',').filter((pair) => pair.includes('='))
  return pairs.map((pair) => {
    const [name = '', path = ''] = pair.split('=').map((part) => part.trim())
    return [join(fileOf(block), '..', name), join(root, path)]
  })
}

function prelude(block: CodeBlock): string[] {
  const names = (block.directives.given ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  return names.map((name) => {
    if (!givens[name])
      throw new Error(`${block.where}: given "${name}" is not in the table of test/docs/codeBlocks.test.ts`)
    return `declare const ${name}: ${givens[name]}`
  })
}

function compile(): Map<string, string[]> {
  rmSync(dir, { recursive: true, force: true })
  for (const block of typed) {
    mkdirSync(join(fileOf(block), '..'), { recursive: true })
    writeFileSync(fileOf(block), [...prelude(block), block.code, 'export {}', ''].join('\n'))
    for (const [name, path] of usedFiles(block)) copyFileSync(path, name)
  }
  writeFileSync(join(dir, 'ambient.d.ts'), ambient)
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile).config
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root)
  const files = [...typed.map(fileOf), join(dir, 'ambient.d.ts')]
  const program = ts.createProgram(files, { ...options, jsx: ts.JsxEmit.ReactJSX, noEmit: true })
  return new Map(typed.map((block) => [block.where, problemsOf(program, block)]))
}

function problemsOf(program: ts.Program, block: CodeBlock): string[] {
  const source = program.getSourceFile(fileOf(block))
  const [page, fenceLine] = block.where.split(':')
  const shift = Number(fenceLine) + 1 - prelude(block).length
  return ts.getPreEmitDiagnostics(program, source).map((diagnostic) => {
    const at =
      source && diagnostic.start !== undefined
        ? source.getLineAndCharacterOfPosition(diagnostic.start).line
        : 0
    return `${page}:${shift + at}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`
  })
}

describe('the code blocks of README.md and docs/', () => {
  const problems = compile()

  test('every page with TypeScript in it is checked', () => {
    expect(typed.length).toBeGreaterThan(30)
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
