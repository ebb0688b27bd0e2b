import { SessionError, type SessionErrorCode, sessionErrorCodes } from '../errors'
import { apiUserFrom } from '../token/user'
import { isObject, type Json, str } from './json'
import type { ApiContext, AuthApi, AuthResult, AuthSettings } from './types'

// What both ends of the REST wire share: the routes under `/sdk/{environmentId}/`, the names
// each AuthApi input and answer travels under, and how an HTTP status and a SessionError code
// stand for each other. The table is data; `createHttpApi` (the client) reads it with `requestBody`
// and `readAnswer`, the reference backend's HTTP layer (`lanyard/testing`) with `readRequest` and
// `writeAnswer`, so a bundle keeps only its own side.

/** The AuthApi methods, one route each. */
export type Method = Exclude<keyof AuthApi, 'environmentId'>

/** Field names as the AuthApi calls them → as they travel on the wire. */
export type Fields = Readonly<Record<string, string>>

export interface Route {
  method: 'GET' | 'POST' | 'PUT'
  path: string
  /** The request body's fields; absent for the methods of `(ctx)` only (a POST then sends `{}`). */
  body?: Fields
  /**
   * The answer: its fields; `session`, a verify response `{ user, jwt?, minifiedJwt?, expiresAt }`
   * (no jwt in cookie mode); the `settings`; or `none` (204).
   */
  answer: Fields | 'session' | 'settings' | 'none'
}

/** An answer as the client received it. */
export interface Answer {
  status: number
  body: unknown
  /** The server's clock (ms), from the `Date` header. */
  serverNow?: number
}

// --- status ↔ code -----------------------------------------------------------------------------

// Codes that only the client can produce: a server claiming them would be misleading.
const clientOnlyCodes: readonly string[] = ['network', 'timeout', 'cancelled', 'storage_unavailable']

/**
 * The code of a failed answer: for a 4xx the body's code wins (unless only a client can produce
 * it); otherwise 401 → `unauthorized`, 429 → `rate_limited`, another 4xx → `invalid_input`, and
 * anything else `server`, a 403 without a code included: a proxy or firewall refusing must not
 * end the session.
 */
export function codeOf(status: number, bodyCode?: unknown): SessionErrorCode {
  const clientError = status >= 400 && status < 500
  const known =
    sessionErrorCodes.includes(bodyCode as SessionErrorCode) && !clientOnlyCodes.includes(bodyCode as string)
  if (clientError && known) return bodyCode as SessionErrorCode
  if (status === 401) return 'unauthorized'
  if (status === 429) return 'rate_limited'
  return clientError && status !== 403 ? 'invalid_input' : 'server'
}

const statuses: Partial<Record<SessionErrorCode, number>> = {
  unauthorized: 401,
  invalid_token: 401,
  rate_limited: 429,
  invalid_state: 409,
  server: 500,
  network: 502,
  timeout: 504,
}

/** The status a server answers a SessionError with when the error names none (400 by default). */
export const statusOf = (code: SessionErrorCode): number => statuses[code] ?? 400

/** The body of an error answer: `{ error: { code, message } }`. */
export const errorBody = (error: SessionError): Json => ({
  error: { code: error.code, message: error.message },
})

// --- the table ----------------------------------------------------------------------------------

const verification = { verificationId: 'verificationUUID' }
const code = { verificationId: 'verificationUUID', code: 'verificationToken' }
const proof = {
  message: 'messageToSign',
  signature: 'signedMessage',
  address: 'publicWalletAddress',
  chain: 'chain',
  walletName: 'walletName',
  walletProvider: 'walletProvider',
}

/** A route from its line as SPEC §5 writes it (`'POST emailVerifications/create'`), its answer and its body. */
/* @__NO_SIDE_EFFECTS__ */
function route(line: string, answer: Route['answer'] = 'session', body?: Fields): Route {
  const [method, path] = line.split(' ') as [Route['method'], string]
  return body ? { method, path, body, answer } : { method, path, answer }
}

/** Every AuthApi method's route, as SPEC §5 and docs/http-api.md describe them. */
export const routes: { readonly [K in Method]: Route } = {
  getSettings: route('GET settings', 'settings'),
  sendEmailCode: route('POST emailVerifications/create', verification, { email: 'email' }),
  resendEmailCode: route('POST emailVerifications/retry', verification, verification),
  verifyEmailCode: route('POST emailVerifications/signin', 'session', code),
  sendSmsCode: route('POST smsVerifications/create', verification, { phone: 'phoneNumber' }),
  resendSmsCode: route('POST smsVerifications/retry', verification, verification),
  verifySmsCode: route('POST smsVerifications/signin', 'session', code),
  getNonce: route('GET nonce', { nonce: 'nonce' }),
  recordVisit: route('POST connect', 'none', {
    address: 'address',
    chain: 'chain',
    walletName: 'walletName',
  }),
  signInWithWallet: route('POST wallets/signin', 'session', proof),
  linkWallet: route('POST verify/link', 'session', proof),
  updateUser: route('PUT users', 'session', { fields: 'fields' }),
  enrollTotp: route('POST users/mfa/register/totp', { secret: 'secret', otpauthUri: 'uri' }),
  verifyTotp: route('POST users/mfa/auth/totp', 'session', { code: 'code' }),
  createEmbeddedWallet: route('POST users/embeddedWallets', 'session', { chain: 'chain' }),
  refresh: route('POST refresh'),
  revoke: route('POST revoke', 'none', { reason: 'reason' }),
}

