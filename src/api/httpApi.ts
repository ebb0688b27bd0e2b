import { cancelledError, networkError, SessionError } from '../errors'
import { lazy } from '../lazy'
import { clearTimer, MAX_DELAY, setTimer } from '../timers'
import { isObject, type Json } from './json'
import type { ApiContext, AuthApi } from './types'
import { type Answer, coreRoutes, malformed, methods, type Route, readAnswer, requestBody } from './wire'
import { codeOf } from './wireCodes'

/**
 * Options of {@link createHttpApi}.
 *
 * @example
 * ```ts
 * const api = createHttpApi({
 *   baseUrl: 'https://auth.example.com',
 *   environmentId: 'my-env',
 *   timeoutMs: 10_000,
 *   credentials: 'include', // cookie mode, auth server on another origin
 * })
 * ```
 */
export interface HttpApiOptions {
  /** Origin (and optional path prefix) of the auth server, e.g. `https://auth.example.com`. */
  baseUrl: string
  /** The environment id; every route lives under `/sdk/{environmentId}/`. */
  environmentId: string
  /** A `fetch` implementation; defaults to `globalThis.fetch`, looked up at call time. */
  fetch?: typeof fetch
  /** Milliseconds before a request fails with `timeout`. Default 15000. */
  timeoutMs?: number
  /**
   * Passed to `fetch`. Use `'include'` for cookie mode when the auth server is on another origin
   * (it must then answer CORS with your origin and `Access-Control-Allow-Credentials: true`).
   * Default `'same-origin'`.
   */
  credentials?: RequestCredentials
}

const ignore = () => {}

/**
 * The routes of the sign-in methods, MFA, wallets...: a chunk of its own, loaded by the first call of a
 * method that is not a core route (the settings, refresh and revoke every session uses).
 */
const routeTable = lazy(() => import('./routes').then((m) => m.routes))
const core: Partial<Record<string, Route>> = coreRoutes

/** The longest response body read, in characters; anything bigger is not an auth answer. */
const MAX_BODY = 1_048_576

// Anything that looks like a JWT (or a bearer header) must never reach an error message. Every
// JWT part starts with `eyJ` (base64url of `{"`), so the dots between them (written `.`, `%2E`,
// `&#46;` or with spaces around) do not matter.
const tokenLike = /eyJ|bearer\s/i

/** The longest wait taken from a server, in seconds (a day): a 25-digit `Retry-After` is not a plan. */
const MAX_RETRY_AFTER = 86_400

/** A failed answer as a SessionError: the code from {@link codeOf}, a message that holds no token, `retryAfter`. */
function errorFrom({ status, body, serverNow }: Answer, retryAfterHeader: string | null): SessionError {
  // Dynamic's `{ error: message, code }`, or `{ error: { code, message } }`.
  const detail = isObject(body) ? (isObject(body.error) ? body.error : body) : {}
  const code = codeOf(status, detail.code)
  const clientError = status >= 400 && status < 500
  const text = detail.message ?? detail.error
  const said = typeof text === 'string' ? text.trim() : ''
  const message =
    said && said.length <= 300 && !tokenLike.test(said)
      ? said
      : // The server said nothing usable: a rule, not a table of messages per code.
        process.env.NODE_ENV !== 'production'
        ? code === 'unauthorized' || code === 'invalid_token'
          ? 'The session ended on the server. Sign in again.'
          : status === 404 // a wrong baseUrl or environmentId, not a wrong value
            ? "The auth server has no such route (HTTP 404). Check createHttpApi's baseUrl and environmentId."
            : clientError
              ? `The auth server refused the request (HTTP ${status}, ${code}). Check the values sent.`
              : `The auth server failed (HTTP ${status}). Try again later.`
        : ''
  let retryAfter: number | undefined
  if (code === 'rate_limited') {
    // Delta-seconds or an HTTP date (read against the server's clock), else the body's number.
    const header = retryAfterHeader?.trim() ?? ''
    const at = Date.parse(header)
    const seconds = /^\d+$/.test(header)
      ? Number(header)
      : at >= 0
        ? Math.max(0, Math.ceil((at - (serverNow ?? Date.now())) / 1000))
        : (detail.retryAfter as number)
    retryAfter = seconds >= 0 ? Math.min(seconds, MAX_RETRY_AFTER) : undefined
  }
  return new SessionError(code, message, { status, retryAfter })
}

/**
 * A promise that rejects once `signal` aborts. The request's own deadline must not depend on `fetch`
 * honouring its signal: Node's fetch (undici) was seen delivering a trickled body long after the abort,
 * and a custom `fetch` may ignore the signal altogether.
 */
function abortion(signal: AbortSignal): { promise: Promise<never>; release(): void } {
  let release = ignore
  const promise = new Promise<never>((_, reject) => {
    const onAbort = () => reject(signal.reason)
    if (signal.aborted) return onAbort()
    signal.addEventListener('abort', onAbort, { once: true })
    release = () => signal.removeEventListener('abort', onAbort)
  })
  promise.catch(ignore)
  return { promise, release }
}

