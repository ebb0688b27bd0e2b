import { SessionError } from '../errors'
import type { ResolvedTestAuthServerOptions } from './types'
import type { UserRecord } from './users'

/** Access control at sign-in: the access list refuses, the gates add scopes. */
export interface Access {
  /** The gate scopes of a user allowed in; `access_denied` (403) for one the access list refuses. */
  admit(user: UserRecord): string[]
}

const norm = (value: string) => value.trim().toLowerCase()

/**
 * Everything a user proved: emails, phone numbers and wallet addresses of its credentials,
 * lower-cased. Never the profile, which holds what the user typed (`PUT users`).
 */
function identifiers(user: UserRecord): Set<string> {
  const found = new Set<string>()
  for (const credential of user.credentials) {
    for (const value of [credential.email, credential.address, credential.publicIdentifier]) {
      if (value) found.add(norm(value))
    }
  }
  return found
}

export function createAccess({ accessList, gates }: ResolvedTestAuthServerOptions): Access {
  const allow = accessList.allow && new Set(accessList.allow.map(norm))
  const block = new Set((accessList.block ?? []).map(norm))
  const gated = gates.map((gate) => ({ scope: gate.scope, allow: new Set(gate.allow.map(norm)) }))
  return {
    admit(user) {
      const ids = [...identifiers(user)]
      if (ids.some((id) => block.has(id)) || (allow && !ids.some((id) => allow.has(id)))) {
        throw new SessionError(
          'access_denied',
          'This account may not sign in to this app (access list). Ask its administrator for access.',
          { status: 403 },
        )
      }
      return gated.filter((gate) => ids.some((id) => gate.allow.has(id))).map((gate) => gate.scope)
    },
  }
}