/** The routes a server also serves that are no AuthApi method: the current user and the JWKS. */
export const serverRoutes = {
  currentUser: { method: 'GET', path: 'users' },
  jwks: { method: 'GET', path: '.well-known/jwks' },
} as const

// --- the client's side -----------------------------------------------------------------------------

/** The JSON body of a request: the input's fields under their wire names; `{}` or none without input. */
export function requestBody({ method, body }: Route, input: unknown): Json | undefined {
  if (!body) return method === 'GET' ? undefined : {}
  const values = input as Json
  return Object.fromEntries(Object.entries(body).map(([name, wire]) => [wire, values[name]]))
}

/** A `server` error for an answer the client cannot use. */
export const malformed = (what: string, status?: number): SessionError =>
  new SessionError('server', `The auth server sent a bad answer (${what}). Check baseUrl, then retry.`, {
    status,
  })

/** Validates a verify response `{ user, jwt?, minifiedJwt?, expiresAt }` into an {@link AuthResult}. */
function readSession({ body, status, serverNow }: Answer, ctx: ApiContext): AuthResult {
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
    user: apiUserFrom(user as Json),
    serverNow,
  }
}

function readSettings({ body, status }: Answer): AuthSettings {
  // A body that is not an object fails like one with unexpected settings.
  const { embeddedWallets = {}, requiredFields = [] } = isObject(body) ? body : { requiredFields: null }
  if (!isObject(embeddedWallets) || !Array.isArray(requiredFields)) throw malformed('bad settings', status)
  return {
    embeddedWallets: { createOnSignup: embeddedWallets.createOnSignup === true },
    requiredFields: requiredFields.filter((field) => typeof field === 'string'),
  }
}

/** The result of a successful answer, validated: every answer field must be a non-empty string. */
export function readAnswer({ answer }: Route, received: Answer, ctx: ApiContext): unknown {
  if (answer === 'session') return readSession(received, ctx)
  if (answer === 'settings') return readSettings(received)
  if (answer === 'none') return undefined
  const { body, status } = received
  return Object.fromEntries(
    Object.entries(answer).map(([name, wire]) => {
      const value = isObject(body) ? str(body[wire]) : undefined
      if (!value) throw malformed(`no ${wire}`, status)
      return [name, value]
    }),
  )
}

// --- the server's side -----------------------------------------------------------------------------

const badRequest = (message: string) => new SessionError('invalid_input', message, { status: 400 })

function readProfileFields(fields: unknown): Record<string, string> {
  if (!isObject(fields) || !Object.values(fields).every((value) => typeof value === 'string')) {
    throw badRequest(
      'The request body needs `fields`: an object of strings, e.g. { "fields": { "alias": "ada" } }.',
    )
  }
  return fields as Record<string, string>
}

// How a server reads a request field: a non-empty string, except these.
const fieldRules: Record<string, (value: unknown) => unknown> = {
  walletProvider: (value) => (typeof value === 'string' ? value : 'browserExtension'),
  reason: (value) => (typeof value === 'string' ? value : 'logout'),
  fields: readProfileFields,
}

/** The method's input read back from a request body; a required field that is not a non-empty string is a 400. */
export function readRequest({ body: fields }: Route, body: Json): Json | undefined {
  if (!fields) return undefined
  const input: Json = {}
  for (const [name, wire] of Object.entries(fields)) {
    const rule = fieldRules[name]
    const value = body[wire]
    if (rule) input[name] = rule(value)
    else if (typeof value === 'string' && value !== '') input[name] = value
    else throw badRequest(`The request body needs a non-empty string \`${wire}\`.`)
  }
  return input
}

/** The JSON body of a successful answer; undefined for an empty (204) one. */
export function writeAnswer({ answer }: Route, result: unknown): Json | undefined {
  if (answer === 'none') return undefined
  if (answer === 'settings') return { ...(result as AuthSettings) }
  if (answer === 'session') {
    const { user, token, expiresAt } = result as AuthResult
    return { user, jwt: token ?? undefined, expiresAt }
  }
  const values = result as Json
  return Object.fromEntries(Object.entries(answer).map(([name, wire]) => [wire, values[name]]))
}
