import { afterEach, describe, expect, it, vi } from 'vitest'
import { onWake } from '../../src/sync/wake'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('onWake in Node', () => {
  it('listens to nothing and returns a no-op, even beside a document shim', () => {
    expect('addEventListener' in globalThis).toBe(false)
    // Server renderers and test shims may put a `document` on globalThis with no window around it:
    // onWake keys on globalThis.addEventListener, so that document is not listened to either.
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' })
    vi.stubGlobal('document', doc)
    const added = vi.spyOn(EventTarget.prototype, 'addEventListener')
    const cb = vi.fn()
    const stop = onWake(cb)
    expect(added).not.toHaveBeenCalled()
    // Every event that wakes a browser page, where a wrongly attached listener would hear it.
    for (const type of ['visibilitychange', 'focus', 'online', 'pageshow']) doc.dispatchEvent(new Event(type))
    expect(cb).not.toHaveBeenCalled()
    expect(stop).toBeTypeOf('function')
    expect(() => stop()).not.toThrow()
    expect(() => stop()).not.toThrow()
  })
})
