import { TokenVerificationError } from './errors'
import type { KeyResolver } from './fetchJwks'

interface JwksCacheOptions {
  /** One request for the JWKS (see `fetchJwks`); rejects with a TokenVerificationError. */
  load: () => Promise<KeyResolver>
  now: () => number
  /** At most one request per this many ms, for an unknown `kid` and while no set has loaded yet. */
  cooldownMs: number
  /** A set older than this is refreshed before the next verification. */
  cacheMaxAgeMs: number
}

/**
 * A key resolver for `jwtVerify` over a remote JWKS: fetched on first use (concurrent callers
 * share the request), kept in memory, refreshed when older than `cacheMaxAgeMs`, refetched on an
 * unknown `kid`. Requests start at most once per `cooldownMs`, so neither a flood of made-up
 * `kid`s nor an auth server that is down multiplies the requests.
 */
export function createJwksCache(options: JwksCacheOptions): KeyResolver {
  const { load, now, cooldownMs, cacheMaxAgeMs } = options
  let keys: KeyResolver | undefined
  let fetchedAt = Number.NEGATIVE_INFINITY // when the cached set was fetched
  let attemptedAt = Number.NEGATIVE_INFINITY // when a fetch was last started, successful or not
  let lastFailure: unknown // why the last fetch failed, while no set has loaded
  let inFlight: Promise<KeyResolver> | undefined

  const coolingDown = () => now() - attemptedAt < cooldownMs

  function refetch(): Promise<KeyResolver> {
    if (!inFlight) {
      attemptedAt = now()
      inFlight = load()
        .then(
          (resolver) => {
            keys = resolver
            fetchedAt = now()
            return resolver
          },
          (error: unknown) => {
            lastFailure = error
            throw error
          },
        )
        .finally(() => {
          inFlight = undefined
        })
    }
    return inFlight
  }

  async function currentKeys(): Promise<KeyResolver> {
    if (!keys) {
      // Never loaded and the last attempt failed recently: refuse without asking again.
      if (!inFlight && coolingDown()) throw coolingDownError(lastFailure, cooldownMs - (now() - attemptedAt))
      return refetch()
    }
    if (now() - fetchedAt > cacheMaxAgeMs && !coolingDown()) {
      // Stale: refresh, but keep serving the old set if the auth server is briefly unreachable.
      return refetch().catch(() => keys as KeyResolver)
    }
    return keys
  }

  return async (header, token) => {
    const resolver = await currentKeys()
    try {
      return await resolver(header, token)
    } catch (error) {
      const noMatch = (error as { code?: unknown }).code === 'ERR_JWKS_NO_MATCHING_KEY'
      if (!noMatch || coolingDown()) throw error
      // An unknown kid: the auth server may have rotated its keys since the last fetch.
      return (await refetch())(header, token)
    }
  }
}

function coolingDownError(lastFailure: unknown, remainingMs: number): TokenVerificationError {
  const last = lastFailure instanceof Error ? `${lastFailure.message} ` : ''
  const seconds = Math.max(1, Math.ceil(remainingMs / 1000))
  return new TokenVerificationError(
    'jwks_unavailable',
    `${last}The JWKS is not requested again before the cool-down ends (in ${seconds} s, see \`cooldownMs\`).`,
    { cause: lastFailure },
  )
}
