import {
  type ApiContext,
  createHttpApi,
  createSession,
  memoryStorage,
  type Session,
  SessionError,
} from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
import { afterEach, describe, expect, test, vi } from 'vitest'

const cleanups: Array<() => unknown> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  vi.restoreAllMocks()
})

const ctx = (): ApiContext => ({ signal: new AbortController().signal, token: null })

const rejection = async (promise: Promise<unknown>): Promise<SessionError> => {
  const error = await promise.then(
    () => new Error('expected a rejection'),
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(SessionError)
  return error as SessionError
}

async function serve() {
  const server = createTestAuthServer()
  const http = await server.listen(0)
  cleanups.push(() => http.close())
  return { server, url: http.url }
}

/** A fetch that always answers this one response (for the shapes the reference backend never sends). */
const answering =
  (status: number, body: unknown, headers: Record<string, string> = {}): typeof fetch =>
  async () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json', ...headers },
    })

describe('a 429 whose wait is only in the error body keeps retryAfter', () => {
  test.each([
    ['Dynamic’s { error, code, retryAfter }', { error: 'Slow down.', code: 'rate_limited', retryAfter: 42 }],
    [
      '{ error: { code, message, retryAfter } }',
      { error: { code: 'rate_limited', message: 'Slow down.', retryAfter: 42 } },
    ],
  ])('%s', async (_name, body) => {
    const api = createHttpApi({
      baseUrl: 'https://auth.example.com',
      environmentId: 'env',
      fetch: answering(429, body),
    })
    const error = await rejection(api.resendEmailCode({ verificationId: 'v' }, ctx()))
    expect(error).toMatchObject({ code: 'rate_limited', status: 429, retryAfter: 42 })
  })

  test('through a session against the reference backend, behind a gateway that drops Retry-After', async () => {
    const { server, url } = await serve()
    // The gateway keeps the wait, but moves it into the body: what some proxies and CDNs do.
    const gateway: typeof fetch = async (input, init) => {
      const response = await fetch(input, init)
      if (response.status !== 429) return response
      const header = response.headers.get('retry-after')
      const body = (await response.json()) as Record<string, unknown>
      return new Response(JSON.stringify({ ...body, retryAfter: Number(header) }), {
        status: 429,
        headers: { 'Content-Type': 'application/json', Date: response.headers.get('date') ?? '' },
      })
    }
    const api = createHttpApi({ baseUrl: url, environmentId: server.environmentId, fetch: gateway })
    const session: Session = createSession({
      api,
      storage: memoryStorage(),
      crossTab: false,
      revalidateOnFocus: false,
    })
    cleanups.push(() => session.stop())
    await session.email.sendCode('ada@example.com')
    await session.email.resendCode()
    const error = await rejection(session.email.resendCode()) // at most once per 30 s
    expect(error.code).toBe('rate_limited')
    expect(error.retryAfter).toBeGreaterThanOrEqual(29)
    expect(error.retryAfter).toBeLessThanOrEqual(30)
    expect(session.getSnapshot().error).toBe(error)
    expect(session.getSnapshot().step).toBe('emailOtp.awaitingCode')
  })

  test('the header still wins over the body, and a body wait that is not a number is dropped', async () => {
    const both = createHttpApi({
      baseUrl: 'https://auth.example.com',
      environmentId: 'env',
      fetch: answering(429, { error: 'x', code: 'rate_limited', retryAfter: 42 }, { 'Retry-After': '7' }),
    })
    expect((await rejection(both.getNonce(ctx()))).retryAfter).toBe(7)
    const junk = createHttpApi({
      baseUrl: 'https://auth.example.com',
      environmentId: 'env',
      fetch: answering(429, { error: 'x', code: 'rate_limited', retryAfter: 'soon' }),
    })
    const error = await rejection(junk.getNonce(ctx()))
    expect(error.code).toBe('rate_limited')
    expect(error.retryAfter).toBeUndefined()
  })
})

describe('a timeoutMs beyond what setTimeout takes does not time out every request at once', () => {
  // setTimeout fires a delay above 2^31-1 ms (or Infinity) after 1 ms: every request would then be
  // aborted as a time-out before the server could answer. Real timers: that is what is guarded.
  test.each([
    ['2^31 ms', 2 ** 31],
    ['30 days', 30 * 24 * 3600_000],
    ['Infinity', Number.POSITIVE_INFINITY],
  ])('timeoutMs %s: a server answering in a few ms is heard', async (_name, timeoutMs) => {
    const { server, url } = await serve()
    const warnings: Error[] = []
    const onWarning = (warning: Error) => warnings.push(warning)
    process.on('warning', onWarning)
    cleanups.push(() => process.off('warning', onWarning))
    const delays: unknown[] = []
    const realSetTimeout = globalThis.setTimeout
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((cb: () => void, ms?: number) => {
      delays.push(ms)
      return realSetTimeout(cb, ms)
    }) as typeof setTimeout)
    // The server takes 10 ms: an overflowing timer (1 ms) fires first and aborts the request.
    const slow: typeof fetch = async (input, init) => {
      await new Promise((resolve) => realSetTimeout(resolve, 10))
      return fetch(input, init)
    }
    const api = createHttpApi({ baseUrl: url, environmentId: server.environmentId, timeoutMs, fetch: slow })
    const { nonce } = await api.getNonce(ctx())
    expect(nonce).toMatch(/^[A-Za-z0-9]{8,}$/)
    expect(delays.length).toBeGreaterThan(0)
    for (const delay of delays) expect(delay).toBeLessThanOrEqual(2 ** 31 - 1)
    await new Promise((resolve) => process.nextTick(resolve))
    expect(warnings.filter((warning) => warning.name === 'TimeoutOverflowWarning')).toEqual([])
  })

  test('a small timeoutMs still times out (the guard caps, it does not switch time-outs off)', async () => {
    const never: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
      })
    const api = createHttpApi({
      baseUrl: 'https://auth.example.com',
      environmentId: 'env',
      timeoutMs: 20,
      fetch: never,
    })
    expect((await rejection(api.getNonce(ctx()))).code).toBe('timeout')
  })
})

describe('a 404 with nothing said points at baseUrl and environmentId', () => {
  test('an empty 404 (a dev server that took no such path) names the two settings, not the values sent', async () => {
    const api = createHttpApi({
      baseUrl: 'http://localhost:5173/auth',
      environmentId: 'my-env',
      fetch: async () => new Response('', { status: 404 }),
    })
    const error = await rejection(api.sendEmailCode({ email: 'ada@example.com' }, ctx()))
    expect(error).toMatchObject({ code: 'invalid_input', status: 404 })
    expect(error.message).toMatch(/no such route.*baseUrl and environmentId/)
    expect(error.message).not.toMatch(/values sent/)
  })

  test('a 400 with nothing said still asks to check the values sent', async () => {
    const api = createHttpApi({
      baseUrl: 'https://auth.example.com',
      environmentId: 'env',
      fetch: answering(400, {}),
    })
    const error = await rejection(api.sendEmailCode({ email: 'ada@example.com' }, ctx()))
    expect(error.message).toMatch(/Check the values sent/)
  })
})
