import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AuthApi } from '../api/types'
import type { Jwks } from './keys'
import type { ResolvedTestAuthServerOptions } from './resolvedOptions'
import type { ApiOperation, InjectedFailure } from './testFaults'
import type { TestSession, WebhookEvent } from './testSessions'
import type { SocialProfile, Visit } from './testUsers'

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
