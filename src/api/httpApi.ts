import { SessionError, type SessionErrorCode, sessionErrorCodes } from '../errors'
import { clearTimer, MAX_DELAY, setTimer } from '../timers'
import type {
  ApiContext,
  ApiUser,
  AuthApi,
  AuthResult,
  AuthSettings,
  Credential,
  CredentialFormat,
  WalletProof,
} from './types'

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
const clientOnlyCodes: ReadonlySet<SessionErrorCode> = new Set([
  'network',
  'timeout',
  'cancelled',
  'storage_unavailable',
])

// Anything that looks like a JWT (or a bearer header) must never reach an error message.
const tokenLike = /eyJ[\w-]*\.[\w-]*|bearer\s+\S+/i

type Json = Record<string, unknown>

interface Call {
  method: 'GET' | 'POST' | 'PUT'
  path: string
  body?: unknown
}

interface Answer {
  status: number
  body: unknown
  serverNow?: number
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined

function malformed(what: string, status?: number): SessionError {
  return new SessionError(
    'server',
    `The auth server sent a malformed answer (${what}). Check that baseUrl points at the auth server and try again.`,
    status === undefined ? {} : { status },
  )
}

/** Seconds to wait from a `Retry-After` header (delta-seconds or an HTTP date), if usable. */
function parseRetryAfter(header: string | null, serverNow: number | undefined): number | undefined {
  if (!header) return undefined
  const trimmed = header.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  const at = Date.parse(trimmed)
  if (Number.isNaN(at)) return undefined
  return Math.max(0, Math.ceil((at - (serverNow ?? Date.now())) / 1000))
}

function safeMessage(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined
  const message = raw.trim()
  if (message === '' || message.length > 300 || tokenLike.test(message)) return undefined
  return message
}

const fallbackMessages: Partial<Record<SessionErrorCode, string>> = {
  unauthorized: 'The session is not valid any more (expired or revoked). Sign in again.',
  invalid_input: 'The auth server rejected the request as invalid. Check the values sent and try again.',
  invalid_code: 'The code is not correct. Check it and try again.',
  code_expired: 'The code has expired. Ask for a new one.',
  too_many_attempts: 'Too many wrong attempts: this code no longer works. Ask for a new one.',
  rate_limited: 'Too many requests. Wait before trying again.',
  server: 'The auth server failed to answer the request. Try again later.',
  invalid_token: 'The auth server rejected the token. Sign in again.',
}

function errorFrom(answer: Answer, retryAfterHeader: string | null): SessionError {
  const { status, body } = answer
  const detail = isObject(body) && isObject(body.error) ? body.error : undefined
  const bodyCode = str(detail?.code) as SessionErrorCode | undefined
  const known =
    bodyCode !== undefined && sessionErrorCodes.includes(bodyCode) && !clientOnlyCodes.has(bodyCode)
      ? bodyCode
      : undefined
  let code: SessionErrorCode
  if (status >= 400 && status < 500 && known) code = known
  else if (status === 401) code = 'unauthorized'
  else if (status === 429) code = 'rate_limited'
  else if (status === 400 || status === 422) code = 'invalid_input'
  else if (status >= 500) code = 'server'
  else if (status === 403) code = 'unauthorized'
  else code = status >= 400 && status < 500 ? 'invalid_input' : 'server'
  const message =
    safeMessage(detail?.message) ??
    fallbackMessages[code] ??
    `The auth server answered with HTTP ${status}. Try again later.`
  let retryAfter: number | undefined
  if (code === 'rate_limited') {
    retryAfter = parseRetryAfter(retryAfterHeader, answer.serverNow)
    const fromBody = detail?.retryAfter
    if (
      retryAfter === undefined &&
      typeof fromBody === 'number' &&
      Number.isFinite(fromBody) &&
      fromBody >= 0
    ) {
      retryAfter = fromBody
    }
  }
  return new SessionError(code, message, retryAfter === undefined ? { status } : { status, retryAfter })
}

function credentialFrom(raw: unknown): Credential | null {
  if (!isObject(raw)) return null
  const id = str(raw.id)
  const format = str(raw.format)
  if (!id || !format) return null
  const credential: Credential = { id, format: format as CredentialFormat }
  const optional: Array<[keyof Credential, unknown]> = [
    ['address', raw.address],
    ['chain', raw.chain],
    ['walletName', raw.walletName ?? raw.wallet_name],
    ['walletProvider', raw.walletProvider ?? raw.wallet_provider],
    ['email', raw.email],
    ['publicIdentifier', raw.publicIdentifier ?? raw.public_identifier],
  ]
  for (const [key, value] of optional) {
    const text = str(value)
    if (text) (credential as unknown as Record<string, string>)[key] = text
  }
  return credential
}

/** The server's user object, camel-cased into an {@link ApiUser} (accepts camelCase and snake_case). */
function userFrom(raw: Json): ApiUser {
  const user: ApiUser = { id: raw.id as string }
  const text: Array<[keyof ApiUser, unknown]> = [
    ['sessionId', raw.sessionId ?? raw.session_id],
    ['environmentId', raw.environmentId ?? raw.environment_id],
    ['email', raw.email],
    ['alias', raw.alias],
    ['firstName', raw.firstName ?? raw.first_name],
    ['lastName', raw.lastName ?? raw.last_name],
  ]
  for (const [key, value] of text) {
    const s = str(value)
    if (s) (user as unknown as Record<string, string>)[key] = s
  }
  const credentials = raw.verifiedCredentials ?? raw.verified_credentials
  if (Array.isArray(credentials)) {
    user.verifiedCredentials = credentials.map(credentialFrom).filter((c): c is Credential => c !== null)
  }
  const missing = raw.missingFields ?? raw.missing_fields
  if (Array.isArray(missing)) {
    user.missingFields = missing
      .map((field) => (typeof field === 'string' ? field : isObject(field) ? str(field.name) : undefined))
      .filter((field): field is string => field !== undefined)
  }
  const scopes = raw.scopes
  if (typeof raw.scope === 'string') user.scope = raw.scope
  else if (Array.isArray(scopes)) user.scope = scopes.filter((s) => typeof s === 'string').join(' ')
  const newUser = raw.newUser ?? raw.new_user
  if (typeof newUser === 'boolean') user.newUser = newUser
  return user
}

const noSession = (why: string, status: number) =>
  new SessionError(
    'invalid_token',
    `The auth server answered without a usable session (${why}). Check that the server and the session agree on cookie mode, then sign in again.`,
    { status },
  )

/** Validates a verify response `{ user, jwt?, minifiedJwt?, expiresAt }` into an {@link AuthResult}. */
function authResultFrom(answer: Answer, ctx: ApiContext): AuthResult {
  const { body, status } = answer
  if (!isObject(body)) throw malformed('not a JSON object', status)
  if (body.jwt !== undefined && body.jwt !== null && typeof body.jwt !== 'string')
    throw noSession('bad token', status)
  const token = typeof body.jwt === 'string' && body.jwt !== '' ? body.jwt : null
  // A session that already sends a bearer token is in-app: its answers must carry the new token.
  if (token === null && typeof ctx.token === 'string') throw noSession('no token', status)
  if (!isObject(body.user) || typeof body.user.id !== 'string' || body.user.id === '') {
    throw noSession('no user', status)
  }
  if (typeof body.expiresAt !== 'number' || !Number.isFinite(body.expiresAt))
    throw noSession('no expiry', status)
  const result: AuthResult = { token, expiresAt: body.expiresAt, user: userFrom(body.user) }
  if (answer.serverNow !== undefined) result.serverNow = answer.serverNow
  return result
}

function verificationFrom(answer: Answer): { verificationId: string } {
  const id = isObject(answer.body) ? str(answer.body.verificationUUID) : undefined
  if (!id) throw malformed('no verificationUUID', answer.status)
  return { verificationId: id }
}

function settingsFrom(answer: Answer): AuthSettings {
  const body = answer.body
  if (!isObject(body)) throw malformed('settings are not a JSON object', answer.status)
  const wallets = body.embeddedWallets
  const fields = body.requiredFields
  if ((wallets !== undefined && !isObject(wallets)) || (fields !== undefined && !Array.isArray(fields))) {
    throw malformed('unexpected settings', answer.status)
  }
  return {
    embeddedWallets: { createOnSignup: wallets?.createOnSignup === true },
    requiredFields: (fields ?? []).filter((field): field is string => typeof field === 'string'),
  }
}

async function readBody(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > MAX_BODY) {
    await response.body?.cancel().catch(() => {})
    throw malformed('answer too large', response.status)
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
      await reader.cancel().catch(() => {})
      throw malformed('answer too large', response.status)
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
  const { environmentId } = options
  if (typeof options.baseUrl !== 'string' || options.baseUrl === '') {
    throw new SessionError('invalid_input', 'createHttpApi needs a baseUrl, e.g. https://auth.example.com.')
  }
  if (typeof environmentId !== 'string' || environmentId === '') {
    throw new SessionError('invalid_input', 'createHttpApi needs the environmentId of your auth environment.')
  }
  const timeoutMs = options.timeoutMs ?? 15_000
  if (typeof timeoutMs !== 'number' || Number.isNaN(timeoutMs) || timeoutMs <= 0) {
    throw new SessionError(
      'invalid_input',
      'createHttpApi: `timeoutMs` must be a positive number of milliseconds.',
    )
  }
  const credentials = options.credentials ?? 'same-origin'
  const root = `${options.baseUrl.replace(/\/+$/, '')}/sdk/${encodeURIComponent(environmentId)}/`

  async function request({ method, path, body }: Call, ctx: ApiContext): Promise<Answer> {
    const fetchImpl = options.fetch ?? globalThis.fetch
    if (typeof fetchImpl !== 'function') {
      throw new SessionError('network', 'No fetch is available here. Pass `fetch` to createHttpApi.')
    }
    const outer = ctx?.signal
    if (outer?.aborted)
      throw new SessionError('cancelled', 'The request was cancelled.', { cause: outer.reason })
    const controller = new AbortController()
    let timedOut = false
    const onAbort = () => controller.abort(outer?.reason)
    outer?.addEventListener('abort', onAbort, { once: true })
    const timer = setTimer(
      () => {
        timedOut = true
        controller.abort()
      },
      Math.min(Math.max(0, timeoutMs), MAX_DELAY),
    )
    const headers: Record<string, string> = { Accept: 'application/json' }
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    if (typeof ctx?.token === 'string' && ctx.token !== '') headers.Authorization = `Bearer ${ctx.token}`
    // Whatever failed while the request was in flight: say why without echoing anything the server sent.
    const failure = (cause: unknown) => {
      if (cause instanceof SessionError) return cause
      if (timedOut) {
        return new SessionError(
          'timeout',
          `The auth server did not answer within ${timeoutMs} ms. Try again.`,
        )
      }
      if (outer?.aborted)
        return new SessionError('cancelled', 'The request was cancelled.', { cause: outer.reason })
      return new SessionError(
        'network',
        'The auth server could not be reached. Check the connection (and CORS settings) and try again.',
        { cause },
      )
    }
    try {
      let response: Response
      try {
        response = await fetchImpl(root + path, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          credentials,
          signal: controller.signal,
        })
      } catch (cause) {
        throw failure(cause)
      }
      const dateHeader = response.headers.get('date')
      const date = dateHeader ? Date.parse(dateHeader) : Number.NaN
      const serverNow = Number.isNaN(date) ? undefined : date
      let text: string
      try {
        text = await readBody(response)
      } catch (cause) {
        throw failure(cause)
      }
      let parsed: unknown
      if (text.trim() === '') parsed = undefined
      else {
        try {
          parsed = JSON.parse(text)
        } catch {
          parsed = Symbol.for('lanyard.notJson')
        }
      }
      const answer: Answer = { status: response.status, body: parsed, serverNow }
      if (!response.ok) throw errorFrom(answer, response.headers.get('retry-after'))
      if (typeof parsed === 'symbol') throw malformed('not JSON', response.status)
      return answer
    } finally {
      clearTimer(timer)
      outer?.removeEventListener('abort', onAbort)
    }
  }

