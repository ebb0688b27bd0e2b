import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ApiExchange } from './codes'

const FORWARDED_REQUEST = ['authorization', 'content-type', 'cookie', 'accept', 'origin', 'x-forwarded-proto']
const FORWARDED_RESPONSE = [
  'content-type',
  'date',
  'retry-after',
  'cache-control',
  'www-authenticate',
  'vary',
]

/** The backend's own cap (64 KiB): a larger body is refused here, before it is held in memory. */
export const MAX_BODY_BYTES = 64 * 1024

/** The request body, or null once it grows past the cap (the rest is not read). */
function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY_BYTES) chunks.push(chunk)
      else {
        req.pause()
        resolve(null)
      }
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function tooLarge(res: ServerResponse): void {
  const body = JSON.stringify({
    code: 'invalid_input',
    error: 'The request body is too large (64 KiB at most).',
  })
  res.writeHead(413, { 'content-type': 'application/json', connection: 'close' })
  res.end(body, () => res.socket?.destroy())
}

const json = (raw: string): Record<string, unknown> => {
  try {
    const value = JSON.parse(raw)
    return typeof value === 'object' && value !== null ? value : {}
  } catch {
    return {}
  }
}

const tokenOf = (req: IncomingMessage): string | null => {
  const bearer = /^Bearer\s+(\S+)/i.exec(req.headers.authorization ?? '')?.[1]
  const cookie = /(?:^|;\s*)lanyard_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1]
  return bearer ?? cookie ?? null
}

/**
 * Forwards one API request to the reference backend's own `listen()` server and copies the answer
 * back, so the page and the API share one origin. `seen` hears each exchange (to print codes).
 */
export async function proxy(
  req: IncomingMessage,
  res: ServerResponse,
  backendUrl: string,
  seen: (exchange: ApiExchange) => void,
): Promise<void> {
  const declared = Number(req.headers['content-length'] ?? 0)
  const body = declared > MAX_BODY_BYTES ? null : await readBody(req)
  if (body === null) return tooLarge(res)
  const headers = new Headers()
  for (const name of FORWARDED_REQUEST) {
    const value = req.headers[name]
    if (typeof value === 'string') headers.set(name, value)
  }
  // The page's host: the backend takes an Origin of that host as its own (its CSRF check).
  if (req.headers.host) headers.set('x-forwarded-host', req.headers.host)
  let upstream: Response
  try {
    upstream = await fetch(new URL(req.url ?? '/', backendUrl), {
      method: req.method,
      headers,
      body: req.method === 'GET' || req.method === 'HEAD' ? undefined : new Uint8Array(body),
    })
  } catch {
    // The backend is down: drop the connection, as an unreachable server would.
    res.socket?.destroy()
    return
  }
  const text = await upstream.text()
  res.statusCode = upstream.status
  for (const name of FORWARDED_RESPONSE) {
    const value = upstream.headers.get(name)
    if (value !== null) res.setHeader(name, value)
  }
  const cookies = upstream.headers.getSetCookie()
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)
  res.end(text)
  const route = new URL(req.url ?? '/', 'http://x').pathname.split('/').slice(3).join('/')
  seen({
    route,
    status: upstream.status,
    requestBody: json(body.toString('utf8')),
    responseBody: json(text),
    token: tokenOf(req),
  })
}
