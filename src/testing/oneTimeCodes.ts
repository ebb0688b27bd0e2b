import { randomInt, randomUUID, timingSafeEqual } from 'node:crypto'
import { SessionError } from '../errors'
import { normalizeCode } from '../validate'

const CODE_LIFETIME_MS = 10 * 60_000
const MAX_ATTEMPTS = 5
const SEND_WINDOW_MS = 10 * 60_000
const MAX_SENDS_PER_WINDOW = 10
const RESEND_INTERVAL_MS = 30_000

/** Where a one-time code goes. */
export type Channel = 'email' | 'sms'

interface Verification {
  id: string
  channel: Channel
  target: string
  code: string
  expiresAt: number
  /** When the last resend happened: the first resend may follow the send at once, the next ones wait 30 s. */
  lastResendAt: number | null
  attempts: number
  /** `superseded`: a later send to the same address replaced this verification's code. */
  state: 'open' | 'used' | 'burned' | 'superseded'
}

/** One-time codes with the limits above (lifetime, wrong attempts, sends and resends), on an injected clock. */
export interface OneTimeCodes {
  send(channel: Channel, target: string): string
  resend(channel: Channel, verificationId: unknown): string
  /** Checks a code and consumes the verification; resolves the verified target. */
  verify(channel: Channel, verificationId: unknown, code: unknown): string
  lastCode(target: string): string | undefined
}

const newCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0')
const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000))

/** What the code functions share: the clock and the verifications, by id and by address. */
interface CodeParts {
  now: () => number
  verifications: Map<string, Verification>
  /** When codes were sent, per `${channel}:${target}`, for the send limit. */
  sends: Map<string, number[]>
  lastCodes: Map<string, string>
  /** The newest verification per `${channel}:${target}`: a new send supersedes it. */
  newest: Map<string, Verification>
}

const superseded = () =>
  new SessionError('invalid_code', 'A newer code was sent to this address: enter that one.', {
    status: 422,
  })

const tooMany = () =>
  new SessionError('too_many_attempts', 'Too many wrong codes: this code is burned. Send a new code.', {
    status: 422,
  })

/** A fresh code for the verification, good for the code lifetime from now. */
function issue({ now, lastCodes }: CodeParts, verification: Verification): void {
  verification.code = newCode()
  verification.expiresAt = now() + CODE_LIFETIME_MS
  lastCodes.set(verification.target, verification.code)
}

/** The verification of that id on that channel; unknown ids are refused. */
function find({ verifications }: CodeParts, channel: Channel, id: unknown): Verification {
  const verification = typeof id === 'string' ? verifications.get(id) : undefined
  if (!verification || verification.channel !== channel) {
    throw new SessionError('invalid_input', 'This verification is unknown. Send a new code.', {
      status: 422,
    })
  }
  return verification
}

/** Refuses a verification that is burned, superseded or used (`used`: what to say then). */
function assertOpen(verification: Verification, used: string): void {
  if (verification.state === 'burned') throw tooMany()
  if (verification.state === 'superseded') throw superseded()
  if (verification.state === 'used') throw new SessionError('code_expired', used, { status: 422 })
}

/** Counts a send to `key`, or refuses it (429) past the limit per window. */
function countSend({ now, sends }: CodeParts, key: string): void {
  const at = now()
  const recent = (sends.get(key) ?? []).filter((sentAt) => sentAt > at - SEND_WINDOW_MS)
  sends.set(key, recent)
  if (recent.length >= MAX_SENDS_PER_WINDOW) {
    const retryAfter = seconds((recent[recent.length - MAX_SENDS_PER_WINDOW] as number) + SEND_WINDOW_MS - at)
    throw new SessionError(
      'rate_limited',
      `Too many codes were sent to this address. Try again in ${retryAfter} seconds.`,
      { status: 429, retryAfter },
    )
  }
  recent.push(at)
}

function send(parts: CodeParts, channel: Channel, target: string): string {
  const key = `${channel}:${target}`
  countSend(parts, key)
  const verification: Verification = {
    id: randomUUID(),
    channel,
    target,
    code: '',
    expiresAt: 0,
    lastResendAt: null,
    attempts: 0,
    state: 'open',
  }
  issue(parts, verification)
  parts.verifications.set(verification.id, verification)
  // Only the newest code sent to an address verifies: the earlier verification's code stops working.
  const previous = parts.newest.get(key)
  if (previous?.state === 'open') previous.state = 'superseded'
  parts.newest.set(key, verification)
  return verification.id
}

function resend(parts: CodeParts, channel: Channel, verificationId: unknown): string {
  const verification = find(parts, channel, verificationId)
  assertOpen(verification, 'This verification was already completed. Send a new code.')
  const at = parts.now()
  if (verification.lastResendAt !== null && at - verification.lastResendAt < RESEND_INTERVAL_MS) {
    const retryAfter = seconds(verification.lastResendAt + RESEND_INTERVAL_MS - at)
    throw new SessionError('rate_limited', `A code was just resent. Try again in ${retryAfter} seconds.`, {
      status: 429,
      retryAfter,
    })
  }
  verification.lastResendAt = at
  issue(parts, verification)
  return verification.id
}

/** Counts a wrong code: the last allowed attempt burns the verification. */
function wrongCode(verification: Verification): SessionError {
  verification.attempts++
  if (verification.attempts >= MAX_ATTEMPTS) {
    verification.state = 'burned'
    return tooMany()
  }
  const left = MAX_ATTEMPTS - verification.attempts
  return new SessionError(
    'invalid_code',
    `The code is wrong. Check it and try again (${left} attempt${left === 1 ? '' : 's'} left).`,
    { status: 422 },
  )
}

function verify(parts: CodeParts, channel: Channel, verificationId: unknown, code: unknown): string {
  const verification = find(parts, channel, verificationId)
  assertOpen(verification, 'This code was already used. Send a new code.')
  if (parts.now() >= verification.expiresAt) {
    throw new SessionError('code_expired', 'The code has expired. Send a new code.', { status: 422 })
  }
  // The session's code rule: a malformed code is simply a wrong one (and counts as an attempt).
  const given = Buffer.from(normalizeCode(code) ?? '')
  const expected = Buffer.from(verification.code)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw wrongCode(verification)
  verification.state = 'used'
  return verification.target
}

export function createOneTimeCodes(now: () => number): OneTimeCodes {
  const parts: CodeParts = {
    now,
    verifications: new Map(),
    sends: new Map(),
    lastCodes: new Map(),
    newest: new Map(),
  }
  return {
    send: (channel, target) => send(parts, channel, target),
    resend: (channel, verificationId) => resend(parts, channel, verificationId),
    verify: (channel, verificationId, code) => verify(parts, channel, verificationId, code),
    lastCode: (target) => parts.lastCodes.get(target),
  }
}
