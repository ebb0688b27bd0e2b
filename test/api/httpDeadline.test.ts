import { type ApiContext, createHttpApi, isSessionError } from 'lanyard'
import { afterEach, describe, expect, test, vi } from 'vitest'

/**
 * The request's own deadline (`timeoutMs`) holds whatever `fetch` does with its signal. Node's fetch
 * was seen, under load through the fault proxy (test/session/faults/faultProxy.test.ts), to keep delivering
 * a body trickled one byte every 40 ms long after the abort; a custom `fetch` may ignore the signal.
 */

afterEach(() => {
  vi.useRealTimers()
})

const ctx = (signal = new AbortController().signal): ApiContext => ({ signal, token: null })

/** A body that sends one byte per `every` ms and never ends; only its reader's `cancel()` stops it. */
function tricklingBody(every: number): ReadableStream<Uint8Array> {
  let id: ReturnType<typeof setInterval>
  return new ReadableStream({
    start(controller) {
      id = setInterval(() => controller.enqueue(new Uint8Array([0x20])), every)
    },
    cancel: () => clearInterval(id),
  })
}

/** What a promise did by now: settled with what, or still pending. */
function watch(promise: Promise<unknown>) {
  const state: { settled: boolean; error?: unknown } = { settled: false }
  promise.then(
    () => {
      state.settled = true
    },
    (error: unknown) => {
      state.settled = true
      state.error = error
    },
  )
  return state
}

describe('timeoutMs bounds the request whatever fetch does with its signal', () => {
  test('a fetch that never answers and ignores the signal: timeout after timeoutMs', async () => {
    vi.useFakeTimers()
    const api = createHttpApi({
      baseUrl: 'https://auth.example.com',
      environmentId: 'env',
      timeoutMs: 600,
      fetch: () => new Promise<Response>(() => {}),
    })
    const call = watch(api.getSettings(ctx()))
    await vi.advanceTimersByTimeAsync(599)
    expect(call.settled).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(call.settled).toBe(true)
    expect(isSessionError(call.error) && call.error.code).toBe('timeout')
  })

  test('a body trickled one byte every 40 ms that the abort does not stop: timeout after timeoutMs', async () => {
    vi.useFakeTimers()
    const api = createHttpApi({
      baseUrl: 'https://auth.example.com',
      environmentId: 'env',
      timeoutMs: 600,
      fetch: async () =>
        new Response(tricklingBody(40), { status: 200, headers: { 'Content-Type': 'application/json' } }),
    })
    const call = watch(api.sendEmailCode({ email: 'ada@example.com' }, ctx()))
    await vi.advanceTimersByTimeAsync(600)
    expect(call.settled).toBe(true)
    expect(isSessionError(call.error) && call.error.code).toBe('timeout')
  })

  test('the caller leaving ends the wait at once, with cancelled', async () => {
    vi.useFakeTimers()
    const api = createHttpApi({
      baseUrl: 'https://auth.example.com',
      environmentId: 'env',
      timeoutMs: 600,
      fetch: () => new Promise<Response>(() => {}),
    })
    const leave = new AbortController()
    const call = watch(api.refresh(ctx(leave.signal)))
    await vi.advanceTimersByTimeAsync(10)
    leave.abort()
    await vi.advanceTimersByTimeAsync(0)
    expect(isSessionError(call.error) && call.error.code).toBe('cancelled')
  })
})
