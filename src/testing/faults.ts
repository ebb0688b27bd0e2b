import { routes } from '../api/routes'
import type { ApiContext } from '../api/types'
import { codeOf } from '../api/wireCodes'
import { SessionError } from '../errors'
import type { ApiOperation, InjectedFailure } from './types'

/** Every operation `server.fail` can target: the AuthApi methods, in the order of the wire's routes. */
export const OPERATIONS = Object.keys(routes) as readonly ApiOperation[]

/** Fault injection and the envelope of every call. */
export interface Faults {
  /** Every call: honour the signal, apply an injected failure, then run (effects stay, like HTTP). */
  run<T>(operation: ApiOperation, ctx: ApiContext, body: () => T | Promise<T>): Promise<T>
  /** Queues `times` failures of the operation (`server.fail`). */
  fail(operation: ApiOperation, failure: InjectedFailure, times?: number): void
}

/** The error an injected failure rejects with: the code the HTTP client would read from that status. */
function failureError(operation: ApiOperation, failure: InjectedFailure): Error {
  if (failure.status === 0) return new TypeError('fetch failed')
  const status = failure.status
  const code = failure.code ?? codeOf(status)
  const retryAfter = code === 'rate_limited' ? (failure.retryAfter ?? 1) : undefined
  const message =
    failure.message ?? `The auth server answered ${operation} with HTTP ${status} (injected failure).`
  return new SessionError(code, message, retryAfter === undefined ? { status } : { status, retryAfter })
}

const checkAbort = (ctx: ApiContext | undefined) => {
  const signal = ctx?.signal
  if (signal?.aborted) {
    throw new SessionError('cancelled', 'The request was cancelled.', { cause: signal.reason })
  }
}

export function createFaults(): Faults {
  const failures = new Map<ApiOperation, InjectedFailure[]>()
  return {
    async run(operation, ctx, body) {
      checkAbort(ctx)
      const queue = failures.get(operation)
      const failure = queue?.shift()
      if (queue && queue.length === 0) failures.delete(operation)
      if (failure) throw failureError(operation, failure)
      const result = await body()
      checkAbort(ctx)
      return result
    },
    fail(operation, failure, times = 1) {
      if (!OPERATIONS.includes(operation)) {
        throw new TypeError(
          `server.fail: unknown operation "${operation}". Use one of: ${OPERATIONS.join(', ')}.`,
        )
      }
      if (typeof failure?.status !== 'number') throw new TypeError('server.fail: `status` must be a number.')
      const queue = failures.get(operation) ?? []
      for (let i = 0; i < times; i++) queue.push({ ...failure })
      if (queue.length > 0) failures.set(operation, queue)
    },
  }
}
