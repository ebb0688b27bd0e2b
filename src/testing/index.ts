// lanyard/testing: the in-memory reference backend and a test wallet. Node only (jose, node:crypto).

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
