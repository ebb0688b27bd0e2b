import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { SessionError } from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
import { afterAll, beforeAll, expect, test } from 'vitest'

// What an app's production bundle runs: `lanyard` bundled by esbuild with NODE_ENV "production", as
// Vite, webpack and Next.js build it. The developer messages are gone from the bytes, every error
// still carries its code (as its message too), and the flows whose rules sit beside those messages
// still hold.

type Lanyard = typeof import('lanyard')
let dir = ''
let text = ''
let prod: Lanyard

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lanyard-prod-'))
  const outfile = join(dir, 'lanyard.mjs')
  await build({
    entryPoints: ['src/index.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    outfile,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  })
  text = readFileSync(outfile, 'utf8')
  prod = await import(pathToFileURL(outfile).href)
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

test('a production bundle has no developer messages, and keeps the ones a person reads', () => {
  for (const developerMessage of [
    'createHttpApi needs a baseUrl',
    'Check baseUrl, then retry',
    'Call social.start() again',
    "Check the server's clock",
    'tokenStorage: "cookie"',
    'cannot be done while the session is',
  ]) {
    expect(text).not.toContain(developerMessage)
  }
  expect(text).toContain('Enter an email address like name@example.com.')
  expect(text).not.toContain('process.env')
})

test('in production an error carries its code as its message, and is a SessionError of every copy', () => {
  let caught: unknown
  try {
    prod.createHttpApi({ baseUrl: '', environmentId: '' })
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(SessionError)
  expect(caught).toMatchObject({ code: 'invalid_input', message: 'invalid_input' })
})

test('in production: a wrong code, the right code, an action in the wrong state, logout', async () => {
  const server = createTestAuthServer()
  const session = prod.createSession({ api: server.api, storage: prod.memoryStorage(), crossTab: false })
  await session.ready
  const email = `prod.${Date.now()}@example.com`
  await session.email.sendCode(email)
  const wrong = server.lastCode(email) === '000000' ? '111111' : '000000'
  await expect(session.email.verifyCode(wrong)).rejects.toMatchObject({ code: 'invalid_code' })
  expect(session.getSnapshot().error).toMatchObject({ code: 'invalid_code' })
  await session.email.verifyCode(server.lastCode(email))
  expect(session.getSnapshot()).toMatchObject({ status: 'loggedIn', user: { email } })
  await expect(session.email.sendCode(email)).rejects.toMatchObject({
    code: 'invalid_state',
    message: 'invalid_state',
  })
  await session.logout()
  expect(session.getSnapshot()).toMatchObject({ status: 'loggedOut', endReason: 'user-intent' })
  session.stop()
})

test('in production: a social redirect signs in, and a stateless one is refused', async () => {
  const redirectUri = 'https://app.example.com/callback'
  const server = createTestAuthServer({ socialRedirectUrls: [redirectUri] })
  const storage = prod.memoryStorage()
  // Each page load is a new session over the same storage: start, then the provider redirects back.
  const page = () => prod.createSession({ api: server.api, storage, crossTab: false })
  const redirected = async () => {
    const before = page()
    const { url } = await before.social.start('google', { redirectUri })
    before.stop()
    return server.authorize(url, { email: `prod.social.${Date.now()}@example.com` })
  }
  const stateless = new URL(await redirected())
  stateless.searchParams.delete('state')
  const refused = page()
  await expect(refused.social.complete(stateless.toString())).rejects.toMatchObject({ code: 'invalid_input' })
  refused.stop()
  const after = page()
  expect((await after.social.complete(await redirected())).status).toBe('loggedIn')
  after.stop()
})
