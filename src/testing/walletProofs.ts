import { randomBytes, randomUUID } from 'node:crypto'
import type { Credential, WalletProof } from '../api/types'
import { eip155Id, sameAddress } from '../validate'
import { isAcceptableAddress } from '../wallet/address'
import { parseSiweMessage, type SiweMessage } from '../wallet/siwe'
import { recoverPersonalSigner } from './ethereum'
import { invalidInput } from './refuse'
import type { ResolvedTestAuthServerOptions } from './types'

const NONCE_LIFETIME_MS = 10 * 60_000

/** SIWE nonces and the proofs that spend them. */
export interface WalletProofs {
  /** A fresh nonce, valid for 10 minutes and for one proof. */
  nonce(): string
  /** Checks a SIWE proof end to end and consumes its nonce: the credential of the proven wallet. */
  verify(proof: WalletProof): Credential
}

/** The signed message's fields; a message that is not EIP-4361 is a bad request (400). */
function readSiwe(message: unknown): SiweMessage {
  try {
    return parseSiweMessage(message)
  } catch (error) {
    throw invalidInput((error as Error).message, 400)
  }
}

const nonEmpty = (value: unknown, fallback: string) => (typeof value === 'string' && value ? value : fallback)

/** What the proof functions share: the environment's options and the nonces handed out. */
interface ProofParts {
  options: ResolvedTestAuthServerOptions
  nonces: Map<string, { expiresAt: number; used: boolean }>
}

/** The wallet's address and the message's: both EIP-55, the same account. */
function checkAddresses(proof: WalletProof, fields: SiweMessage): void {
  if (!isAcceptableAddress(proof.address)) {
    throw invalidInput('The wallet address must be a 0x address with a valid EIP-55 checksum.', 400)
  }
  if (!isAcceptableAddress(fields.address)) {
    throw invalidInput('The address in the sign-in message must carry a valid EIP-55 checksum.', 400)
  }
  if (!sameAddress(fields.address, proof.address)) {
    throw invalidInput('The sign-in message names another address than the wallet that signed it.')
  }
}

/** The connector's chain: Dynamic's `EVM`, or `eip155:<id>` (sent as `EVM` + `network`) whose id the message must carry. */
function checkChain(proof: WalletProof, fields: SiweMessage): void {
  const network = eip155Id(proof.chain)
  if (network === null && proof.chain !== undefined && proof.chain !== 'EVM') {
    throw invalidInput(`Wallets on ${proof.chain} cannot sign in here: only EVM (EIP-4361) wallets can.`, 400)
  }
  if (network !== null && network !== fields.chainId) {
    throw invalidInput(
      `The sign-in message's "Chain ID" (${fields.chainId}) is not the wallet's network (${network}).`,
    )
  }
}

/** The message's environment (`Request ID`), domain and time window. */
function checkAudience({ options }: ProofParts, fields: SiweMessage, at: number): void {
  const { environmentId } = options
  if (fields.requestId !== environmentId) {
    throw invalidInput(`The sign-in message's "Request ID" must be the environment id (${environmentId}).`)
  }
  const allowedHosts = options.allowedOrigins?.map((origin) => new URL(origin).host)
  if (allowedHosts && !allowedHosts.includes(fields.domain)) {
    throw invalidInput(
      `The sign-in message's domain "${fields.domain}" is not an allowed origin of this environment.`,
    )
  }
  if (fields.expirationTime !== undefined && fields.expirationTime.getTime() <= at) {
    throw invalidInput('The sign-in message has expired. Sign a new one.')
  }
  if (fields.notBefore !== undefined && fields.notBefore.getTime() > at) {
    throw invalidInput('The sign-in message is not valid yet ("Not Before" is in the future).')
  }
}

function liveNonce({ nonces }: ProofParts, value: string, at: number) {
  const nonce = nonces.get(value)
  if (!nonce)
    throw invalidInput('The sign-in message carries an unknown nonce. Fetch a new nonce and sign again.')
  if (nonce.used)
    throw invalidInput('The nonce of this sign-in message was already used. Sign a new message.')
  if (nonce.expiresAt <= at) throw invalidInput('The nonce has expired. Fetch a new nonce and sign again.')
  return nonce
}

function issueNonce({ options, nonces }: ProofParts): string {
  const at = options.now()
  // Expired nonces go as new ones are handed out: the map never outgrows ten minutes of nonces.
  for (const [value, entry] of nonces) if (entry.expiresAt <= at) nonces.delete(value)
  const nonce = randomBytes(16).toString('hex')
  nonces.set(nonce, { expiresAt: at + NONCE_LIFETIME_MS, used: false })
  return nonce
}

/** The signer the signature recovers: it must be the wallet's address. */
function checkSigner(proof: WalletProof): string {
  const signer = recoverPersonalSigner(proof.message, proof.signature)
  if (signer === null)
    throw invalidInput('The wallet signature is malformed: expected 0x followed by 65 bytes.', 400)
  if (!sameAddress(signer, proof.address)) {
    throw invalidInput('The wallet signature does not match the address. Sign the message with that wallet.')
  }
  return signer
}

function verifyProof(parts: ProofParts, proof: WalletProof): Credential {
  if (typeof proof !== 'object' || proof === null)
    throw invalidInput('A signed wallet message is required.', 400)
  const fields = readSiwe(proof.message)
  const at = parts.options.now()
  checkAddresses(proof, fields)
  checkChain(proof, fields)
  checkAudience(parts, fields, at)
  const nonce = liveNonce(parts, fields.nonce, at)
  const signer = checkSigner(proof)
  nonce.used = true
  return {
    id: randomUUID(),
    format: 'blockchain',
    address: signer,
    // Dynamic's ChainEnum, as its credentials carry it.
    chain: 'EVM',
    walletName: nonEmpty(proof.walletName, 'unknown'),
    walletProvider: nonEmpty(proof.walletProvider, 'browserExtension'),
    publicIdentifier: signer,
  }
}

export function createWalletProofs(options: ResolvedTestAuthServerOptions): WalletProofs {
  const parts: ProofParts = { options, nonces: new Map() }
  return {
    nonce: () => issueNonce(parts),
    verify: (proof) => verifyProof(parts, proof),
  }
}
