// Reproduction for "1 in 3 of lanyard's requests show up in Chromium as net::ERR_ABORTED"
// (docs/troubleshooting.md, "DevTools or Playwright show lanyard's requests as canceled"). Serves a
// page with lanyard bundled by esbuild from src/, runs N rounds in Debian's Chromium, and prints, for
// the requests under /sdk/: Playwright's requestfinished / requestfailed (and each failure's reason),
// the DevTools event sequences, the page's abort()/cancel() calls, the connections the server saw,
// and the page's Resource Timing entries. Not part of CI or npm test.
//
//   npx tsx scripts/abortedRepro.ts                    # 10 rounds of the session flow
//   N=15 MODE=cross FLOW=api npx tsx scripts/abortedRepro.ts
//
// MODE  same: the reference backend's handler on the page's origin | cross: backend.listen(0), CORS
// FLOW  session: createSession (send code, verify, refresh, logout) | api: createHttpApi calls only |
//       raw: 3 plain fetch() per round, body read with getReader() to `done` (no lanyard code) |
//       raw-text: the same with response.text() | raw-delay: getReader() 30 ms after the answer
// STATIC=1          raw flows ask a plain Node answer (`res.end(json)`) instead of the backend;
//                   STATIC=chunked: 200 KB in two chunks, no Content-Length
// HEADERS='{...}'   extra headers of that plain answer, e.g. '{"cache-control":"no-store"}'
// DROP_NO_STORE=1   the backend's answers without their `Cache-Control: no-store`
// NETLOG=file.json  Chromium's net log (--log-net-log), to check each request at the network level
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Server } from 'node:net'
import { join } from 'node:path'
import { build } from 'esbuild'
import type { Page } from 'playwright-core'
import { createTestAuthServer, type TestAuthServer } from '../src/testing/index'
import { CHROMIUM_FLAGS, launchChromium } from '../test/browser/chromium'

const env = process.env
const N = Number(env.N ?? 10)
const MODE = env.MODE ?? 'same'
const FLOW = env.FLOW ?? 'session'
const root = new URL('..', import.meta.url).pathname

const tally = (into: Record<string, number>, key: string) => {
  into[key] = (into[key] ?? 0) + 1
}

/** lanyard's src/index.ts as browser ESM (the lazy chunks kept), in node_modules/.cache. */
async function bundle(): Promise<{ dir: string; remove(): void }> {
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true })
  const dir = mkdtempSync(join(root, 'node_modules/.cache/aborted-repro-'))
  await build({
    entryPoints: { index: join(root, 'src/index.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: dir,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"development"' },
  })
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

// Counts, before any module runs, every abort() and cancel() the page makes. (`__name`: what tsx's
// keepNames adds to the functions passed to page.evaluate.)
const COUNT_CALLS = `
window.__name = (f) => f
window.calls = { abort: 0, readerCancel: 0, streamCancel: 0 }
const wrap = (proto, name, key) => { const f = proto[name]; proto[name] = function (...a) { window.calls[key]++; return f.apply(this, a) } }
wrap(AbortController.prototype, 'abort', 'abort')
wrap(ReadableStreamDefaultReader.prototype, 'cancel', 'readerCancel')
wrap(ReadableStream.prototype, 'cancel', 'streamCancel')`

function pageHtml(apiUrl: string, environmentId: string, rawUrl: string) {
  return `<!doctype html><script>${COUNT_CALLS}</script><script type="module">
import { createSession, createHttpApi } from '/dist/index.js'
const api = createHttpApi({ baseUrl: ${JSON.stringify(apiUrl)}, environmentId: ${JSON.stringify(environmentId)} })
Object.assign(window, { api, session: createSession({ api }), rawUrl: ${JSON.stringify(rawUrl)}, ready: true })
</script>`
}

/** A plain Node answer, not the reference backend's (STATIC, HEADERS). */
function plainAnswer(req: IncomingMessage, res: ServerResponse) {
  req.resume()
  res.writeHead(200, { 'content-type': 'application/json', ...JSON.parse(env.HEADERS ?? '{}') })
  const chunked = env.STATIC === 'chunked'
  if (chunked) res.write(`{"pad":"${'x'.repeat(200_000)}",`)
  res.end(chunked ? '"ok":true}' : '{"ok":true}')
}

/** The backend's handler, without `Cache-Control` when DROP_NO_STORE is set. */
function backendAnswer(backend: TestAuthServer, req: IncomingMessage, res: ServerResponse) {
  if (env.DROP_NO_STORE) {
    const setHeader = res.setHeader.bind(res)
    res.setHeader = (name, value) => (name.toLowerCase() === 'cache-control' ? res : setHeader(name, value))
  }
  return backend.handler(req, res)
}

/** What the page's server saw: connections, their errors, API answers finished or cut. */
function watchServer(server: Server) {
  const seen = { connections: 0, socketErrors: 0, apiRequests: 0, answersFinished: 0, answersCut: 0 }
  server.on('connection', (socket) => {
    seen.connections++
    socket.on('error', () => seen.socketErrors++)
  })
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!req.url?.includes('/sdk/')) return
    seen.apiRequests++
    res.on('close', () => (res.writableFinished ? seen.answersFinished++ : seen.answersCut++))
  })
  return seen
}

