import { createHash } from 'node:crypto'
import type { Json } from '../api/json'
import type { ApiContext, ApiUser } from '../api/types'
import type { ContactChanges } from './contactChanges'
import { invalidInput } from './refuse'
import type { Sessions } from './sessions'
import { verifyTotp } from './totp'

// What the HTTP layer needs of a reference backend beyond its AuthApi: the routes Dynamic's client
// calls that no AuthApi method stands for. Kept off the public TestAuthServer object.

export interface Internals {
  /** `POST users/mfa/register/totp` `{ type, code }`: confirms the enrolled device; Dynamic's `MFADevice`. */
  confirmTotp(body: Json, ctx: ApiContext): Promise<Json>
  /** `POST emailVerifications/verify` / `smsVerifications/verify`: a change of a proven address, confirmed by its code. */
  confirmChange: ContactChanges['confirm']
  /** `GET users`: the user of a live, fully signed-in session (no MFA-pending, no step-up token). */
  currentUser(ctx: ApiContext): Promise<ApiUser>
}

/** Each server's internals, set by createTestAuthServer, read by `listen()`. */
export const internals = new WeakMap<object, Internals>()

/** A stable id (UUID-shaped) for a TOTP device, derived from its secret. */
export function totpDeviceId(secret: string): string {
  const hex = createHash('sha256').update(secret).digest('hex')
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20, 32)].join(
    '-',
  )
}

export function createInternals(sessions: Sessions, changes: ContactChanges, now: () => number): Internals {
  return {
    confirmChange: changes.confirm,
    async currentUser(ctx) {
      const { session, user } = await sessions.authenticate(ctx, true)
      return sessions.apiUser(user, session)
    },
    async confirmTotp(body, ctx) {
      const { user } = await sessions.authenticate(ctx)
      if (body.type !== undefined && body.type !== 'totp') {
        throw invalidInput('Only `totp` devices are registered here.', 400)
      }
      verifyTotp(user, body.code, now())
      const device = user.totp?.device
      return {
        id: device ? totpDeviceId(device.secret.base32) : undefined,
        type: 'totp',
        verified: true,
        verifiedAt: new Date(now()).toISOString(),
      }
    },
  }
}
