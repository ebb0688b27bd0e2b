import type { WalletConnector } from '../api/types'
import { SessionError } from '../errors'
import { sameAddress } from '../validate'
import { addressOfSecretKey, randomSecretKey, signPersonalMessage } from './ethereum'

/**
 * Options of {@link createTestWallet}.
 *
 * @example
 * ```ts
 * createTestWallet({ reject: 'sign' })
 * ```
 */
export interface TestWalletOptions {
  /** Make the wallet refuse: `true` refuses everything, 'connect' or 'sign' only that step. */
  reject?: boolean | 'connect' | 'sign'
  /** The chain `connect()` reports. Default 'EVM'. */
  chain?: string
  /** The connector's `name` (the credential's `walletName`). Default 'testwallet'. */
  name?: string
}

/** A {@link WalletConnector} with a real secp256k1 key, as {@link createTestWallet} returns it. */
export interface TestWallet extends WalletConnector {
  /** The wallet's EIP-55 address, available at once. */
  readonly address: string
  /** The chain `connect()` reports. */
  readonly chain: string
  /** Change at any time to make the next calls refuse (or accept again with `false`). */
  reject: boolean | 'connect' | 'sign'
}

const rejected = () => new SessionError('wallet_rejected', 'The user rejected the request in the wallet.')

/**
 * Creates a wallet connector backed by a fresh random secp256k1 key: `signMessage` produces a real
 * EIP-191 (`personal_sign`) signature, 0x-prefixed, 65 bytes, v = 27 or 28.
 *
 * @example
 * ```ts
 * const wallet = createTestWallet()
 * await session.wallet.signIn(wallet)
 * expect(session.getSnapshot().user?.verifiedCredentials[0]?.address).toBe(wallet.address)
 * ```
 *
 * @param options - `reject` to simulate a user refusing, `chain`, `name`
 */
/* @__NO_SIDE_EFFECTS__ */
export function createTestWallet(options: TestWalletOptions = {}): TestWallet {
  const secretKey = randomSecretKey()
  const address = addressOfSecretKey(secretKey)
  const chain = options.chain ?? 'EVM'
  const refuses = (step: 'connect' | 'sign') => wallet.reject === true || wallet.reject === step
  const wallet: TestWallet = {
    name: options.name ?? 'testwallet',
    provider: 'browserExtension',
    address,
    chain,
    reject: options.reject ?? false,
    async connect() {
      if (refuses('connect')) throw rejected()
      return { address, chain }
    },
    async signMessage(message, requested) {
      if (refuses('sign')) throw rejected()
      if (typeof requested === 'string' && !sameAddress(requested, address)) {
        throw new SessionError('invalid_input', `This test wallet holds ${address}, not ${requested}.`)
      }
      if (typeof message !== 'string')
        throw new SessionError('invalid_input', 'The message to sign must be a string.')
      return signPersonalMessage(message, secretKey)
    },
  }
  return wallet
}
