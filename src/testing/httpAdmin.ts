import type { IncomingMessage, ServerResponse } from 'node:http'
import { SessionError } from '../errors'
import { bearer, readBody, sameSecret } from './httpRequest'
import type { Responder } from './httpResponse'
import type { TestAuthServer } from './types'

/**
 * The `/admin/{environmentId}/` routes (`Authorization: Bearer <apiKey>`, POST): revoke one session,
 * every session of a user, or every session of the environment.
 */
export async function handleAdmin(
  server: TestAuthServer,
  { send }: Responder,
  req: IncomingMessage,
  res: ServerResponse,
  segments: string[],
): Promise<void> {
  const { apiKey } = server.options
  if (apiKey === undefined) {
    throw new SessionError(
      'invalid_input',
      'The admin routes are off: start the server with an `apiKey` (createTestAuthServer({ apiKey })).',
      { status: 404 },
    )
  }
  if (!sameSecret(bearer(req.headers.authorization), apiKey)) {
    res.setHeader('WWW-Authenticate', 'Bearer')
    throw new SessionError('unauthorized', 'The admin routes need `Authorization: Bearer <apiKey>`.', {
      status: 401,
    })
  }
  if (req.method !== 'POST') throw new SessionError('invalid_input', 'Use POST.', { status: 405 })
  await readBody(req)
  const [kind, id, action] = segments
  if (kind === 'revoke' && id === undefined) return send(res, 200, { revoked: server.revokeAll() })
  if (kind === 'sessions' && id && action === 'revoke' && segments.length === 3) {
    return send(res, 200, { revoked: server.revokeSession(id) ? 1 : 0 })
  }
  if (kind === 'users' && id && action === 'revoke' && segments.length === 3) {
    return send(res, 200, { revoked: server.revokeUser(id) })
  }
  throw new SessionError('invalid_input', 'No such admin route.', { status: 404 })
}
