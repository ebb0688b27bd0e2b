import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AuthApi } from '../api/types'
import type { SessionErrorCode } from '../errors'
import type { Jwks } from './keys'

/**
 * Options of {@link createTestAuthServer}. Every field is optional.
 *
 * @example
 * ```ts
 * const server = createTestAuthServer({ mfa: 'required', requiredFields: ['alias'], now: () => clock })
 * ```
 */
export interface TestAuthServerOptions {
  /** Default 'test-env'. Letters, digits, '-' and '_' (it is part of the HTTP routes). */
  environmentId?: string
  /** Lifetime of every issued JWT. Default 7200; above 2592000 (30 days) is refused. */
  tokenLifetimeSeconds?: number
  /**
   * The longest a session lives from its sign-in, however often it is refreshed: no token's `exp`
   * goes past it, and a refresh after it is refused (401). Default 2592000 (30 days).
   */
  sessionLifetimeSeconds?: number
  /**
   * How long a token replaced by a refresh (or any newer token) may still refresh, for tabs that
   * refreshed at once. Past it, a refresh with the replaced token ends the session (reuse
   * detection). Default 60.
   */
  refreshGraceSeconds?: number
  /** 'required': sign-in tokens have scope `requiresAdditionalAuth` until a TOTP code is verified. */
  mfa?: 'off' | 'required'
  /** Profile fields a user must fill in (information capture), camelCase: e.g. ['alias', 'firstName']. */
  requiredFields?: string[]
  /**
   * What a form calls each required field, served with the settings (Dynamic's `kyc[].label`):
   * e.g. `{ firstName: 'First name' }`. A field without one has no label in the settings.
   */
  fieldLabels?: Record<string, string>
  /** Whether the client should create an embedded wallet on sign-up (served by `getSettings`). */
  embeddedWallets?: {
    /** True: every user owes an embedded wallet until one is created. Default false. */
    createOnSignup: boolean
  }
  /** HTTP mode keeps the JWT in an httpOnly cookie (used by `listen()`). Default false. */
  cookie?: boolean
  /** The clock, in ms. Default `Date.now`. The server uses no timers: all time comes from here. */
  now?: () => number
  /**
   * Origins the HTTP layer answers with CORS headers (credentials allowed, never `*`), and the SIWE
   * domains it accepts. Default: none, so no CORS headers are sent and any SIWE domain is accepted.
   */
  allowedOrigins?: string[]
  /**
   * Key of the HTTP admin routes (`Authorization: Bearer <apiKey>`). Default: none, and the admin
   * routes are off (404): there is no well-known default key a page on another site could use.
   */
  apiKey?: string
  /**
   * Host names (`app.example.com`, or `name:port`) the HTTP layer answers to, besides loopback
   * (`127.0.0.1`, `localhost`, `[::1]`, any port). Any other `Host` header is refused (421): the
   * DNS-rebinding defence. Default: loopback only.
   */
  hosts?: string[]
  /** When set, every webhook event is also POSTed there as JSON (fire-and-forget), signed with `webhookSecret`. */
  webhookUrl?: string
  /** HMAC-SHA256 key of the `x-lanyard-signature` header. Default 'test-webhook-secret'. */
  webhookSecret?: string
  /** The JWT `iss`. Default `https://lanyard.test/${environmentId}`. */
  issuer?: string
  /** The JWT `aud`. Default 'lanyard'. */
  audience?: string
  /**
   * Social sign-in providers. A name is simulated here (`server.authorize(url, profile)` consents);
   * an {@link UpstreamOidcProvider} sends the user to a real OpenID provider. Default ['google', 'github'].
   */
  socialProviders?: Array<string | UpstreamOidcProvider>
  /**
   * Where social sign-in may send the user back: exact URLs (origin and path; the query is not
   * compared). A `redirectUri` not listed is refused, so an authorization code never goes to a
   * site the app does not own. Default: any path on the `allowedOrigins`, and with none of those,
   * on a loopback origin (`http://localhost`, `http://127.0.0.1`, any port) only.
   */
  socialRedirectUrls?: string[]
  /**
   * A social sign-in whose provider does not say the email is verified (`email_verified` false or
   * absent) never signs in to the account that has that email: 'separate' (the default) creates a
   * user of its own; 'refuse' refuses the sign-in (`invalid_input`).
   */
  unverifiedSocialEmail?: 'separate' | 'refuse'
  /** External JWT sign-in: where the third-party tokens' keys are, and the `iss` and `aud` they must carry. */
  externalJwt?: ExternalJwtOptions
  /** Who may sign in: emails, phone numbers or wallet addresses; with `allow`, everyone else is refused. */
  accessList?: {
    /** Only these may sign in (`access_denied` for anyone else). Default: everyone. */
    allow?: string[]
    /** These may not sign in (`access_denied`), whatever `allow` says. */
    block?: string[]
  }
  /** Scopes added to the token of the users listed (by email, phone number or wallet address). */
  gates?: Array<{
    /** The scope added. */
    scope: string
    /** Emails, phone numbers or wallet addresses of the users who get it. */
    allow: string[]
  }>
  /**
   * The actions step-up MFA may grant a short-lived token for (`mfa.stepUp({ scope })`); any other
   * scope is refused, and none of them may be a gate's scope. Default ['transfer', 'delete', 'sensitive'].
   */
  stepUpScopes?: string[]
  /** WebAuthn relying party. Default `{ rpId: 'localhost', rpName: 'lanyard', origins: ['http://localhost'] }`. */
  passkeys?: {
    /** The relying party id (a domain). Default 'localhost'. */
    rpId?: string
    /** The relying party's display name. Default 'lanyard'. */
    rpName?: string
    /** The origins ceremonies may come from. Default ['http://localhost']. */
    origins?: string[]
  }
}

