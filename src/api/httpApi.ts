import {
  cancelledError,
  networkError,
  SessionError,
  type SessionErrorCode,
  sessionErrorCodes,
} from '../errors'
import { clearTimer, MAX_DELAY, setTimer } from '../timers'
import { credentialFrom, fieldName, list, pick, str } from '../token/claims'
import type { ApiContext, ApiUser, AuthApi, AuthResult, AuthSettings, WalletProof } from './types'

/** Options of {@link createHttpApi}. */
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

/** The longest response body read, in characters; anything bigger is not an auth answer. */
const MAX_BODY = 1_048_576

// Codes that only the client can produce: a server claiming them would be misleading.
const clientOnlyCodes: readonly string[] = ['network', 'timeout', 'cancelled', 'storage_unavailable']

// Anything that looks like a JWT (or a bearer header) must never reach an error message.
const tokenLike = /eyJ[\w-]*\.[\w-]*|bearer\s+\S+/i

type Json = Record<string, unknown>

interface Answer {
  status: number
  body: unknown
  serverNow?: number
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const malformed = (what: string, status?: number) =>
  new SessionError('server', `The auth server sent a bad answer (${what}). Check baseUrl, then retry.`, {
    status,
  })

// What an error says when the server gave no message of its own (or one that might hold a token).
const fallbackMessages: Partial<Record<SessionErrorCode, string>> = {
  unauthorized: 'The session expired or was revoked. Sign in again.',
  invalid_code: 'Wrong code. Check it and try again.',
  code_expired: 'The code has expired. Ask for a new one.',
  too_many_attempts: 'Too many wrong attempts. Ask for a new code.',
  rate_limited: 'Too many requests. Wait, then retry.',
  invalid_token: 'The token was rejected. Sign in again.',
}

/** A failed answer as a SessionError: for a 4xx the body's known code wins, otherwise the status decides. */
function errorFrom({ status, body, serverNow }: Answer, retryAfterHeader: string | null): SessionError {
  const detail = isObject(body) && isObject(body.error) ? body.error : {}
  const bodyCode = detail.code as SessionErrorCode
  const clientError = status >= 400 && status < 500
  const code: SessionErrorCode =
    clientError && sessionErrorCodes.includes(bodyCode) && !clientOnlyCodes.includes(bodyCode)
      ? bodyCode
      : status === 401
        ? 'unauthorized'
        : status === 429
          ? 'rate_limited'
          : clientError && status !== 403
            ? 'invalid_input'
            : 'server' // a 403 without a code is a proxy or firewall refusing: it must not end the session
  const said = typeof detail.message === 'string' ? detail.message.trim() : ''
  const message =
    said && said.length <= 300 && !tokenLike.test(said)
      ? said
      : (fallbackMessages[code] ??
        (clientError
          ? `The auth server refused the request (HTTP ${status}). Check the values sent.`
          : `The auth server failed (HTTP ${status}). Try again later.`))
  let retryAfter: number | undefined
  if (code === 'rate_limited') {
    // Delta-seconds or an HTTP date (read against the server's clock), else the body's number.
    const header = retryAfterHeader?.trim() ?? ''
    const at = Date.parse(header)
    const fromBody = detail.retryAfter as number
    retryAfter = /^\d+$/.test(header)
      ? Number(header)
      : !Number.isNaN(at)
        ? Math.max(0, Math.ceil((at - (serverNow ?? Date.now())) / 1000))
        : Number.isFinite(fromBody) && fromBody >= 0
          ? fromBody
          : undefined
  }
  return new SessionError(code, message, { status, retryAfter })
}

/** The server's user object, camel-cased into an {@link ApiUser} (accepts camelCase and snake_case). */
function userFrom(raw: Json): ApiUser {
  const credentials = pick(raw, 'verifiedCredentials')
  const missing = pick(raw, 'missingFields')
  const newUser = pick(raw, 'newUser')
  const user: Json = {
    id: raw.id,
    verifiedCredentials: Array.isArray(credentials) ? list(credentials, credentialFrom) : undefined,
    missingFields: Array.isArray(missing) ? list(missing, fieldName) : undefined,
    scope:
      typeof raw.scope === 'string'
        ? raw.scope
        : Array.isArray(raw.scopes)
          ? raw.scopes.filter((s) => typeof s === 'string').join(' ')
          : undefined,
    newUser: typeof newUser === 'boolean' ? newUser : undefined,
  }
  for (const key of ['sessionId', 'environmentId', 'email', 'alias', 'firstName', 'lastName']) {
    user[key] = str(pick(raw, key))
  }
  for (const key in user) if (user[key] === undefined) delete user[key]
  return user as unknown as ApiUser
}

/** Validates a verify response `{ user, jwt?, minifiedJwt?, expiresAt }` into an {@link AuthResult}. */
function authResultFrom({ body, status, serverNow }: Answer, ctx: ApiContext): AuthResult {
  if (!isObject(body)) throw malformed('not a JSON object', status)
  const { jwt, user, expiresAt } = body
  // A session that already sends a bearer token is in-app: its answers must carry the new token.
  const why =
    jwt != null && typeof jwt !== 'string'
      ? 'bad token'
      : !jwt && typeof ctx?.token === 'string'
        ? 'no token'
        : !isObject(user) || !str(user.id)
          ? 'no user'
          : !Number.isFinite(expiresAt)
            ? 'no expiry'
            : ''
  if (why) {
    throw new SessionError(
      'invalid_token',
      `No usable session in the answer (${why}): check cookie mode on both sides, then sign in again.`,
      { status },
    )
  }
  return {
    token: (jwt as string) || null,
    expiresAt: expiresAt as number,
    user: userFrom(user as Json),
    serverNow,
  }
}

/** The non-empty string `key` of the answer's body. */
function need({ body, status }: Answer, key: string): string {
  const value = isObject(body) ? str(body[key]) : undefined
  if (!value) throw malformed(`no ${key}`, status)
  return value
}

const verification = (answer: Answer) => ({ verificationId: need(answer, 'verificationUUID') })

function settingsFrom({ body, status }: Answer): AuthSettings {
  // A body that is not an object fails like one with unexpected settings.
  const { embeddedWallets = {}, requiredFields = [] } = isObject(body) ? body : { requiredFields: null }
  if (!isObject(embeddedWallets) || !Array.isArray(requiredFields)) throw malformed('bad settings', status)
  return {
    embeddedWallets: { createOnSignup: embeddedWallets.createOnSignup === true },
    requiredFields: requiredFields.filter((field) => typeof field === 'string'),
  }
}

const code = ({ verificationId, code }: { verificationId: string; code: string }) => ({
  verificationUUID: verificationId,
  verificationToken: code,
})
const retry = ({ verificationId }: { verificationId: string }) => ({ verificationUUID: verificationId })
const proof = (p: WalletProof) => ({
  messageToSign: p.message,
  signedMessage: p.signature,
  publicWalletAddress: p.address,
  chain: p.chain,
  walletName: p.walletName,
  walletProvider: p.walletProvider,
})
const nothing = () => {}

type Method = Exclude<keyof AuthApi, 'environmentId'>
type Input<K extends Method> = Parameters<AuthApi[K]> extends [infer I, ApiContext] ? I : never

/**
 * One route per AuthApi method: path, answer parser, then the body. A body function makes a method of
 * `(input, ctx)` and POSTs what it returns; a fixed body (or none, for GET) makes a method of `(ctx)`.
 */
type Route<K extends Method> = [
  path: string,
  parse: (answer: Answer, ctx: ApiContext) => Awaited<ReturnType<AuthApi[K]>>,
  body?: object | ((input: Input<K>) => object),
  method?: 'PUT',
]

const routes: { [K in Method]: Route<K> } = {
  getSettings: ['settings', settingsFrom],
  sendEmailCode: ['emailVerifications/create', verification, ({ email }) => ({ email })],
  resendEmailCode: ['emailVerifications/retry', verification, retry],
  verifyEmailCode: ['emailVerifications/signin', authResultFrom, code],
  sendSmsCode: ['smsVerifications/create', verification, ({ phone }) => ({ phoneNumber: phone })],
  resendSmsCode: ['smsVerifications/retry', verification, retry],
  verifySmsCode: ['smsVerifications/signin', authResultFrom, code],
  getNonce: ['nonce', (answer) => ({ nonce: need(answer, 'nonce') })],
  recordVisit: ['connect', nothing, ({ address, chain, walletName }) => ({ address, chain, walletName })],
  signInWithWallet: ['wallets/signin', authResultFrom, proof],
  linkWallet: ['verify/link', authResultFrom, proof],
  updateUser: ['users', authResultFrom, ({ fields }) => ({ fields }), 'PUT'],
  enrollTotp: [
    'users/mfa/register/totp',
    (answer) => ({ secret: need(answer, 'secret'), otpauthUri: need(answer, 'uri') }),
    {},
  ],
  verifyTotp: ['users/mfa/auth/totp', authResultFrom, ({ code }) => ({ code })],
  createEmbeddedWallet: ['users/embeddedWallets', authResultFrom, ({ chain }) => ({ chain })],
  refresh: ['refresh', authResultFrom, {}],
  revoke: ['revoke', nothing, ({ reason }) => ({ reason })],
}

async function readBody(response: Response): Promise<string> {
  const tooLarge = () => malformed('answer too large', response.status)
  if (Number(response.headers.get('content-length')) > MAX_BODY) {
    await response.body?.cancel().catch(nothing)
    throw tooLarge()
  }
  if (!response.body) return response.text()
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let text = ''
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    text += decoder.decode(value, { stream: true })
    if (text.length > MAX_BODY) {
      await reader.cancel().catch(nothing)
      throw tooLarge()
    }
  }
  return text + decoder.decode()
}

