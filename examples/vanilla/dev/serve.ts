import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createTestAuthServer, type TestAuthServer, type TestAuthServerOptions } from 'lanyard/testing'
import { createAcmeId } from './acmeId'
import { buildExample } from './build'
import { createCodePrinter } from './codes'
import { proxy } from './proxy'

/** `127.0.0.1:5173`, `localhost:5173` or `[::1]:5173`: a re-bound foreign name is refused. */
const isLoopbackHost = (host: string | undefined) =>
  /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/i.test(host ?? '')

const file = (name: string) => new URL(`../${name}`, import.meta.url)

export interface DemoServerOptions {
  backend?: TestAuthServerOptions
  /** Default 0: any free port. */
  port?: number
  /** Where code lines go. Default: nowhere. */
  print?: (line: string) => void
}

export interface DemoServer {
  url: string
  backend: TestAuthServer
  /** The same page at `http://localhost:PORT`, where passkeys work. */
  passkeyUrl: string
  /** Stops the reference backend only: the page stays served, every API call then fails. */
  stopBackend(): Promise<void>
  close(): Promise<void>
}

/**
 * The example and the reference backend on one origin (127.0.0.1): `/` is the page, `/app.js` the
 * bundle, `/styles.css` the styles, and `/sdk/*` goes to `backend.listen(0)` (never `/admin/*`: the
 * page's origin is no place for the admin key). Only a loopback `Host` is answered (DNS rebinding). Social
 * providers are simulated (default google and github: their authorize URL, on the backend's own
 * port, answers with a 302 back to the page) and passkeys are for this page at `http://localhost:PORT`
 (rpId localhost: browsers allow WebAuthn on a domain name, never on an IP address like 127.0.0.1).
 */
export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  // The port comes first: the backend's WebAuthn relying party is this page's origin.
  let handle: (req: IncomingMessage, res: ServerResponse) => Promise<void> | void = (_req, res) => {
    res.writeHead(503, { 'content-type': 'text/plain', 'retry-after': '1' })
    res.end('Starting')
  }
  const server = createServer((req, res) => {
    Promise.resolve(handle(req, res)).catch(() => res.socket?.destroy())
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const url = `http://127.0.0.1:${port}`
  // "Acme ID", the demo's own identity system: `POST /acme-id/token` gives the page a JWT of it.
  const acme = await createAcmeId(`${url}/acme-id`)
  const backend = createTestAuthServer({
    socialProviders: ['google', 'github'],
    externalJwt: acme.options,
    ...options.backend,
    // Browsers refuse WebAuthn on an IP address: passkeys are for the same page at localhost.
    passkeys: {
      rpId: 'localhost',
      rpName: 'Lanyard demo',
      origins: [`http://localhost:${port}`],
      ...options.backend?.passkeys,
    },
  })
  const [api, bundle, html, css] = await Promise.all([
    backend.listen(0),
    buildExample(),
    readFile(file('index.html'), 'utf8'),
    readFile(file('styles.css'), 'utf8'),
  ]).catch(async (error: unknown) => {
    await new Promise((resolve) => server.close(resolve))
    throw error
  })
  const page = html
    .replace('%ENVIRONMENT_ID%', backend.environmentId)
    .replace('%TOKEN_STORAGE%', backend.options.cookie ? 'cookie' : 'in-app')
  const codes = createCodePrinter(backend, options.print ?? (() => {}))
  const assets: Record<string, [string, string]> = {
    '/': ['text/html; charset=utf-8', page],
    '/index.html': ['text/html; charset=utf-8', page],
    '/app.js': ['text/javascript; charset=utf-8', bundle],
    '/styles.css': ['text/css; charset=utf-8', css],
  }
  handle = (req, res) => {
    if (!isLoopbackHost(req.headers.host)) {
      res.writeHead(421, { 'content-type': 'text/plain', connection: 'close' })
      res.end('This demo answers on 127.0.0.1 and localhost only.')
      return
    }
    const path = new URL(req.url ?? '/', 'http://x').pathname
    if (path.startsWith('/sdk/')) return proxy(req, res, api.url, codes.seen)
    if (path === '/acme-id/token' && req.method === 'POST') return acmeToken(req, res)
    const asset = assets[path]
    res.writeHead(asset ? 200 : 404, {
      'content-type': asset?.[0] ?? 'text/plain',
      'cache-control': 'no-store',
    })
    res.end(asset?.[1] ?? 'Not found')
  }
  // Acme ID signs its demo employee in without asking (a real identity system has its own login).
  const acmeToken = async (req: IncomingMessage, res: ServerResponse) => {
    req.resume()
    const jwt = await acme.token('acme.user@example.com')
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    res.end(JSON.stringify({ jwt }))
  }
  let closing: Promise<void> | undefined
  return {
    url,
    passkeyUrl: `http://localhost:${port}`,
    backend,
    stopBackend: () => api.close(),
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        codes.stop()
        server.close(() => resolve())
        server.closeAllConnections()
      }).then(() => api.close())
      return closing
    },
  }
}
