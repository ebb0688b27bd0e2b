import { createAccess } from './access'
import { createApi } from './api'
import { createContactChanges } from './contactChanges'
import { createExternalJwt } from './externalJwt'
import { createFaults } from './faults'
import { createKeyRing } from './keys'
import { createOneTimeCodes } from './oneTimeCodes'
import { createPasskeys } from './passkeys'
import { createSessions } from './sessions'
import { createSocial } from './social'
import { createStepUp } from './stepUp'
import type { ResolvedTestAuthServerOptions, Visit } from './types'
import { createUsers } from './users'
import { createWalletProofs } from './walletProofs'
import { createWebhooks } from './webhooks'

/** The parts of a reference backend, wired to each other; `api` is the in-process AuthApi over them. */
export type Backend = ReturnType<typeof createBackend>

/** Creates every part of a reference backend on the resolved options. */
export function createBackend(options: ResolvedTestAuthServerOptions) {
  const keys = createKeyRing()
  const codes = createOneTimeCodes(options.now)
  const users = createUsers(options.requiredFields)
  const webhooks = createWebhooks(options)
  const sessions = createSessions({ access: createAccess(options), options, keys, users, webhooks })
  const faults = createFaults()
  const visits: Visit[] = []
  const social = createSocial({ options, users, sessions })
  const passkeys = createPasskeys({ options, users, sessions })
  const changes = createContactChanges({ codes, users, sessions })
  const api = createApi({
    changes,
    social,
    passkeys,
    externalJwt: createExternalJwt({ options, users, sessions }),
    stepUp: createStepUp({ options, keys, sessions, passkeys }),
    options,
    codes,
    users,
    sessions,
    proofs: createWalletProofs(options),
    faults,
    visits,
  })
  return { keys, codes, users, webhooks, sessions, faults, visits, social, changes, api }
}
