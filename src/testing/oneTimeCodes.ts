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

export function createOneTimeCodes(now: () => number): OneTimeCodes {
  const verifications = new Map<string, Verification>()
  const sends = new Map<string, number[]>()
  const lastCodes = new Map<string, string>()
  /** The newest verification per `${channel}:${target}`: a new send supersedes it. */
  const newest = new Map<string, Verification>()

  const issue = (verification: Verification) => {
    verification.code = newCode()
    verification.expiresAt = now() + CODE_LIFETIME_MS
    lastCodes.set(verification.target, verification.code)
  }

  const find = (channel: Channel, id: unknown): Verification => {
    const verification = typeof id === 'string' ? verifications.get(id) : undefined
    if (!verification || verification.channel !== channel) {
      throw new SessionError('invalid_input', 'This verification is unknown. Send a new code.', {
        status: 422,
      })
    }
    return verification
  }

  const superseded = () =>
    new SessionError('invalid_code', 'A newer code was sent to this address: enter that one.', {
      status: 422,
    })

  const tooMany = () =>
    new SessionError('too_many_attempts', 'Too many wrong codes: this code is burned. Send a new code.', {
      status: 422,
    })

  return {
    send(channel, target) {
      const at = now()
      const key = `${channel}:${target}`
      const recent = (sends.get(key) ?? []).filter((sentAt) => sentAt > at - SEND_WINDOW_MS)
      if (recent.length >= MAX_SENDS_PER_WINDOW) {
        const retryAfter = seconds(
          (recent[recent.length - MAX_SENDS_PER_WINDOW] as number) + SEND_WINDOW_MS - at,
        )
        sends.set(key, recent)
        throw new SessionError(
          'rate_limited',
          `Too many codes were sent to this address. Try again in ${retryAfter} seconds.`,
          { status: 429, retryAfter },
        )
      }
      recent.push(at)
      sends.set(key, recent)
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
      issue(verification)
      verifications.set(verification.id, verification)
      // Only the newest code sent to an address verifies: the earlier verification's code stops working.
      const previous = newest.get(key)
      if (previous?.state === 'open') previous.state = 'superseded'
      newest.set(key, verification)
      return verification.id
    },

    resend(channel, verificationId) {
      const verification = find(channel, verificationId)
      if (verification.state === 'burned') throw tooMany()
      if (verification.state === 'superseded') throw superseded()
      if (verification.state === 'used') {
        throw new SessionError('code_expired', 'This verification was already completed. Send a new code.', {
          status: 422,
        })
      }
      const at = now()
      if (verification.lastResendAt !== null && at - verification.lastResendAt < RESEND_INTERVAL_MS) {
        const retryAfter = seconds(verification.lastResendAt + RESEND_INTERVAL_MS - at)
        throw new SessionError(
          'rate_limited',
          `A code was just resent. Try again in ${retryAfter} seconds.`,
          {
            status: 429,
            retryAfter,
          },
        )
      }
      verification.lastResendAt = at
      issue(verification)
      return verification.id
    },

    verify(channel, verificationId, code) {
      const verification = find(channel, verificationId)
      if (verification.state === 'burned') throw tooMany()
      if (verification.state === 'superseded') throw superseded()
      if (verification.state === 'used') {
        throw new SessionError('code_expired', 'This code was already used. Send a new code.', {
          status: 422,
        })
      }
      if (now() >= verification.expiresAt) {
        throw new SessionError('code_expired', 'The code has expired. Send a new code.', { status: 422 })
      }
      // The session's code rule: a malformed code is simply a wrong one (and counts as an attempt).
      const given = Buffer.from(normalizeCode(code) ?? '')
      const expected = Buffer.from(verification.code)
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        verification.attempts++
        if (verification.attempts >= MAX_ATTEMPTS) {
          verification.state = 'burned'
          throw tooMany()
        }
        const left = MAX_ATTEMPTS - verification.attempts
        throw new SessionError(
          'invalid_code',
          `The code is wrong. Check it and try again (${left} attempt${left === 1 ? '' : 's'} left).`,
          { status: 422 },
        )
      }
      verification.state = 'used'
      return verification.target
    },

    lastCode: (target) => lastCodes.get(target),
  }
}