async function startPageServer(dist: string) {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const backend = createTestAuthServer({ allowedOrigins: [origin] })
  const api = MODE === 'cross' ? await backend.listen(0) : { url: origin, close: async () => {} }
  const rawUrl = env.STATIC
    ? `${origin}/sdk/static.json`
    : `${api.url}/sdk/${backend.environmentId}/emailVerifications/create`
  const html = pageHtml(api.url, backend.environmentId, rawUrl)
  const seen = watchServer(server)
  server.on('request', (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    if (path === '/sdk/static.json') return plainAnswer(req, res)
    if (path.startsWith('/sdk/')) return backendAnswer(backend, req, res)
    if (!path.startsWith('/dist/')) return res.writeHead(200, { 'content-type': 'text/html' }).end(html)
    const file = join(dist, path.slice('/dist/'.length).replace(/\.\./g, ''))
    try {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file))
    } catch {
      res.writeHead(404).end()
    }
  })
  const close = async () => {
    server.closeAllConnections()
    await Promise.all([new Promise((resolve) => server.close(resolve)), api.close()])
  }
  return { origin, backend, seen, close }
}

/** Playwright's requestfinished / requestfailed and DevTools' event sequence, for /sdk/ requests. */
async function observe(page: Page) {
  const counts: Record<string, number> = {}
  const reasons: Record<string, number> = {}
  page.on('requestfinished', (r) => r.url().includes('/sdk/') && tally(counts, `finished ${r.method()}`))
  page.on('requestfailed', async (r) => {
    if (!r.url().includes('/sdk/')) return
    tally(counts, `failed ${r.method()}`)
    const route = new URL(r.url()).pathname.split('/').slice(3).join('/')
    const status = (await r.response())?.status() ?? 'no response'
    tally(reasons, `${r.method()} ${route}: ${r.failure()?.errorText} (answered ${status})`)
  })
  const cdp = await page.context().newCDPSession(page)
  const sequences: Record<string, string[]> = {}
  const failures: Record<string, number> = {}
  for (const name of [
    'requestWillBeSent',
    'responseReceived',
    'dataReceived',
    'loadingFinished',
    'loadingFailed',
  ]) {
    cdp.on(
      `Network.${name}` as 'Network.dataReceived',
      (event: { requestId: string; request?: { url: string }; response?: { status: number } }) => {
        const first = name === 'requestWillBeSent'
        if (first ? !event.request?.url.includes('/sdk/') : !sequences[event.requestId]) return
        const step = event.response ? `${name} ${event.response.status}` : name
        sequences[event.requestId] = [...(sequences[event.requestId] ?? []), step]
      },
    )
  }
  cdp.on('Network.loadingFailed', (e) =>
    tally(failures, JSON.stringify({ errorText: e.errorText, canceled: e.canceled })),
  )
  await cdp.send('Network.enable')
  return () => {
    const devtools: Record<string, number> = {}
    for (const sequence of Object.values(sequences)) tally(devtools, sequence.join(' > '))
    return { counts, reasons, devtools, loadingFailed: failures }
  }
}