  const proofBody = (proof: WalletProof) => ({
    messageToSign: proof.message,
    signedMessage: proof.signature,
    publicWalletAddress: proof.address,
    chain: proof.chain,
    walletName: proof.walletName,
    walletProvider: proof.walletProvider,
  })
  const verify = async (call: Call, ctx: ApiContext) => authResultFrom(await request(call, ctx), ctx)

  return {
    environmentId,
    getSettings: async (ctx) => settingsFrom(await request({ method: 'GET', path: 'settings' }, ctx)),
    sendEmailCode: async ({ email }, ctx) =>
      verificationFrom(
        await request({ method: 'POST', path: 'emailVerifications/create', body: { email } }, ctx),
      ),
    resendEmailCode: async ({ verificationId }, ctx) =>
      verificationFrom(
        await request(
          { method: 'POST', path: 'emailVerifications/retry', body: { verificationUUID: verificationId } },
          ctx,
        ),
      ),
    verifyEmailCode: ({ verificationId, code }, ctx) =>
      verify(
        {
          method: 'POST',
          path: 'emailVerifications/signin',
          body: { verificationUUID: verificationId, verificationToken: code },
        },
        ctx,
      ),
    sendSmsCode: async ({ phone }, ctx) =>
      verificationFrom(
        await request({ method: 'POST', path: 'smsVerifications/create', body: { phoneNumber: phone } }, ctx),
      ),
    resendSmsCode: async ({ verificationId }, ctx) =>
      verificationFrom(
        await request(
          { method: 'POST', path: 'smsVerifications/retry', body: { verificationUUID: verificationId } },
          ctx,
        ),
      ),
    verifySmsCode: ({ verificationId, code }, ctx) =>
      verify(
        {
          method: 'POST',
          path: 'smsVerifications/signin',
          body: { verificationUUID: verificationId, verificationToken: code },
        },
        ctx,
      ),
    getNonce: async (ctx) => {
      const answer = await request({ method: 'GET', path: 'nonce' }, ctx)
      const nonce = isObject(answer.body) ? str(answer.body.nonce) : undefined
      if (!nonce) throw malformed('no nonce', answer.status)
      return { nonce }
    },
    recordVisit: async ({ address, chain, walletName }, ctx) => {
      await request({ method: 'POST', path: 'connect', body: { address, chain, walletName } }, ctx)
    },
    signInWithWallet: (proof, ctx) =>
      verify({ method: 'POST', path: 'wallets/signin', body: proofBody(proof) }, ctx),
    linkWallet: (proof, ctx) => verify({ method: 'POST', path: 'verify/link', body: proofBody(proof) }, ctx),
    updateUser: ({ fields }, ctx) => verify({ method: 'PUT', path: 'users', body: { fields } }, ctx),
    enrollTotp: async (ctx) => {
      const answer = await request({ method: 'POST', path: 'users/mfa/register/totp', body: {} }, ctx)
      const secret = isObject(answer.body) ? str(answer.body.secret) : undefined
      const uri = isObject(answer.body) ? str(answer.body.uri) : undefined
      if (!secret || !uri) throw malformed('no TOTP secret', answer.status)
      return { secret, otpauthUri: uri }
    },
    verifyTotp: ({ code }, ctx) =>
      verify({ method: 'POST', path: 'users/mfa/auth/totp', body: { code } }, ctx),
    createEmbeddedWallet: ({ chain }, ctx) =>
      verify({ method: 'POST', path: 'users/embeddedWallets', body: { chain } }, ctx),
    refresh: (ctx) => verify({ method: 'POST', path: 'refresh', body: {} }, ctx),
    revoke: async ({ reason }, ctx) => {
      await request({ method: 'POST', path: 'revoke', body: { reason } }, ctx)
    },
  }
}
