import type { ExternalJwtOptions, UpstreamOidcProvider } from './testOptions'

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
