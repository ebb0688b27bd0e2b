import type { ResolvedTestAuthServerOptions, TestAuthServerOptions } from './types'

const MAX_TOKEN_LIFETIME_SECONDS = 2_592_000

const SCOPE = /^[\w:.-]{1,64}$/
const SESSION_SCOPES = ['user:basic', 'requiresAdditionalAuth']

/** The step-up actions: scope names, never a session scope nor a gate's scope (step-up must not grant those). */
function stepUpScopesOf(options: TestAuthServerOptions): readonly string[] {
  const scopes = options.stepUpScopes ?? ['transfer', 'delete', 'sensitive']
  const gated = new Set((options.gates ?? []).map((gate) => gate.scope))
  if (
    !Array.isArray(scopes) ||
    scopes.some((s) => typeof s !== 'string' || !SCOPE.test(s) || SESSION_SCOPES.includes(s) || gated.has(s))
  ) {
    throw new TypeError(
      'createTestAuthServer: `stepUpScopes` must be action names (letters, digits, ":", ".", "-", "_"), none of them a session scope or a gate\'s scope.',
    )
  }
  return Object.freeze([...scopes])
}

/** Each redirect URL as origin + path, or a TypeError naming the bad one. */
function redirectUrlsOf(urls: TestAuthServerOptions['socialRedirectUrls']): readonly string[] | undefined {
  if (urls === undefined) return undefined
  if (!Array.isArray(urls))
    throw new TypeError('createTestAuthServer: `socialRedirectUrls` must be an array of URLs.')
  return Object.freeze(
    urls.map((url) => {
      const parsed = URL.canParse(url) ? new URL(url) : null
      if (!parsed || !/^https?:$/.test(parsed.protocol)) {
        throw new TypeError(
          `createTestAuthServer: \`socialRedirectUrls\` has "${url}", not an absolute http(s) URL.`,
        )
      }
      return `${parsed.origin}${parsed.pathname}`
    }),
  )
}

/** A whole number of seconds from `min` to `max`, `fallback` when not given. */
function seconds(name: string, value: number | undefined, fallback: number, max: number, min = 1): number {
  const days = max % 86_400 === 0 ? ` (${max / 86_400} days)` : ''
  const chosen = value ?? fallback
  if (!Number.isInteger(chosen) || chosen < min || chosen > max) {
    throw new RangeError(
      `createTestAuthServer: \`${name}\` must be a whole number of seconds from ${min} to ${max}${days}.`,
    )
  }
  return chosen
}

function environmentIdOf(options: TestAuthServerOptions): string {
  const environmentId = options.environmentId ?? 'test-env'
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(environmentId)) {
    throw new TypeError('createTestAuthServer: `environmentId` must be 1-64 letters, digits, "-" or "_".')
  }
  return environmentId
}

/** The token's and the session's lifetimes and the refresh grace, in seconds. */
function lifetimesOf(options: TestAuthServerOptions) {
  return {
    tokenLifetimeSeconds: seconds(
      'tokenLifetimeSeconds',
      options.tokenLifetimeSeconds,
      7200,
      MAX_TOKEN_LIFETIME_SECONDS,
    ),
    sessionLifetimeSeconds: seconds(
      'sessionLifetimeSeconds',
      options.sessionLifetimeSeconds,
      MAX_TOKEN_LIFETIME_SECONDS,
      Number.MAX_SAFE_INTEGER,
    ),
    refreshGraceSeconds: seconds('refreshGraceSeconds', options.refreshGraceSeconds, 60, 3600, 0),
  }
}

function mfaOf(options: TestAuthServerOptions): 'off' | 'required' {
  const mfa = options.mfa ?? 'off'
  if (mfa !== 'off' && mfa !== 'required') {
    throw new TypeError("createTestAuthServer: `mfa` must be 'off' or 'required'.")
  }
  return mfa
}

/** The profile's required fields and their labels. */
function profileFieldsOf(options: TestAuthServerOptions) {
  const requiredFields = options.requiredFields ?? []
  if (!Array.isArray(requiredFields) || requiredFields.some((field) => typeof field !== 'string' || !field)) {
    throw new TypeError('createTestAuthServer: `requiredFields` must be an array of field names.')
  }
  const fieldLabels = options.fieldLabels ?? {}
  if (
    typeof fieldLabels !== 'object' ||
    fieldLabels === null ||
    Object.values(fieldLabels).some((label) => typeof label !== 'string' || !label)
  ) {
    throw new TypeError(
      "createTestAuthServer: `fieldLabels` must map field names to labels, like { firstName: 'First name' }.",
    )
  }
  return {
    requiredFields: Object.freeze([...requiredFields]),
    fieldLabels: Object.freeze({ ...fieldLabels }),
  }
}

/** The access list and the gates: arrays of addresses or emails, each gate with its scope. */
function checkAccess(options: TestAuthServerOptions): void {
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
}

function hostsOf(options: TestAuthServerOptions): readonly string[] {
  if (
    options.hosts !== undefined &&
    (!Array.isArray(options.hosts) || options.hosts.some((h) => typeof h !== 'string' || !h))
  ) {
    throw new TypeError(
      'createTestAuthServer: `hosts` must be an array of host names, like ["app.example.com"].',
    )
  }
  return Object.freeze((options.hosts ?? []).map((host) => host.toLowerCase()))
}

function nowOf(options: TestAuthServerOptions): () => number {
  const now = options.now ?? Date.now
  if (typeof now !== 'function')
    throw new TypeError('createTestAuthServer: `now` must be a function returning ms.')
  return now
}

/** Every option checked and defaulted, frozen: what `server.options` exposes. */
export function resolveOptions(options: TestAuthServerOptions): ResolvedTestAuthServerOptions {
  const environmentId = environmentIdOf(options)
  const lifetimes = lifetimesOf(options)
  const mfa = mfaOf(options)
  const fields = profileFieldsOf(options)
  checkAccess(options)
  const hosts = hostsOf(options)
  const stepUpScopes = stepUpScopesOf(options)
  const now = nowOf(options)
  return Object.freeze({
    environmentId,
    ...lifetimes,
    mfa,
    ...fields,
    embeddedWallets: Object.freeze({ createOnSignup: options.embeddedWallets?.createOnSignup === true }),
    cookie: options.cookie === true,
    now,
    allowedOrigins: options.allowedOrigins ? Object.freeze([...options.allowedOrigins]) : undefined,
    apiKey: options.apiKey || undefined,
    hosts,
    webhookUrl: options.webhookUrl,
    webhookSecret: options.webhookSecret ?? 'test-webhook-secret',
    issuer: options.issuer ?? `https://lanyard.test/${environmentId}`,
    audience: options.audience ?? 'lanyard',
    socialProviders: Object.freeze([...(options.socialProviders ?? ['google', 'github'])]),
    externalJwt: options.externalJwt,
    socialRedirectUrls: redirectUrlsOf(options.socialRedirectUrls),
    unverifiedSocialEmail: options.unverifiedSocialEmail === 'refuse' ? 'refuse' : 'separate',
    accessList: Object.freeze({ ...options.accessList }),
    gates: Object.freeze([...(options.gates ?? [])]),
    stepUpScopes,
    passkeys: Object.freeze({
      rpId: options.passkeys?.rpId ?? 'localhost',
      rpName: options.passkeys?.rpName ?? 'lanyard',
      origins: Object.freeze([...(options.passkeys?.origins ?? ['http://localhost'])]),
    }),
  })
}
