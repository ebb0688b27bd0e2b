// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { onWake } from '../../src/sync/wake'

const setVisibility = (state: DocumentVisibilityState) =>
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state })

afterEach(() => {
  Reflect.deleteProperty(document, 'visibilityState')
  vi.restoreAllMocks()
})

describe('onWake', () => {
  it('calls back on focus, online and pageshow, with the reason', () => {
    const cb = vi.fn()
    const stop = onWake(cb)
    window.dispatchEvent(new Event('focus'))
    window.dispatchEvent(new Event('online'))
    window.dispatchEvent(new Event('pageshow'))
    expect(cb.mock.calls).toEqual([['focus'], ['online'], ['pageshow']])
    stop()
  })

  it('calls back on visibilitychange only when the page becomes visible', () => {
    const cb = vi.fn()
    const stop = onWake(cb)
    setVisibility('hidden')
    document.dispatchEvent(new Event('visibilitychange'))
    expect(cb).not.toHaveBeenCalled()
    setVisibility('visible')
    document.dispatchEvent(new Event('visibilitychange'))
    expect(cb.mock.calls).toEqual([['visibilitychange']])
    stop()
  })

  it('ignores unrelated events', () => {
    const cb = vi.fn()
    const stop = onWake(cb)
    window.dispatchEvent(new Event('blur'))
    window.dispatchEvent(new Event('offline'))
    window.dispatchEvent(new Event('pagehide'))
    expect(cb).not.toHaveBeenCalled()
    stop()
  })

  it('the returned function removes every listener it added', () => {
    const windowAdd = vi.spyOn(window, 'addEventListener')
    const windowRemove = vi.spyOn(window, 'removeEventListener')
    const documentAdd = vi.spyOn(document, 'addEventListener')
    const documentRemove = vi.spyOn(document, 'removeEventListener')
    const cb = vi.fn()
    const stop = onWake(cb)
    expect(windowAdd.mock.calls.map((call) => call[0]).sort()).toEqual(['focus', 'online', 'pageshow'])
    expect(documentAdd.mock.calls.map((call) => call[0])).toEqual(['visibilitychange'])

    stop()
    expect(windowRemove.mock.calls).toEqual(windowAdd.mock.calls)
    expect(documentRemove.mock.calls).toEqual(documentAdd.mock.calls)
    stop() // idempotent
    expect(windowRemove).toHaveBeenCalledTimes(3)

    setVisibility('visible')
    window.dispatchEvent(new Event('focus'))
    window.dispatchEvent(new Event('online'))
    window.dispatchEvent(new Event('pageshow'))
    document.dispatchEvent(new Event('visibilitychange'))
    expect(cb).not.toHaveBeenCalled()
  })

  it('two subscriptions are independent', () => {
    const first = vi.fn()
    const second = vi.fn()
    const stopFirst = onWake(first)
    const stopSecond = onWake(second)
    stopFirst()
    window.dispatchEvent(new Event('focus'))
    expect(first).not.toHaveBeenCalled()
    expect(second).toHaveBeenCalledTimes(1)
    stopSecond()
  })
})
