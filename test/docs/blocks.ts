import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root, for paths in messages. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '../..')

export interface CodeBlock {
  /** `docs/testing.md:7`: where the opening fence is. */
  where: string
  lang: string
  code: string
  /** The HTML comment right above the fence, e.g. `run` or `recipe: docs/recipes/react.ts`. */
  marker: string | undefined
  /** The marker's `key: value` directives, split on `;` (`file: session.ts; run`). */
  directives: Record<string, string>
}

function directivesOf(marker: string | undefined): Record<string, string> {
  const pairs = (marker ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
  return Object.fromEntries(
    pairs.map((part) => {
      const colon = part.indexOf(':')
      return colon < 0 ? [part, ''] : [part.slice(0, colon).trim(), part.slice(colon + 1).trim()]
    }),
  )
}

/** README.md and every page under docs/, in a stable order. */
export function docPages(): string[] {
  const pages = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) return pages(path)
      return entry.name.endsWith('.md') ? [path] : []
    })
  return [join(root, 'README.md'), ...pages(join(root, 'docs')).sort()]
}

// A fence may be indented (inside a list item): the indent is removed from every line of the code.
const fence = /^(?: *<!--\s*([^>]*?)\s*-->\n(?:[ \t]*\n)?)?( *)```(\w*)[^\n]*\n([\s\S]*?)^\2```\s*$/gm

const dedent = (code: string, indent: string) =>
  indent ? code.replace(new RegExp(`^${indent}`, 'gm'), '') : code

/** Every fenced code block of every page. */
export function codeBlocks(pages = docPages()): CodeBlock[] {
  return pages.flatMap((page) => {
    const text = readFileSync(page, 'utf8')
    return [...text.matchAll(fence)].map((match) => {
      const fenceAt = (match.index ?? 0) + match[0].indexOf('```')
      const line = text.slice(0, fenceAt).split('\n').length
      return {
        where: `${relative(root, page)}:${line}`,
        lang: match[3] ?? '',
        code: dedent(match[4] ?? '', match[2] ?? ''),
        marker: match[1],
        directives: directivesOf(match[1]),
      }
    })
  })
}