/** Reads the body as text, at most {@link MAX_BODY} characters; ends as soon as `signal` aborts. */
async function readBody(response: Response, signal: AbortSignal): Promise<string> {
  const tooLarge = () => malformed('answer too large', response.status)
  if (Number(response.headers.get('content-length')) > MAX_BODY) {
    await response.body?.cancel().catch(ignore)
    throw tooLarge()
  }
  if (!response.body) return response.text()
  const reader = response.body.getReader()
  const aborted = abortion(signal)
  const decoder = new TextDecoder()
  let text = ''
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted.promise])
      if (done) break
      text += decoder.decode(value, { stream: true })
      if (text.length > MAX_BODY) throw tooLarge()
    }
  } catch (error) {
    reader.cancel().catch(ignore)
    throw error
  } finally {
    aborted.release()
  }
  return text + decoder.decode()
}

/** The answer of a response: its JSON body, the server's clock; a SessionError for a failed one. */
async function answerOf(response: Response, signal: AbortSignal): Promise<Answer> {
  // A Date header counts whole seconds: the server's clock was anywhere in that second, so its last
  // millisecond is taken, and no token is believed to live longer than it does (a 3-second token
  // read at the second's start would outlive its `exp` by up to 1 s and refresh too late).
  const serverNow = Date.parse(response.headers.get('date') ?? '') + 999
  const text = await readBody(response, signal)
  let parsed: unknown
  let notJson = false
  try {
    parsed = JSON.parse(text)
  } catch {
    notJson = /\S/.test(text)
  }
  const answer: Answer = {
    status: response.status,
    body: parsed,
    serverNow: Number.isNaN(serverNow) ? undefined : serverNow,
  }
  if (!response.ok) throw errorFrom(answer, response.headers.get('retry-after'))
  if (notJson) throw malformed('not JSON', response.status)
  return answer
}

/** Where and how the requests of one {@link createHttpApi} go. */
interface Transport {
  root: string
  timeoutMs: number
  credentials: RequestCredentials
  fetch: typeof fetch | undefined
}

/**
 * `fetch` and read the answer, ended by `init.signal` whether or not the `fetch` honours it: a
 * response that arrives after the abort has its body cancelled, so its connection is not left reading.
 */
async function fetchAnswer(
  fetchImpl: typeof fetch,
  url: string,
  init: RequestInit & { signal: AbortSignal },
) {
  const aborted = abortion(init.signal)
  const pending = fetchImpl(url, init)
  try {
    return await answerOf(await Promise.race([pending, aborted.promise]), init.signal)
  } finally {
    aborted.release()
    if (init.signal.aborted) pending.then((late) => late.body?.cancel().catch(ignore), ignore)
  }
}

/** What one call sends: its route, its context (signal, token), path, body and Idempotency-Key. */
interface Outgoing {
  route: Route
  ctx: ApiContext
  path: string
  body?: Json
  key?: string
}

function headersOf({ ctx, body, key }: Outgoing): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (body) headers['Content-Type'] = 'application/json'
  if (ctx?.token) headers.Authorization = `Bearer ${ctx.token}`
  if (key) headers['Idempotency-Key'] = key
  return headers
}

/**
 * One request, abortable by the caller's signal (`outer`) and by the time-out; every failure a
 * SessionError. The deadline runs from the call: a request whose route is still loading (a promise)
 * waits for it within `timeoutMs`, like any other part of the request.
 */
async function request(
  transport: Transport,
  outer: AbortSignal | undefined,
  outgoing: Outgoing | Promise<Outgoing>,
): Promise<Answer> {
  const { timeoutMs } = transport
  const fetchImpl = transport.fetch ?? globalThis.fetch
  if (typeof fetchImpl !== 'function') {
    throw new SessionError(
      'network',
      process.env.NODE_ENV !== 'production'
        ? 'No fetch is available here. Pass `fetch` to createHttpApi.'
        : '',
    )
  }
  if (outer?.aborted) throw cancelledError(outer.reason)
  const controller = new AbortController()
  let timedOut = false
  const onAbort = () => controller.abort(outer?.reason)
  outer?.addEventListener('abort', onAbort, { once: true })
  const timer = setTimer(
    () => {
      timedOut = true
      controller.abort()
    },
    Math.min(timeoutMs, MAX_DELAY),
  )
  const loading = outgoing instanceof Promise ? abortion(controller.signal) : null
  try {
    const sent = loading ? await Promise.race([outgoing, loading.promise]) : (outgoing as Outgoing)
    return await fetchAnswer(fetchImpl, transport.root + sent.path, {
      method: sent.route.method,
      headers: headersOf(sent),
      body: sent.body && JSON.stringify(sent.body),
      credentials: transport.credentials,
      // A redirect would re-send the body (a one-time code, a signature) to wherever it points.
      redirect: 'error',
      signal: controller.signal,
    })
  } catch (cause) {
    // Whatever failed in flight: say why without echoing anything the server sent.
    throw cause instanceof SessionError
      ? cause
      : timedOut
        ? new SessionError(
            'timeout',
            process.env.NODE_ENV !== 'production'
              ? `The auth server did not answer within ${timeoutMs} ms. Try again.`
              : '',
          )
        : outer?.aborted
          ? cancelledError(outer.reason)
          : networkError(cause)
  } finally {
    loading?.release()
    clearTimer(timer)
    outer?.removeEventListener('abort', onAbort)
  }
}

