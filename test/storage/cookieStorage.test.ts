// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SessionError } from '../../src/errors'
import { cookieStorage } from '../../src/storage/cookieStorage'

/**
 * Intercepts `document.cookie`: records every write and keeps a tiny jar (name → value; `Max-Age=0`
 * deletes), so that reads see what was written, as in a browser.
 */
const interceptCookies = (options: { refuse?: boolean; initial?: string } = {}) => {
  const writes: string[] = []
  const jar = new Map<string, string>()
  for (const pair of options.initial?.split('; ') ?? []) {
    const at = pair.indexOf('=')
    jar.set(pair.slice(0, at), pair.slice(at + 1))
  }
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
    set: (cookie: string) => {
      writes.push(cookie)
      if (options.refuse) return
      const [pair = '', ...attributes] = cookie.split('; ')
      const at = pair.indexOf('=')
      const name = pair.slice(0, at)
      if (attributes.includes('Max-Age=0')) jar.delete(name)
      else jar.set(name, pair.slice(at + 1))
    },
  })
  return { writes, jar }
}

/** The attributes of a recorded write, as a map (flags map to true). */
const attributesOf = (cookie: string) =>
  Object.fromEntries(
    cookie
      .split('; ')
      .slice(1)
      .map((attribute) => {
        const at = attribute.indexOf('=')
        return at === -1 ? [attribute, true] : [attribute.slice(0, at), attribute.slice(at + 1)]
      }),
  )

const catchError = (run: () => unknown): SessionError => {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(SessionError)
    return error as SessionError
  }
  throw new Error('expected a throw')
}

beforeEach(() => {
  vi.stubGlobal('location', { protocol: 'http:' })
})

afterEach(() => {
  vi.unstubAllGlobals()
  Reflect.deleteProperty(document, 'cookie')
  vi.useRealTimers()
})

