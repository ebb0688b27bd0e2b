import { describe, expect, it } from 'vitest'
import { memoryStorage } from '../../src/storage/memoryStorage'

describe('memoryStorage', () => {
  it('round-trips values synchronously', () => {
    const storage = memoryStorage()
    expect(storage.getItem('lanyard.session')).toBeNull()
    expect(storage.setItem('lanyard.session', '{"v":1}', { expiresAt: Date.now() + 1000 })).toBeUndefined()
    expect(storage.getItem('lanyard.session')).toBe('{"v":1}')
    storage.setItem('lanyard.session', '{"v":2}')
    expect(storage.getItem('lanyard.session')).toBe('{"v":2}')
    expect(storage.removeItem('lanyard.session')).toBeUndefined()
    expect(storage.getItem('lanyard.session')).toBeNull()
    storage.removeItem('never-set')
  })

  it('keeps keys and instances apart, and has no cross-context subscribe', () => {
    const a = memoryStorage()
    const b = memoryStorage()
    a.setItem('x', '1')
    a.setItem('y', '2')
    a.removeItem('y')
    expect(a.getItem('x')).toBe('1')
    expect(a.getItem('y')).toBeNull()
    expect(b.getItem('x')).toBeNull()
    expect(a.subscribe).toBeUndefined()
  })

  it('stores the empty string as a value, not as absence', () => {
    const storage = memoryStorage()
    storage.setItem('k', '')
    expect(storage.getItem('k')).toBe('')
  })
})
