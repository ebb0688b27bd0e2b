// The inputs and answers of the social, passkey, step-up and wallet methods of AuthApi.

/** The first call of a social sign-in. */
export interface SocialStart {
  /** The provider's name, e.g. 'google'. */
  provider: string
  /** Where the provider sends the user back to. */
  redirectUri: string
  /** A random value the redirect must carry back (checked by `social.complete`). */
  state: string
  /** base64url SHA-256 of the PKCE verifier (method S256). */
  codeChallenge: string
}

/** The code a social provider redirected with, and the PKCE verifier that proves who asked for it. */
export interface SocialCode {
  /** The provider's name, e.g. 'google'. */
  provider: string
  /** The authorization code from the redirect. */
  code: string
  /** The PKCE verifier whose challenge `startSocial` sent. */
  codeVerifier: string
  /** The same `redirectUri` as in `startSocial`. */
  redirectUri: string
}

/** What a passkey ceremony is for. */
export type PasskeyPurpose = 'signIn' | 'register' | 'mfa'

/** `PublicKeyCredentialCreationOptionsJSON` (register) or `PublicKeyCredentialRequestOptionsJSON`. */
export type PasskeyOptionsJSON = Record<string, unknown> & {
  /** The server's challenge, base64url. */
  challenge: string
}

/** `RegistrationResponseJSON` or `AuthenticationResponseJSON`: what `credential.toJSON()` gives. */
export type PasskeyCredentialJSON = Record<string, unknown> & {
  /** The credential id, base64url. */
  id: string
  /** The same id, base64url. */
  rawId: string
  /** 'public-key'. */
  type: string
}

/**
 * Runs WebAuthn ceremonies with the JSON forms of the options and credentials. The default uses
 * `navigator.credentials`; pass your own for React Native, an extension or tests (`createTestPasskey`).
 * A dismissed ceremony rejects with a `NotAllowedError` (the session reports `cancelled`).
 *
 * @example
 * ```ts
 * const passkeys: PasskeyProvider = {
 *   create: (options) => nativePasskeys.register(options),
 *   get: (options) => nativePasskeys.authenticate(options),
 * }
 * await session.passkey.signIn(passkeys)
 * ```
 */
export interface PasskeyProvider {
  /** Creates a credential (registration): `navigator.credentials.create`, in JSON. */
  create(options: PasskeyOptionsJSON): Promise<PasskeyCredentialJSON>
  /** Asserts with a credential (sign-in, MFA): `navigator.credentials.get`, in JSON. */
  get(options: PasskeyOptionsJSON): Promise<PasskeyCredentialJSON>
}

/** The proof of a step-up: a TOTP code, or a passkey assertion (purpose `mfa`). */
export type StepUpProof =
  | {
      /** The scope the elevated token is for. */
      scope: string
      /** A TOTP code. */
      code: string
      /** Not with a code. */
      credential?: undefined
    }
  | {
      /** The scope the elevated token is for. */
      scope: string
      /** A passkey assertion (options of purpose `mfa`). */
      credential: PasskeyCredentialJSON
      /** Not with a passkey. */
      code?: undefined
    }

/** An elevated token: short-lived, for one scope. */
export interface ElevatedResult {
  /** The elevated JWT. */
  token: string
  /** Unix seconds of the server's clock. */
  expiresAt: number
  /** The server's clock (ms) when it answered, as in {@link AuthResult}. */
  serverNow?: number
}

/**
 * A wallet the user can connect and sign with (an injected extension, WalletConnect, a test wallet);
 * docs/wallets.md builds one over EIP-1193. A rejection that is not a `SessionError` counts as `wallet_rejected`.
 *
 * @example
 * ```ts
 * const injected: WalletConnector = {
 *   name: 'MetaMask',
 *   async connect() {
 *     const [address] = (await ethereum.request({ method: 'eth_requestAccounts' })) as string[]
 *     const chainId = (await ethereum.request({ method: 'eth_chainId' })) as string
 *     return { address, chain: `eip155:${Number(chainId)}` }
 *   },
 *   signMessage: (message, address) =>
 *     ethereum.request({ method: 'personal_sign', params: [message, address] }) as Promise<string>,
 * }
 * ```
 */
export interface WalletConnector {
  /** The wallet's name (the credential's `walletName`). */
  name: string
  /** 'browserExtension' when omitted. */
  provider?: string
  /** Asks the wallet for an account. */
  connect(): Promise<{
    /** The account's 0x address. */
    address: string
    /** 'EVM', or a CAIP-2 id `eip155:<chainId>` (the SIWE `Chain ID`). */
    chain: string
  }>
  /** Has the wallet sign `message` with `address` (EIP-191 `personal_sign`): the 0x signature. */
  signMessage(message: string, address: string): Promise<string>
}

/** A connected wallet. */
export interface WalletAccount {
  /** The account's 0x address. */
  address: string
  /** The chain the connector reported ('EVM' when it said none). */
  chain: string
  /** The connector's `name`. */
  walletName: string
  /** The connector's `provider`, 'browserExtension' by default. */
  walletProvider: string
}
