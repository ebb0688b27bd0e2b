// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SessionError } from '../../src/errors'
import { localStorageAdapter, sessionStorageAdapter } from '../../src/storage/webStorage'

const TOKEN_LIKE = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ1MSJ9.c2lnbmF0dXJl'

/** A Storage whose every method throws a DOMException of the given name. */
const throwingStorage = (name: string, methods = ['getItem', 'setItem', 'removeItem']) => {
  const storage = new Map<string, string>()
  const fail = () => {
    throw new DOMException(`${name} from the test`, name)
  }
  return {
    getItem: methods.includes('getItem') ? fail : (key: string) => storage.get(key) ?? null,
    setItem: methods.includes('setItem')
      ? fail
      : (key: string, value: string) => void storage.set(key, value),
    removeItem: methods.includes('removeItem') ? fail : (key: string) => void storage.delete(key),
  } as unknown as Storage
}

const catchError = (run: () => unknown): SessionError => {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(SessionError)
    return error as SessionError
  }
  throw new Error('expected a throw')
}

const storageEvent = (init: StorageEventInit) => window.dispatchEvent(new StorageEvent('storage', init))

beforeEach(() => {
  localStorage.clear()
  sessionStorage.clear()
})

afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

describe.each([
  ['localStorageAdapter', localStorageAdapter, 'localStorage'],
  ['sessionStorageAdapter', sessionStorageAdapter, 'sessionStorage'],
] as const)('%s', (_, create, globalName) => {
  const area = (): Storage => globalThis[globalName]

  it('round-trips values synchronously through the real storage', () => {
    const storage = create()
    expect(storage.getItem('lanyard.session')).toBeNull()
    expect(storage.setItem('lanyard.session', '{"v":1}', { expiresAt: Date.now() + 60_000 })).toBeUndefined()
    expect(storage.getItem('lanyard.session')).toBe('{"v":1}')
    expect(area().getItem('lanyard.session')).toBe('{"v":1}')
    expect(storage.removeItem('lanyard.session')).toBeUndefined()
    expect(area().getItem('lanyard.session')).toBeNull()
    expect(storage.getItem('lanyard.session')).toBeNull()
  })

  it('reads the global storage lazily, at each call', () => {
    const storage = create()
    const replacement = throwingStorage('none', [])
    vi.stubGlobal(globalName, replacement)
    storage.setItem('k', 'v')
    expect(replacement.getItem('k')).toBe('v')
  })

  it('uses the storage it is given', () => {
    const given = throwingStorage('none', [])
    const storage = create(given)
    storage.setItem('k', 'v')
    expect(given.getItem('k')).toBe('v')
    expect(area().getItem('k')).toBeNull()
  })

  it('subscribe hears other tabs writing its key in its area only', () => {
    const storage = create()
    const onChange = vi.fn()
    const unsubscribe = storage.subscribe!('lanyard.session', onChange)
    const other = area() === localStorage ? sessionStorage : localStorage

    storageEvent({ key: 'lanyard.session', newValue: 'new', oldValue: null, storageArea: area() })
    storageEvent({ key: 'lanyard.other', newValue: 'x', storageArea: area() })
    storageEvent({ key: 'lanyard.session', newValue: 'wrong area', storageArea: other })
    storageEvent({ key: 'lanyard.session', newValue: 'no area' })
    storageEvent({ key: 'lanyard.session', newValue: null, oldValue: 'new', storageArea: area() })
    storageEvent({ key: null, storageArea: other })
    storageEvent({ key: null, storageArea: area() }) // clear()
    expect(onChange.mock.calls).toEqual([['new'], [null], [null]])
    unsubscribe()
  })

  it('unsubscribe removes the listener it added, once', () => {
    const add = vi.spyOn(window, 'addEventListener')
    const remove = vi.spyOn(window, 'removeEventListener')
    const onChange = vi.fn()
    const unsubscribe = create().subscribe!('lanyard.session', onChange)
    expect(add).toHaveBeenCalledTimes(1)
    expect(add.mock.calls[0]![0]).toBe('storage')

    unsubscribe()
    unsubscribe()
    expect(remove).toHaveBeenCalledTimes(1)
    expect(remove.mock.calls[0]).toEqual(add.mock.calls[0])
    storageEvent({ key: 'lanyard.session', newValue: 'late', storageArea: area() })
    expect(onChange).not.toHaveBeenCalled()
  })

  it.each(['getItem', 'setItem', 'removeItem'] as const)(
    '%s on a storage throwing SecurityError throws storage_unavailable with the cause',
    (method) => {
      const storage = create(throwingStorage('SecurityError'))
      const error = catchError(() => storage[method]('k', 'v'))
      expect(error.code).toBe('storage_unavailable')
      expect((error.cause as DOMException).name).toBe('SecurityError')
      expect(error.message).toContain('SecurityError')
    },
  )

  it('setItem over quota throws storage_unavailable without echoing the value', () => {
    const storage = create(throwingStorage('QuotaExceededError', ['setItem']))
    const error = catchError(() => storage.setItem('lanyard.session', TOKEN_LIKE))
    expect(error.code).toBe('storage_unavailable')
    expect((error.cause as DOMException).name).toBe('QuotaExceededError')
    expect(error.message).not.toContain(TOKEN_LIKE)
    expect(storage.getItem('lanyard.session')).toBeNull()
  })
})

describe('a storage getter that throws (sandboxed iframe, blocked site data)', () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage')
  afterEach(() => {
    if (original) Object.defineProperty(globalThis, 'localStorage', original)
  })

  it('does not throw at construction, then every method throws storage_unavailable', () => {
    let reads = 0
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        reads++
        throw new DOMException('The operation is insecure.', 'SecurityError')
      },
    })
    const storage = localStorageAdapter()
    expect(reads).toBe(0)
    for (const run of [
      () => storage.getItem('k'),
      () => storage.setItem('k', 'v'),
      () => storage.removeItem('k'),
      () => storage.subscribe!('k', () => {}),
    ]) {
      const error = catchError(run)
      expect(error.code).toBe('storage_unavailable')
      expect((error.cause as DOMException).name).toBe('SecurityError')
    }
  })

  it('a missing storage throws storage_unavailable too', () => {
    vi.stubGlobal('sessionStorage', undefined)
    const error = catchError(() => sessionStorageAdapter().getItem('k'))
    expect(error.code).toBe('storage_unavailable')
    expect(error.message).toContain('sessionStorage')
  })
})