/** A real OpenID provider standing behind the reference backend for one social provider name. */
export interface UpstreamOidcProvider {
  /** The provider name the app passes to `social.start`. */
  name: string
  /** The issuer URL; its `/.well-known/openid-configuration` is read. */
  issuer: string
  /** The client id registered at the provider. */
  clientId: string
  /** The client secret registered at the provider. */
  clientSecret: string
}

/** Where a third-party JWT's keys are, and the `iss` and `aud` it must carry. */
export interface ExternalJwtOptions {
  /** A JWKS, or the URL of one. */
  jwks:
    | {
        /** The public keys. */
        keys: JsonWebKey[]
      }
    | string
  /** The `iss` the tokens must carry. */
  issuer: string
  /** The `aud` the tokens must carry. */
  audience: string
}

/** A simulated provider's user, for {@link TestAuthServer.authorize}. */
export interface SocialProfile {
  /** The email the provider reports (a user with this email signs in to the same account). */
  email?: string
  /** The display name; its first word becomes a new user's `firstName`. */
  name?: string
  /** Whether the provider says it verified the email. Default true (a simulated provider vouches). */
  emailVerified?: boolean
  /** The user refused consent: the redirect carries `error=access_denied`. */
  deny?: boolean
}

/** {@link TestAuthServerOptions} with every default applied, as `server.options` exposes them. */
export interface ResolvedTestAuthServerOptions {
  /** The environment id; default 'test-env'. */
  readonly environmentId: string
  /** Lifetime of every issued JWT; default 7200. */
  readonly tokenLifetimeSeconds: number
  /** The longest a session lives from sign-in; default 2592000 (30 days). */
  readonly sessionLifetimeSeconds: number
  /** How long a replaced token may still refresh; default 60. */
  readonly refreshGraceSeconds: number
  /** Whether sign-in tokens wait for a TOTP code; default 'off'. */
  readonly mfa: 'off' | 'required'
  /** Profile fields every user must fill in; default none. */
  readonly requiredFields: readonly string[]
  /** The labels of the required fields; default none. */
  readonly fieldLabels: Readonly<Record<string, string>>
  /** Whether users owe an embedded wallet. */
  readonly embeddedWallets: {
    /** Default false. */
    readonly createOnSignup: boolean
  }
  /** Whether HTTP mode keeps the JWT in an httpOnly cookie; default false. */
  readonly cookie: boolean
  /** The server's clock, in ms; default `Date.now`. */
  readonly now: () => number
  /** Origins answered with CORS headers; undefined: none. */
  readonly allowedOrigins: readonly string[] | undefined
  /** Key of the HTTP admin routes; undefined (the default): the admin routes are off. */
  readonly apiKey: string | undefined
  /** Host names answered besides loopback, lower-cased; default none. */
  readonly hosts: readonly string[]
  /** Where webhook events are POSTed; undefined: nowhere. */
  readonly webhookUrl: string | undefined
  /** The webhook signing secret; default 'test-webhook-secret'. */
  readonly webhookSecret: string
  /** The JWT `iss`; default `https://lanyard.test/${environmentId}`. */
  readonly issuer: string
  /** The JWT `aud`; default 'lanyard'. */
  readonly audience: string
  /** The social providers; default ['google', 'github']. */
  readonly socialProviders: ReadonlyArray<string | UpstreamOidcProvider>
  /** Exact redirect URLs of social sign-in; undefined: the allowed (or loopback) origins. */
  readonly socialRedirectUrls: readonly string[] | undefined
  /** What a social sign-in with an unverified email gets; default 'separate'. */
  readonly unverifiedSocialEmail: 'separate' | 'refuse'
  /** External JWT sign-in; undefined: off. */
  readonly externalJwt: ExternalJwtOptions | undefined
  /** Who may sign in; default: everyone. */
  readonly accessList: {
    /** Only these may sign in, when set. */
    readonly allow?: readonly string[]
    /** These may not sign in. */
    readonly block?: readonly string[]
  }
  /** Scopes added to listed users' tokens; default none. */
  readonly gates: ReadonlyArray<{
    /** The scope added. */
    readonly scope: string
    /** Who gets it. */
    readonly allow: readonly string[]
  }>
  /** The actions step-up may grant; default ['transfer', 'delete', 'sensitive']. */
  readonly stepUpScopes: readonly string[]
  /** The WebAuthn relying party. */
  readonly passkeys: {
    /** Default 'localhost'. */
    readonly rpId: string
    /** Default 'lanyard'. */
    readonly rpName: string
    /** Default ['http://localhost']. */
    readonly origins: readonly string[]
  }
}

