import {
  Agent,
  createServer,
  request as forward,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

/**
 * A real HTTP proxy for the fault runs: it sits between `createHttpApi` and `server.listen()` and,
 * per request and by a seeded PRNG, answers the way broken networks and middleboxes do. Node's
 * `http` only, no dependency. Each client gets a lane (the first path segment of its `baseUrl`):
 * a lane draws its faults from its own PRNG, so a run is the same whatever order the lanes' requests
 * interleave in.
 */

/** What the proxy can do to one request. */
export const FAULTS = [
  'refused', // the connection closes before the request reaches the server
  'reset', // the server handled it, then the connection is reset (RST) without an answer
  'cutHeaders', // the server handled it; the answer stops inside its status line and headers
  'hung', // the server handled it; the answer never comes, the connection stays open
  'html5xx', // a gateway's 500/502/503/504 HTML page
  'html401', // an HTML 401 page (a WAF, an SSO front)
  'html403', // an HTML 403 page
  'truncated', // the server's JSON, cut (short of its Content-Length, or a complete but cut message)
  'huge', // a 6 MB JSON answer (with or without a Content-Length)
  'trickle', // the server's answer, its body one byte every 40 ms
  'rateLimited', // 429 with Retry-After
  'twice', // the server's answer sent twice on the keep-alive connection
] as const
export type Fault = (typeof FAULTS)[number]

/** One request seen by the proxy. */
export interface ProxiedRequest {
  lane: string
  method: string
  path: string
  fault: Fault | null
  /** `performance.now()` when the request's headers arrived. */
  at: number
}

export interface FaultProxyOptions {
  /** The origin of the real server (`server.listen()`'s url). */
  upstream: string
  seed: number
  /** The share of requests that get a fault, 0..1. */
  rate: number
  /** The faults to draw from; default all of {@link FAULTS}. */
  faults?: readonly Fault[]
  /** Instead of drawing: the fault of each request in turn, across lanes (`null`: passed on); then none. */
  plan?: Array<Fault | null>
}

export interface FaultProxy {
  /** The `baseUrl` for a client in lane `lane`. */
  base(lane: string): string
  readonly requests: ProxiedRequest[]
  close(): Promise<void>
}

/** mulberry32: a tiny seeded PRNG. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A 32-bit seed for a lane: the run's seed mixed with the lane's name. */
function laneSeed(seed: number, lane: string): number {
  let h = seed ^ 0x9e3779b9
  for (let i = 0; i < lane.length; i++) h = Math.imul(h ^ lane.charCodeAt(i), 0x85ebca6b)
  return (h ^ (h >>> 13)) >>> 0
}

interface Upstream {
  status: number
  headers: Record<string, string>
  body: Buffer
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'host'])

function copyHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue
    out[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return out
}

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.on('end', () => resolve(Buffer.concat(chunks)))
    stream.on('error', reject)
  })
}

/** Sends the request on to the real server and reads its whole answer. */
function passOn(agent: Agent, upstream: URL, req: IncomingMessage, path: string, body: Buffer) {
  return new Promise<Upstream>((resolve, reject) => {
    const headers = {
      ...copyHeaders(req.headers),
      host: upstream.host,
      'content-length': String(body.length),
    }
    const out = forward(
      { agent, host: upstream.hostname, port: upstream.port, method: req.method, path, headers },
      (answer) => {
        readAll(answer).then(
          (buffer) =>
            resolve({ status: answer.statusCode ?? 502, headers: copyHeaders(answer.headers), body: buffer }),
          reject,
        )
      },
    )
    out.on('error', reject)
    out.end(body)
  })
}

