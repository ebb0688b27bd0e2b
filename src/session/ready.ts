import type { Core } from './core'
import type { SessionSnapshot } from './snapshot'

/**
 * `session.ready`: the first settled snapshot, after `restoring`. In cookie mode there is no token to
 * read, so a restored hint is confirmed with the server (a refresh) before it counts.
 */
export function createReady(core: Core, cookieMode: boolean, refresh: () => Promise<SessionSnapshot>) {
  let end: () => void = () => undefined
  const promise = new Promise<SessionSnapshot>((resolve) => {
    end = () => resolve(core.current())
    const done = () => {
      const current = core.current()
      if (current.status === 'restoring') return false
      const confirm = cookieMode && current.isAuthenticated
      resolve(confirm ? refresh().then(core.current, core.current) : current)
      return true
    }
    if (!done()) {
      const unsubscribe = core.subscribe(() => {
        if (done()) unsubscribe()
      })
    }
  })
  return { promise, end }
}