/**
 * A server-side session, as webhooks carry it. Times are ISO 8601 strings (JSON-friendly, as a real
 * webhook body); `expiresAt` follows the latest token issued for the session (`refresh` extends it).
 *
 * @example
 * ```ts
 * server.webhooks.filter((event) => event.payload.userId === user.id)
 * ```
 */
export interface TestSession {
  /** The session's id (the JWT's `sid`). */
  id: string
  /** The user's id (the JWT's `sub`). */
  userId: string
  /** The server's environment id. */
  environmentId: string
  /** When the session started. */
  createdAt: string
  /** When its latest token expires. */
  expiresAt: string
  /** When it was revoked (logout or admin), or null while it lives. */
  revokedAt: string | null
}

/** The kinds of webhook event the test server records. */
export type WebhookEventType = 'user.session.created' | 'user.session.revoked' | 'admin.user.session.revoked'

/**
 * One recorded webhook event: `user.session.created` on sign-in, `user.session.revoked` on the user's
 * own logout (`api.revoke`), `admin.user.session.revoked` for each session ended by
 * `revokeSession` / `revokeUser` / `revokeAll`.
 *
 * @example
 * ```ts
 * expect(server.webhooks.map((event) => event.type)).toEqual(['user.session.created'])
 * ```
 */
export interface WebhookEvent {
  /** What happened. */
  type: WebhookEventType
  /** The session it happened to, as it was then. */
  payload: TestSession
}

/** A connect-only wallet visit recorded by `api.recordVisit`. */
export interface Visit {
  /** The wallet's address. */
  address: string
  /** The chain the wallet reported. */
  chain: string
  /** The connector's name. */
  walletName: string
  /** ms, from the server's `now()`. */
  at: number
}

