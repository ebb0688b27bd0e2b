/**
 * The in-memory reference backend ({@link createTestAuthServer}), a test wallet and a test passkey,
 * for tests and local development. Node only (`jose`, `node:crypto`).
 *
 * @module lanyard/testing
 */

// --- the reference backend ---
export type {
  ApiOperation,
  InjectedFailure,
  ExternalJwtOptions,
  ResolvedTestAuthServerOptions,
  SocialProfile,
  TestAuthServer,
  TestAuthServerOptions,
  TestSession,
  UpstreamOidcProvider,
  Visit,
  WebhookEvent,
  WebhookEventType,
} from './types'
export { createTestAuthServer } from './createTestAuthServer'
// --- wallets ---
export type { TestWallet, TestWalletOptions } from './createTestWallet'
export { createTestWallet } from './createTestWallet'
export type { Jwks } from './keys'
// --- passkeys ---
export type { TestPasskey, TestPasskeyOptions } from './createTestPasskey'
export { createTestPasskey } from './createTestPasskey'
