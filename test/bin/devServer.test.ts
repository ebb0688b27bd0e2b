// `lanyard-dev-server` (src/bin/devServer.ts), run as a child process on port 0: a session in this
// process signs in over HTTP through email, TOTP enrolment and a required field, reading the
// one-time code and the TOTP secret from what the command printed.
import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { createHttpApi, createSession, memoryStorage } from 'lanyard'
import { TOTP } from 'otpauth'
import { afterEach, expect, test } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const children: ChildProcess[] = []

afterEach(() => {
  for (const child of children.splice(0)) child.kill()
})

/** Starts the command; `output()` is all it printed so far, `next(pattern)` waits for a match. */
function start(...args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/bin/devServer.ts', '--port', '0', ...args], {
    cwd: root,
  })
  children.push(child)
  let stdout = ''
  const waiting = new Set<() => void>()
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8')
    for (const check of waiting) check()
  })
  const next = (pattern: RegExp) =>
    new Promise<RegExpMatchArray>((resolve) => {
      const check = () => {
        const match = stdout.match(pattern)
        if (match) {
          waiting.delete(check)
          resolve(match)
        }
      }
      waiting.add(check)
      check()
    })
  return { next, output: () => stdout }
}

test('serves the reference backend over HTTP and prints each one-time code and TOTP secret', async () => {
  const dev = start('--origin', 'http://localhost:5173', '--mfa', 'required', '--required-field', 'alias')
  const [, url = ''] = await dev.next(/lanyard dev server: (http:\/\/127\.0\.0\.1:\d+)/)
  const session = createSession({
    api: createHttpApi({ baseUrl: url, environmentId: 'test-env' }),
    storage: memoryStorage(),
    crossTab: false,
  })

  await session.email.sendCode('ada@example.com')
  const [, code = ''] = await dev.next(/one-time code for ada@example\.com: (\d{6})/)
  expect((await session.email.verifyCode(code)).pending).toEqual(['mfa', 'info'])

  const { secret } = await session.mfa.enrollTotp()
  const [, printed = ''] = await dev.next(/TOTP secret: (\S+)/)
  expect(printed).toBe(secret)
  await session.mfa.verifyTotp(new TOTP({ secret: printed }).generate())
  const snapshot = await session.info.submit({ alias: 'ada' })
  expect(snapshot.status).toBe('loggedIn')
  expect(dev.output()).not.toContain(session.getToken())
  session.stop()
}, 30_000)

test('answers CORS for the given origins only', async () => {
  const dev = start('--origin', 'http://localhost:5173')
  const [, url = ''] = await dev.next(/lanyard dev server: (http:\/\/127\.0\.0\.1:\d+)/)
  const preflight = (origin: string) =>
    fetch(`${url}/sdk/test-env/emailVerifications/create`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST' },
    }).then((response) => response.headers.get('access-control-allow-origin'))
  expect(await preflight('http://localhost:5173')).toBe('http://localhost:5173')
  expect(await preflight('http://evil.example')).toBeNull()
})

test('prints what the user typed with its control characters escaped', async () => {
  const dev = start('--required-field', 'alias\u001b[2J\nforged line')
  await dev.next(/Ctrl\+C stops/)
  expect(dev.output()).toContain('alias\\u001b[2J\\u000aforged line')
  expect(dev.output()).not.toContain('\u001b')
})

test('--required-field key=Label: the settings give the field that label', async () => {
  const dev = start('--required-field', 'firstName=First name', '--required-field', 'alias')
  const [, url = ''] = await dev.next(/lanyard dev server: (http:\/\/127\.0\.0\.1:\d+)/)
  const api = createHttpApi({ baseUrl: url, environmentId: 'test-env' })
  expect(await api.getSettings({ signal: AbortSignal.timeout(5000), token: null })).toMatchObject({
    requiredFields: ['firstName', 'alias'],
    fieldLabels: { firstName: 'First name' },
  })
})
