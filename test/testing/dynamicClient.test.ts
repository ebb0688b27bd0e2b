// Dynamic's own generated client (@dynamic-labs/sdk-api-core, a devDependency) as the oracle of the
// wire: every call lanyard's flows need, made by that client against the reference backend over HTTP,
// must deserialize and mean the right thing.
import {
  type ChainEnum,
  Configuration,
  type EmbeddedWalletChainEnum,
  type EmbeddedWalletProviderEnum,
  type MFADeviceType,
  SDKApi,
  UnprocessableEntityFromJSON,
  type WalletProviderEnum,
} from '@dynamic-labs/sdk-api-core'
import { createLocalJWKSet, jwtVerify } from 'jose'
import { createTestAuthServer, createTestWallet, type TestAuthServerOptions } from 'lanyard/testing'
import { afterEach, describe, expect, it } from 'vitest'
import { createSiweMessage } from '../../src/wallet/siwe'

const open: Array<{ close(): Promise<void> }> = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()))
})

async function start(options: TestAuthServerOptions = {}) {
  const server = createTestAuthServer(options)
  const http = await server.listen(0)
  open.push(http)
  const session = { token: '' }
  const sdk = new SDKApi(new Configuration({ basePath: http.url, accessToken: () => session.token }))
  return { server, http, sdk, session, environmentId: server.environmentId }
}

/** The Response Dynamic's client throws for a non-2xx answer. */
async function refusal(
  promise: Promise<unknown>,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const thrown = await promise.then(
    () => {
      throw new Error('expected a refusal')
    },
    (error: unknown) => error,
  )
  expect(thrown).toBeInstanceOf(Response)
  const response = thrown as Response
  return { status: response.status, body: await response.json() }
}

async function emailSignIn({ server, sdk, session, environmentId }: Awaited<ReturnType<typeof start>>) {
  const email = 'ada@example.com'
  const created = await sdk.createEmailVerification({
    environmentId,
    emailVerificationCreateRequest: { email },
  })
  expect(created).toEqual({ verificationUUID: expect.any(String), email })
  const verified = await sdk.signInWithEmailVerification({
    environmentId,
    emailVerificationVerifyRequest: {
      verificationUUID: created.verificationUUID,
      verificationToken: server.lastCode(email),
    },
  })
  session.token = verified.jwt ?? ''
  return verified
}

async function walletProof(sdk: SDKApi, environmentId: string, wallet = createTestWallet()) {
  const { nonce } = await sdk.getNonce({ environmentId })
  const issuedAt = new Date()
  const messageToSign = createSiweMessage({
    domain: 'app.example.com',
    address: wallet.address,
    uri: 'https://app.example.com',
    chainId: 137,
    nonce: nonce ?? '',
    issuedAt,
    expirationTime: new Date(issuedAt.getTime() + 5 * 60_000),
    requestId: environmentId,
  })
  return {
    messageToSign,
    signedMessage: await wallet.signMessage(messageToSign, wallet.address),
    publicWalletAddress: wallet.address,
    chain: 'EVM' as ChainEnum,
    network: '137',
    walletName: wallet.name,
    walletProvider: 'browserExtension' as WalletProviderEnum,
  }
}