describe('cookieStorage', () => {
  it('round-trips an encoded value under the sanitised key as cookie name', () => {
    const { writes, jar } = interceptCookies({ initial: 'other=1; lanyard_sessionx=nope' })
    const storage = cookieStorage()
    const record = '{"v":1,"token":"a.b.c","user":{"email":"a@b.c; x=y"}}'
    expect(storage.getItem('lanyard.session')).toBeNull()
    storage.setItem('lanyard.session', record)
    expect(writes[0]!.split('; ')[0]).toBe(`lanyard_session=${encodeURIComponent(record)}`)
    expect(jar.get('lanyard_session')).toBe(encodeURIComponent(record))
    expect(storage.getItem('lanyard.session')).toBe(record)
    expect(jar.get('other')).toBe('1')

    storage.removeItem('lanyard.session')
    expect(storage.getItem('lanyard.session')).toBeNull()
    expect(jar.has('lanyard_session')).toBe(false)
  })

  it('writes Path=/ and SameSite=Lax by default, with no Domain, Max-Age or Secure on http', () => {
    const { writes } = interceptCookies()
    cookieStorage().setItem('lanyard.session', 'v')
    expect(attributesOf(writes[0]!)).toEqual({ Path: '/', SameSite: 'Lax' })
  })

  it('sets Max-Age to the seconds left until expiresAt, never below 0', () => {
    vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z') })
    const { writes } = interceptCookies()
    const storage = cookieStorage()
    storage.setItem('k', 'v', { expiresAt: Date.now() + 30 * 24 * 3600_000 })
    storage.setItem('k', 'v', { expiresAt: Date.now() + 3600_500 })
    storage.setItem('k', 'v', { expiresAt: Date.now() - 5000 })
    storage.setItem('k', 'v', {})
    expect(writes.map((cookie) => attributesOf(cookie)['Max-Age'])).toEqual([
      String(30 * 24 * 3600),
      '3600',
      '0',
      undefined,
    ])
  })

  it('is Secure by default on https, read at write time', () => {
    const { writes } = interceptCookies()
    const storage = cookieStorage()
    storage.setItem('k', 'v')
    vi.stubGlobal('location', { protocol: 'https:' })
    storage.setItem('k', 'v')
    storage.removeItem('k')
    expect(writes.map((cookie) => attributesOf(cookie).Secure)).toEqual([undefined, true, true])
  })

  it('honours secure, sameSite, domain and path, in writes and removals alike', () => {
    vi.stubGlobal('location', { protocol: 'https:' })
    const { writes } = interceptCookies()
    const storage = cookieStorage({ secure: false, sameSite: 'Strict', domain: 'example.com', path: '/app' })
    storage.setItem('k', 'v', { expiresAt: Date.now() + 120_000 })
    storage.removeItem('k')
    const [set, removal] = writes.map(attributesOf)
    expect(set).toEqual({
      Path: '/app',
      Domain: 'example.com',
      'Max-Age': expect.any(String),
      SameSite: 'Strict',
    })
    expect(Number(set!['Max-Age'])).toBeGreaterThanOrEqual(119)
    expect(removal).toEqual({
      Path: '/app',
      Domain: 'example.com',
      'Max-Age': '0',
      Expires: 'Thu, 01 Jan 1970 00:00:00 GMT',
      SameSite: 'Strict',
    })
    expect(writes[1]!.startsWith('k=;')).toBe(true)
  })

  it('secure: true adds Secure on http; SameSite=None always adds it', () => {
    const { writes } = interceptCookies()
    cookieStorage({ secure: true }).setItem('k', 'v')
    cookieStorage({ sameSite: 'None' }).setItem('k', 'v')
    expect(writes.map(attributesOf)).toEqual([
      { Path: '/', SameSite: 'Lax', Secure: true },
      { Path: '/', SameSite: 'None', Secure: true },
    ])
  })

  it('rejects inconsistent options with invalid_input', () => {
    for (const options of [
      { sameSite: 'None', secure: false },
      { sameSite: 'lax' },
      { name: 'bad name;' },
      { domain: 'a.com; Path=/x' },
      { path: '/; Secure' },
    ] as const) {
      expect(catchError(() => cookieStorage(options as never)).code).toBe('invalid_input')
    }
  })

  it('takes a fixed name or a name function', () => {
    const { jar } = interceptCookies()
    cookieStorage({ name: '__Host-sess' }).setItem('lanyard.session', 'a')
    cookieStorage({ name: (key) => `app_${key.length}` }).setItem('lanyard.session', 'b')
    expect([...jar]).toEqual([
      ['__Host-sess', 'a'],
      ['app_15', 'b'],
    ])
    expect(catchError(() => cookieStorage({ name: () => 'a b' }).getItem('k')).code).toBe('invalid_input')
  })

  it('refuses a record above 4096 bytes with storage_unavailable and writes nothing', () => {
    const { writes } = interceptCookies()
    const storage = cookieStorage()
    const name = 'lanyard_session='
    const fits = 'x'.repeat(4096 - name.length)
    storage.setItem('lanyard.session', fits)
    expect(storage.getItem('lanyard.session')).toBe(fits)

    // 1366 "é" are 4098 encoded bytes: short as a string, too big as a cookie.
    const error = catchError(() => storage.setItem('lanyard.session', 'é'.repeat(1366)))
    expect(error.code).toBe('storage_unavailable')
    expect(error.message).toMatch(/4096/)
    expect(writes).toHaveLength(1)
    expect(storage.getItem('lanyard.session')).toBe(fits)
  })

  it('throws storage_unavailable when the browser silently refuses the cookie', () => {
    interceptCookies({ refuse: true })
    const error = catchError(() => cookieStorage().setItem('k', 'v'))
    expect(error.code).toBe('storage_unavailable')
    // An already expired write is a deletion: nothing to check.
    expect(() => cookieStorage().setItem('k', 'v', { expiresAt: 0 })).not.toThrow()
  })

  it('throws storage_unavailable when document.cookie throws a SecurityError', () => {
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get: () => {
        throw new DOMException('sandboxed', 'SecurityError')
      },
      set: () => {
        throw new DOMException('sandboxed', 'SecurityError')
      },
    })
    const storage = cookieStorage()
    for (const run of [
      () => storage.getItem('k'),
      () => storage.setItem('k', 'v'),
      () => storage.removeItem('k'),
    ]) {
      const error = catchError(run)
      expect(error.code).toBe('storage_unavailable')
      expect((error.cause as DOMException).name).toBe('SecurityError')
    }
  })

  it('throws storage_unavailable without a document (Node, workers)', () => {
    vi.stubGlobal('document', undefined)
    const storage = cookieStorage()
    expect(catchError(() => storage.getItem('k')).code).toBe('storage_unavailable')
    expect(catchError(() => storage.setItem('k', 'v')).code).toBe('storage_unavailable')
  })

  it('hands back a value it cannot decode as is, for the record check to reject', () => {
    interceptCookies({ initial: 'k=%E0%A4%A' })
    expect(cookieStorage().getItem('k')).toBe('%E0%A4%A')
  })

  it("works with happy-dom's real cookie jar", () => {
    const storage = cookieStorage({ name: 'real_jar' })
    storage.setItem('k', '{"a":"b c;d"}', { expiresAt: Date.now() + 60_000 })
    expect(document.cookie).toContain('real_jar=')
    expect(storage.getItem('k')).toBe('{"a":"b c;d"}')
    storage.removeItem('k')
    expect(storage.getItem('k')).toBeNull()
  })
})
