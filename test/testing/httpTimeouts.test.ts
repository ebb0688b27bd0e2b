import type * as Http from 'node:http'
import { connect, type Socket } from 'node:net'
import { createTestAuthServer } from 'lanyard/testing'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { HTTP_TIMEOUTS, listen } from '../../src/testing/http'

// Node checks headersTimeout and requestTimeout on its own internal interval and keepAliveTimeout
// on the socket, so fake timers cannot drive them: these tests run on real time with small values
// (through listen()'s internal `timeouts`), and read the defaults off the http.Server itself.

const created = vi.hoisted(() => [] as Http.Server[])
vi.mock('node:http', async (importOriginal) => {
  const http = await importOriginal<typeof Http>()
  const createServer = (...args: Parameters<typeof http.createServer>) => {
    const server = http.createServer(...args)
    created.push(server)
    return server
  }
  return { ...http, createServer, default: { ...http, createServer } }
})

const SMALL = {
  headersTimeout: 300,
  requestTimeout: 1_000,
  keepAliveTimeout: 300,
  connectionsCheckingInterval: 50,
}
/** How long a test waits for the server to close a connection; Node's defaults are far longer. */
const PATIENCE = 2_500

type Listening = { url: string; close(): Promise<void> }
const open: Listening[] = []
const sockets: Socket[] = []

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy()
  await Promise.all(open.splice(0).map((server) => server.close()))
  created.length = 0
})

async function start() {
  const server = createTestAuthServer()
  const http = await listen(server, 0, { timeouts: SMALL })
  open.push(http)
  return { port: Number(new URL(http.url).port), sdk: `/sdk/${server.environmentId}` }
}

/** A raw TCP connection: what it received and, once the server closed it, after how long (ms). */
async function rawConnection(port: number) {
  const socket = connect(port, '127.0.0.1')
  sockets.push(socket)
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject))
  const opened = Date.now()
  let received = ''
  socket.setEncoding('utf8')
  socket.on('data', (chunk: string) => {
    received += chunk
  })
  socket.on('error', () => {})
  const closed = new Promise<number | 'still open'>((resolve) => {
    socket.once('close', () => resolve(Date.now() - opened))
    setTimeout(() => resolve('still open'), PATIENCE)
  })
  return { socket, closed, received: () => received }
}

/** Writes `line` every 50 ms until the socket closes: a client that drips its request. */
function drip(socket: Socket, line: string) {
  const timer = setInterval(() => {
    if (!socket.destroyed) socket.write(line)
  }, 50)
  socket.once('close', () => clearInterval(timer))
}

describe('reference backend over HTTP: connection time-outs', () => {
  it('uses headers 10 s, request 30 s, keep-alive 5 s by default (docs/testing.md)', async () => {
    const server = createTestAuthServer()
    const http = await server.listen(0)
    open.push(http)
    const [httpServer] = created
    expect(httpServer?.headersTimeout).toBe(10_000)
    expect(httpServer?.requestTimeout).toBe(30_000)
    expect(httpServer?.keepAliveTimeout).toBe(5_000)
    expect(HTTP_TIMEOUTS).toEqual({
      headersTimeout: 10_000,
      requestTimeout: 30_000,
      keepAliveTimeout: 5_000,
      connectionsCheckingInterval: 2_000,
    })
    // A keep-alive answer says how long the connection waits for the next request.
    const response = await fetch(`${http.url}/sdk/${server.environmentId}/nonce`)
    expect(response.headers.get('keep-alive')).toBe('timeout=5')
  })

  it('closes a connection that sends nothing within headersTimeout', async () => {
    const { port } = await start()
    const { closed } = await rawConnection(port)
    const after = await closed
    expect(after).not.toBe('still open')
    expect(after).toBeGreaterThanOrEqual(SMALL.headersTimeout - 50)
    expect(after).toBeLessThan(SMALL.requestTimeout)
  })

  it('answers 408 and closes a connection that drips its headers past headersTimeout', async () => {
    const { port, sdk } = await start()
    const { socket, closed, received } = await rawConnection(port)
    socket.write(`GET ${sdk}/nonce HTTP/1.1\r\nHost: 127.0.0.1\r\n`)
    drip(socket, 'X-Drip: 1\r\n')
    const after = await closed
    expect(after).not.toBe('still open')
    expect(after).toBeGreaterThanOrEqual(SMALL.headersTimeout - 50)
    expect(after).toBeLessThan(SMALL.requestTimeout)
    expect(received()).toMatch(/^HTTP\/1\.1 408 /)
  })

  it('answers 408 and closes a connection that drips its body past requestTimeout', async () => {
    const { port, sdk } = await start()
    const { socket, closed, received } = await rawConnection(port)
    socket.write(
      `POST ${sdk}/emailVerifications/create HTTP/1.1\r\nHost: 127.0.0.1\r\n` +
        'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"email":"',
    )
    drip(socket, 'a')
    const after = await closed
    expect(after).not.toBe('still open')
    // Past headersTimeout (its headers were in at once), ended by requestTimeout.
    expect(after).toBeGreaterThanOrEqual(SMALL.requestTimeout - 50)
    expect(received()).toMatch(/^HTTP\/1\.1 408 /)
  })

  it('closes an idle keep-alive connection after keepAliveTimeout', async () => {
    const { port, sdk } = await start()
    const { socket, closed, received } = await rawConnection(port)
    socket.write(`GET ${sdk}/nonce HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n`)
    await vi.waitFor(() => expect(received()).toMatch(/^HTTP\/1\.1 200 [\s\S]*"nonce"/))
    // Node closes it 1 s after keepAliveTimeout (it tells the client `Keep-Alive: timeout=…`, so
    // that the client gives up first); without the option it would wait 5 s (+ 1 s).
    const after = await closed
    expect(after).not.toBe('still open')
    expect(after).toBeGreaterThanOrEqual(SMALL.keepAliveTimeout - 50)
  })
})