describe("Dynamic's generated client against the reference backend", () => {
  it('email create, retry and signin: a VerifyResponse whose user is an SdkUser', async () => {
    const setup = await start()
    const { server, sdk, environmentId } = setup
    const created = await sdk.createEmailVerification({
      environmentId,
      emailVerificationCreateRequest: { email: 'grace@example.com' },
    })
    const retried = await sdk.retryEmailVerification({
      environmentId,
      emailVerificationRetryRequest: {
        verificationUUID: created.verificationUUID,
        email: 'grace@example.com',
      },
    })
    expect(retried.verificationUUID).toBe(created.verificationUUID)
    const verified = await sdk.signInWithEmailVerification({
      environmentId,
      emailVerificationVerifyRequest: {
        verificationUUID: created.verificationUUID,
        verificationToken: server.lastCode('grace@example.com'),
      },
    })
    expect(verified.jwt?.split('.')).toHaveLength(3)
    expect(verified.expiresAt).toBeGreaterThan(Date.now() / 1000)
    expect(verified.user).toMatchObject({
      projectEnvironmentId: environmentId,
      email: 'grace@example.com',
      newUser: true,
      scope: 'user:basic',
      verifiedCredentials: [{ format: 'email', email: 'grace@example.com', signInEnabled: true }],
      missingFields: [],
    })
  })

  it("answers a wrong code with Dynamic's 422 codes: wrong_email_verification_token, then too_many_email_verification_attempts", async () => {
    const { sdk, environmentId } = await start()
    const { verificationUUID } = await sdk.createEmailVerification({
      environmentId,
      emailVerificationCreateRequest: { email: 'ada@example.com' },
    })
    const wrong = () =>
      refusal(
        sdk.signInWithEmailVerification({
          environmentId,
          emailVerificationVerifyRequest: { verificationUUID, verificationToken: '000000' },
        }),
      )
    const first = await wrong()
    expect(first.status).toBe(422)
    expect(UnprocessableEntityFromJSON(first.body)).toEqual({
      error: expect.stringContaining('wrong'),
      code: 'wrong_email_verification_token',
    })
    for (let i = 0; i < 3; i++) await wrong()
    expect((await wrong()).body.code).toBe('too_many_email_verification_attempts')
  })

  it('getAuthenticatedUser, updateSelf with flat UserFields, getEnvironmentSettings as ProjectSettings', async () => {
    const setup = await start({ requiredFields: ['alias'], embeddedWallets: { createOnSignup: true } })
    const { sdk, environmentId } = setup
    const signedIn = await emailSignIn(setup)
    expect(signedIn.user.missingFields).toEqual([
      expect.objectContaining({ name: 'alias', required: true, enabled: true }),
    ])
    const settings = await sdk.getEnvironmentSettings({ environmentId })
    expect(settings.kyc).toEqual([expect.objectContaining({ name: 'alias', required: true, enabled: true })])
    expect(settings.sdk.embeddedWallets?.automaticEmbeddedWalletCreation).toBe(true)
    expect(settings.security.mfa).toMatchObject({ required: false })
    const me = await sdk.getAuthenticatedUser({ environmentId })
    expect(me).toMatchObject({ id: signedIn.user.id, projectEnvironmentId: environmentId })
    const updated = await sdk.updateSelf({ environmentId, userFields: { alias: 'ada' } })
    expect(updated).toMatchObject({ nextView: 'done', user: { alias: 'ada', missingFields: [] } })
    expect(updated.jwt).toBeTruthy()
  })

  it('refreshAuth, getJwksByEnvironmentId and .well-known/jwks.json: the new token verifies', async () => {
    const setup = await start()
    const { sdk, session, environmentId } = setup
    await emailSignIn(setup)
    const refreshed = await sdk.refreshAuth({ environmentId })
    expect(refreshed.jwt).not.toBe(session.token)
    for (const jwks of [
      await sdk.getJwksByEnvironmentId({ environmentId }),
      await sdk.getJwksJsonByEnvironmentId({ environmentId }),
    ]) {
      expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', kid: expect.any(String) })
      const { payload } = await jwtVerify(refreshed.jwt ?? '', createLocalJWKSet(jwks as never))
      expect(payload.sub).toBe(refreshed.user.id)
    }
  })

  it('getNonce, walletsSignin and verify (ChainEnum EVM, network 137), verifyLink for a second wallet', async () => {
    const { sdk, session, environmentId } = await start()
    const signedIn = await sdk.walletsSignin({
      environmentId,
      verifyRequest: await walletProof(sdk, environmentId),
    })
    expect(signedIn.user.verifiedCredentials).toEqual([
      expect.objectContaining({ format: 'blockchain', chain: 'EVM', signInEnabled: true }),
    ])
    const again = await sdk.verify({ environmentId, verifyRequest: await walletProof(sdk, environmentId) })
    expect(again.user.newUser).toBe(true)
    session.token = signedIn.jwt ?? ''
    const linked = await sdk.verifyLink({
      environmentId,
      verifyRequest: await walletProof(sdk, environmentId),
    })
    expect(linked.user.id).toBe(signedIn.user.id)
    expect(linked.user.verifiedCredentials).toHaveLength(2)
    // The SIWE Chain ID must be the network the request names.
    const proof = await walletProof(sdk, environmentId)
    const mismatch = await refusal(
      sdk.walletsSignin({ environmentId, verifyRequest: { ...proof, network: '1' } }),
    )
    expect(mismatch).toMatchObject({ status: 422, body: { code: 'invalid_input' } })
  })

  it('registerTotpMfaDevice (GET), registerTotpMfaDeviceVerify, authMfaTotpDevice: the session leaves requiresAdditionalAuth', async () => {
    const setup = await start({ mfa: 'required' })
    const { server, sdk, session, environmentId } = setup
    const signedIn = await emailSignIn(setup)
    expect(signedIn.user.scope).toBe('requiresAdditionalAuth')
    const device = await sdk.registerTotpMfaDevice({ environmentId })
    expect(device).toEqual({
      id: expect.any(String),
      type: 'totp',
      secret: expect.any(String),
      uri: expect.stringMatching(/^otpauth:/),
    })
    const code = server.totpCode('ada@example.com')
    const wrong = await refusal(
      sdk.registerTotpMfaDeviceVerify({
        environmentId,
        mFARegisterTotpDevicePostRequest: { type: 'totp' as MFADeviceType, code: '000000' },
      }),
    )
    expect(wrong).toMatchObject({ status: 422, body: { code: 'mfa_invalid_code' } })
    const confirmed = await sdk.registerTotpMfaDeviceVerify({
      environmentId,
      mFARegisterTotpDevicePostRequest: { type: 'totp' as MFADeviceType, code },
    })
    expect(confirmed).toMatchObject({ id: device.id, type: 'totp', verified: true })
    // A code is taken once: the sign-in's second factor is the authenticator's next code.
    const next = server.totpCode('ada@example.com')
    expect(next).not.toBe(code)
    const elevated = await sdk.authMfaTotpDevice({
      environmentId,
      mFAAuthTotpDevicePostRequest: { code: next },
    })
    expect(elevated.user.scope).toBe('user:basic')
    session.token = elevated.jwt ?? ''
    expect(
      (await sdk.getAuthenticatedUser({ environmentId })).verifiedCredentials.map((c) => c.format),
    ).toContain('totp')
  })

  it('createEmbeddedWallets, then revokeSession: the revoked token is refused with a 401 { error }', async () => {
    const setup = await start()
    const { sdk, environmentId } = setup
    await emailSignIn(setup)
    const created = await sdk.createEmbeddedWallets({
      environmentId,
      createEmbeddedWalletsRequest: {
        embeddedWallets: [
          {
            chain: 'EVM' as EmbeddedWalletChainEnum,
            embeddedWalletProvider: 'dynamicWaas' as EmbeddedWalletProviderEnum,
          },
        ],
      },
    })
    expect(created.user.verifiedCredentials).toContainEqual(
      expect.objectContaining({ walletProvider: 'embeddedWallet', chain: 'EVM', signInEnabled: true }),
    )
    await sdk.revokeSession({ environmentId })
    const after = await refusal(sdk.getAuthenticatedUser({ environmentId }))
    expect(after).toMatchObject({ status: 401, body: { error: expect.any(String) } })
  })
})
