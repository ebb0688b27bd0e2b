// What a test passes to createTestAuthServer: the environment, its rules, and the providers behind it.

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
