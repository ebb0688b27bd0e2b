import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { afterEach, describe, expect, test } from 'vitest'

let child: ReturnType<typeof spawn> | undefined
afterEach(async () => {
  if (child?.pid !== undefined && child.exitCode === null) {
    // npm, sh and tsx: end the whole process group this test started, not only npm.
    process.kill(-child.pid, 'SIGTERM')
    await once(child, 'exit')
  }
  child = undefined
})

/** Starts `npm start -- ...args` on a free port; resolves the URL it prints and a reader of its output. */
async function npmStart(...args: string[]) {
  const started = Date.now()
  child = spawn('npm', ['start', '--silent', '--', ...args], {
    env: { ...process.env, PORT: '0' },
    detached: true, // its own process group, so afterEach can end npm and its children together
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  await expect
    .poll(() => /http:\/\/127\.0\.0\.1:\d+/.test(output), { timeout: 20_000, interval: 50 })
    .toBe(true)
  const url = /http:\/\/127\.0\.0\.1:\d+/.exec(output)![0]
  return { url, started, output: () => output }
}

describe('npm start', () => {
  test('serves the page and the API on one origin within seconds, and prints the codes', async () => {
    const { url, started, output } = await npmStart(
      '--fields',
      'alias,firstName=First name',
      '--lifetime',
      '600',
    )
    const page = await fetch(url)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<div id="app"')
    const elapsed = Date.now() - started
    console.log(`npm start → served page in ${elapsed} ms`)
    expect(elapsed).toBeLessThan(15_000) // seconds, even on a loaded CI machine

    // Dynamic's ProjectSettings: the fields to collect are its `kyc` list.
    const settings = (await (await fetch(`${url}/sdk/test-env/settings`)).json()) as {
      kyc: Array<{ name: string; required: boolean; label?: string }>
    }
    expect(settings.kyc.filter((field) => field.required).map((field) => field.name)).toEqual([
      'alias',
      'firstName',
    ])
    expect(settings.kyc.find((field) => field.name === 'firstName')?.label).toBe('First name') // --fields key=Label
    const sent = await fetch(`${url}/sdk/test-env/emailVerifications/create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ada@example.com' }),
    })
    expect(sent.status).toBe(200)
    await expect.poll(output, { timeout: 10_000 }).toMatch(/ada@example\.com: \d{6}/)
  })
})