/** N rounds in the page; resolves with the distinct outcomes. */
function runFlow(page: Page) {
  return page.evaluate(
    async ({ n, flow }) => {
      const w = window as any
      const ctx = (token: string | null = null) => ({ signal: new AbortController().signal, token })
      const outcomes = new Set<string>()
      for (let i = 0; i < n; i++) {
        const email = `u${i}@example.com`
        if (flow === 'session') {
          await w.session.email.sendCode(email)
          const signedIn = await w.session.email.verifyCode(await w.codeFor(email))
          const refreshed = await w.session.refresh()
          await w.session.logout()
          outcomes.add(`${signedIn.status}/${refreshed.status}`)
        } else if (flow === 'api') {
          const { verificationId } = await w.api.sendEmailCode({ email }, ctx())
          const result = await w.api.verifyEmailCode({ verificationId, code: await w.codeFor(email) }, ctx())
          await w.api.refresh(ctx(result.token))
          outcomes.add('api calls resolved')
        } else {
          for (let k = 0; k < 3; k++) {
            const init = { method: 'POST', headers: { 'Content-Type': 'application/json' } }
            const response = await fetch(w.rawUrl, { ...init, body: JSON.stringify({ email }) })
            if (flow === 'raw-text') {
              outcomes.add(`text: ${(await response.text()).length} chars`)
              continue
            }
            if (flow === 'raw-delay') await new Promise((resolve) => setTimeout(resolve, 30))
            const reader = response.body!.getReader()
            let size = 0
            for (let r = await reader.read(); !r.done; r = await reader.read()) size += r.value.length
            outcomes.add(`reader: ${size} bytes`)
          }
        }
      }
      return [...outcomes]
    },
    { n: N, flow: FLOW },
  )
}

/** The page's own view: its abort()/cancel() calls, and its Resource Timing entries of /sdk/. */
function pageView(page: Page) {
  return page.evaluate(() => {
    const timing: Record<string, number> = {}
    for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      if (!e.name.includes('/sdk/')) continue
      const key = `status ${e.responseStatus}, body ${e.encodedBodySize} B, responseEnd ${e.responseEnd > 0}`
      timing[key] = (timing[key] ?? 0) + 1
    }
    return { calls: (window as any).calls, resourceTiming: timing }
  })
}

const dist = await bundle()
const server = await startPageServer(dist.dir)
if (env.NETLOG) CHROMIUM_FLAGS.push(`--log-net-log=${env.NETLOG}`, '--net-log-capture-mode=Everything')
const chromium = await launchChromium()
try {
  const page = await chromium.context.newPage()
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`))
  const report = await observe(page)
  await page.exposeFunction('codeFor', (email: string) => server.backend.lastCode(email))
  await page.goto(server.origin)
  await page.waitForFunction(() => (window as any).ready)
  const outcomes = await runFlow(page)
  await new Promise((resolve) => setTimeout(resolve, 500)) // the last events
  const view = await pageView(page)
  const seen = MODE === 'same' || env.STATIC ? server.seen : 'MODE=cross: the backend has its own server'
  console.log(JSON.stringify({ MODE, FLOW, N, outcomes, ...report(), ...view, server: seen }, null, 2))
} finally {
  await chromium.close()
  await server.close()
  dist.remove()
}
