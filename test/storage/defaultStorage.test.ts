// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defaultStorage } from '../../src/storage/defaultStorage'

const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage')

afterEach(() => {
  vi.unstubAllGlobals()
  if (original) Object.defineProperty(globalThis, 'localStorage', original)
  localStorage.clear()
})

/** Memory storage has no `subscribe`, and its writes reach no Storage. */
const expectMemory = (storage: ReturnType<typeof defaultStorage>) => {
  expect(storage.subscribe).toBeUndefined()
  storage.setItem('lanyard.session', 'kept')
  expect(storage.getItem('lanyard.session')).toBe('kept')
}

describe('defaultStorage', () => {
  it('uses localStorage when it can be written, leaving no probe behind', () => {
    const storage = defaultStorage()
    expect(storage.subscribe).toBeTypeOf('function')
    storage.setItem('lanyard.session', 'v')
    expect(localStorage.getItem('lanyard.session')).toBe('v')
    expect(localStorage.length).toBe(1)
  })

  it('falls back to memory when reading localStorage throws a SecurityError', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      },
    })
    expectMemory(defaultStorage())
  })

  it('falls back to memory when writing throws QuotaExceededError (old Safari private mode)', () => {
    const setItem = vi.fn(() => {
      throw new DOMException('quota', 'QuotaExceededError')
    })
    vi.stubGlobal('localStorage', { getItem: () => null, setItem, removeItem: () => {} })
    expectMemory(defaultStorage())
    expect(setItem).toHaveBeenCalledTimes(1)
  })

  it('falls back to memory where there is no localStorage (Node, workers)', () => {
    vi.stubGlobal('localStorage', undefined)
    expectMemory(defaultStorage())
  })
})
