import { request } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { printable } from '../../../examples/vanilla/dev/codes'
import { type DemoServer, startDemoServer } from '../../../examples/vanilla/dev/serve'
import { serve } from './serve'

// Points 7, 8 and 9 of docs/security.md: DNS rebinding, the admin routes, the demo's proxy, and
// what reaches a terminal.

/** A raw HTTP request with any Host header (fetch would not send a forged one). */
function raw(
  url: string,
  {
    host,
    method = 'GET',
    body,
    chunked,
  }: { host?: string; method?: string; body?: Buffer; chunked?: boolean },
) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const target = new URL(url)
    const req = request(
      {
        hostname: target.hostname,
        port: target.port,
        path: target.pathname,
        method,
        headers: host ? { host } : {},
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => {
          text += chunk
        })
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
      },
    )
    req.on('error', reject)
    if (body) req.setHeader('content-type', 'application/json')
    if (!chunked || !body) return void req.end(body)
    // No Content-Length: the size shows only as the body streams in.
    for (let at = 0; at < body.length; at += 16_384) req.write(body.subarray(at, at + 16_384))
    req.end()
  })
}

/** Sends `bytes` of a chunked body and never ends it; the status the server answers with (0: none within 10 s). */
function unendingBody(url: string, bytes: number) {
  return new Promise<number>((resolve, reject) => {
    const target = new URL(url)
    const req = request({
      hostname: target.hostname,
      port: target.port,
      path: target.pathname,
      method: 'POST',
    })
    const gaveUp = setTimeout(() => {
      req.destroy()
      resolve(0)
    }, 10_000)
    req.on('response', (res) => {
      clearTimeout(gaveUp)
      res.resume()
      req.destroy()
      resolve(res.statusCode ?? 0)
    })
    req.on('error', (error) => {
      clearTimeout(gaveUp)
      reject(error)
    })
    req.setHeader('content-type', 'application/json')
    req.write(Buffer.alloc(bytes, 0x20))
  })
}

const demos: DemoServer[] = []
afterEach(async () => {
  await Promise.all(demos.splice(0).map((demo) => demo.close()))
})

describe('the Host header (DNS rebinding)', () => {
  it('the reference backend answers loopback names and configured hosts, nothing else', async () => {
    const { http, server } = await serve({ hosts: ['auth.example.com'] })
    const settings = `${http.url}/sdk/${server.environmentId}/settings`
    const port = new URL(http.url).port
    for (const host of [
      `127.0.0.1:${port}`,
      `localhost:${port}`,
      'localhost',
      '[::1]:8080',
      'auth.example.com',
    ]) {
      expect((await raw(settings, { host })).status, host).toBe(200)
    }
    for (const host of [
      `attacker.example:${port}`,
      'auth.example.com.attacker.example',
      '127.0.0.1.nip.io',
    ]) {
      const answer = await raw(settings, { host })
      expect(answer.status, host).toBe(421)
      expect(JSON.parse(answer.text).error).toContain('hosts')
    }
  })

  it('a rebound page cannot reach the admin routes either, even with the key', async () => {
    const { http, server } = await serve({ apiKey: 'k-1' })
    const revoke = `${http.url}/admin/${server.environmentId}/revoke`
    const answer = await raw(revoke, { host: 'attacker.example', method: 'POST' })
    expect(answer.status).toBe(421)
  })
})

describe('the demo server (npm start)', () => {
  it('does not forward /admin, answers loopback hosts only, and refuses a body over 64 KiB before reading it', async () => {
    const demo = await startDemoServer({ backend: { apiKey: 'demo-key' } })
    demos.push(demo)
    const env = demo.backend.environmentId
    const admin = await fetch(`${demo.url}/admin/${env}/revoke`, {
      method: 'POST',
      headers: { authorization: 'Bearer demo-key' },
    })
    expect(admin.status).toBe(404)
    expect((await raw(`${demo.url}/`, { host: 'attacker.example:5173' })).status).toBe(421)
    expect((await raw(`${demo.url}/`, {})).status).toBe(200)
    const big = await raw(`${demo.url}/sdk/${env}/emailVerifications/create`, {
      method: 'POST',
      body: Buffer.alloc(256 * 1024, 0x20),
    })
    expect(big.status).toBe(413)
    expect(JSON.parse(big.text).code).toBe('invalid_input')
    // No Content-Length, and the body never ends: the proxy answers once the cap is passed,
    // instead of holding the stream in memory until it ends.
    expect(await unendingBody(`${demo.url}/sdk/${env}/emailVerifications/create`, 80 * 1024)).toBe(413)
    const small = await fetch(`${demo.url}/sdk/${env}/emailVerifications/create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ada@example.com' }),
    })
    expect(small.status).toBe(200)
  })
})

describe('control characters', () => {
  it('an email address with an escape sequence or a bidi override is refused as invalid_input', async () => {
    const { call } = await serve()
    for (const email of [
      'ada\u001b[31m@example.com',
      'ada@exa\u0007mple.com',
      'ada\u202e@example.com',
      'a\u009b2J@example.com',
    ]) {
      const answer = await call('POST', 'emailVerifications/create', { email })
      expect(answer.status, JSON.stringify(email)).toBe(400)
      expect(answer.body.code).toBe('invalid_input')
    }
  })

  it('the demo prints what a request chose with its control characters escaped', () => {
    expect(printable('ada\u001b[2J\u009b@x.example\u202e')).toBe('ada\\u{1b}[2J\\u{9b}@x.example\\u{202e}')
    expect(printable('ada@example.com')).toBe('ada@example.com')
  })
})
