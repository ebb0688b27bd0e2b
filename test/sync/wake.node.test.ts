import { describe, expect, it, vi } from 'vitest'
import { onWake } from '../../src/sync/wake'

describe('onWake in Node', () => {
  it('listens to nothing and returns a no-op', () => {
    expect('addEventListener' in globalThis).toBe(false)
    const cb = vi.fn()
    const stop = onWake(cb)
    expect(stop).toBeTypeOf('function')
    expect(() => stop()).not.toThrow()
    expect(cb).not.toHaveBeenCalled()
  })
})
