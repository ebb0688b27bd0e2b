import fc from 'fast-check'
import {
  type AuthApi,
  createSession,
  memoryStorage,
  type SessionSnapshot,
  type StorageAdapter,
} from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
import { beforeAll, describe, expect, test } from 'vitest'

const KEY = 'lanyard.session'
const RUNS = 2000

let api: AuthApi
let realToken: string
let realRecord: string

beforeAll(async () => {
  const server = createTestAuthServer()
  api = server.api
  const storage = memoryStorage()
  const session = createSession({ api, storage, crossTab: false, revalidateOnFocus: false })
  await session.email.sendCode('ada@example.com')
  await session.email.verifyCode(server.lastCode('ada@example.com') as string)
  realToken = session.getToken() as string
  realRecord = storage.getItem(KEY) as string
  session.stop()
})

const b64url = (text: string) => Buffer.from(text).toString('base64url')
const utf8 = new TextDecoder('utf-8', { fatal: true })
/** Lenient: whatever Node's base64url decoder makes of it. */
const decodeSegment = (segment: string | undefined): unknown => {
  try {
    return JSON.parse(Buffer.from(segment ?? '', 'base64url').toString('utf8'))
  } catch {
    return undefined
  }
}
/** Strict: only well-formed base64url of well-formed UTF-8. */
const decodeStrict = (segment: string | undefined): unknown => {
  if (segment === undefined || !/^[A-Za-z0-9_-]+$/.test(segment) || segment.length % 4 === 1) return undefined
  try {
    return JSON.parse(utf8.decode(Buffer.from(segment, 'base64url')))
  } catch {
    return undefined
  }
}

/**
 * The oracle (lenient by default, so that `authenticated ⇒ usable` is the strongest claim; strict decoding
 * for the converse): what a token must be for the client to hold a session on it (docs/storage.md, Restore), read
 * independently of the implementation. Signatures are the server's to check; the client only requires one.
 */
function usable(token: unknown, decode = decodeSegment): boolean {
  if (typeof token !== 'string' || token.length > 16_384) return false
  const parts = token.split('.')
  if (parts.length !== 3 || !parts[2]) return false
  const header = decode(parts[0]) as { alg?: unknown } | undefined
  const claims = decode(parts[1]) as Record<string, unknown> | undefined
  if (typeof header !== 'object' || header === null) return false
  if (typeof header.alg !== 'string' || header.alg.toLowerCase() === 'none') return false
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) return false
  const { sub, sid, exp, iat } = claims
  return (
    typeof sub === 'string' &&
    sub !== '' &&
    typeof sid === 'string' &&
    sid !== '' &&
    typeof exp === 'number' &&
    Number.isFinite(exp) &&
    typeof iat === 'number' &&
    Number.isFinite(iat) &&
    exp > iat
  )
}

interface Outcome {
  snapshot: SessionSnapshot
  token: string | null
  left: string | null
  errors: string[]
}

/** Restores from `raw` synchronously; never lets an exception out (the property fails on one). */
async function restore(raw: string): Promise<Outcome> {
  const items = memoryStorage()
  items.setItem(KEY, raw)
  const storage: StorageAdapter = items
  const session = createSession({ api, storage, crossTab: false, revalidateOnFocus: false })
  const errors: string[] = []
  session.on('error', ({ error }) => errors.push(error.code))
  const snapshot = session.getSnapshot()
  const token = session.getToken()
  await Promise.resolve()
  session.stop()
  return { snapshot, token, left: items.getItem(KEY) as string | null, errors }
}

/** Invariants that hold for any input whatsoever. */
function checkInvariants(raw: string, { snapshot, token, left, errors }: Outcome) {
  expect(['visitor', 'expired', 'loggedIn', 'pending']).toContain(snapshot.status)
  expect(Object.isFrozen(snapshot)).toBe(true)
  if (snapshot.isAuthenticated) {
    expect(token).not.toBeNull()
    expect(usable(token)).toBe(true)
    const claims = decodeStrict((token as string).split('.')[1]) as { sub: string } | undefined
    if (claims) expect(snapshot.user?.id).toBe(claims.sub) // identity from the token
    expect(snapshot.expiresAt).toBeGreaterThan(Date.now() - 1000)
    expect(left).toBe(raw) // a session kept its record
    expect(errors).toEqual([])
  } else {
    // No authenticated state from garbage: no token, no user, and the record is gone.
    expect(token).toBeNull()
    expect(snapshot.user).toBeNull()
    expect(snapshot.sessionId).toBeNull()
    expect(snapshot.expiresAt).toBeNull()
    expect(snapshot.isLoggedIn).toBe(false)
    expect(left).toBeNull()
    if (snapshot.status === 'expired') {
      expect(snapshot.endReason).toBe('token-expired')
      expect(errors).toEqual([])
    } else {
      expect(snapshot.status).toBe('visitor')
      expect(snapshot.error?.code).toBe('invalid_token')
      expect(errors).toEqual(['invalid_token']) // heard once, after a microtask
      for (const part of raw.split(/[".,:{}\s]/)) {
        if (part.length >= 40) expect(snapshot.error?.message).not.toContain(part)
      }
    }
  }
}

const nowS = () => Math.floor(Date.now() / 1000)
const segment = (value: unknown) => b64url(JSON.stringify(value))

const claimValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(nowS() - 3600, nowS(), nowS() + 3600, Number.MAX_SAFE_INTEGER, -1, 0),
  fc.jsonValue(),
)
const claimsArb = fc.record(
  {
    sub: claimValue,
    exp: claimValue,
    iat: claimValue,
    sid: claimValue,
    scope: claimValue,
    extra: fc.jsonValue(),
  },
  { requiredKeys: [] },
)
const headerArb = fc.oneof(
  fc.record({ alg: fc.constantFrom('RS256', 'HS256', 'none', 'None', 'NONE', '', 'ES256') }),
  fc.record({ alg: claimValue }, { requiredKeys: [] }),
  fc.jsonValue(),
)
const signatureArb = fc.oneof(fc.constant(''), fc.base64String(), fc.string())
const tokenArb = fc.oneof(
  // Structurally JWT-shaped, with arbitrary header and claims.
  fc
    .tuple(headerArb, claimsArb, signatureArb)
    .map(([header, claims, signature]) => `${segment(header)}.${segment(claims)}.${signature}`),
  // Random segments.
  fc.array(fc.oneof(fc.base64String(), fc.string()), { maxLength: 5 }).map((parts) => parts.join('.')),
  fc.string(),
)
const expiresAtArb = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: -1e13, max: 1e13 }),
  fc.double(),
  fc.string(),
  fc.constant(null),
)
const recordArb = fc.oneof(
  fc
    .record(
      {
        v: fc.oneof(fc.constant(1), claimValue),
        token: fc.oneof(tokenArb, claimValue),
        expiresAt: expiresAtArb,
      },
      { requiredKeys: ['v'] },
    )
    .map((record) => JSON.stringify(record)),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.string(),
  fc.string({ unit: 'binary' }),
)

