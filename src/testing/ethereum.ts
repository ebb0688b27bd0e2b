import { secp256k1 } from '@noble/curves/secp256k1.js'
import { keccak_256 } from '@noble/hashes/sha3.js'
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js'
import { toChecksumAddress } from '../wallet/address'

// EIP-191 ("personal_sign") signatures for the reference backend and the test wallet, with real
// secp256k1 recovery. Addresses are checksummed by lanyard's own EIP-55 (wallet/address.ts).

/** keccak256("\x19Ethereum Signed Message:\n" + byteLength + message), as `personal_sign` hashes. */
export function hashPersonalMessage(message: string): Uint8Array {
  const body = utf8ToBytes(message)
  const prefix = utf8ToBytes(`\x19Ethereum Signed Message:\n${body.length}`)
  const data = new Uint8Array(prefix.length + body.length)
  data.set(prefix)
  data.set(body, prefix.length)
  return keccak_256(data)
}

/** The checksummed address of an uncompressed (65-byte) or compressed secp256k1 public key. */
export function addressOfPublicKey(publicKey: Uint8Array): string {
  const point = secp256k1.Point.fromBytes(publicKey)
  const uncompressed = point.toBytes(false)
  return toChecksumAddress(`0x${bytesToHex(keccak_256(uncompressed.subarray(1)).subarray(-20))}`)
}

/** The checksummed address of a secp256k1 secret key. */
export function addressOfSecretKey(secretKey: Uint8Array): string {
  return addressOfPublicKey(secp256k1.getPublicKey(secretKey, false))
}

/** Signs like `personal_sign`: 0x-prefixed r‖s‖v, 65 bytes, v = 27 or 28. */
export function signPersonalMessage(message: string, secretKey: Uint8Array): string {
  // noble's 'recovered' format puts the recovery byte first; Ethereum puts it last, offset by 27.
  const recovered = secp256k1.sign(hashPersonalMessage(message), secretKey, {
    prehash: false,
    format: 'recovered',
  })
  const signature = new Uint8Array(65)
  signature.set(recovered.subarray(1), 0)
  signature[64] = 27 + (recovered[0] as number)
  return `0x${bytesToHex(signature)}`
}

/**
 * Recovers the checksummed signer address of a `personal_sign` signature, or null when the
 * signature is malformed or recovers to no valid key.
 */
export function recoverPersonalSigner(message: string, signature: string): string | null {
  if (typeof signature !== 'string' || !/^0x[0-9a-fA-F]{130}$/.test(signature)) return null
  const bytes = hexToBytes(signature.slice(2))
  let v = bytes[64] as number
  if (v >= 27) v -= 27
  if (v !== 0 && v !== 1) return null
  const recovered = new Uint8Array(65)
  recovered[0] = v
  recovered.set(bytes.subarray(0, 64), 1)
  try {
    const point = secp256k1.Signature.fromBytes(recovered, 'recovered').recoverPublicKey(
      hashPersonalMessage(message),
    )
    return addressOfPublicKey(point.toBytes(false))
  } catch {
    return null
  }
}

/** A fresh random secp256k1 secret key. */
export const randomSecretKey = (): Uint8Array => secp256k1.utils.randomSecretKey()
