import type {
  ElevatedResult,
  PasskeyCredentialJSON,
  PasskeyOptionsJSON,
  PasskeyPurpose,
  SocialCode,
  SocialStart,
  StepUpProof,
} from './signInTypes'

// The social, passkey, step-up and wallet types live in signInTypes.ts; they are part of this module's API.
export type * from './signInTypes'

/** How a credential was proven, as the auth server names it. */
export type CredentialFormat =
  | 'blockchain'
  | 'email'
  | 'phoneNumber'
  | 'oauth'
  | 'passkey'
  | 'externalUser'
  | 'totp'

/** One verified credential of a user (a wallet, an email address, a phone number...). */
export interface Credential {
  /** The credential's id on the auth server. */
  id: string
  /** How it was proven. */
  format: CredentialFormat
  /** For a `blockchain` credential: the wallet's address. */
  address?: string
  /** For a `blockchain` credential: the chain, e.g. 'EVM'. */
  chain?: string
  /** For a `blockchain` credential: the wallet's name (the connector's `name`). */
  walletName?: string
  /** 'browserExtension' | 'embeddedWallet' | ... */
  walletProvider?: string
  /** The email address of an `email` credential (and of a social or external user's, when known). */
  email?: string
  /** What identifies the credential: the email, phone number or address; for social and external users, their subject. */
  publicIdentifier?: string
  /** For an `oauth` credential: the social provider, e.g. 'google'. */
  oauthProvider?: string
}

/** The user object an auth server returns next to a token (camel-cased, Dynamic-shaped). */
export interface ApiUser {
  /** The user's id (the JWT's `sub`). */
  id: string
  /** The session's id (the JWT's `sid`). */
  sessionId?: string
  /** The auth environment the user belongs to. */
  environmentId?: string
  /** The user's email address. */
  email?: string
  /** The user's alias (a profile field). */
  alias?: string
  /** The user's first name (a profile field). */
  firstName?: string
  /** The user's last name (a profile field). */
  lastName?: string
  /** Every credential the user has proven. */
  verifiedCredentials?: Credential[]
  /** The names of required profile fields the user has not filled in yet (the `info` requirement). */
  missingFields?: string[]
  /** Space-separated scopes, as in the JWT's `scope` claim. Needed in cookie mode, where there is no token to read. */
  scope?: string
  /** True when this sign-in created the user. */
  newUser?: boolean
}

/** What every sign-in, verification and refresh call resolves with. */
export interface AuthResult {
  /** The JWT; null in cookie mode, where the server keeps it in an httpOnly cookie. */
  token: string | null
  /** When the session ends, in unix seconds of the server's clock. */
  expiresAt: number
  /** The server's clock (ms) when it answered: lets cookie mode keep expiry in the device's clock. */
  serverNow?: number
  /** The user as the server sees it; without it, the user comes from the token's claims. */
  user?: ApiUser
}

/** The context every `AuthApi` call receives. */
export interface ApiContext {
  /** Aborted when the session leaves the state that made the call: stop the request. */
  signal: AbortSignal
  /** The current JWT, or null (always null in cookie mode). */
  token: string | null
}

/** Settings of the auth environment, fetched once per session. */
export interface AuthSettings {
  /** The environment's embedded wallets. */
  embeddedWallets: {
    /** Whether a user without one owes an embedded wallet (the `wallet` requirement). */
    createOnSignup: boolean
  }
  /** The profile fields every user must fill in. */
  requiredFields: string[]
  /** What to call each of them in a form, by field name, where the environment names it (Dynamic's `kyc[].label`). */
  fieldLabels?: Record<string, string>
}

/** Signed SIWE message and the wallet that signed it. */
export interface WalletProof {
  /** The EIP-4361 message, as signed. */
  message: string
  /** The EIP-191 (`personal_sign`) signature, 0x-prefixed hex. */
  signature: string
  /** The address that signed. */
  address: string
  /** 'EVM' or a CAIP-2 id `eip155:<chainId>`, as the connector reported it. */
  chain: string
  /** The connector's `name`. */
  walletName: string
  /** The connector's `provider` ('browserExtension' by default). */
  walletProvider: string
}

/**
 * The transport the session talks to. `createHttpApi()` implements it over REST; `server.api` of
 * `lanyard/testing` implements it in-process. Implement it yourself to put lanyard in front of
 * another backend (docs/custom-api.md). Every method gets its input and an {@link ApiContext}, and
 * rejects with a `SessionError` whose code says what happened; any other rejection counts as `network`.
 *
 * @example
 * ```ts
 * // Wrap an API: here, to count refreshes in your metrics.
 * const base = createHttpApi({ baseUrl, environmentId })
 * const api: AuthApi = { ...base, refresh: (ctx) => (metrics.count('auth.refresh'), base.refresh(ctx)) }
 * ```
 */
