import { SessionError } from '../errors'
import type { StorageAdapter } from './types'

/**
 * Options of {@link cookieStorage}. Every field is optional.
 *
 * @example
 * ```ts
 * cookieStorage({ name: 'app_session', sameSite: 'Strict', domain: 'example.com' })
 * ```
 */
export interface CookieStorageOptions {
  /**
   * The cookie name. Default: the storage key with every character other than letters, digits, `_` and
   * `-` replaced by `_` (`lanyard.session` → `lanyard_session`). A string names the cookie of every key,
   * so give one only if the adapter holds a single key; a function maps each key to its name.
   */
  name?: string | ((key: string) => string)
  /** Adds `Secure`. Default: `true` on `https:` pages (read at each write); always on with `SameSite=None`. */
  secure?: boolean
  /** Default `'Lax'`. `'None'` implies `Secure`, as browsers require. */
  sameSite?: 'Strict' | 'Lax' | 'None'
  /** `Domain` attribute, to share the cookie with subdomains. Default: none (this host only). */
  domain?: string
  /** Default `'/'`. */
  path?: string
}

/** Browsers keep at most 4096 bytes of name and value per cookie, and silently drop larger ones. */
const MAX_COOKIE_BYTES = 4096
const cookieName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/

const unavailable = (why: string, cause?: unknown) =>
  new SessionError(
    'storage_unavailable',
    process.env.NODE_ENV !== 'production'
      ? `The session cookie cannot be used (${why}): the session stays in memory until reload. Pass another \`storage\`.`
      : '',
    { cause },
  )

const check = (ok: boolean, what: string) => {
  if (!ok)
    throw new SessionError(
      'invalid_input',
      process.env.NODE_ENV !== 'production' ? `cookieStorage: bad ${what}. Fix the options.` : '',
    )
}

const decode = (value: string) => {
  try {
    return decodeURIComponent(value)
  } catch {
    // Not written by us: hand it on as is, so that the record check rejects and removes it.
    return value
  }
}

/** The options with their defaults: what every read and write of the cookie uses. */
interface CookieParts {
  name: CookieStorageOptions['name']
  secure: boolean | undefined
  sameSite: 'Strict' | 'Lax' | 'None'
  domain: string
  path: string
}

function nameOf({ name }: CookieParts, key: string): string {
  const chosen = typeof name === 'function' ? name(key) : (name ?? (key.replace(/[^\w-]/g, '_') || '_'))
  check(cookieName.test(chosen), `name "${chosen}"`)
  return chosen
}

function doc(): Document {
  const found = (globalThis as { document?: Document }).document
  if (!found) throw unavailable('no document: not a browser page')
  return found
}

/** Reads the cookie string, or writes one cookie. */
function jar(cookie?: string): string {
  const target = doc()
  try {
    if (cookie === undefined) return target.cookie
    target.cookie = cookie
    return cookie
  } catch (cause) {
    throw unavailable('blocked by the browser', cause)
  }
}

function find(parts: CookieParts, key: string): string | null {
  const all = jar()
  const wanted = `${nameOf(parts, key)}=`
  // Several cookies may share a name (other paths or domains); the most specific comes first.
  const pair = all
    .split(';')
    .map((part) => part.trimStart())
    .find((part) => part.startsWith(wanted))
  return pair === undefined ? null : decode(pair.slice(wanted.length))
}

// A past Expires next to Max-Age=0: some cookie jars (happy-dom, old parsers) keep a cookie with Max-Age=0.
function attributes({ secure, sameSite, domain, path }: CookieParts, maxAge?: number): string {
  return `; Path=${path}${domain && `; Domain=${domain}`}${maxAge === undefined ? '' : `; Max-Age=${maxAge}`}${
    maxAge === 0 ? '; Expires=Thu, 01 Jan 1970 00:00:00 GMT' : ''
  }; SameSite=${sameSite}${
    (secure ??
    (sameSite === 'None' || (globalThis as { location?: Location }).location?.protocol === 'https:'))
      ? '; Secure'
      : ''
  }`
}

/** Writes the cookie (`Max-Age` from `expiresAt`), then checks that the browser kept it. */
function write(parts: CookieParts, key: string, value: string, expiresAt: number | undefined): void {
  const maxAge = Number.isFinite(expiresAt)
    ? Math.max(0, Math.floor(((expiresAt as number) - Date.now()) / 1000))
    : undefined
  const pair = `${nameOf(parts, key)}=${encodeURIComponent(value)}`
  if (pair.length > MAX_COOKIE_BYTES) {
    throw unavailable(
      process.env.NODE_ENV !== 'production'
        ? `the record needs ${pair.length} bytes, a cookie holds ${MAX_COOKIE_BYTES}`
        : '',
    )
  }
  jar(pair + attributes(parts, maxAge))
  // Browsers ignore refused cookies without an error: check that this one was kept.
  if (maxAge !== 0 && find(parts, key) !== value) {
    throw unavailable(
      process.env.NODE_ENV !== 'production'
        ? 'the browser refused it: cookies disabled, or an httpOnly cookie of that name'
        : '',
    )
  }
}

/**
 * Keeps the session in a JS-readable cookie (`document.cookie`), so that the server sees it on page
 * requests too. The value is `encodeURIComponent`-ed; `Max-Age` follows the token's expiry (the
 * `expiresAt` passed to `setItem`), otherwise it is a session cookie. Synchronous. Not for
 * `tokenStorage: 'cookie'`, where the server keeps the token in its own httpOnly cookie.
 *
 * Browsers keep at most about 4 KB per cookie. A record that does not fit (a JWT with many credentials)
 * makes `setItem` throw `'storage_unavailable'` rather than lose the session silently, and the session
 * falls back to memory. Without `document` (Node, workers), or when the browser refuses the cookie
 * (cookies disabled, an httpOnly cookie of the same name), methods throw `'storage_unavailable'` too.
 *
 * @example
 * ```ts
 * const session = createSession({
 *   api,
 *   storage: cookieStorage({ sameSite: 'Strict', domain: 'example.com' }),
 * })
 * ```
 *
 * @param options - name, `Secure`, `SameSite`, `Domain` and `Path` of the cookie
 */
/* @__NO_SIDE_EFFECTS__ */
export function cookieStorage(options: CookieStorageOptions = {}): StorageAdapter {
  const { name, secure, sameSite = 'Lax', domain = '', path = '/' } = options
  check(['Strict', 'Lax', 'None'].includes(sameSite) && (sameSite !== 'None' || secure !== false), 'sameSite')
  check(typeof name !== 'string' || cookieName.test(name), `name "${name}"`)
  check(
    !/[;,\s]/.test(domain + path),
    process.env.NODE_ENV !== 'production' ? 'domain or path (no ";", "," or spaces)' : '',
  )
  const parts: CookieParts = { name, secure, sameSite, domain, path }
  return {
    getItem: (key) => find(parts, key),
    setItem: (key, value, setOptions) => write(parts, key, value, setOptions?.expiresAt),
    removeItem: (key) => {
      jar(`${nameOf(parts, key)}=${attributes(parts, 0)}`)
    },
  }
}
