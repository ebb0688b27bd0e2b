// lanyard/server: verify lanyard tokens and webhooks in a backend (Node ≥ 20 and edge runtimes).
// No `node:` imports anywhere under src/server.

// ── Tokens ─────────────────────────────────────────────────────────────────────────────────────
export {
  createTokenVerifier,
  type TokenVerifier,
  type TokenVerifierOptions,
  type VerifiedClaims,
} from './createTokenVerifier'
export { TokenVerificationError, type TokenVerificationErrorCode } from './errors'

// ── Server rendering ───────────────────────────────────────────────────────────────────────────
export type { SessionHint } from '../session/hint'
export { sessionHint } from './sessionHint'

// ── Webhooks ───────────────────────────────────────────────────────────────────────────────────
export { signWebhook, verifyWebhookSignature, webhookSignatureHeader } from './webhooks'