/**
 * Creates an {@link AuthApi} that talks to a Dynamic-shaped auth server over REST (the routes
 * under `/sdk/{environmentId}/`, see docs/http-api.md). Every call is abortable through the
 * session, times out after `timeoutMs`, validates the answer and rejects with a `SessionError`
 * (`network`, `timeout`, `cancelled`, `unauthorized`, `rate_limited` with `retryAfter`, ...).
 *
 * @example
 * const session = createSession({
 *   api: createHttpApi({ baseUrl: 'https://auth.example.com', environmentId: 'my-env' }),
 * })
 *
 * @example
 * // Cookie mode against an auth server on another origin
 * const api = createHttpApi({ baseUrl, environmentId, credentials: 'include' })
 * const session = createSession({ api, tokenStorage: 'cookie' })
 *
 * @param options - `baseUrl` and `environmentId` of the auth server; optional `fetch`, `timeoutMs`
 *   (default 15000) and `credentials` (default `'same-origin'`, `'include'` for cross-origin cookie mode)
 */
/* @__NO_SIDE_EFFECTS__ */
export function createHttpApi(options: HttpApiOptions): AuthApi & { readonly environmentId: string } {
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
      'createHttpApi needs a baseUrl (https://auth.example.com), an environmentId and a positive timeoutMs.',
    )
  }
  const root = `${baseUrl.replace(/\/+$/, '')}/sdk/${encodeURIComponent(environmentId)}/`

  async function request(method: string, path: string, ctx: ApiContext, body?: object): Promise<Answer> {
    const fetchImpl = options.fetch ?? globalThis.fetch
    if (typeof fetchImpl !== 'function') {
      throw new SessionError('network', 'No fetch is available here. Pass `fetch` to createHttpApi.')
    }
    const outer = ctx?.signal
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
    const headers: Record<string, string> = { Accept: 'application/json' }
    if (body) headers['Content-Type'] = 'application/json'
    if (ctx?.token) headers.Authorization = `Bearer ${ctx.token}`
    try {
      const response = await fetchImpl(root + path, {
        method,
        headers,
        body: body && JSON.stringify(body),
        credentials,
        signal: controller.signal,
      })
      const serverNow = Date.parse(response.headers.get('date') ?? '')
      const text = await readBody(response)
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
    } catch (cause) {
      // Whatever failed in flight: say why without echoing anything the server sent.
      throw cause instanceof SessionError
        ? cause
        : timedOut
          ? new SessionError('timeout', `The auth server did not answer within ${timeoutMs} ms. Try again.`)
          : outer?.aborted
            ? cancelledError(outer.reason)
            : networkError(cause)
    } finally {
      clearTimer(timer)
      outer?.removeEventListener('abort', onAbort)
    }
  }

  const api: Record<string, unknown> = { environmentId }
  for (const [name, [path, parse, body, method = body ? 'POST' : 'GET']] of Object.entries(routes)) {
    const takesInput = typeof body === 'function'
    api[name] = async (input: unknown, ctx: ApiContext) => {
      if (!takesInput) ctx = input as ApiContext
      return (parse as Route<Method>[1])(
        await request(method, path, ctx, takesInput ? (body as (input: unknown) => object)(input) : body),
        ctx,
      )
    }
  }
  return api as unknown as AuthApi & { readonly environmentId: string }
}
