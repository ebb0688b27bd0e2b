import type { IncomingMessage } from 'node:http'
import { SessionError } from '../errors'

// The CSRF defence of the reference backend's HTTP layer. In cookie mode the browser attaches the
// session cookie to any request for the auth server's site, whoever makes it: a `text/plain` form
// POST from another origin (no preflight), or a sibling subdomain (`SameSite=Lax` sees it as the
// same site). So every state-changing route refuses (1) a request whose `Origin` is neither the
// server's own nor one of `allowedOrigins`, and, when a browser sent no `Origin` (a top-level
// navigation to a GET route), one that `Sec-Fetch-Site` says came from another site; and (2) a body
// that is not `application/json`, which a cross-origin page cannot send without a CORS preflight.

const refused = (message: string, status: number) => new SessionError('invalid_input', message, { status })

/** `https://app.example.com` → `app.example.com`; null for `null` and anything not an http(s) origin. */
const hostOf = (origin: string): string | null => /^https?:\/\/([^/?#\s]+)$/i.exec(origin)?.[1] ?? null

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** `localhost`, `127.0.0.1` or `[::1]`, with any port or none (a URL's `host`, a `Host` header). */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.has(/^(\[[^\]]*\]|[^:]*)(:\d+)?$/.exec(host.toLowerCase())?.[1] ?? '')
}

/**
 * Throws 421 unless the `Host` header names loopback (any port) or one of `hosts`: a page on
 * another site whose name was re-bound to 127.0.0.1 (DNS rebinding) sends its own name as `Host`.
 */
export function refuseForeignHost(req: IncomingMessage, hosts: readonly string[]): void {
  const host = (req.headers.host ?? '').trim().toLowerCase()
  const name = host.replace(/:\d+$/, '')
  if (isLoopbackHost(host) || hosts.includes(host) || hosts.includes(name)) return
  throw refused(
    `This server does not answer for the host "${host.slice(0, 100)}". Add it to the \`hosts\` option if it is yours.`,
    421,
  )
}

/**
 * Throws 403 for a cross-site request and 415 for a body that is not JSON. The server's own host is
 * its `Host` header (a browser cannot forge it) or, behind a proxy that serves the page and the API
 * on one origin, `X-Forwarded-Host` (a header a cross-origin page cannot set without a preflight).
 */
export function refuseCrossSite(req: IncomingMessage, allowedOrigins: readonly string[] = []): void {
  const { origin, host } = req.headers
  const forwarded = req.headers['x-forwarded-host']
  const site = req.headers['sec-fetch-site']
  if (origin !== undefined) {
    const from = hostOf(origin)
    const own = [host, ...String(forwarded ?? '').split(',')].map((h) => h?.trim().toLowerCase())
    if (!allowedOrigins.includes(origin) && !(from !== null && own.includes(from.toLowerCase()))) {
      throw refused(
        `Requests from ${origin} are refused: it is not an allowed origin of this environment (allowedOrigins).`,
        403,
      )
    }
  } else if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    throw refused('Cross-site requests are refused: call the auth server from an allowed origin.', 403)
  }
  if (req.method === 'GET') return
  const type = req.headers['content-type']
  const hasBody =
    Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined
  if (type === undefined ? hasBody : !/^application\/json\s*(;|$)/i.test(type)) {
    throw refused('The request body must be JSON, sent with `Content-Type: application/json`.', 415)
  }
}
