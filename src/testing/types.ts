// The public types of lanyard/testing, by the part they describe; src/testing/index.ts exports them.
export type { ResolvedTestAuthServerOptions } from './resolvedOptions'
export type { ApiOperation, InjectedFailure } from './testFaults'
export type { ExternalJwtOptions, TestAuthServerOptions, UpstreamOidcProvider } from './testOptions'
export type { TestAuthServer } from './testServer'
export type { TestSession, WebhookEvent, WebhookEventType } from './testSessions'
export type { SocialProfile, Visit } from './testUsers'
