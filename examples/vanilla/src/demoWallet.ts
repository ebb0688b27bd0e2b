import type { WalletConnector } from 'lanyard'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'

const KEY = 'lanyard-demo.wallet'

/**
 * A wallet that lives in the page, for the demo: a real secp256k1 key from viem, signing EIP-191
 * (`personal_sign`) messages. In an app this is MetaMask, WalletConnect or an EIP-1193 provider.
 */
export function createDemoWallet(privateKey = generatePrivateKey()): WalletConnector {
  const account = privateKeyToAccount(privateKey)
  return {
    name: 'Demo wallet',
    provider: 'browserExtension',
    connect: async () => ({ address: account.address, chain: 'EVM' }),
    signMessage: (message) => account.signMessage({ message }),
  }
}

/** The demo wallet of this browser: one key kept in localStorage, so signing in again finds the same user. */
export function rememberedDemoWallet(
  storage: Storage | undefined = globalThis.localStorage,
): WalletConnector {
  let key: `0x${string}` | null = null
  try {
    key = storage?.getItem(KEY) as `0x${string}` | null
    if (!key) {
      key = generatePrivateKey()
      storage?.setItem(KEY, key)
    }
  } catch {
    key = null // storage blocked: a new wallet per page
  }
  return createDemoWallet(key ?? undefined)
}
