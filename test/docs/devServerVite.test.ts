import { mkdirSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { createHttpApi, createSession, memoryStorage } from 'lanyard'
import { expect, test } from 'vitest'
import { codeBlocks, root } from './blocks'

// The vite.config.ts of docs/dev-server.md, exactly as written there, with its plugin's
// configureServer given what Vite gives it (a connect stack's `use`), behind a Node server: a
// newcomer who mounts it signs in by reading the codes from its /dev/codes route.
type Handle = (req: IncomingMessage, res: ServerResponse, next: () => void) => void
type Config = { plugins: { configureServer(server: { middlewares: { use(handle: Handle): void } }): void }[] }

const block = codeBlocks([join(root, 'docs/dev-server.md')]).find((found) =>
  found.code.includes("name: 'lanyard-reference-backend'"),
)

async function viteLike(): Promise<{ origin: string; close(): void }> {
  if (!block) throw new Error('docs/dev-server.md lost its vite.config.ts')
  const dir = join(root, 'test/docs/.vite')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'vite.config.ts'), block.code)
  const config: Config = (await import(join(dir, 'vite.config.ts'))).default
  const handles: Handle[] = []
  for (const plugin of config.plugins)
    plugin.configureServer({ middlewares: { use: (h) => handles.push(h) } })
  const vite = (res: ServerResponse) => {
    res.statusCode = 404 // what Vite does with a path none of its middlewares took
    res.end()
  }
  const server = createServer((req, res) =>
    handles.reduceRight<() => void>(
      (next, handle) => () => handle(req, res, next),
      () => vite(res),
    )(),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => server.close(),
  }
}

test("docs/dev-server.md's Vite plugin serves the backend and its /dev/codes route gives the email code and the authenticator's code", async () => {
  const app = await viteLike()
  const codes = async (email: string) => {
    const response = await fetch(`${app.origin}/dev/codes?email=${encodeURIComponent(email)}`)
    return (await response.json()) as { code: string | null; totp: string | null }
  }
  try {
    expect(await codes('ada@example.com')).toEqual({ code: null, totp: null })
    const session = createSession({
      api: createHttpApi({ baseUrl: app.origin, environmentId: 'test-env' }),
      storage: memoryStorage(),
      crossTab: false,
    })
    await session.email.sendCode('ada@example.com')
    const { code } = await codes('ada@example.com')
    expect(code).toMatch(/^\d{6}$/)
    await session.email.verifyCode(code ?? '')
    expect(session.getSnapshot()).toMatchObject({ status: 'pending', pending: ['mfa', 'info'] })
    await session.mfa.enrollTotp()
    await session.mfa.verifyTotp((await codes('ada@example.com')).totp ?? '')
    await session.info.submit({ alias: 'ada' })
    expect(session.getSnapshot()).toMatchObject({ status: 'loggedIn', user: { email: 'ada@example.com' } })
    expect((await fetch(`${app.origin}/index.html`)).status).toBe(404) // the rest is Vite's
    session.stop()
  } finally {
    app.close()
  }
})
