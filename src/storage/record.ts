import { SessionError } from '../errors'
import { type Auth, authFromHint, authFromToken, type StoredSession, unseal } from '../token/auth'

export type { StoredSession }

/** Version of the stored session record; a record of any other version is removed. */
export const RECORD_VERSION = 1

export const recordKey = (storageKey: string) => `${storageKey}.session`

/**
 * Serialises a session: the token (in-app mode) or, in cookie mode, only the non-secret hint
 * `{ expiresAt, sessionId, user }`.
 */
export function serializeRecord(auth: Auth): string {
  const token = unseal(auth.token)
  const body =
    token === null
      ? { v: RECORD_VERSION, expiresAt: auth.expiresAt, sessionId: auth.user.sessionId, user: auth.user }
      : { v: RECORD_VERSION, token, expiresAt: auth.expiresAt }
  return JSON.stringify(auth.createWallet ? { ...body, createWallet: true } : body)
}

const corrupt = (why: string, cause?: unknown) =>
  new SessionError(
    'invalid_token',
    process.env.NODE_ENV !== 'production'
      ? `The stored session was ${why} and has been removed. Sign in again.`
      : '',
    {
      cause,
    },
  )

/**
 * Reads a stored record. Never throws: garbage becomes `bad` (the caller removes it), an ended
 * session becomes `ended`. Identity and expiry come from the token, never from the record's other fields.
 */
export function parseRecord(raw: string | null, now: number, cookieMode: boolean): StoredSession {
  if (raw === null || raw === undefined) return { kind: 'none' }
  let record: Record<string, unknown>
  try {
    record = JSON.parse(raw)
  } catch (cause) {
    return { kind: 'bad', error: corrupt('corrupt', cause) }
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { kind: 'bad', error: corrupt('corrupt') }
  }
  if (record.v !== RECORD_VERSION) return { kind: 'bad', error: corrupt('of an unknown version') }
  const createWallet = record.createWallet === true
  let auth: Auth
  try {
    if (cookieMode) auth = authFromHint(record.user, record.expiresAt, createWallet)
    else if (typeof record.token === 'string')
      auth = authFromToken(record.token, record.expiresAt, createWallet, now)
    else return { kind: 'bad', error: corrupt('missing its token') }
  } catch (cause) {
    return { kind: 'bad', error: cause instanceof SessionError ? cause : corrupt('unreadable', cause) }
  }
  return auth.expiresAt <= now ? { kind: 'ended' } : { kind: 'auth', auth }
}