describe('restore never throws and never authenticates garbage', () => {
  test(`${RUNS} random records`, async () => {
    await fc.assert(
      fc.asyncProperty(recordArb, async (raw) => {
        checkInvariants(raw, await restore(raw))
      }),
      { numRuns: RUNS },
    )
  })

  test(`${RUNS} random JWT-shaped tokens in a well-formed record`, async () => {
    await fc.assert(
      fc.asyncProperty(tokenArb, expiresAtArb, async (token, expiresAt) => {
        const raw = JSON.stringify({ v: 1, token, expiresAt })
        const outcome = await restore(raw)
        checkInvariants(raw, outcome)
        if (!usable(token)) expect(outcome.snapshot.isAuthenticated).toBe(false)
      }),
      { numRuns: RUNS },
    )
  })

  test('every truncation of a real record', async () => {
    // Deterministic and exhaustive: one restore per prefix length.
    for (let length = 0; length < realRecord.length; length++) {
      const raw = realRecord.slice(0, length)
      const outcome = await restore(raw)
      checkInvariants(raw, outcome)
      expect(outcome.snapshot.isAuthenticated).toBe(false) // a cut record is never valid JSON
    }
    const whole = await restore(realRecord)
    expect(whole.snapshot.status).toBe('loggedIn')
    expect(whole.token).toBe(realToken)
  })

  test(`${RUNS} truncations and corruptions of a real token`, async () => {
    const [header, payload] = realToken.split('.') as [string, string, string]
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: realToken.length }),
        fc.nat({ max: realToken.length }),
        fc.string({ maxLength: 3 }),
        async (cut, at, insert) => {
          for (const token of [
            realToken.slice(0, cut),
            realToken.slice(cut),
            realToken.slice(0, at) + insert + realToken.slice(at + 1),
          ]) {
            const raw = JSON.stringify({ v: 1, token, expiresAt: Date.now() + 3_600_000 })
            const outcome = await restore(raw)
            checkInvariants(raw, outcome)
            if (usable(token, decodeStrict)) expect(outcome.snapshot.isAuthenticated).toBe(true)
            if (!usable(token)) expect(outcome.snapshot.isAuthenticated).toBe(false)
            // Cut inside the header or the claims: never a session.
            if (token === realToken.slice(0, cut) && cut <= header.length + 1 + payload.length) {
              expect(outcome.snapshot.isAuthenticated).toBe(false)
            }
          }
        },
      ),
      { numRuns: RUNS },
    )
  })

  test(`${RUNS} valid-looking tokens: authenticated exactly when usable and not yet ended`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          sub: fc.oneof(fc.string(), fc.constant('')),
          iat: fc.integer({ min: nowS() - 10 * 86_400, max: nowS() + 86_400 }),
          life: fc.integer({ min: -3600, max: 30 * 86_400 }),
        }),
        fc.constantFrom('RS256', 'none', 'HS512'),
        async ({ sub, iat, life }, alg) => {
          const token = `${segment({ alg })}.${segment({ sub, iat, exp: iat + life })}.c2ln`
          const raw = JSON.stringify({ v: 1, token })
          const outcome = await restore(raw)
          checkInvariants(raw, outcome)
          // Without a stored expiry, the token's own exp decides.
          const live = usable(token) && (iat + life) * 1000 > Date.now() + 50
          const ended = usable(token) && (iat + life) * 1000 <= Date.now() - 50
          if (live) expect(outcome.snapshot.isAuthenticated).toBe(true)
          if (ended) expect(outcome.snapshot.status).toBe('expired')
          if (!usable(token)) expect(outcome.snapshot.status).toBe('visitor')
        },
      ),
      { numRuns: RUNS },
    )
  })
})
