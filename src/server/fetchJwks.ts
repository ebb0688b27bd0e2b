import { createLocalJWKSet, type FlattenedJWSInput, type JSONWebKeySet, type JWSHeaderParameters } from 'jose'
import { fail, sanitize } from './errors'

/** What a JWKS becomes once parsed: finds the public key for a token's header (`kid`, `alg`). */
export type KeyResolver = (header: JWSHeaderParameters, token: FlattenedJWSInput) => Promise<CryptoKey>

/** A JWKS response is refused above this many bytes; real ones are a few kilobytes. */
export const MAX_JWKS_BYTES = 1_000_000

const TOO_LARGE = `The JWKS response is larger than 1 MB; it was refused without reading the rest. Check \`jwksUrl\`.`

/**
 * Fetches and parses the JWKS once. Every failure is a `jwks_unavailable` TokenVerificationError.
 *
 * @param url - the JWKS endpoint
 * @param options - `fetch` (default `globalThis.fetch`) and the time-out of the whole request, body included
 */
export async function fetchJwks(
  url: URL,
  options: { fetch?: typeof fetch; timeoutMs: number },
): Promise<KeyResolver> {
  const fetchImpl = options.fetch ?? globalThis.fetch
  let response: Response
  try {
    response = await fetchImpl(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(options.timeoutMs),
    })
  } catch (cause) {
    throw fail(
      'jwks_unavailable',
      'The JWKS could not be fetched. Check `jwksUrl` and the network.',
      sanitize(cause, []),
    )
  }
  if (!response.ok) {
    void response.body?.cancel().catch(() => {})
    throw fail('jwks_unavailable', `The JWKS request answered HTTP ${response.status}. Check \`jwksUrl\`.`)
  }
  const text = await readCapped(response, MAX_JWKS_BYTES)
  try {
    return createLocalJWKSet(JSON.parse(text) as JSONWebKeySet)
  } catch (cause) {
    throw fail('jwks_unavailable', 'The JWKS response is not a JSON Web Key Set.', sanitize(cause, []))
  }
}

/** The body as text, refused (and the rest left unread) once it declares or reaches more than `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? 0)
  const reader = response.body?.getReader()
  if (declared > maxBytes) {
    void reader?.cancel().catch(() => {})
    throw fail('jwks_unavailable', TOO_LARGE)
  }
  const decoder = new TextDecoder()
  let text = ''
  let size = 0
  try {
    while (reader && size <= maxBytes) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size <= maxBytes) text += decoder.decode(value, { stream: true })
    }
  } catch (cause) {
    throw fail('jwks_unavailable', 'The JWKS response could not be read to the end.', sanitize(cause, []))
  }
  if (size > maxBytes) {
    void reader?.cancel().catch(() => {})
    throw fail('jwks_unavailable', TOO_LARGE)
  }
  return text + decoder.decode()
}
