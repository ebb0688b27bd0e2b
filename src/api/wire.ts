import { SessionError, type SessionErrorCode, sessionErrorCodes } from '../errors'
import { apiUserFrom } from '../token/user'
import { isObject, type Json, str } from './json'
import type { ApiContext, AuthApi, AuthResult, AuthSettings, WalletProof } from './types'

// What both ends of the REST wire share: the routes under `/sdk/{environmentId}/`, how each
// AuthApi input becomes a request body and back, how each answer is written and read, and how an
// HTTP status and a SessionError code stand for each other. `createHttpApi` (the client) and the
// reference backend's HTTP layer (`lanyard/testing`) are both built from this one table.

/** The AuthApi methods, one route each. */
export type Method = Exclude<keyof AuthApi, 'environmentId'>
/** The input of a method that takes one (`never` for the methods of `(ctx)` only). */
export type Input<K extends Method> = Parameters<AuthApi[K]> extends [infer I, ApiContext] ? I : never
type Output<K extends Method> = Awaited<ReturnType<AuthApi[K]>>

/** An answer as the client received it. */
export interface Answer {
  status: number
  body: unknown
  /** The server's clock (ms), from the `Date` header. */
  serverNow?: number
}

/** How one kind of answer travels: `write` is the server's side, `read` (validating) the client's. */
export interface Reply<T> {
  /** The JSON body for a result; undefined for an empty (204) answer. */
  write(result: T): Json | undefined
  read(answer: Answer, ctx: ApiContext): T
}

