import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { expect, test } from 'vitest'
import { root } from './blocks'

// The API reference (`npm run docs`, TypeDoc) is made from the TSDoc of every export of every entry.
// This test reads the same exports with the compiler API, so an undocumented new export fails here,
// in seconds, without running TypeDoc:
// - every export, every member of an exported interface, class or object type (nested object types
//   too, except in parameters) and every overload has a summary;
// - every function, class and constant, and the main types below, has an `@example` with a ```ts block;
// - every parameter of an exported function or constructor has an `@param`.
const json = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'))

// Every entry of the package, by its import name: tsconfig.json maps each one to its source.
const entries: Record<string, string> = Object.fromEntries(
  Object.entries(json('tsconfig.json').compilerOptions.paths as Record<string, [string]>).map(
    ([name, [file]]) => [name, file.replace(/^\.\//, '')],
  ),
)

// The types a user writes against first: each shows how it is used.
const mainTypes = [
  'lanyard:Session',
  'lanyard:SessionOptions',
  'lanyard:SessionSnapshot',
  'lanyard:SessionEvents',
  'lanyard:SessionHint',
  'lanyard:AuthApi',
  'lanyard:HttpApiOptions',
  'lanyard:StorageAdapter',
  'lanyard:CookieStorageOptions',
  'lanyard:WalletConnector',
  'lanyard:PasskeyProvider',
  'lanyard:User',
  'lanyard:SessionErrorCode',
  'lanyard/testing:TestAuthServer',
  'lanyard/testing:TestAuthServerOptions',
  'lanyard/server:TokenVerifier',
  'lanyard/server:TokenVerifierOptions',
  'lanyard/server:VerifiedClaims',
]

// Only lanyard's own files are read: the comments are all here, and leaving out the lib and the
// packages' types (xstate, react, vue...) makes this take one second instead of six.
const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  noEmit: true,
  noLib: true,
  types: [],
}
const host = ts.createCompilerHost(options)
host.resolveModuleNameLiterals = (literals, containingFile) =>
  literals.map((literal) =>
    literal.text.startsWith('.')
      ? ts.resolveModuleName(literal.text, containingFile, options, host)
      : { resolvedModule: undefined },
  )
const program = ts.createProgram(
  Object.values(entries).map((file) => join(root, file)),
  options,
  host,
)
const checker = program.getTypeChecker()

type Documented = ts.Node & { jsDoc?: ts.JSDoc[] }

/** The JSDoc block right above a declaration (a `const` finds its statement's). */
function jsDocOf(node: ts.Node): ts.JSDoc | undefined {
  const own = (node as Documented).jsDoc
  if (own?.length) return own[own.length - 1]
  if (ts.isVariableDeclaration(node)) return jsDocOf(node.parent.parent)
  return undefined
}

const summaryOf = (doc: ts.JSDoc | undefined) => ts.getTextOfJSDocComment(doc?.comment)?.trim() ?? ''
const tagsOf = (doc: ts.JSDoc | undefined, name: string) =>
  (doc?.tags ?? []).filter((tag) => tag.tagName.text === name)

const where = (node: ts.Node) => {
  const file = node.getSourceFile()
  const { line } = file.getLineAndCharacterOfPosition(node.getStart())
  return `${relative(root, file.fileName)}:${line + 1}`
}

function checkExample(doc: ts.JSDoc | undefined, name: string, node: ts.Node, problems: string[]) {
  const examples = tagsOf(doc, 'example')
  if (examples.length === 0) problems.push(`${name} (${where(node)}): no @example`)
  for (const example of examples) {
    if (!/```tsx?\n/.test(ts.getTextOfJSDocComment(example.comment) ?? ''))
      problems.push(`${name} (${where(node)}): @example without a \`\`\`ts block`)
  }
}

/** `@param` for each parameter: by name, or by position for a destructured one (as TypeDoc reads it). */
function checkParams(
  fn: ts.SignatureDeclaration,
  docs: ReadonlyArray<ts.JSDoc | undefined>,
  name: string,
  problems: string[],
) {
  const params = docs.flatMap((doc) => tagsOf(doc, 'param')) as ts.JSDocParameterTag[]
  fn.parameters.forEach((parameter, index) => {
    const found = ts.isIdentifier(parameter.name)
      ? params.some((tag) => ts.isIdentifier(tag.name) && tag.name.text === parameter.name.getText())
      : index < params.length
    if (!found) problems.push(`${name} (${where(parameter)}): no @param for ${parameter.name.getText()}`)
  })
}

/** The object types in a type (unions, type arguments, return types...), checked as members of `owner`. */
function visitType(type: ts.Node | undefined, owner: string, problems: string[]) {
  if (!type) return
  if (ts.isTypeLiteralNode(type)) return checkMembers(type, owner, problems)
  // Inline types of parameters are documented by the `@param` of their function (as TypeDoc does).
  if (ts.isParameter(type)) return
  ts.forEachChild(type, (child) => visitType(child, owner, problems))
}

/** Members of interfaces, classes and object types, and the object types nested in their types. */
function checkMembers(node: ts.Node, name: string, problems: string[]) {
  const members: ReadonlyArray<ts.Node> =
    ts.isInterfaceDeclaration(node) || ts.isTypeLiteralNode(node) || ts.isClassDeclaration(node)
      ? node.members
      : []
  for (const member of members) {
    if (ts.isClassDeclaration(node)) {
      const modifiers = ts.getCombinedModifierFlags(member as ts.Declaration)
      if (ts.isConstructorDeclaration(member) || modifiers & ts.ModifierFlags.Private) continue
    }
    if (ts.isIndexSignatureDeclaration(member)) continue
    const memberName = `${name}.${(member as ts.NamedDeclaration).name?.getText() ?? '?'}`
    if (!summaryOf(jsDocOf(member))) problems.push(`${memberName} (${where(member)}): no summary`)
    for (const example of tagsOf(jsDocOf(member), 'example')) {
      if (!/```tsx?\n/.test(ts.getTextOfJSDocComment(example.comment) ?? ''))
        problems.push(`${memberName} (${where(member)}): @example without a \`\`\`ts block`)
    }
    if (ts.isPropertySignature(member) || ts.isPropertyDeclaration(member))
      visitType(member.type, memberName, problems)
    if (ts.isMethodSignature(member) || ts.isMethodDeclaration(member))
      visitType(member.type, memberName, problems)
  }
}

interface Export {
  entry: string
  name: string
  declarations: ts.Declaration[]
}

const exported: Export[] = Object.entries(entries).flatMap(([entry, file]) => {
  const source = program.getSourceFile(join(root, file))
  const moduleSymbol = source && checker.getSymbolAtLocation(source)
  if (!moduleSymbol) throw new Error(`${file}: not a module`)
  return checker.getExportsOfModule(moduleSymbol).map((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
    return { entry, name: symbol.name, declarations: target.declarations ?? [] }
  })
})

function problemsOf({ entry, name, declarations }: Export): string[] {
  const problems: string[] = []
  const full = `${entry}:${name}`
  const ours = declarations.filter((d) => !d.getSourceFile().fileName.includes('node_modules'))
  if (ours.length === 0) return [`${full}: declared outside src/`]
  const functions = ours.filter(ts.isFunctionDeclaration)
  // An overloaded function: each overload is its own entry in the reference; the implementation is not.
  const overloads = functions.length > 1 ? functions.filter((fn) => fn.body === undefined) : functions
  for (const declaration of overloads.length > 0 ? overloads : ours) {
    const doc = jsDocOf(declaration)
    if (!summaryOf(doc)) problems.push(`${full} (${where(declaration)}): no summary`)
    const isValue =
      ts.isFunctionDeclaration(declaration) ||
      ts.isClassDeclaration(declaration) ||
      ts.isVariableDeclaration(declaration)
    if (isValue || mainTypes.includes(full)) checkExample(doc, full, declaration, problems)
    if (ts.isFunctionDeclaration(declaration)) checkParams(declaration, [doc], full, problems)
    if (ts.isClassDeclaration(declaration)) {
      for (const init of declaration.members.filter(ts.isConstructorDeclaration))
        checkParams(init, [doc, jsDocOf(init)], full, problems)
    }
    if (ts.isTypeAliasDeclaration(declaration)) visitType(declaration.type, full, problems)
    if (ts.isFunctionDeclaration(declaration)) visitType(declaration.type, full, problems)
    checkMembers(declaration, full, problems)
  }
  return problems
}

test('the reference covers every entry of the package', () => {
  const exportsMap = Object.keys(json('package.json').exports).filter((key) => key !== './package.json')
  expect(Object.keys(entries).sort()).toEqual(exportsMap.map((key) => `lanyard${key.slice(1)}`).sort())
  expect([...json('typedoc.json').entryPoints].sort()).toEqual(Object.values(entries).sort())

  for (const entry of Object.keys(entries)) {
    expect(exported.filter((item) => item.entry === entry).length, entry).toBeGreaterThan(0)
  }
  for (const type of mainTypes) {
    expect(
      exported.some((item) => `${item.entry}:${item.name}` === type),
      type,
    ).toBe(true)
  }
})

test('every public export has a summary, @param for each parameter and an @example', () => {
  expect(exported.flatMap(problemsOf)).toEqual([])
})
