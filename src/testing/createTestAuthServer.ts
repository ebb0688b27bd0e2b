import { createHmac, randomBytes, randomUUID } from 'node:crypto'
import { Secret, TOTP } from 'otpauth'
import type { ApiContext, ApiUser, AuthResult, Credential, WalletProof } from '../api/types'
import { SessionError, type SessionErrorCode } from '../errors'
import { isAcceptableAddress } from '../wallet/address'
import { parseSiweMessage, type SiweMessage } from '../wallet/siwe'
import { addressOfSecretKey, randomSecretKey, recoverPersonalSigner } from './ethereum'
import { listen } from './http'
import { createKeyRing } from './keys'
import { type Channel, createOneTimeCodes } from './oneTimeCodes'
import type {
  ApiOperation,
  InjectedFailure,
  ResolvedTestAuthServerOptions,
  TestAuthServer,
  TestAuthServerOptions,
  TestSession,
  Visit,
  WebhookEvent,
  WebhookEventType,
} from './types'

const MAX_TOKEN_LIFETIME_SECONDS = 2_592_000
const NONCE_LIFETIME_MS = 10 * 60_000
/** Profile fields `updateUser` accepts besides the configured `requiredFields`. */
const PROFILE_FIELDS = [
  'alias',
  'email',
  'firstName',
  'lastName',
  'phoneNumber',
  'username',
  'jobTitle',
  'country',
]
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const PHONE = /^\+[1-9]\d{6,14}$/
const OPERATIONS: readonly ApiOperation[] = [
  'getSettings',
  'sendEmailCode',
  'resendEmailCode',
  'verifyEmailCode',
  'sendSmsCode',
  'resendSmsCode',
  'verifySmsCode',
  'getNonce',
  'recordVisit',
  'signInWithWallet',
  'linkWallet',
  'updateUser',
  'enrollTotp',
  'verifyTotp',
  'createEmbeddedWallet',
  'refresh',
  'revoke',
]

interface UserRecord {
  id: string
  /** camelCase profile fields: email, alias, firstName, lastName, phoneNumber... */
  profile: Record<string, string>
  credentials: Credential[]
  totp: { device: TOTP; verified: boolean } | null
  /** Secret keys of embedded wallets, by address: the backend custodies them. */
  embeddedKeys: Map<string, Uint8Array>
}

interface SessionRecord {
  id: string
  userId: string
  createdAt: number
  expiresAt: number
  revokedAt: number | null
  newUser: boolean
  /** Fixed at sign-in: MFA is required by the environment or the user already has a device. */
  mfaRequired: boolean
  mfaVerified: boolean
}

const invalidInput = (message: string, status = 422) => new SessionError('invalid_input', message, { status })
const unauthorized = (message: string) => new SessionError('unauthorized', message, { status: 401 })
const iso = (ms: number) => new Date(ms).toISOString()
const snake = (key: string) => key.replace(/[A-Z]/g, (char) => `_${char.toLowerCase()}`)

function normalizeEmail(email: unknown): string {
  const value = typeof email === 'string' ? email.trim().toLowerCase() : ''
  if (!EMAIL.test(value) || value.length > 254) {
    throw invalidInput('The email address is malformed. Enter an address like name@example.com.', 400)
  }
  return value
}

function normalizePhone(phone: unknown): string {
  const value = typeof phone === 'string' ? phone.replace(/[\s().-]/g, '') : ''
  if (!PHONE.test(value)) {
    throw invalidInput('The phone number is malformed. Use the international format, e.g. +15550100000.', 400)
  }
  return value
}

/** The signed message's fields; a message that is not EIP-4361 is a bad request (400). */
function readSiwe(message: unknown): SiweMessage {
  try {
    return parseSiweMessage(message)
  } catch (error) {
    throw invalidInput((error as Error).message, 400)
  }
}

function resolveOptions(options: TestAuthServerOptions): ResolvedTestAuthServerOptions {
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
  })
}

