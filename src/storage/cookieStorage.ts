import { SessionError } from '../errors'
import type { StorageAdapter } from './types'

/** Options of {@link cookieStorage}. */
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
const EPOCH = 'Thu, 01 Jan 1970 00:00:00 GMT'
const cookieName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/

const unavailable = (why: string, cause?: unknown) =>
  new SessionError(
    'storage_unavailable',
    `The session cookie cannot be used: ${why}. The session is kept in memory and will not survive a ` +
      'reload; pass another `storage` adapter (for example localStorageAdapter()).',
    { cause },
  )

const check = (ok: boolean, why: string) => {
  if (ok) return
  throw new SessionError('invalid_input', `cookieStorage: ${why}. Fix the options passed to cookieStorage().`)
}

const sanitize = (key: string) => key.replace(/[^0-9A-Za-z_-]/g, '_') || '_'

const decode = (value: string) => {
  try {
    return decodeURIComponent(value)
  } catch {
    // Not written by us: hand it on as is, so that the record check rejects and removes it.
    return value
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
 * const session = createSession({
 *   api,
 *   storage: cookieStorage({ sameSite: 'Strict', domain: 'example.com' }),
 * })
 *
 * @param options - name, `Secure`, `SameSite`, `Domain` and `Path` of the cookie
 */
/* @__NO_SIDE_EFFECTS__ */
export function cookieStorage(options: CookieStorageOptions = {}): StorageAdapter {
  const { name, secure, sameSite = 'Lax', domain, path = '/' } = options
  const unsafe = /[;,\s]/
  check(['Strict', 'Lax', 'None'].includes(sameSite), `sameSite must be 'Strict', 'Lax' or 'None'`)
  check(!(sameSite === 'None' && secure === false), `sameSite 'None' requires secure cookies`)
  check(typeof name !== 'string' || cookieName.test(name), `"${name}" is not a valid cookie name`)
  check(domain === undefined || !unsafe.test(domain), 'domain must not contain ";", "," or spaces')
  check(!unsafe.test(path), 'path must not contain ";", "," or spaces')

  const nameOf = (key: string) => {
    const chosen = typeof name === 'function' ? name(key) : (name ?? sanitize(key))
    check(cookieName.test(chosen), `"${chosen}" is not a valid cookie name`)
    return chosen
  }

  const doc = (): Document => {
    const found = (globalThis as { document?: Document }).document
    if (!found) throw unavailable('there is no document (not a browser page)')
    return found
  }
  const read = (): string => {
    try {
      return doc().cookie
    } catch (cause) {
      if (cause instanceof SessionError) throw cause
      throw unavailable('the browser blocks cookies here', cause)
    }
  }
  const write = (cookie: string) => {
    const target = doc()
    try {
      target.cookie = cookie
    } catch (cause) {
      throw unavailable('the browser blocks cookies here', cause)
    }
  }
  const find = (cookieString: string, key: string): string | null => {
    const wanted = `${nameOf(key)}=`
    // Several cookies may share a name (other paths or domains); the most specific comes first.
    for (const part of cookieString.split(';')) {
      const pair = part.trimStart()
      if (pair.startsWith(wanted)) return decode(pair.slice(wanted.length))
    }
    return null
  }
  const attributes = (maxAge: number | undefined) => {
    const useSecure =
      secure ??
      (sameSite === 'None' || (globalThis as { location?: Location }).location?.protocol === 'https:')
    let result = `; Path=${path}`
    if (domain !== undefined) result += `; Domain=${domain}`
    if (maxAge !== undefined) result += `; Max-Age=${maxAge}`
    // A past Expires as well: some cookie jars (happy-dom, old parsers) keep a cookie with Max-Age=0.
    if (maxAge === 0) result += `; Expires=${EPOCH}`
    result += `; SameSite=${sameSite}`
    if (useSecure) result += '; Secure'
    return result
  }

  return {
    getItem: (key) => find(read(), key),
    setItem(key, value, setOptions) {
      const expiresAt = setOptions?.expiresAt
      const maxAge =
        typeof expiresAt === 'number' && Number.isFinite(expiresAt)
          ? Math.max(0, Math.floor((expiresAt - Date.now()) / 1000))
          : undefined
      const pair = `${nameOf(key)}=${encodeURIComponent(value)}`
      if (pair.length > MAX_COOKIE_BYTES) {
        throw unavailable(
          `the record needs ${pair.length} bytes and a cookie holds at most ${MAX_COOKIE_BYTES}`,
        )
      }
      write(pair + attributes(maxAge))
      // Browsers ignore refused cookies without an error: check that this one was kept.
      if (maxAge !== 0 && find(read(), key) !== value) {
        throw unavailable(
          'the browser did not keep it (cookies disabled, or an httpOnly cookie of that name)',
        )
      }
    },
    removeItem(key) {
      write(`${nameOf(key)}=${attributes(0)}`)
    },
  }
}
