import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'
import { isObject, type Json } from '../api/json'
import { SessionError } from '../errors'
import { invalidInput } from './refuse'

// Reading a request of the reference backend's HTTP layer: its JSON body (bounded), its token
// (bearer header or session cookie) and whether it came over TLS.

/** Name of the httpOnly cookie that holds the JWT when the server runs in cookie mode. */
export const SESSION_COOKIE = 'lanyard_session'

/** Largest request body accepted, in bytes. */
const MAX_BODY_BYTES = 64 * 1024

const tooLarge = () =>
  new SessionError('invalid_input', 'The request body is too large (64 KiB at most).', { status: 413 })

function parseJson(raw: string): Json {
  if (raw.trim() === '') return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    throw invalidInput('The request body is not valid JSON.', 400)
  }
  if (!isObject(parsed)) throw invalidInput('The request body must be a JSON object.', 400)
  return parsed
}

/** The request's JSON object body (`{}` when empty); 413 above 64 KiB, 400 for anything but an object. */
export function readBody(req: IncomingMessage): Promise<Json> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'])
    if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
      reject(tooLarge())
      req.resume()
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    let done = false
    const settle = (finish: () => void) => {
      if (done) return
      done = true
      finish()
    }
    req.on('data', (chunk: Buffer) => {
      if (done) return
      size += chunk.length
      if (size > MAX_BODY_BYTES) settle(() => reject(tooLarge()))
      else chunks.push(chunk)
    })
    req.on('error', (error) => settle(() => reject(error)))
    // The client went away mid-body: nothing will answer, but do not leave the handler hanging.
    req.on('close', () =>
      settle(() =>
        reject(new SessionError('cancelled', 'The client closed the connection.', { status: 499 })),
      ),
    )
    req.on('end', () =>
      settle(() => {
        try {
          resolve(parseJson(Buffer.concat(chunks).toString('utf8')))
        } catch (error) {
          reject(error)
        }
      }),
    )
  })
}

function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>()
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq <= 0) continue
    cookies.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim())
  }
  return cookies
}

/** The token of `Authorization: Bearer <token>`, or null. */
export function bearer(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')
  return match?.[1] ?? null
}

/** The session token: from the httpOnly cookie in cookie mode, else from the bearer header. */
export const tokenOf = (req: IncomingMessage, cookieMode: boolean): string | null =>
  cookieMode
    ? parseCookies(req.headers.cookie).get(SESSION_COOKIE) || null
    : bearer(req.headers.authorization)

/** Whether the request came over TLS, directly or through a proxy that says so. */
export const isSecure = (req: IncomingMessage): boolean =>
  (req.socket as Socket & { encrypted?: boolean }).encrypted === true ||
  String(req.headers['x-forwarded-proto'] ?? '')
    .split(',')[0]
    ?.trim() === 'https'

/** Compares two secrets in constant time (hashing first, so lengths leak nothing either). */
export function sameSecret(given: string | null, expected: string): boolean {
  if (given === null) return false
  const a = createHash('sha256').update(given).digest()
  const b = createHash('sha256').update(expected).digest()
  return timingSafeEqual(a, b)
}
