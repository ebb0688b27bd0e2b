import type { IncomingMessage, ServerResponse } from 'node:http'
import { SessionError } from '../errors'
import type { Social } from './social'

/**
 * The `/oauth/{environmentId}/{provider}/` routes: `authorize` is a simulated provider's consent
 * (a 302 to the app's redirect URI; `email`, `name` and `deny` from the query), `callback` is where
 * an upstream OpenID provider sends the user back (a 302 to the app, after the code exchange).
 */
export async function handleOAuth(
  social: Social,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  [provider, action]: string[],
): Promise<void> {
  req.resume()
  if (req.method !== 'GET') throw new SessionError('invalid_input', 'Use GET.', { status: 405 })
  const query = url.searchParams
  let location: string
  if (action === 'authorize' && provider) {
    location = await social.authorize(url.toString(), {
      email: query.get('email') ?? `${provider}.user@example.com`,
      name: query.get('name') ?? undefined,
      deny: query.get('deny') === '1' || query.get('deny') === 'true',
      emailVerified: query.get('email_verified') !== '0' && query.get('email_verified') !== 'false',
    })
  } else if (action === 'callback' && provider) {
    location = await social.callback(provider, query)
  } else {
    throw new SessionError('invalid_input', 'No such OAuth route.', { status: 404 })
  }
  res.writeHead(302, { Location: location, 'Cache-Control': 'no-store' })
  res.end()
}