/** The raw bytes of an HTTP/1.1 answer, for writing straight to the socket. */
function rawAnswer({ status, headers, body }: Upstream): Buffer {
  const lines = [`HTTP/1.1 ${status} X`]
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`)
  lines.push(`content-length: ${body.length}`, 'connection: keep-alive', '', '')
  return Buffer.concat([Buffer.from(lines.join('\r\n')), body])
}

const html = (status: number) =>
  Buffer.from(`<!doctype html><html><body><h1>${status}</h1><p>Something went wrong {{</p></body></html>`)

/** A valid 6 MB JSON object. */
const HUGE = Buffer.from(`{"user":{"id":"x"},"pad":"${'a'.repeat(6 * 1024 * 1024)}"}`)

interface Lane {
  random: () => number
}

export async function createFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const upstream = new URL(options.upstream)
  const faults = options.faults ?? FAULTS
  const agent = new Agent({ keepAlive: true, maxSockets: 32 })
  const lanes = new Map<string, Lane>()
  const requests: ProxiedRequest[] = []
  const timers = new Set<ReturnType<typeof setInterval>>()
  const sockets = new Set<Socket>()

  const laneOf = (name: string): Lane => {
    let lane = lanes.get(name)
    if (!lane) {
      lane = { random: mulberry32(laneSeed(options.seed, name)) }
      lanes.set(name, lane)
    }
    return lane
  }

  const send = (res: ServerResponse, answer: Upstream) => {
    res.writeHead(answer.status, { ...answer.headers, 'content-length': String(answer.body.length) })
    res.end(answer.body)
  }

  const trickle = (res: ServerResponse, answer: Upstream) => {
    res.writeHead(answer.status, { ...answer.headers, 'content-length': String(answer.body.length) })
    let at = 0
    const timer = setInterval(() => {
      if (res.destroyed || at >= answer.body.length) {
        clearInterval(timer)
        timers.delete(timer)
        if (!res.destroyed) res.end()
        return
      }
      res.write(answer.body.subarray(at, at + 1))
      at++
    }, 40)
    timers.add(timer)
    res.on('close', () => {
      clearInterval(timer)
      timers.delete(timer)
    })
  }

  /** What the proxy answers for one faulted request whose real answer is `answer`. */
  const mangle = (fault: Fault, random: () => number, res: ServerResponse, answer: Upstream) => {
    const socket = res.socket as Socket
    switch (fault) {
      case 'reset':
        return socket.resetAndDestroy()
      case 'hung':
        return // never answered; the client gives up and closes
      case 'cutHeaders': {
        const raw = rawAnswer(answer)
        socket.write(raw.subarray(0, 10 + Math.floor(random() * 40)))
        return socket.destroy()
      }
      case 'truncated': {
        const cut = answer.body.subarray(0, Math.floor(answer.body.length / 2))
        if (random() < 0.5) {
          res.writeHead(answer.status, { ...answer.headers, 'content-length': String(answer.body.length) })
          res.write(cut)
          // Short of its Content-Length: the connection ends mid-body.
          setTimeout(() => socket.destroy(), 5)
          return
        }
        return send(res, { ...answer, body: cut })
      }
      case 'huge':
        if (random() < 0.5) return send(res, { status: 200, headers: answer.headers, body: HUGE })
        res.writeHead(200, { 'content-type': 'application/json' })
        return res.end(HUGE)
      case 'trickle':
        return trickle(res, answer)
      case 'twice':
        send(res, answer)
        res.on('finish', () => {
          if (!socket.destroyed) socket.write(rawAnswer(answer))
        })
        return
      default:
        return send(res, answer)
    }
  }

  /** The faults answered without the real server. */
  const local = (fault: Fault, random: () => number, req: IncomingMessage, res: ServerResponse) => {
    if (fault === 'refused') {
      req.socket.destroy()
      return true
    }
    const status =
      fault === 'html5xx'
        ? [500, 502, 503, 504][Math.floor(random() * 4)]
        : fault === 'html401'
          ? 401
          : fault === 'html403'
            ? 403
            : fault === 'rateLimited'
              ? 429
              : 0
    if (!status) return false
    const headers: Record<string, string> = { 'content-type': 'text/html' }
    if (status === 429) headers['retry-after'] = String(1 + Math.floor(random() * 3))
    send(res, { status, headers, body: html(status) })
    return true
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const [, laneName = '', ...rest] = (req.url ?? '/').split('/')
    const path = `/${rest.join('/')}`
    const { random } = laneOf(laneName)
    const fault = options.plan
      ? (options.plan.shift() ?? null)
      : random() < options.rate
        ? (faults[Math.floor(random() * faults.length)] as Fault)
        : null
    requests.push({ lane: laneName, method: req.method ?? 'GET', path, fault, at: performance.now() })
    if (fault && local(fault, random, req, res)) return
    const body = await readAll(req)
    const answer = await passOn(agent, upstream, req, path, body)
    if (req.socket.destroyed) return
    if (fault) mangle(fault, random, res, answer)
    else send(res, answer)
  }

  const server = createServer({ keepAliveTimeout: 5_000 }, (req, res) => {
    handle(req, res).catch(() => req.socket.destroy())
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`

  return {
    base: (lane) => `${origin}/${encodeURIComponent(lane)}`,
    requests,
    close() {
      for (const timer of timers) clearInterval(timer)
      timers.clear()
      agent.destroy()
      return new Promise<void>((resolve) => {
        server.close(() => resolve())
        for (const socket of sockets) socket.destroy()
      })
    },
  }
}
