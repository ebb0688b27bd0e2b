import { SessionError } from './errors'

/**
 * A rarely used part loaded on first use (`() => import('./part')`), once; a chunk that fails to load
 * is `network` and is tried again on the next call.
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | null = null
  return () =>
    (loaded ??= load().catch((error) => {
      loaded = null
      throw new SessionError(
        'network',
        process.env.NODE_ENV !== 'production'
          ? 'A part of lanyard could not be loaded. Check the connection and try again.'
          : '',
        {
          cause: error,
        },
      )
    }))
}