/** The `AuthApi` methods, by name: what {@link TestAuthServer.fail} targets. */
export type ApiOperation = Exclude<keyof AuthApi, 'environmentId'>

/** What an injected failure looks like. `status: 0` is a network failure (`TypeError('fetch failed')`). */
export interface InjectedFailure {
  /** The HTTP status to fail with; 0 for a network failure. */
  status: number
  /**
   * Default: the code the HTTP client reads from that status (401 unauthorized, 429 rate_limited,
   * another 4xx but 403 invalid_input, anything else server).
   */
  code?: SessionErrorCode
  /** The error's message. Default: names the operation and the status. */
  message?: string
  /** For 429: seconds. Default 1. */
  retryAfter?: number
}

/**
 * The in-memory reference backend returned by {@link createTestAuthServer}.
 *
 * @example
 * ```ts
 * const server = createTestAuthServer()
 * const session = createSession({ api: server.api })
 * await session.email.sendCode('ada@example.com')
 * await session.email.verifyCode(server.lastCode('ada@example.com'))
 * ```
 */
export interface TestAuthServer {
  /** The environment id (also `api.environmentId`, the SIWE `Request ID`). */
  readonly environmentId: string
  /** The resolved options (defaults applied). */
  readonly options: ResolvedTestAuthServerOptions
  /** The full `AuthApi`, in-process: no HTTP, same rules. */
  readonly api: AuthApi & {
    /** The server's environment id. */
    readonly environmentId: string
  }
  /** Serves the same API over HTTP (plus admin routes); port 0 or omitted = any free port. */
  listen(port?: number): Promise<{
    /** The server's base URL on 127.0.0.1, for `createHttpApi({ baseUrl })`. */
    url: string
    /** Stops listening and drops keep-alive connections. */
    close(): Promise<void>
  }>
  /**
   * The same routes as `listen()`, as a Node request listener to mount in an existing server
   * (`http.createServer(server.handler)`, a Vite `configureServer` middleware, Express `app.use`).
   * Answers every request it is given: mount it where `/sdk/` and `/admin/` are routed to it.
   */
  handler(req: IncomingMessage, res: ServerResponse): void
  /** The last one-time code sent to an email address or phone number. Throws when none was sent. */
  lastCode(emailOrPhone: string): string
  /**
   * The current TOTP code (per `now()`) of the device enrolled by the user with this email, or the
   * next step's when the current one was already used (a code is taken once). Throws when none.
   */
  totpCode(email: string): string
  /** Ends one live session; records `admin.user.session.revoked`. Resolves whether a live session was ended. */
  revokeSession(sessionId: string): boolean
  /** Ends every live session of a user; one `admin.user.session.revoked` each. Returns how many. */
  revokeUser(userId: string): number
  /** Ends every live session of the environment; one `admin.user.session.revoked` each. Returns how many. */
  revokeAll(): number
  /** Makes the next `times` calls of `api[operation]` reject as the server would with that status. */
  fail(operation: ApiOperation, failure: InjectedFailure, times?: number): void
  /** Every webhook event so far, oldest first. */
  readonly webhooks: WebhookEvent[]
  /** Every connect-only visit so far, oldest first. */
  readonly visits: Visit[]
  /** A snapshot of every session (live or ended), oldest first. */
  sessions(): TestSession[]
  /** The public JWKS: every key that ever signed (newest first), so tokens signed before `rotateKey()` verify. */
  jwks(): Jwks
  /** Starts signing with a new key (new `kid`); the old public key stays in `jwks()`. Returns the new kid. */
  rotateKey(): string
  /**
   * A simulated provider's consent for a `social.start` URL: resolves the app's `redirectUri` with
   * `code` and `state` (`error=access_denied` with `{ deny: true }`). Over `listen()`, a GET of the
   * URL answers with the same as a 302 (`email`, `name` and `deny` from its query).
   * @example
   * ```ts
   * const { url } = await session.social.start('google', { redirectUri: 'http://localhost/back' })
   * await session.social.complete(await server.authorize(url, { email: 'ada@example.com' }))
   * ```
   */
  authorize(url: string, profile: SocialProfile): Promise<string>
}
