import { describe, expect, test, vi } from 'vitest'
import { lazy } from '../src/lazy'

describe('lazy: a part loaded on first use', () => {
  test('loads once, however many calls', async () => {
    const load = vi.fn(async () => ({ part: 1 }))
    const part = lazy(load)
    expect(load).not.toHaveBeenCalled()
    const [a, b] = await Promise.all([part(), part()])
    expect(a).toBe(b)
    await part()
    expect(load).toHaveBeenCalledTimes(1)
  })

  test('a chunk that fails to load is a network SessionError, and the next call tries again', async () => {
    const cause = new TypeError('Failed to fetch dynamically imported module')
    const load = vi.fn().mockRejectedValueOnce(cause).mockResolvedValue({ part: 2 })
    const part = lazy(load)
    await expect(part()).rejects.toMatchObject({ name: 'SessionError', code: 'network', cause })
    await expect(part()).resolves.toEqual({ part: 2 })
    expect(load).toHaveBeenCalledTimes(2)
  })
})
