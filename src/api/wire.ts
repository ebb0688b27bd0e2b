import { SessionError } from '../errors'
import { apiUserFrom } from '../token/user'
import { eip155Id } from '../validate'
import { isObject, type Json, list, str } from './json'
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
  answer: Fields | 'session' | 'settings' | 'none' | 'json'
  /** Body fields that may be absent. */
  optional?: readonly string[]
  /** A verification's create or retry: the client keeps the create's body and sends it again with the retry. */
  echo?: true
}

/** An answer as the client received it. */
export interface Answer {
  status: number
  body: unknown
  /** The server's clock (ms), from the `Date` header. */
  serverNow?: number
}

// --- the routes -----------------------------------------------------------------------------------

/**
 * Every AuthApi method, in the order of the route table (`routes`, in `./routes`): a client makes one
 * method per name without loading the table, whose entries it reads on a method's first call.
 */
export const methods = [
  'getSettings',
  'sendEmailCode',
  'resendEmailCode',
  'verifyEmailCode',
  'sendSmsCode',
  'resendSmsCode',
  'verifySmsCode',
  'getNonce',
  'recordVisit',
  'signInWithWallet',
  'linkWallet',
  'updateUser',
  'enrollTotp',
  'verifyTotp',
  'createEmbeddedWallet',
  'refresh',
  'revoke',
  'startSocial',
  'signInWithSocial',
  'signInWithExternalJwt',
  'passkeyOptions',
  'signInWithPasskey',
  'registerPasskey',
  'verifyPasskey',
  'stepUp',
] as const satisfies readonly Method[]

/** Compiles only while `methods` names every AuthApi method. */
type None<T extends never> = T
export type MissingMethods = None<Exclude<Method, (typeof methods)[number]>>

/**
 * The routes every session uses (its settings, refresh, revoke), the same as in `routes`: the client's
 * first load holds these, the table (a chunk of its own) the others.
 */
export const coreRoutes: { readonly [K in 'getSettings' | 'refresh' | 'revoke']: Route } = {
  getSettings: { method: 'GET', path: 'settings', answer: 'settings' },
  refresh: { method: 'POST', path: 'refresh', answer: 'session' },
  revoke: { method: 'POST', path: 'revoke', body: { reason: 'reason' }, answer: 'none' },
}

/**
 * The routes a server also serves that are no AuthApi method: the current user, the confirmation of
 * a TOTP device or of a new email / phone number (`PUT users` sent it a code), Dynamic's older wallet sign-in (`verify`, the same as `wallets/signin`) and the JWKS.
 */
export const serverRoutes = {
  currentUser: { method: 'GET', path: 'users' },
  confirmTotp: { method: 'POST', path: 'users/mfa/register/totp' },
  confirmEmailChange: { method: 'POST', path: 'emailVerifications/verify' },
  confirmSmsChange: { method: 'POST', path: 'smsVerifications/verify' },
  verify: { method: 'POST', path: 'verify' },
  jwks: { method: 'GET', path: '.well-known/jwks' },
  jwksJson: { method: 'GET', path: '.well-known/jwks.json' },
} as const

// --- the client's side -----------------------------------------------------------------------------

// Wire names whose value is written as more than one field. A value is the caller's, unchecked: each
// rule takes it as `unknown` (`Object.assign` copies the `*` fields of whatever object it is given).
const writeRules: Record<string, (value: unknown) => unknown> = {
  '*': (fields) => fields,
  // A connector's chain: Dynamic's ChainEnum (`EVM`) or CAIP-2 `eip155:<id>` → `EVM` + `network: '<id>'`.
  chain: (chain) => {
    const id = eip155Id(chain)
    return id === null ? { chain } : { chain: 'EVM', network: String(id) }
  },
  embeddedWallets: (chain) => ({
    embeddedWallets: [{ chain, embeddedWalletProvider: 'dynamicWaas' }],
  }),
}

/** The JSON body of a request: the input's fields under their wire names; `{}` or none without input. */
export function requestBody({ method, body }: Route, input: unknown): Json | undefined {
  if (!body) return method === 'GET' ? undefined : {}
  const values = input as Json
  return Object.assign(
    {},
    ...Object.entries(body).map(
      ([name, wire]) => writeRules[wire]?.(values[name]) ?? { [wire]: values[name] },
    ),
  )
}

/** A `server` error for an answer the client cannot use. */
export const malformed = (what: string, status?: number): SessionError =>
  new SessionError(
    'server',
    process.env.NODE_ENV !== 'production'
      ? `The auth server sent a bad answer (${what}). Check baseUrl, then retry.`
      : '',
    {
      status,
    },
  )

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
      process.env.NODE_ENV !== 'production'
        ? `No usable session in the answer (${why}): check cookie mode on both sides, then sign in again.`
        : '',
      { status },
    )
  }
  return {
    token: (jwt as string) || null,
    expiresAt: expiresAt as number,
    // Dynamic's SdkUser names the environment `projectEnvironmentId`.
    user: apiUserFrom({ environmentId: (user as Json).projectEnvironmentId, ...(user as Json) }),
    serverNow,
  }
}

/** Dynamic's ProjectSettings: required fields are the `kyc` entries enabled and required; embedded wallets from `sdk`. */
function readSettings({ body, status }: Answer): AuthSettings {
  const { kyc, sdk } = isObject(body) ? body : {}
  if (!Array.isArray(kyc) || !isObject(sdk)) throw malformed('bad settings', status)
  const fieldLabels: Record<string, string> = {}
  return {
    embeddedWallets: {
      createOnSignup: [sdk.embeddedWallets, sdk].some(
        (part) => isObject(part) && part.automaticEmbeddedWalletCreation === true,
      ),
    },
    requiredFields: list(kyc, (field) => {
      if (!isObject(field) || field.required !== true || field.enabled !== true) return
      const name = str(field.name)
      const label = str(field.label)
      if (name && label) fieldLabels[name] = label
      return name
    }),
    fieldLabels,
  }
}

/** The result of a successful answer, validated: every answer field must be a non-empty string. */
export function readAnswer({ answer }: Route, received: Answer, ctx: ApiContext): unknown {
  if (answer === 'session') return readSession(received, ctx)
  if (answer === 'settings') return readSettings(received)
  if (answer === 'none') return undefined
  const { body, status } = received
  if (answer === 'json') {
    if (!isObject(body)) throw malformed('not a JSON object', status)
    return body
  }
  return Object.fromEntries(
    Object.entries(answer).map(([name, wire]) => {
      const value = isObject(body) ? str(body[wire]) : undefined
      if (!value) throw malformed(`no ${wire}`, status)
      return [name, value]
    }),
  )
}
