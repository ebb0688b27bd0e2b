import { fromPromise } from 'xstate'
import type { StoredSession } from '../../token/auth'
import type { SessionMachineDeps } from '../types'
import { apiActors } from './api'
import { passkeyActors } from './passkey'
import { timerActors } from './timers'
import { walletActors } from './wallet'

export { type ApiRun, apiCall, identitySwitch } from './api'

/** Finishes the read of an async storage adapter. */
const restore = fromPromise<StoredSession, SessionMachineDeps>(({ input, signal }) => input.restore(signal))

/** A logout during the async read: once the read is done, revoke the session it held and remove it. */
const discardStored = fromPromise<void, SessionMachineDeps>(({ input, signal }) =>
  input.restore(signal).then(
    (found) => {
      if (found.kind === 'auth') input.revoke(found.auth.token, 'user-intent')
      input.forget?.()
    },
    () => undefined,
  ),
)

/** Every actor the session machine invokes: API calls, wallets, the stored session, timers and wake checks. */
export const actors = {
  restore,
  discardStored,
  ...apiActors,
  ...walletActors,
  ...timerActors,
  ...passkeyActors,
}
