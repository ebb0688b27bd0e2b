/**
 * For backends: verify lanyard tokens ({@link createTokenVerifier}) and webhooks, and hand a
 * server-rendered page its {@link sessionHint}. Node ≥ 20 and edge runtimes.
 *
 * @module lanyard/server
 */
// No `node:` imports anywhere under src/server.

// ── Tokens ─────────────────────────────────────────────────────────────────────────────────────
export {
  createTokenVerifier,
  type TokenVerifier,
  type TokenVerifierOptions,
  type VerifiedClaims,
} from './createTokenVerifier'
export { TokenVerificationError, type TokenVerificationErrorCode } from './errors'
export type { Jwk, JwkSet } from './jwk'

// ── Server rendering ───────────────────────────────────────────────────────────────────────────
export type { SessionHint } from '../session/hint'
export { sessionHint } from './sessionHint'

// ── Webhooks ───────────────────────────────────────────────────────────────────────────────────
export { signWebhook, verifyWebhookSignature, webhookSignatureHeader } from './webhooks'
