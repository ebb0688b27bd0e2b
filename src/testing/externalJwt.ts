import { randomUUID } from 'node:crypto'
import { createLocalJWKSet, createRemoteJWKSet, type JSONWebKeySet, jwtVerify } from 'jose'
import type { AuthResult } from '../api/types'
import { SessionError } from '../errors'
import { normalizeEmail } from '../validate'
import { invalidInput } from './refuse'
import type { Sessions } from './sessions'
import type { ResolvedTestAuthServerOptions } from './types'
import type { Users } from './users'

/** Why jose refused a third-party JWT, in words for the user. */
function reason(error: unknown): string {
  const { code, claim } = (error ?? {}) as { code?: string; claim?: string }
  if (code === 'ERR_JWT_EXPIRED') return 'it has expired'
  if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && claim === 'iss')
    return 'its issuer (iss) is not the configured one'
  if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && claim === 'aud')
    return 'its audience (aud) is not this app'
  if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED') return `its "${claim}" claim is not valid`
  if (code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' || code === 'ERR_JWKS_NO_MATCHING_KEY')
    return 'its signature does not match the configured keys'
  return 'it is not a well-formed signed JWT'
}

/** Sign-in with a third-party JWT, verified with jose against the configured JWKS, issuer and audience. */
export function createExternalJwt(parts: {
  options: ResolvedTestAuthServerOptions
  users: Users
  sessions: Sessions
}) {
  const { options, users, sessions } = parts
  const config = options.externalJwt
  const keys =
    config &&
    (typeof config.jwks === 'string'
      ? createRemoteJWKSet(new URL(config.jwks))
      : createLocalJWKSet(config.jwks as JSONWebKeySet))

  return async function signIn(jwt: unknown): Promise<AuthResult> {
    if (!config || !keys) throw invalidInput('External JWT sign-in is not configured on this server.')
    if (typeof jwt !== 'string' || jwt === '') throw invalidInput('Pass the third-party JWT.', 400)
    let payload: Record<string, unknown>
    try {
      ;({ payload } = await jwtVerify(jwt, keys, {
        issuer: config.issuer,
        audience: config.audience,
        currentDate: new Date(options.now()),
        clockTolerance: 5,
      }))
    } catch (error) {
      // Deliberately no cause: nothing of the token travels in the error.
      throw new SessionError('invalid_token', `The external JWT was refused: ${reason(error)}.`, {
        status: 422,
      })
    }
    if (typeof payload.sub !== 'string' || payload.sub === '') {
      throw new SessionError('invalid_token', 'The external JWT was refused: it has no subject (sub).', {
        status: 422,
      })
    }
    const id = `${config.issuer}|${payload.sub}`
    const existing = users.byIdentifier('externalUser', id)
    if (existing) return sessions.start(existing, false)
    const email = normalizeEmail(payload.email) ?? undefined
    // Only an email the identity system says it verified is proven (read by access lists and gates).
    const proven = payload.email_verified === true ? email : undefined
    const credential = {
      id: randomUUID(),
      format: 'externalUser' as const,
      publicIdentifier: id,
      ...(proven ? { email: proven } : {}),
    }
    return sessions.start(users.create(email ? { email } : {}, credential), true)
  }
}
