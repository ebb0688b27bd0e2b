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
  id: string
  format: CredentialFormat
  address?: string
  chain?: string
  walletName?: string
  /** 'browserExtension' | 'embeddedWallet' | ... */
  walletProvider?: string
  email?: string
  publicIdentifier?: string
  /** For an `oauth` credential: the social provider, e.g. 'google'. */
  oauthProvider?: string
}

/** The user object an auth server returns next to a token (camel-cased, Dynamic-shaped). */
export interface ApiUser {
  id: string
  sessionId?: string
  environmentId?: string
  email?: string
  alias?: string
  firstName?: string
  lastName?: string
  verifiedCredentials?: Credential[]
  missingFields?: string[]
  /** Space-separated scopes, as in the JWT's `scope` claim. Needed in cookie mode, where there is no token to read. */
  scope?: string
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
  embeddedWallets: { createOnSignup: boolean }
  requiredFields: string[]
}

/** Signed SIWE message and the wallet that signed it. */
export interface WalletProof {
  message: string
  signature: string
  address: string
  chain: string
  walletName: string
  walletProvider: string
}

/**
 * The transport the session talks to. `createHttpApi()` implements it over REST; `server.api` of
 * `lanyard/testing` implements it in-process. Implement it yourself to put lanyard in front of
 * another backend. Every method rejects with a `SessionError`; any other rejection counts as `network`.
 */
export interface AuthApi {
  /** The environment id, used as the SIWE `Request ID`. */
  readonly environmentId?: string
  getSettings(ctx: ApiContext): Promise<AuthSettings>
  sendEmailCode(input: { email: string }, ctx: ApiContext): Promise<{ verificationId: string }>
  resendEmailCode(input: { verificationId: string }, ctx: ApiContext): Promise<{ verificationId: string }>
  verifyEmailCode(input: { verificationId: string; code: string }, ctx: ApiContext): Promise<AuthResult>
  sendSmsCode(input: { phone: string }, ctx: ApiContext): Promise<{ verificationId: string }>
  resendSmsCode(input: { verificationId: string }, ctx: ApiContext): Promise<{ verificationId: string }>
  verifySmsCode(input: { verificationId: string; code: string }, ctx: ApiContext): Promise<AuthResult>
  getNonce(ctx: ApiContext): Promise<{ nonce: string }>
  recordVisit(
    input: { address: string; chain: string; walletName: string; walletProvider?: string },
    ctx: ApiContext,
  ): Promise<void>
  signInWithWallet(input: WalletProof, ctx: ApiContext): Promise<AuthResult>
  linkWallet(input: WalletProof, ctx: ApiContext): Promise<AuthResult>
  updateUser(input: { fields: Record<string, string> }, ctx: ApiContext): Promise<AuthResult>
  enrollTotp(ctx: ApiContext): Promise<{ secret: string; otpauthUri: string }>
  verifyTotp(input: { code: string }, ctx: ApiContext): Promise<AuthResult>
  createEmbeddedWallet(input: { chain: string }, ctx: ApiContext): Promise<AuthResult>
  refresh(ctx: ApiContext): Promise<AuthResult>
  revoke(input: { reason: string }, ctx: ApiContext): Promise<void>
  /** Social sign-in, step 1: the provider's authorization URL for this `state` and PKCE (S256) challenge. */
  startSocial(input: SocialStart, ctx: ApiContext): Promise<{ url: string }>
  /** Social sign-in, step 2: exchanges the code the provider redirected with, proven by the PKCE verifier. */
  signInWithSocial(input: SocialCode, ctx: ApiContext): Promise<AuthResult>
  /** Exchanges a third-party JWT, verified by the server against its configured JWKS, issuer and audience. */
  signInWithExternalJwt(input: { jwt: string }, ctx: ApiContext): Promise<AuthResult>
  /** WebAuthn options: `signIn` (no session), `register` and `mfa` (for the session's user). */
  passkeyOptions(input: { purpose: PasskeyPurpose }, ctx: ApiContext): Promise<PasskeyOptionsJSON>
  signInWithPasskey(input: { credential: PasskeyCredentialJSON }, ctx: ApiContext): Promise<AuthResult>
  registerPasskey(input: { credential: PasskeyCredentialJSON }, ctx: ApiContext): Promise<AuthResult>
  verifyPasskey(input: { credential: PasskeyCredentialJSON }, ctx: ApiContext): Promise<AuthResult>
  /** Step-up MFA: a short-lived token for one scope, proven by a TOTP `code` or a passkey `credential`. */
  stepUp(input: StepUpProof, ctx: ApiContext): Promise<ElevatedResult>
}

/** The first call of a social sign-in. */
export interface SocialStart {
  provider: string
  redirectUri: string
  state: string
  /** base64url SHA-256 of the PKCE verifier (method S256). */
  codeChallenge: string
}

/** The code a social provider redirected with, and the PKCE verifier that proves who asked for it. */
export interface SocialCode {
  provider: string
  code: string
  codeVerifier: string
  redirectUri: string
}

/** What a passkey ceremony is for. */
export type PasskeyPurpose = 'signIn' | 'register' | 'mfa'

/** `PublicKeyCredentialCreationOptionsJSON` (register) or `PublicKeyCredentialRequestOptionsJSON`. */
export type PasskeyOptionsJSON = Record<string, unknown> & { challenge: string }

/** `RegistrationResponseJSON` or `AuthenticationResponseJSON`: what `credential.toJSON()` gives. */
export type PasskeyCredentialJSON = Record<string, unknown> & { id: string; rawId: string; type: string }

/**
 * Runs WebAuthn ceremonies with the JSON forms of the options and credentials. The default uses
 * `navigator.credentials`; pass your own for React Native, an extension or tests (`createTestPasskey`).
 * A dismissed ceremony rejects with a `NotAllowedError` (the session reports `cancelled`).
 */
export interface PasskeyProvider {
  create(options: PasskeyOptionsJSON): Promise<PasskeyCredentialJSON>
  get(options: PasskeyOptionsJSON): Promise<PasskeyCredentialJSON>
}

/** The proof of a step-up: a TOTP code, or a passkey assertion (purpose `mfa`). */
export type StepUpProof =
  | { scope: string; code: string; credential?: undefined }
  | { scope: string; credential: PasskeyCredentialJSON; code?: undefined }

/** An elevated token: short-lived, for one scope. */
export interface ElevatedResult {
  token: string
  /** Unix seconds of the server's clock. */
  expiresAt: number
  serverNow?: number
}

/** A wallet the user can connect and sign with (an injected extension, WalletConnect, a test wallet). */
export interface WalletConnector {
  name: string
  /** 'browserExtension' when omitted. */
  provider?: string
  connect(): Promise<{ address: string; chain: string }>
  signMessage(message: string, address: string): Promise<string>
}

/** A connected wallet. */
export interface WalletAccount {
  address: string
  chain: string
  walletName: string
  walletProvider: string
}
