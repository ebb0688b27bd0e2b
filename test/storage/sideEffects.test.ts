// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'

const modules = [
  '../../src/storage/memoryStorage',
  '../../src/storage/webStorage',
  '../../src/storage/cookieStorage',
  '../../src/storage/defaultStorage',
  '../../src/sync/wake',
  '../../src/sync/channel',
  '../../src/timers',
  // the three public entries, whole
  '../../src/index',
  '../../src/server/index',
  '../../src/testing/index',
]

const originals = ['localStorage', 'sessionStorage'].map(
  (name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const,
)

afterEach(() => {
  for (const [name, descriptor] of originals)
    if (descriptor) Object.defineProperty(globalThis, name, descriptor)
  Reflect.deleteProperty(document, 'cookie')
  vi.restoreAllMocks()
})

describe('importing the storage, sync and timer modules', () => {
  it('touches no storage, cookie, listener, timer or channel', async () => {
    const touched: string[] = []
    for (const [name] of originals) {
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get: () => {
          touched.push(name)
          return undefined
        },
      })
    }
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get: () => {
        touched.push('cookie')
        return ''
      },
      set: () => touched.push('cookie'),
    })
    const spies = [
      vi.spyOn(globalThis, 'setTimeout'),
      vi.spyOn(globalThis, 'setInterval'),
      vi.spyOn(window, 'addEventListener'),
      vi.spyOn(document, 'addEventListener'),
    ]
    const broadcast = vi.spyOn(globalThis, 'BroadcastChannel')

    vi.resetModules()
    for (const path of modules) await import(/* @vite-ignore */ path)

    expect(touched).toEqual([])
    for (const spy of [...spies, broadcast]) expect(spy).not.toHaveBeenCalled()
  })
})