function failureError(operation: ApiOperation, failure: InjectedFailure): Error {
  if (failure.status === 0) return new TypeError('fetch failed')
  const status = failure.status
  const code: SessionErrorCode =
    failure.code ??
    (status === 401
      ? 'unauthorized'
      : status === 429
        ? 'rate_limited'
        : status >= 500
          ? 'server'
          : 'invalid_input')
  const retryAfter = code === 'rate_limited' ? (failure.retryAfter ?? 1) : undefined
  const message =
    failure.message ?? `The auth server answered ${operation} with HTTP ${status} (injected failure).`
  return new SessionError(code, message, retryAfter === undefined ? { status } : { status, retryAfter })
}

/**
 * Creates an in-memory reference auth backend: real RS256 JWTs (served as JWKS), Dynamic-shaped
 * claims, one-time codes with their limits, SIWE signatures checked with secp256k1 recovery,
 * RFC 6238 TOTP, embedded wallets, revocation with webhooks and fault injection. It uses no timers:
 * all time is read from `options.now`.
 *
 * @example
 * const server = createTestAuthServer({ requiredFields: ['alias'] })
 * const { verificationId } = await server.api.sendEmailCode({ email: 'ada@example.com' }, ctx)
 * const result = await server.api.verifyEmailCode({ verificationId, code: server.lastCode('ada@example.com') }, ctx)
 *
 * @param options - see {@link TestAuthServerOptions}; every field is optional
 */
