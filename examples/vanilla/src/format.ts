import type { Credential, User } from 'lanyard'

/** `0x1234…abcd`. */
export const shortAddress = (address: string) => `${address.slice(0, 6)}…${address.slice(-4)}`

/** How a person is named in the status line and the header. */
export function displayName(user: User): string {
  if (user.email) return user.email
  const phone = user.verifiedCredentials.find((c) => c.format === 'phoneNumber')?.publicIdentifier
  if (phone) return phone
  if (user.alias) return user.alias
  const wallet = user.verifiedCredentials.find((c) => c.format === 'blockchain')?.address
  return wallet ? shortAddress(wallet) : user.id
}

/** `1:59:58`, `4:05`, `0:03`. */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = String(total % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`
}

const FORMAT_NAMES: Record<string, string> = {
  blockchain: 'Wallet',
  email: 'Email',
  phoneNumber: 'Phone',
  oauth: 'Social',
  passkey: 'Passkey',
  externalUser: 'External account',
  totp: 'Authenticator app',
}

/** A credential as a title ("Embedded wallet") and a detail (the address, email or number). */
export function describeCredential(credential: Credential): { title: string; detail: string } {
  const title =
    credential.format === 'blockchain' && credential.walletProvider === 'embeddedWallet'
      ? 'Embedded wallet'
      : (FORMAT_NAMES[credential.format] ?? credential.format)
  const id = credential.publicIdentifier ?? ''
  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : credential.format === 'passkey'
        ? `Key ${id.length > 10 ? `${id.slice(0, 10)}…` : id}`
        : (credential.address ?? credential.email ?? id)
  const wallet =
    credential.walletName && credential.walletProvider !== 'embeddedWallet'
      ? ` · ${credential.walletName}`
      : ''
  return { title: `${title}${wallet}`, detail }
}