/**
 * What a client remembers between calls: what each verification was created with (`{ email }`,
 * `{ phoneNumber }`: Dynamic's retry wants it again), and the Idempotency-Key of an embedded wallet
 * whose answer may have been lost (the retry sends it again).
 */
interface Memory {
  created: Record<string, Json | undefined>
  walletKey: string | undefined
}

/** The AuthApi method `name`: with a request body it is `(input, ctx)`, without one `(ctx)`. */
function method(transport: Transport, memory: Memory, name: (typeof methods)[number]) {
  const wallet = name === 'createEmbeddedWallet'
  return async (input: unknown, given?: ApiContext) => {
    let sent: Outgoing | undefined
    const prepare = (route: Route): Outgoing => {
      const path = route.path.replace(/\{(\w+)\}/g, (_, field) =>
        encodeURIComponent((input as Record<string, string>)[field] as string),
      )
      let body = requestBody(route, input)
      if (route.echo) body = { ...memory.created[(input as Json).verificationId as string], ...body }
      if (wallet) memory.walletKey ??= Math.random().toString(36).slice(2) + Date.now().toString(36)
      const ctx = (route.body ? given : input) as ApiContext
      sent = { route, ctx, path, body, key: wallet ? memory.walletKey : undefined }
      return sent
    }
    // A core route is there at once: its request starts in this call. Another waits for the table's
    // chunk; until its route says which argument is the context, the caller's is the last one given.
    const known = core[name]
    const outgoing = known ? prepare(known) : routeTable().then((routes) => prepare(routes[name]))
    // Heard by the request; a request that ended first (cancelled, timed out) leaves it unheard.
    if (outgoing instanceof Promise) outgoing.catch(ignore)
    const signal = sent ? sent.ctx?.signal : ((given ?? input) as ApiContext | undefined)?.signal
    try {
      const answer = await request(transport, signal, outgoing)
      const { route, ctx, body, key } = sent as Outgoing
      const result = readAnswer(route, answer, ctx)
      if (route.echo) memory.created[(result as { verificationId: string }).verificationId] = body
      if (key) memory.walletKey = undefined
      return result
    } catch (error) {
      // An answer was read, and it refused: the next create is a new one.
      if (sent?.key && (error as SessionError).status! < 500) memory.walletKey = undefined
      throw error
    }
  }
}

/**
 * Creates an {@link AuthApi} that talks to a Dynamic-shaped auth server over REST (the routes
 * under `/sdk/{environmentId}/`, see docs/http-api.md). Every call is abortable through the
 * session, times out after `timeoutMs`, validates the answer and rejects with a `SessionError`
 * (`network`, `timeout`, `cancelled`, `unauthorized`, `rate_limited` with `retryAfter`, ...).
 *
 * @example
 * ```ts
 * const session = createSession({
 *   api: createHttpApi({ baseUrl: 'https://auth.example.com', environmentId: 'my-env' }),
 * })
 * ```
 *
 * @example Cookie mode against an auth server on another origin
 * ```ts
 * const api = createHttpApi({ baseUrl, environmentId, credentials: 'include' })
 * const session = createSession({ api, tokenStorage: 'cookie' })
 * ```
 *
 * @param options - `baseUrl` and `environmentId` of the auth server; optional `fetch`, `timeoutMs`
 *   (default 15000) and `credentials` (default `'same-origin'`, `'include'` for cross-origin cookie mode)
 */
/* @__NO_SIDE_EFFECTS__ */
export function createHttpApi(options: HttpApiOptions): AuthApi & {
  /** The `environmentId` option. */
  readonly environmentId: string
} {
  const { baseUrl, environmentId, timeoutMs = 15_000, credentials = 'same-origin' } = options
  if (
    typeof baseUrl !== 'string' ||
    !baseUrl ||
    typeof environmentId !== 'string' ||
    !environmentId ||
    typeof timeoutMs !== 'number' ||
    !(timeoutMs > 0)
  ) {
    throw new SessionError(
      'invalid_input',
      process.env.NODE_ENV !== 'production'
        ? 'createHttpApi needs a baseUrl (https://auth.example.com), an environmentId and a positive timeoutMs.'
        : '',
    )
  }
  const transport: Transport = {
    root: `${baseUrl.replace(/\/+$/, '')}/sdk/${encodeURIComponent(environmentId)}/`,
    timeoutMs,
    credentials,
    // Read per call, like the globalThis.fetch it falls back to.
    get fetch() {
      return options.fetch
    },
  }

  const memory: Memory = { created: {}, walletKey: undefined }
  const api: Record<string, unknown> = { environmentId }
  for (const name of methods) api[name] = method(transport, memory, name)
  return api as unknown as AuthApi & { readonly environmentId: string }
}
