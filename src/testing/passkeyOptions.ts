import type { ApiContext, PasskeyOptionsJSON, PasskeyPurpose } from '../api/types'
import type { PasskeyParts } from './passkeys'
import { invalidInput } from './refuse'
import type { UserRecord } from './users'
import { webauthn } from './webauthn'
import { optionsJson } from './webauthnJson'

const ownedBy = ({ passkeys }: PasskeyParts, user: UserRecord) =>
  [...passkeys.keys()].filter((id) => passkeys.get(id)?.userId === user.id)

/** Options to register a new passkey for a signed-in user (not one it already has). */
async function registrationOptions(parts: PasskeyParts, user: UserRecord): Promise<PasskeyOptionsJSON> {
  const { rpId, rpName } = parts.options.passkeys
  return optionsJson(
    await (await webauthn()).generateRegistrationOptions({
      rpName,
      rpID: rpId,
      userName: user.profile.email ?? user.id,
      userID: new TextEncoder().encode(user.id),
      attestationType: 'none',
      excludeCredentials: ownedBy(parts, user).map((id) => ({ id })),
      authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
    }),
  )
}

/** Options to assert one of the user's own passkeys (MFA, step-up), or any passkey (sign-in). */
async function assertionOptions(parts: PasskeyParts, allowed?: string[]): Promise<PasskeyOptionsJSON> {
  return optionsJson(
    await (await webauthn()).generateAuthenticationOptions({
      rpID: parts.options.passkeys.rpId,
      ...(allowed ? { allowCredentials: allowed.map((id) => ({ id })) } : {}),
      userVerification: 'preferred',
    }),
  )
}

/** The ceremony's options and the user its challenge is for (null: anybody). */
async function optionsFor(
  parts: PasskeyParts,
  purpose: PasskeyPurpose,
  ctx: ApiContext,
): Promise<{ answer: PasskeyOptionsJSON; userId: string | null }> {
  if (purpose === 'register') {
    const { user } = await parts.sessions.authenticate(ctx, true)
    return { answer: await registrationOptions(parts, user), userId: user.id }
  }
  if (purpose === 'mfa') {
    const { user } = await parts.sessions.authenticate(ctx)
    const owned = ownedBy(parts, user)
    if (owned.length === 0)
      throw invalidInput('This user has no passkey: register one first (passkey.register()).')
    return { answer: await assertionOptions(parts, owned), userId: user.id }
  }
  if (purpose === 'signIn') return { answer: await assertionOptions(parts), userId: null }
  throw invalidInput('`purpose` must be "signIn", "register" or "mfa".', 400)
}

/** A ceremony's options; its challenge is recorded, good once for this purpose (and user). */
export async function passkeyOptions(
  parts: PasskeyParts,
  purpose: PasskeyPurpose,
  ctx: ApiContext,
): Promise<PasskeyOptionsJSON> {
  const { answer, userId } = await optionsFor(parts, purpose, ctx)
  parts.challenges.set(answer.challenge, { purpose, userId, at: parts.options.now() })
  return answer
}
