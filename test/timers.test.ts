import { afterEach, describe, expect, it, vi } from 'vitest'
import { armAt, clearTimer, MAX_DELAY, setTimer } from '../src/timers'

const DAY = 24 * 60 * 60 * 1000

afterEach(() => {
  // Spies first: a spy made on a fake setTimeout would otherwise put the fake back.
  vi.restoreAllMocks()
  vi.useRealTimers()
})

describe('setTimer / clearTimer', () => {
  it('use the timer globals installed after import (fake timers apply)', () => {
    vi.useFakeTimers()
    const cb = vi.fn()
    setTimer(cb, 1000)
    vi.advanceTimersByTime(999)
    expect(cb).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(cb).toHaveBeenCalledTimes(1)

    const cancelled = vi.fn()
    clearTimer(setTimer(cancelled, 10))
    clearTimer(undefined)
    vi.advanceTimersByTime(100)
    expect(cancelled).not.toHaveBeenCalled()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('MAX_DELAY is the largest 32-bit signed delay', () => {
    expect(MAX_DELAY).toBe(2_147_483_647)
  })
})

describe('armAt', () => {
  it('waits 30 days in steps no longer than MAX_DELAY and fires exactly at the deadline', () => {
    vi.useFakeTimers()
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout')
    const cb = vi.fn()
    const deadline = Date.now() + 30 * DAY
    armAt(deadline, Date.now, cb)

    vi.advanceTimersByTime(24.9 * DAY)
    expect(cb).not.toHaveBeenCalled()
    vi.advanceTimersByTime(deadline - Date.now() - 1)
    expect(cb).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(cb).toHaveBeenCalledTimes(1)
    expect(Date.now()).toBe(deadline)

    const delays = setTimeoutSpy.mock.calls.map((call) => call[1] as number)
    expect(delays.length).toBeGreaterThanOrEqual(2)
    for (const delay of delays) expect(delay).toBeLessThanOrEqual(MAX_DELAY)
    vi.advanceTimersByTime(60 * DAY)
    expect(cb).toHaveBeenCalledTimes(1)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('caps every step, not only the first: 100 days (several steps) fire exactly at the deadline', () => {
    vi.useFakeTimers({ now: 0 })
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout')
    const cb = vi.fn()
    armAt(100 * DAY, Date.now, cb)
    const delays = () => setTimeoutSpy.mock.calls.map((call) => call[1] as number)
    // Each re-armed step is checked before the clock goes further: an uncapped later step fires after
    // 1 ms (fake timers do what Node does), over and over, and a long advance would hang, not fail.
    vi.advanceTimersByTime(MAX_DELAY)
    expect(delays()).toEqual([MAX_DELAY, MAX_DELAY])
    vi.advanceTimersByTime(MAX_DELAY)
    expect(delays()).toEqual([MAX_DELAY, MAX_DELAY, MAX_DELAY])
    vi.advanceTimersByTime(100 * DAY - 1 - Date.now())
    expect(cb).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(cb).toHaveBeenCalledTimes(1)
    expect(delays().length).toBeGreaterThanOrEqual(5)
    for (const delay of delays()) expect(delay).toBeLessThanOrEqual(MAX_DELAY)
  })

  it('re-reads the clock after each step, so a clock running behind the timers does not fire early', () => {
    vi.useFakeTimers()
    let clock = 0
    const cb = vi.fn()
    armAt(1000, () => clock, cb)
    clock = 400 // the timer fires at 1000 ms of timer time, but the clock says only 400 passed
    vi.advanceTimersByTime(1000)
    expect(cb).not.toHaveBeenCalled()
    clock = 1000
    vi.advanceTimersByTime(600)
    expect(cb).toHaveBeenCalledTimes(1)
  })

  it('fires a deadline already passed on the next tick, never synchronously', () => {
    vi.useFakeTimers()
    const cb = vi.fn()
    armAt(Date.now() - 5000, Date.now, cb)
    expect(cb).not.toHaveBeenCalled()
    vi.advanceTimersByTime(0)
    expect(cb).toHaveBeenCalledTimes(1)
  })

  it('fails closed on a NaN deadline instead of spinning', () => {
    vi.useFakeTimers()
    const cb = vi.fn()
    armAt(Number.NaN, Date.now, cb)
    vi.advanceTimersByTime(0)
    expect(cb).toHaveBeenCalledTimes(1)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('cancel stops a pending call, at any step, and is idempotent', () => {
    vi.useFakeTimers()
    const cb = vi.fn()
    const cancel = armAt(Date.now() + 30 * DAY, Date.now, cb)
    vi.advanceTimersByTime(25 * DAY) // past the first step
    expect(vi.getTimerCount()).toBe(1)
    cancel()
    cancel()
    expect(vi.getTimerCount()).toBe(0)
    vi.advanceTimersByTime(10 * DAY)
    expect(cb).not.toHaveBeenCalled()
  })

  it('cancel after the call does nothing', () => {
    vi.useFakeTimers()
    const cb = vi.fn()
    const cancel = armAt(Date.now() + 10, Date.now, cb)
    vi.advanceTimersByTime(10)
    cancel()
    expect(cb).toHaveBeenCalledTimes(1)
  })

  it('with real timers, a 30-day deadline neither fires nor makes Node print a TimeoutOverflowWarning', async () => {
    const warnings: Error[] = []
    const onWarning = (warning: Error) => warnings.push(warning)
    process.on('warning', onWarning)
    try {
      const cb = vi.fn()
      const cancel = armAt(Date.now() + 30 * DAY, Date.now, cb)
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(cb).not.toHaveBeenCalled()
      expect(warnings.filter((warning) => warning.name === 'TimeoutOverflowWarning')).toEqual([])
      cancel()
    } finally {
      process.off('warning', onWarning)
    }
  })
})