export interface Route<K extends Method> {
  method: 'GET' | 'POST' | 'PUT'
  path: string
  /** The request body for the input; absent for the methods of `(ctx)` only (a POST then sends `{}`). */
  send?: (input: Input<K>) => Json
  /** The input read back from a request body; a field that is not a non-empty string is a 400. */
  receive?: (body: Json) => Input<K>
  reply: Reply<Output<K>>
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

// --- answers -------------------------------------------------------------------------------------

/** A `server` error for an answer the client cannot use. */
export const malformed = (what: string, status?: number): SessionError =>
  new SessionError('server', `The auth server sent a bad answer (${what}). Check baseUrl, then retry.`, {
    status,
  })

/** The non-empty string `key` of the answer's body. */
function need({ body, status }: Answer, key: string): string {
  const value = isObject(body) ? str(body[key]) : undefined
  if (!value) throw malformed(`no ${key}`, status)
  return value
}

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

/** The kinds of answer. A `session` answer is `{ user, jwt?, expiresAt }` (no jwt in cookie mode). */
export const replies = {
  session: {
    write: ({ user, token, expiresAt }) => ({ user, jwt: token ?? undefined, expiresAt }),
    read: readSession,
  } satisfies Reply<AuthResult>,
  verification: {
    write: ({ verificationId }) => ({ verificationUUID: verificationId }),
    read: (answer) => ({ verificationId: need(answer, 'verificationUUID') }),
  } satisfies Reply<{ verificationId: string }>,
  nonce: {
    write: ({ nonce }) => ({ nonce }),
    read: (answer) => ({ nonce: need(answer, 'nonce') }),
  } satisfies Reply<{ nonce: string }>,
  settings: { write: (settings) => ({ ...settings }), read: readSettings } satisfies Reply<AuthSettings>,
  totp: {
    write: ({ secret, otpauthUri }) => ({ secret, uri: otpauthUri }),
    read: (answer) => ({ secret: need(answer, 'secret'), otpauthUri: need(answer, 'uri') }),
  } satisfies Reply<{ secret: string; otpauthUri: string }>,
  none: { write: () => undefined, read: () => {} } satisfies Reply<void>,
}

// --- request bodies ------------------------------------------------------------------------------

/** The non-empty string `key` of a request body; a 400 otherwise. */
export function text(body: Json, key: string): string {
  const value = body[key]
  if (typeof value !== 'string' || value === '') {
    throw new SessionError('invalid_input', `The request body needs a non-empty string \`${key}\`.`, {
      status: 400,
    })
  }
  return value
}

const code = {
  send: ({ verificationId, code }: Input<'verifyEmailCode'>) => ({
    verificationUUID: verificationId,
    verificationToken: code,
  }),
  receive: (body: Json) => ({
    verificationId: text(body, 'verificationUUID'),
    code: text(body, 'verificationToken'),
  }),
}
const retry = {
  send: ({ verificationId }: Input<'resendEmailCode'>) => ({ verificationUUID: verificationId }),
  receive: (body: Json) => ({ verificationId: text(body, 'verificationUUID') }),
}
const proof = {
  send: (p: WalletProof) => ({
    messageToSign: p.message,
    signedMessage: p.signature,
    publicWalletAddress: p.address,
    chain: p.chain,
    walletName: p.walletName,
    walletProvider: p.walletProvider,
  }),
  receive: (body: Json): WalletProof => ({
    message: text(body, 'messageToSign'),
    signature: text(body, 'signedMessage'),
    address: text(body, 'publicWalletAddress'),
    chain: text(body, 'chain'),
    walletName: text(body, 'walletName'),
    walletProvider: typeof body.walletProvider === 'string' ? body.walletProvider : 'browserExtension',
  }),
}
/** A body of one non-empty string field, named alike on both ends unless `wire` renames it. */
const one = <T extends string>(field: T, wire: string = field) => ({
  send: (input: Record<T, string>) => ({ [wire]: input[field] }),
  receive: (body: Json) => ({ [field]: text(body, wire) }) as Record<T, string>,
})

function receiveFields(body: Json): Input<'updateUser'> {
  const fields = body.fields
  if (!isObject(fields) || !Object.values(fields).every((value) => typeof value === 'string')) {
    throw new SessionError(
      'invalid_input',
      'The request body needs `fields`: an object of strings, e.g. { "fields": { "alias": "ada" } }.',
      { status: 400 },
    )
  }
  return { fields: fields as Record<string, string> }
}

const { session, verification } = replies

/** Every AuthApi method's route, as SPEC §5 and docs/http-api.md describe them. */
export const routes: { readonly [K in Method]: Route<K> } = {
  getSettings: { method: 'GET', path: 'settings', reply: replies.settings },
  sendEmailCode: { method: 'POST', path: 'emailVerifications/create', ...one('email'), reply: verification },
  resendEmailCode: { method: 'POST', path: 'emailVerifications/retry', ...retry, reply: verification },
  verifyEmailCode: { method: 'POST', path: 'emailVerifications/signin', ...code, reply: session },
  sendSmsCode: {
    method: 'POST',
    path: 'smsVerifications/create',
    ...one('phone', 'phoneNumber'),
    reply: verification,
  },
  resendSmsCode: { method: 'POST', path: 'smsVerifications/retry', ...retry, reply: verification },
  verifySmsCode: { method: 'POST', path: 'smsVerifications/signin', ...code, reply: session },
  getNonce: { method: 'GET', path: 'nonce', reply: replies.nonce },
  recordVisit: {
    method: 'POST',
    path: 'connect',
    send: ({ address, chain, walletName }) => ({ address, chain, walletName }),
    receive: (body) => ({
      address: text(body, 'address'),
      chain: text(body, 'chain'),
      walletName: text(body, 'walletName'),
    }),
    reply: replies.none,
  },
  signInWithWallet: { method: 'POST', path: 'wallets/signin', ...proof, reply: session },
  linkWallet: { method: 'POST', path: 'verify/link', ...proof, reply: session },
  updateUser: {
    method: 'PUT',
    path: 'users',
    send: ({ fields }) => ({ fields }),
    receive: receiveFields,
    reply: session,
  },
  enrollTotp: { method: 'POST', path: 'users/mfa/register/totp', reply: replies.totp },
  verifyTotp: { method: 'POST', path: 'users/mfa/auth/totp', ...one('code'), reply: session },
  createEmbeddedWallet: { method: 'POST', path: 'users/embeddedWallets', ...one('chain'), reply: session },
  refresh: { method: 'POST', path: 'refresh', reply: session },
  revoke: {
    method: 'POST',
    path: 'revoke',
    send: ({ reason }) => ({ reason }),
    receive: (body) => ({ reason: typeof body.reason === 'string' ? body.reason : 'logout' }),
    reply: replies.none,
  },
}

/** The routes a server also serves that are no AuthApi method: the current user and the JWKS. */
export const serverRoutes = {
  currentUser: { method: 'GET', path: 'users' },
  jwks: { method: 'GET', path: '.well-known/jwks' },
} as const
