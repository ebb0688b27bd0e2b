// Webhook signatures, on WebCrypto only so they work on Node ≥ 20 and on edge runtimes alike.
// Header: `x-lanyard-signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, `${t}.${body}`)>`.

/**
 * The HTTP header that carries a webhook's signature: `x-lanyard-signature`.
 *
 * @example
 * ```ts
 * const header = request.headers.get(webhookSignatureHeader) ?? ''
 * ```
 */
export const webhookSignatureHeader = 'x-lanyard-signature'

const encoder = new TextEncoder()

function hmacKey(secret: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    usage,
  ])
}

function fromHex(hex: string): Uint8Array | null {
  if (!/^[0-9a-f]{64}$/i.test(hex)) return null
  const bytes = new Uint8Array(32)
  for (let i = 0; i < 32; i++) bytes[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16)
  return bytes
}

/**
 * Signs a webhook body: returns the value of the `x-lanyard-signature` header. The reference
 * backend (`lanyard/testing`) signs with it; use it to test your own webhook endpoint.
 *
 * @example
 * ```ts
 * const body = JSON.stringify(event)
 * const header = await signWebhook({ body, secret: process.env.WEBHOOK_SECRET })
 * await fetch(url, { method: 'POST', body, headers: { [webhookSignatureHeader]: header } })
 * ```
 *
 * @param input - `body`: the exact raw request body; `secret`: the shared secret;
 *   `timestamp`: unix seconds, default now
 */
export async function signWebhook(input: {
  body: string
  secret: string
  timestamp?: number
}): Promise<string> {
  const {
    body,
    secret,
    timestamp = Math.floor(Date.now() / 1000),
  }: Partial<typeof input> = typeof input === 'object' && input !== null ? input : {}
  if (typeof secret !== 'string' || secret === '')
    throw new TypeError('signWebhook needs `{ body, secret }` with a non-empty `secret`.')
  if (!Number.isSafeInteger(timestamp) || timestamp < 0)
    throw new TypeError('`timestamp` must be unix seconds.')
  const key = await hmacKey(secret, 'sign')
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(`${timestamp}.${body}`)))
  let hex = ''
  for (const byte of mac) hex += byte.toString(16).padStart(2, '0')
  return `t=${timestamp},v1=${hex}`
}

/**
 * Checks a webhook's `x-lanyard-signature` header against the raw body. Resolves `true` only when
 * a `v1` signature matches (compared in constant time by WebCrypto's `verify`) and its timestamp
 * is within `toleranceSeconds` of now, either way; resolves `false` for anything else, including a
 * missing or malformed header. It never throws for bad input, so a handler can simply answer 400/401.
 * Several `v1=` entries are accepted (one per secret while you rotate it).
 *
 * @example
 * ```ts
 * const ok = await verifyWebhookSignature({
 *   body: await request.text(),
 *   header: request.headers.get('x-lanyard-signature') ?? '',
 *   secret: env.WEBHOOK_SECRET,
 * })
 * if (!ok) return new Response('bad signature', { status: 401 })
 * ```
 *
 * @param input - `body`: the raw body exactly as received (not re-serialised JSON); `header`: the
 *   header value; `secret`: the shared secret; `toleranceSeconds`: default 300; `now`: clock in ms
 */
export async function verifyWebhookSignature(input: {
  body: string
  header: string
  secret: string
  toleranceSeconds?: number
  now?: () => number
}): Promise<boolean> {
  // Anything a request can carry, `undefined` and `null` too, is an answer (false), never a TypeError.
  const {
    body,
    header,
    secret,
    toleranceSeconds = 300,
  }: Partial<typeof input> = typeof input === 'object' && input !== null ? input : {}
  if (typeof body !== 'string' || typeof header !== 'string' || typeof secret !== 'string' || secret === '') {
    return false
  }
  let timestamp: number | undefined
  const signatures: Uint8Array[] = []
  for (const part of header.split(',')) {
    const [name, value = ''] = part.trim().split('=', 2) as [string, string?]
    if (name === 't' && /^\d{1,15}$/.test(value) && timestamp === undefined) timestamp = Number(value)
    else if (name === 'v1') {
      const bytes = fromHex(value)
      if (bytes) signatures.push(bytes)
    }
  }
  if (timestamp === undefined || signatures.length === 0) return false
  const nowSeconds = (input.now ?? Date.now)() / 1000
  if (!(Math.abs(nowSeconds - timestamp) <= toleranceSeconds)) return false
  const key = await hmacKey(secret, 'verify')
  const signed = encoder.encode(`${timestamp}.${body}`)
  let valid = false
  // Check every candidate (no early exit), so the timing does not tell which one matched.
  for (const signature of signatures) {
    if (await crypto.subtle.verify('HMAC', key, signature as Uint8Array<ArrayBuffer>, signed)) valid = true
  }
  return valid
}
