/**
 * `navigator.locks` for tests: Node 20 has no navigator, and happy-dom's `locks` is null. It keeps
 * the parts of the Web Locks API (https://w3c.github.io/web-locks/) that lanyard relies on, as
 * browsers do: one exclusive lock per name, granted in request order, held until the callback's
 * promise settles; a request whose `signal` aborts before the grant leaves the queue and rejects
 * with an `AbortError` (an abort after the grant changes nothing). `query()` shows who holds and
 * who waits, by name. Other options (`shared`, `ifAvailable`, `steal`) throw, so a caller that
 * starts using them is noticed.
 */
export interface TestLockManager {
  request<T>(
    name: string,
    options: { signal?: AbortSignal; mode?: string; ifAvailable?: boolean; steal?: boolean },
    callback: (lock: { name: string; mode: 'exclusive' }) => Promise<T> | T,
  ): Promise<T>
  query(): Promise<{ held: LockInfo[]; pending: LockInfo[] }>
  /** Every name requested, in order. */
  readonly requested: string[]
}

export interface LockInfo {
  name: string
  mode: 'exclusive'
}

interface Request {
  name: string
  grant(): void
}

const abortError = (signal: AbortSignal) =>
  signal.reason instanceof DOMException && signal.reason.name === 'AbortError'
    ? signal.reason
    : new DOMException('The lock request was aborted.', 'AbortError')

export function createTestLocks(): TestLockManager {
  const held = new Set<string>()
  const queues = new Map<string, Request[]>()
  const requested: string[] = []

  const next = (name: string) => {
    const queue = queues.get(name) ?? []
    const first = queue.shift()
    if (queue.length === 0) queues.delete(name)
    if (first) first.grant()
  }

  return {
    requested,
    request(name, options, callback) {
      requested.push(name)
      const { signal, mode = 'exclusive', ifAvailable, steal } = options ?? {}
      if (mode !== 'exclusive' || ifAvailable || steal) {
        return Promise.reject(new Error(`test locks: only exclusive requests are modelled (${name})`))
      }
      if (signal?.aborted) return Promise.reject(abortError(signal))
      return new Promise((resolve, reject) => {
        const request: Request = {
          name,
          grant: () => {
            signal?.removeEventListener('abort', onAbort)
            held.add(name)
            Promise.resolve()
              .then(() => callback({ name, mode: 'exclusive' }))
              .then(resolve, reject)
              .finally(() => {
                held.delete(name)
                next(name)
              })
          },
        }
        const onAbort = () => {
          const queue = queues.get(name) ?? []
          const at = queue.indexOf(request)
          if (at < 0) return
          queue.splice(at, 1)
          if (queue.length === 0) queues.delete(name)
          reject(abortError(signal as AbortSignal))
        }
        signal?.addEventListener('abort', onAbort)
        if (held.has(name)) {
          queues.set(name, [...(queues.get(name) ?? []), request])
        } else {
          request.grant()
        }
      })
    },
    async query() {
      return {
        held: [...held].map((name) => ({ name, mode: 'exclusive' as const })),
        pending: [...queues.values()].flat().map(({ name }) => ({ name, mode: 'exclusive' as const })),
      }
    },
  }
}
