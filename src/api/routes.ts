import type { Fields, Method, Route } from './wire'

// The route table of every AuthApi method, as docs/http-api.md describes them: the reference backend
// (lanyard/testing) serves it, `createHttpApi` loads it on the first call of a method that is not one of
// the `coreRoutes` (a sign-in, MFA, a wallet...), so a page loads it only once a flow starts. It imports
// nothing: a lazy chunk that imports a module of the first load makes that module a chunk of its own.

/** The answer of a verification's create and retry (`echo`: the retry sends the create's body again). */
const verification = { verificationId: 'verificationUUID' }

/** A route from its line as docs/http-api.md writes it (`'POST emailVerifications/create'`), its answer and its body. */
/* @__NO_SIDE_EFFECTS__ */
function route(line: string, answer: Route['answer'] = 'session', body?: Fields): Route {
  const [method, path] = line.split(' ') as [Route['method'], string]
  const echo = answer === verification ? { echo: true as const } : {}
  return body ? { method, path, body, answer, ...echo } : { method, path, answer, ...echo }
}

const code = { verificationId: 'verificationUUID', code: 'verificationToken' }
const proof = {
  message: 'messageToSign',
  signature: 'signedMessage',
  address: 'publicWalletAddress',
  chain: 'chain',
  walletName: 'walletName',
  walletProvider: 'walletProvider',
}
const passkey = { credential: 'credential' }

/** Every AuthApi method's route. */
export const routes: { readonly [K in Method]: Route } = {
  getSettings: route('GET settings', 'settings'),
  sendEmailCode: route('POST emailVerifications/create', verification, { email: 'email' }),
  resendEmailCode: route('POST emailVerifications/retry', verification, verification),
  verifyEmailCode: route('POST emailVerifications/signin', 'session', code),
  sendSmsCode: route('POST smsVerifications/create', verification, { phone: 'phoneNumber' }),
  resendSmsCode: route('POST smsVerifications/retry', verification, verification),
  verifySmsCode: route('POST smsVerifications/signin', 'session', code),
  getNonce: route('GET nonce', { nonce: 'nonce' }),
  recordVisit: route('POST connect', 'none', {
    address: 'address',
    chain: 'chain',
    walletName: 'walletName',
    walletProvider: 'provider',
  }),
  signInWithWallet: route('POST wallets/signin', 'session', proof),
  linkWallet: route('POST verify/link', 'session', proof),
  // `*`: the fields are the body itself (Dynamic's flat `UserFields`).
  updateUser: route('PUT users', 'session', { fields: '*' }),
  enrollTotp: route('GET users/mfa/register/totp', { secret: 'secret', otpauthUri: 'uri' }),
  verifyTotp: route('POST users/mfa/auth/totp', 'session', { code: 'code' }),
  createEmbeddedWallet: route('POST users/embeddedWallets', 'session', { chain: 'embeddedWallets' }),
  refresh: route('POST refresh'),
  revoke: route('POST revoke', 'none', { reason: 'reason' }),
  // `{provider}` in a path is filled from the input field of that name.
  startSocial: route(
    'POST providers/{provider}/initAuth',
    { url: 'url' },
    {
      redirectUri: 'redirectUrl',
      state: 'state',
      codeChallenge: 'codeChallenge',
    },
  ),
  signInWithSocial: route('POST providers/{provider}/verify', 'session', {
    code: 'code',
    codeVerifier: 'codeVerifier',
    redirectUri: 'redirectUrl',
  }),
  signInWithExternalJwt: route('POST externalAuth/signin', 'session', { jwt: 'jwt' }),
  passkeyOptions: route('POST users/passkeys/options', 'json', { purpose: 'purpose' }),
  signInWithPasskey: route('POST users/passkeys/signin', 'session', passkey),
  registerPasskey: route('POST users/passkeys/register', 'session', passkey),
  verifyPasskey: route('POST users/mfa/auth/passkey', 'session', passkey),
  stepUp: {
    ...route('POST users/mfa/stepUp', 'json', { scope: 'scope', code: 'code', credential: 'credential' }),
    optional: ['code', 'credential'],
  },
}