/* @__NO_SIDE_EFFECTS__ */
export function createTestAuthServer(options: TestAuthServerOptions = {}): TestAuthServer {
  const resolved = resolveOptions(options)
  const { environmentId, now, issuer, audience, tokenLifetimeSeconds } = resolved
  const keys = createKeyRing()
  const codes = createOneTimeCodes(now)
  const users = new Map<string, UserRecord>()
  const sessions = new Map<string, SessionRecord>()
  const nonces = new Map<string, { expiresAt: number; used: boolean }>()
  const failures = new Map<ApiOperation, InjectedFailure[]>()
  const webhooks: WebhookEvent[] = []
  const visits: Visit[] = []

  // --- users ---------------------------------------------------------------

  const findUser = (match: (credential: Credential) => boolean) => {
    for (const user of users.values()) if (user.credentials.some(match)) return user
    return undefined
  }
  const byEmail = (email: string) => findUser((c) => c.format === 'email' && c.email === email)
  const byPhone = (phone: string) =>
    findUser((c) => c.format === 'phoneNumber' && c.publicIdentifier === phone)
  const byAddress = (address: string) =>
    findUser((c) => c.format === 'blockchain' && c.address?.toLowerCase() === address.toLowerCase())

  const createUser = (profile: Record<string, string>, credential: Credential): UserRecord => {
    const user: UserRecord = {
      id: randomUUID(),
      profile,
      credentials: [credential],
      totp: null,
      embeddedKeys: new Map(),
    }
    users.set(user.id, user)
    return user
  }

  const missingFields = (user: UserRecord) => resolved.requiredFields.filter((field) => !user.profile[field])
  const scopeOf = (session: SessionRecord) =>
    session.mfaRequired && !session.mfaVerified ? 'requiresAdditionalAuth' : 'user:basic'

  // --- sessions and tokens -------------------------------------------------

  const view = (session: SessionRecord): TestSession => ({
    id: session.id,
    userId: session.userId,
    environmentId,
    createdAt: iso(session.createdAt),
    expiresAt: iso(session.expiresAt),
    revokedAt: session.revokedAt === null ? null : iso(session.revokedAt),
  })

  const deliver = (url: string, event: WebhookEvent) => {
    const body = JSON.stringify(event)
    const t = Math.floor(now() / 1000)
    const v1 = createHmac('sha256', resolved.webhookSecret).update(`${t}.${body}`).digest('hex')
    try {
      globalThis
        .fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-lanyard-signature': `t=${t},v1=${v1}` },
          body,
        })
        .then((response) => response.body?.cancel())
        .catch(() => {})
    } catch {
      // fire-and-forget: a webhook receiver never breaks the auth flow
    }
  }

  const record = (type: WebhookEventType, session: SessionRecord) => {
    const event: WebhookEvent = { type, payload: view(session) }
    webhooks.push(event)
    if (resolved.webhookUrl) deliver(resolved.webhookUrl, event)
  }

  const apiUser = (user: UserRecord, session: SessionRecord): ApiUser => {
    const result: ApiUser = {
      id: user.id,
      sessionId: session.id,
      environmentId,
      verifiedCredentials: user.credentials.map((credential) => ({ ...credential })),
      missingFields: missingFields(user),
      scope: scopeOf(session),
      newUser: session.newUser,
    }
    for (const key of ['email', 'alias', 'firstName', 'lastName'] as const) {
      if (user.profile[key]) result[key] = user.profile[key]
    }
    return result
  }

  const issue = async (session: SessionRecord, user: UserRecord): Promise<AuthResult> => {
    // The first key pair takes a moment to generate: not between reading the clock and answering.
    keys.prepare()
    const at = now()
    const iat = Math.floor(at / 1000)
    const exp = iat + tokenLifetimeSeconds
    session.expiresAt = exp * 1000
    const profileClaims: Record<string, string> = {}
    for (const [key, value] of Object.entries(user.profile)) profileClaims[snake(key)] = value
    const token = await keys.sign({
      ...profileClaims,
      sub: user.id,
      sid: session.id,
      jti: randomUUID(),
      environment_id: environmentId,
      scope: scopeOf(session),
      verified_credentials: user.credentials.map((credential) => {
        const claim: Record<string, string> = {}
        for (const [key, value] of Object.entries(credential))
          if (value !== undefined) claim[snake(key)] = value
        return claim
      }),
      missing_fields: missingFields(user),
      new_user: session.newUser,
      iat,
      exp,
      iss: issuer,
      aud: audience,
    })
    return { token, expiresAt: exp, serverNow: at, user: apiUser(user, session) }
  }

  const startSession = async (user: UserRecord, newUser: boolean): Promise<AuthResult> => {
    const at = now()
    const session: SessionRecord = {
      id: randomUUID(),
      userId: user.id,
      createdAt: at,
      expiresAt: at,
      revokedAt: null,
      newUser,
      mfaRequired: resolved.mfa === 'required' || user.totp?.verified === true,
      mfaVerified: false,
    }
    sessions.set(session.id, session)
    const result = await issue(session, user)
    record('user.session.created', session)
    return result
  }

  const isLive = (session: SessionRecord) => session.revokedAt === null && session.expiresAt > now()

  const end = (session: SessionRecord, type: WebhookEventType): boolean => {
    if (!isLive(session)) return false
    session.revokedAt = now()
    record(type, session)
    return true
  }

  /** The session and user `ctx.token` proves; 401 for a missing, forged, expired or revoked token. */
  const authenticate = async (ctx: ApiContext, needsFullScope = false) => {
    const token = ctx?.token
    if (typeof token !== 'string' || token === '')
      throw unauthorized('No session token was sent. Sign in first.')
    let claims: Record<string, unknown>
    try {
      claims = await keys.verify(token, { issuer, audience, now: now() })
    } catch {
      // Deliberately no cause: nothing derived from the token travels in the error.
      throw unauthorized('The session token is invalid or has expired. Sign in again.')
    }
    const session = typeof claims.sid === 'string' ? sessions.get(claims.sid) : undefined
    const user = session ? users.get(session.userId) : undefined
    if (!session || !user || claims.sub !== user.id || claims.environment_id !== environmentId) {
      throw unauthorized('The session token does not belong to a session of this environment. Sign in again.')
    }
    if (session.revokedAt !== null) throw unauthorized('The session was revoked. Sign in again.')
    if (needsFullScope && scopeOf(session) !== 'user:basic') {
      throw new SessionError('invalid_state', 'Complete multi-factor authentication (TOTP) first.', {
        status: 403,
      })
    }
    return { session, user }
  }

  // --- one-time codes ------------------------------------------------------

  const signInWithTarget = (channel: Channel, target: string): Promise<AuthResult> => {
    const existing = channel === 'email' ? byEmail(target) : byPhone(target)
    if (existing) return startSession(existing, false)
    const user =
      channel === 'email'
        ? createUser(
            { email: target },
            { id: randomUUID(), format: 'email', email: target, publicIdentifier: target },
          )
        : createUser(
            { phoneNumber: target },
            { id: randomUUID(), format: 'phoneNumber', publicIdentifier: target },
          )
    return startSession(user, true)
  }

  // --- wallets -------------------------------------------------------------

  const allowedHosts = () => resolved.allowedOrigins?.map((origin) => new URL(origin).host)

  /** Checks a SIWE proof end to end and consumes its nonce; returns the proven, checksummed address. */
  const verifyProof = (
    proof: WalletProof,
  ): { address: string; chain: string; walletName: string; provider: string } => {
    if (typeof proof !== 'object' || proof === null)
      throw invalidInput('A signed wallet message is required.', 400)
    const fields = readSiwe(proof.message)
    if (!isAcceptableAddress(proof.address)) {
      throw invalidInput('The wallet address must be a 0x address with a valid EIP-55 checksum.', 400)
    }
    if (!isAcceptableAddress(fields.address)) {
      throw invalidInput('The address in the sign-in message must carry a valid EIP-55 checksum.', 400)
    }
    if (fields.address.toLowerCase() !== proof.address.toLowerCase()) {
      throw invalidInput('The sign-in message names another address than the wallet that signed it.')
    }
    if (fields.requestId !== environmentId) {
      throw invalidInput(`The sign-in message's "Request ID" must be the environment id (${environmentId}).`)
    }
    const hosts = allowedHosts()
    if (hosts && !hosts.includes(fields.domain)) {
      throw invalidInput(
        `The sign-in message's domain "${fields.domain}" is not an allowed origin of this environment.`,
      )
    }
    const at = now()
    if (fields.expirationTime !== undefined && fields.expirationTime.getTime() <= at) {
      throw invalidInput('The sign-in message has expired. Sign a new one.')
    }
    if (fields.notBefore !== undefined && fields.notBefore.getTime() > at) {
      throw invalidInput('The sign-in message is not valid yet ("Not Before" is in the future).')
    }
    const nonce = nonces.get(fields.nonce)
    if (!nonce)
      throw invalidInput('The sign-in message carries an unknown nonce. Fetch a new nonce and sign again.')
    if (nonce.used)
      throw invalidInput('The nonce of this sign-in message was already used. Sign a new message.')
    if (nonce.expiresAt <= at) throw invalidInput('The nonce has expired. Fetch a new nonce and sign again.')
    const signer = recoverPersonalSigner(proof.message, proof.signature)
    if (signer === null)
      throw invalidInput('The wallet signature is malformed: expected 0x followed by 65 bytes.', 400)
    if (signer.toLowerCase() !== proof.address.toLowerCase()) {
      throw invalidInput(
        'The wallet signature does not match the address. Sign the message with that wallet.',
      )
    }
    nonce.used = true
    return {
      address: signer,
      chain: typeof proof.chain === 'string' && proof.chain ? proof.chain : 'EVM',
      walletName: typeof proof.walletName === 'string' && proof.walletName ? proof.walletName : 'unknown',
      provider:
        typeof proof.walletProvider === 'string' && proof.walletProvider
          ? proof.walletProvider
          : 'browserExtension',
    }
  }

  const walletCredential = (wallet: ReturnType<typeof verifyProof>): Credential => ({
    id: randomUUID(),
    format: 'blockchain',
    address: wallet.address,
    chain: wallet.chain,
    walletName: wallet.walletName,
    walletProvider: wallet.provider,
    publicIdentifier: wallet.address,
  })

  // --- the AuthApi ---------------------------------------------------------

  const checkAbort = (ctx: ApiContext | undefined) => {
    const signal = ctx?.signal
    if (signal?.aborted) {
      throw new SessionError('cancelled', 'The request was cancelled.', { cause: signal.reason })
    }
  }

  /** Every call: honour the signal, apply injected failures, then run (effects stay, like HTTP). */
  const run = async <T>(operation: ApiOperation, ctx: ApiContext, body: () => T | Promise<T>): Promise<T> => {
    checkAbort(ctx)
    const queue = failures.get(operation)
    const failure = queue?.shift()
    if (queue && queue.length === 0) failures.delete(operation)
    if (failure) throw failureError(operation, failure)
    const result = await body()
    checkAbort(ctx)
    return result
  }

  const sendCode = (channel: Channel, target: string) => ({ verificationId: codes.send(channel, target) })

  const api: TestAuthServer['api'] = {
    environmentId,

    getSettings: (ctx) =>
      run('getSettings', ctx, () => ({
        embeddedWallets: { createOnSignup: resolved.embeddedWallets.createOnSignup },
        requiredFields: [...resolved.requiredFields],
      })),

    sendEmailCode: (input, ctx) =>
      run('sendEmailCode', ctx, () => sendCode('email', normalizeEmail(input?.email))),
    resendEmailCode: (input, ctx) =>
      run('resendEmailCode', ctx, () => ({ verificationId: codes.resend('email', input?.verificationId) })),
    verifyEmailCode: (input, ctx) =>
      run('verifyEmailCode', ctx, () =>
        signInWithTarget('email', codes.verify('email', input?.verificationId, input?.code)),
      ),

    sendSmsCode: (input, ctx) => run('sendSmsCode', ctx, () => sendCode('sms', normalizePhone(input?.phone))),
    resendSmsCode: (input, ctx) =>
      run('resendSmsCode', ctx, () => ({ verificationId: codes.resend('sms', input?.verificationId) })),
    verifySmsCode: (input, ctx) =>
      run('verifySmsCode', ctx, () =>
        signInWithTarget('sms', codes.verify('sms', input?.verificationId, input?.code)),
      ),

    getNonce: (ctx) =>
      run('getNonce', ctx, () => {
        const nonce = randomBytes(16).toString('hex')
        nonces.set(nonce, { expiresAt: now() + NONCE_LIFETIME_MS, used: false })
        return { nonce }
      }),

    recordVisit: (input, ctx) =>
      run('recordVisit', ctx, () => {
        if (!isAcceptableAddress(input?.address)) {
          throw invalidInput('The wallet address must be a 0x address with a valid EIP-55 checksum.', 400)
        }
        visits.push({
          address: input.address,
          chain: String(input.chain ?? 'EVM'),
          walletName: String(input.walletName ?? 'unknown'),
          at: now(),
        })
      }),

    signInWithWallet: (input, ctx) =>
      run('signInWithWallet', ctx, () => {
        const wallet = verifyProof(input)
        const existing = byAddress(wallet.address)
        if (existing) return startSession(existing, false)
        return startSession(createUser({}, walletCredential(wallet)), true)
      }),

    linkWallet: (input, ctx) =>
      run('linkWallet', ctx, async () => {
        const { session, user } = await authenticate(ctx, true)
        const wallet = verifyProof(input)
        const owner = byAddress(wallet.address)
        if (owner && owner !== user) throw invalidInput('This wallet is already linked to another user.')
        if (!owner) user.credentials.push(walletCredential(wallet))
        return issue(session, user)
      }),

    updateUser: (input, ctx) =>
      run('updateUser', ctx, async () => {
        const { session, user } = await authenticate(ctx, true)
        const fields = input?.fields
        if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
          throw invalidInput('`fields` must be an object of profile fields.', 400)
        }
        const known = new Set([...PROFILE_FIELDS, ...resolved.requiredFields])
        const updates: Array<[string, string]> = []
        for (const [key, raw] of Object.entries(fields)) {
          if (!known.has(key)) {
            throw invalidInput(`Unknown profile field "${key}". Known fields: ${[...known].join(', ')}.`)
          }
          if (typeof raw !== 'string') throw invalidInput(`The field "${key}" must be a string.`)
          let value = raw.trim()
          if (value === '' && resolved.requiredFields.includes(key)) {
            throw invalidInput(`The field "${key}" is required: enter a value.`)
          }
          if (value !== '' && key === 'email') value = normalizeEmail(value)
          if (value !== '' && key === 'phoneNumber') value = normalizePhone(value)
          updates.push([key, value])
        }
        for (const [key, value] of updates) {
          if (value === '') delete user.profile[key]
          else user.profile[key] = value
        }
        return issue(session, user)
      }),

    enrollTotp: (ctx) =>
      run('enrollTotp', ctx, async () => {
        const { user } = await authenticate(ctx)
        if (user.totp?.verified)
          throw invalidInput('A TOTP device is already enrolled; verify a code from it')
        const device = new TOTP({
          issuer: 'lanyard',
          label: user.profile.email ?? user.id,
          algorithm: 'SHA1',
          digits: 6,
          period: 30,
          secret: new Secret({ size: 20 }),
        })
        user.totp = { device, verified: false }
        return { secret: device.secret.base32, otpauthUri: device.toString() }
      }),

    verifyTotp: (input, ctx) =>
      run('verifyTotp', ctx, async () => {
        const { session, user } = await authenticate(ctx)
        if (!user.totp) throw invalidInput('No TOTP device is enrolled. Enroll one first.')
        const code = typeof input?.code === 'string' ? input.code.replace(/\s/g, '') : ''
        const delta = /^\d{6}$/.test(code)
          ? user.totp.device.validate({ token: code, timestamp: now(), window: 1 })
          : null
        if (delta === null)
          throw new SessionError(
            'invalid_code',
            'The TOTP code is wrong. Enter the current code from your authenticator app.',
            { status: 422 },
          )
        if (!user.totp.verified) {
          user.totp.verified = true
          user.credentials.push({ id: randomUUID(), format: 'totp', publicIdentifier: 'totp' })
        }
        session.mfaVerified = true
        return issue(session, user)
      }),

    createEmbeddedWallet: (input, ctx) =>
      run('createEmbeddedWallet', ctx, async () => {
        const { session, user } = await authenticate(ctx, true)
        const chain = typeof input?.chain === 'string' ? input.chain : ''
        if (chain.toUpperCase() !== 'EVM')
          throw invalidInput('Embedded wallets are available on the EVM chain only.', 400)
        const secretKey = randomSecretKey()
        const address = addressOfSecretKey(secretKey)
        user.embeddedKeys.set(address, secretKey)
        user.credentials.push({
          id: randomUUID(),
          format: 'blockchain',
          address,
          chain: 'EVM',
          walletName: 'lanyard',
          walletProvider: 'embeddedWallet',
          publicIdentifier: address,
        })
        return issue(session, user)
      }),

    refresh: (ctx) =>
      run('refresh', ctx, async () => {
        const { session, user } = await authenticate(ctx)
        return issue(session, user)
      }),

    revoke: (input, ctx) =>
      run('revoke', ctx, async () => {
        const { session } = await authenticate(ctx)
        void input
        end(session, 'user.session.revoked')
      }),
  }

  const server: TestAuthServer = {
    environmentId,
    options: resolved,
    api,
    listen: (port) => listen(server, port),

    lastCode(emailOrPhone) {
      const target = emailOrPhone.includes('@')
        ? emailOrPhone.trim().toLowerCase()
        : emailOrPhone.replace(/[\s().-]/g, '')
      const code = codes.lastCode(target)
      if (code === undefined) throw new Error(`No one-time code was sent to ${emailOrPhone}.`)
      return code
    },

    totpCode(email) {
      const address = email.trim().toLowerCase()
      const user =
        byEmail(address) ?? [...users.values()].find((candidate) => candidate.profile.email === address)
      if (!user?.totp) throw new Error(`The user ${email} has no TOTP device. Call enrollTotp first.`)
      return user.totp.device.generate({ timestamp: now() })
    },

    revokeSession(sessionId) {
      const session = sessions.get(sessionId)
      return session ? end(session, 'admin.user.session.revoked') : false
    },

    revokeUser(userId) {
      let count = 0
      for (const session of sessions.values()) {
        if (session.userId === userId && end(session, 'admin.user.session.revoked')) count++
      }
      return count
    },

    revokeAll() {
      let count = 0
      for (const session of sessions.values()) if (end(session, 'admin.user.session.revoked')) count++
      return count
    },

    fail(operation, failure, times = 1) {
      if (!OPERATIONS.includes(operation)) {
        throw new TypeError(
          `server.fail: unknown operation "${operation}". Use one of: ${OPERATIONS.join(', ')}.`,
        )
      }
      if (typeof failure?.status !== 'number') throw new TypeError('server.fail: `status` must be a number.')
      const queue = failures.get(operation) ?? []
      for (let i = 0; i < times; i++) queue.push({ ...failure })
      if (queue.length > 0) failures.set(operation, queue)
    },

    webhooks,
    visits,
    sessions: () => [...sessions.values()].map(view),
    jwks: () => keys.jwks(),
    rotateKey: () => keys.rotate(),
  }
  return server
}