export interface AuthApi {
  /** The environment id, used as the SIWE `Request ID`. */
  readonly environmentId?: string
  /** The environment's settings; the session asks once and keeps them. */
  getSettings(ctx: ApiContext): Promise<AuthSettings>
  /** Emails a one-time code; resolves with the verification it belongs to. */
  sendEmailCode(
    input: { email: string },
    ctx: ApiContext,
  ): Promise<{
    /** Names this verification in the resend and verify calls. */
    verificationId: string
  }>
  /** Emails a new code for the same verification (`rate_limited` when too soon). */
  resendEmailCode(
    input: { verificationId: string },
    ctx: ApiContext,
  ): Promise<{
    /** The verification to verify from now on (it may be a new one). */
    verificationId: string
  }>
  /** Signs in with the emailed code (`invalid_code`, `code_expired`, `too_many_attempts`). */
  verifyEmailCode(input: { verificationId: string; code: string }, ctx: ApiContext): Promise<AuthResult>
  /** Texts a one-time code to a phone number (E.164); resolves with the verification it belongs to. */
  sendSmsCode(
    input: { phone: string },
    ctx: ApiContext,
  ): Promise<{
    /** Names this verification in the resend and verify calls. */
    verificationId: string
  }>
  /** Texts a new code for the same verification (`rate_limited` when too soon). */
  resendSmsCode(
    input: { verificationId: string },
    ctx: ApiContext,
  ): Promise<{
    /** The verification to verify from now on (it may be a new one). */
    verificationId: string
  }>
  /** Signs in with the texted code (`invalid_code`, `code_expired`, `too_many_attempts`). */
  verifySmsCode(input: { verificationId: string; code: string }, ctx: ApiContext): Promise<AuthResult>
  /** A fresh nonce for the EIP-4361 message a wallet signs. */
  getNonce(ctx: ApiContext): Promise<{
    /** The nonce to write into the message. */
    nonce: string
  }>
  /** Records a connect-only wallet (analytics); a failure never costs the user the connection. */
  recordVisit(
    input: { address: string; chain: string; walletName: string; walletProvider?: string },
    ctx: ApiContext,
  ): Promise<void>
  /** Signs in (or up) with a signed EIP-4361 message. */
  signInWithWallet(input: WalletProof, ctx: ApiContext): Promise<AuthResult>
  /** Adds the wallet of a signed EIP-4361 message to the session's user: a new token. */
  linkWallet(input: WalletProof, ctx: ApiContext): Promise<AuthResult>
  /** Saves the user's profile fields (the `info` requirement): a new token. */
  updateUser(input: { fields: Record<string, string> }, ctx: ApiContext): Promise<AuthResult>
  /** Starts enrolling an authenticator app for the session's user. */
  enrollTotp(ctx: ApiContext): Promise<{
    /** The shared secret, for typing into the app. */
    secret: string
    /** The same as an `otpauth://` URI, for a QR code. */
    otpauthUri: string
  }>
  /** Checks a TOTP code (the `mfa` requirement): a new token with `user:basic`. */
  verifyTotp(input: { code: string }, ctx: ApiContext): Promise<AuthResult>
  /** Creates the user's embedded wallet (the `wallet` requirement): a new token that lists it. */
  createEmbeddedWallet(input: { chain: string }, ctx: ApiContext): Promise<AuthResult>
  /** A new token for the session (`unauthorized` when the server ended it). */
  refresh(ctx: ApiContext): Promise<AuthResult>
  /** Ends the session on the server. Retried in the background: make it idempotent. */
  revoke(input: { reason: string }, ctx: ApiContext): Promise<void>
  /** Social sign-in, step 1: the provider's authorization URL for this `state` and PKCE (S256) challenge. */
  startSocial(
    input: SocialStart,
    ctx: ApiContext,
  ): Promise<{
    /** The provider's authorization URL. */
    url: string
  }>
  /** Social sign-in, step 2: exchanges the code the provider redirected with, proven by the PKCE verifier. */
  signInWithSocial(input: SocialCode, ctx: ApiContext): Promise<AuthResult>
  /** Exchanges a third-party JWT, verified by the server against its configured JWKS, issuer and audience. */
  signInWithExternalJwt(input: { jwt: string }, ctx: ApiContext): Promise<AuthResult>
  /** WebAuthn options: `signIn` (no session), `register` and `mfa` (for the session's user). */
  passkeyOptions(input: { purpose: PasskeyPurpose }, ctx: ApiContext): Promise<PasskeyOptionsJSON>
  /** Signs in with a passkey assertion (options of purpose `signIn`). */
  signInWithPasskey(input: { credential: PasskeyCredentialJSON }, ctx: ApiContext): Promise<AuthResult>
  /** Adds a new passkey to the session's user (options of purpose `register`): a new token. */
  registerPasskey(input: { credential: PasskeyCredentialJSON }, ctx: ApiContext): Promise<AuthResult>
  /** A passkey as the second factor (purpose `mfa`): a new token with `user:basic`. */
  verifyPasskey(input: { credential: PasskeyCredentialJSON }, ctx: ApiContext): Promise<AuthResult>
  /** Step-up MFA: a short-lived token for one scope, proven by a TOTP `code` or a passkey `credential`. */
  stepUp(input: StepUpProof, ctx: ApiContext): Promise<ElevatedResult>
}
