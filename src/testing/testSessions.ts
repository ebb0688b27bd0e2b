// Server-side sessions as tests see them: in `server.sessions()` and in the recorded webhooks.

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
