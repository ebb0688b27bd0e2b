import type { ResolvedTestAuthServerOptions, TestAuthServerOptions } from './types'

const MAX_TOKEN_LIFETIME_SECONDS = 2_592_000

/** Every option checked and defaulted, frozen: what `server.options` exposes. */
export function resolveOptions(options: TestAuthServerOptions): ResolvedTestAuthServerOptions {
  const environmentId = options.environmentId ?? 'test-env'
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(environmentId)) {
    throw new TypeError('createTestAuthServer: `environmentId` must be 1-64 letters, digits, "-" or "_".')
  }
  const tokenLifetimeSeconds = options.tokenLifetimeSeconds ?? 7200
  if (
    !Number.isInteger(tokenLifetimeSeconds) ||
    tokenLifetimeSeconds <= 0 ||
    tokenLifetimeSeconds > MAX_TOKEN_LIFETIME_SECONDS
  ) {
    throw new RangeError(
      `createTestAuthServer: \`tokenLifetimeSeconds\` must be a whole number of seconds from 1 to ${MAX_TOKEN_LIFETIME_SECONDS} (30 days).`,
    )
  }
  const mfa = options.mfa ?? 'off'
  if (mfa !== 'off' && mfa !== 'required') {
    throw new TypeError("createTestAuthServer: `mfa` must be 'off' or 'required'.")
  }
  const requiredFields = options.requiredFields ?? []
  if (!Array.isArray(requiredFields) || requiredFields.some((field) => typeof field !== 'string' || !field)) {
    throw new TypeError('createTestAuthServer: `requiredFields` must be an array of field names.')
  }
  const lists = [
    options.accessList?.allow,
    options.accessList?.block,
    ...(options.gates ?? []).map((g) => g.allow),
  ]
  if (lists.some((list) => list !== undefined && !Array.isArray(list))) {
    throw new TypeError(
      'createTestAuthServer: `accessList.allow`, `accessList.block` and `gates[].allow` must be arrays.',
    )
  }
  if ((options.gates ?? []).some((gate) => !/^[\w:.-]{1,64}$/.test(gate?.scope ?? ''))) {
    throw new TypeError(
      'createTestAuthServer: every gate needs a `scope` (letters, digits, ":", ".", "-", "_").',
    )
  }
  const now = options.now ?? Date.now
  if (typeof now !== 'function')
    throw new TypeError('createTestAuthServer: `now` must be a function returning ms.')
  return Object.freeze({
    environmentId,
    tokenLifetimeSeconds,
    mfa,
    requiredFields: Object.freeze([...requiredFields]),
    embeddedWallets: Object.freeze({ createOnSignup: options.embeddedWallets?.createOnSignup === true }),
    cookie: options.cookie === true,
    now,
    allowedOrigins: options.allowedOrigins ? Object.freeze([...options.allowedOrigins]) : undefined,
    apiKey: options.apiKey ?? 'test-api-key',
    webhookUrl: options.webhookUrl,
    webhookSecret: options.webhookSecret ?? 'test-webhook-secret',
    issuer: options.issuer ?? `https://lanyard.test/${environmentId}`,
    audience: options.audience ?? 'lanyard',
    socialProviders: Object.freeze([...(options.socialProviders ?? ['google', 'github'])]),
    externalJwt: options.externalJwt,
    accessList: Object.freeze({ ...options.accessList }),
    gates: Object.freeze([...(options.gates ?? [])]),
    passkeys: Object.freeze({
      rpId: options.passkeys?.rpId ?? 'localhost',
      rpName: options.passkeys?.rpName ?? 'lanyard',
      origins: Object.freeze([...(options.passkeys?.origins ?? ['http://localhost'])]),
    }),
  })
}
