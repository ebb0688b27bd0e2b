import { hexToBytes } from '@noble/hashes/utils.js'
import { createTestWallet } from 'lanyard/testing'
import { describe, expect, it } from 'vitest'
import { SessionError } from '../../src/errors'
import { addressOfSecretKey, recoverPersonalSigner, signPersonalMessage } from '../../src/testing/ethereum'
import { isAcceptableAddress, toChecksumAddress } from '../../src/wallet/address'

// Known vector (web3.js docs, `web3.eth.accounts.sign('Some data', key)`).
const KEY = hexToBytes('4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318')
const ADDRESS = '0x2c7536E3605D9C16a7a3D7b1898e529396a65c23'
const SIGNATURE =
  '0xb91467e570a6466aa9e9876cbcd013baba02900b8979d43fe208a4a4f339f5fd6007e74cd82e037b800186422fc2da167c747ef045e5d18a5f5d4300f8e1a0291c'

describe('ethereum helpers', () => {
  it('derives the EIP-55 address of a key', () => {
    expect(addressOfSecretKey(KEY)).toBe(ADDRESS)
  })

  it('checksums addresses as EIP-55 does', () => {
    // Vectors from EIP-55.
    for (const address of [
      '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
      '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
      '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
      '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
    ]) {
      expect(toChecksumAddress(address.toLowerCase())).toBe(address)
      expect(isAcceptableAddress(address)).toBe(true)
    }
    expect(isAcceptableAddress(ADDRESS.toLowerCase())).toBe(true)
    expect(isAcceptableAddress('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD')).toBe(false)
    expect(isAcceptableAddress('0x5aaeb6053f3e94c9b9a09f33669435e7ef1beae')).toBe(false)
    expect(isAcceptableAddress(42)).toBe(false)
  })

  it('signs personal messages like web3 and recovers the signer', () => {
    expect(signPersonalMessage('Some data', KEY)).toBe(SIGNATURE)
    expect(recoverPersonalSigner('Some data', SIGNATURE)).toBe(ADDRESS)
    expect(recoverPersonalSigner('Other data', SIGNATURE)).not.toBe(ADDRESS)
  })

  it('accepts v as 0/1 and rejects malformed signatures', () => {
    const v01 = `${SIGNATURE.slice(0, -2)}01`
    expect(recoverPersonalSigner('Some data', v01)).toBe(ADDRESS)
    expect(recoverPersonalSigner('Some data', `${SIGNATURE.slice(0, -2)}1d`)).toBeNull()
    expect(recoverPersonalSigner('Some data', SIGNATURE.slice(0, -2))).toBeNull()
    expect(recoverPersonalSigner('Some data', 'not hex')).toBeNull()
  })

  it('hashes the message length in bytes, not characters', () => {
    const message = 'héllo ✓'
    expect(recoverPersonalSigner(message, signPersonalMessage(message, KEY))).toBe(ADDRESS)
  })
})

describe('createTestWallet', () => {
  it('has a checksummed address at once and connects to it', async () => {
    const wallet = createTestWallet()
    expect(isAcceptableAddress(wallet.address)).toBe(true)
    expect(wallet.address).toBe(toChecksumAddress(wallet.address))
    await expect(wallet.connect()).resolves.toEqual({ address: wallet.address, chain: 'EVM' })
    expect(createTestWallet().address).not.toBe(wallet.address)
  })

  it('signs 65-byte EIP-191 signatures with v = 27/28 that recover to its address', async () => {
    const wallet = createTestWallet({ name: 'Demo', chain: 'EVM' })
    expect(wallet.name).toBe('Demo')
    for (const message of ['one', 'two', 'three', 'four']) {
      const signature = await wallet.signMessage(message, wallet.address)
      expect(signature).toMatch(/^0x[0-9a-f]{130}$/)
      expect(['1b', '1c']).toContain(signature.slice(-2))
      expect(recoverPersonalSigner(message, signature)).toBe(wallet.address)
    }
  })

  it('rejects like a user refusing in the wallet', async () => {
    const all = createTestWallet({ reject: true })
    await expect(all.connect()).rejects.toMatchObject({ code: 'wallet_rejected' })
    await expect(all.signMessage('x', all.address)).rejects.toBeInstanceOf(SessionError)

    const sign = createTestWallet({ reject: 'sign' })
    await expect(sign.connect()).resolves.toMatchObject({ address: sign.address })
    await expect(sign.signMessage('x', sign.address)).rejects.toMatchObject({
      code: 'wallet_rejected',
      message: 'The user rejected the request in the wallet.',
    })

    const connect = createTestWallet({ reject: 'connect' })
    await expect(connect.connect()).rejects.toMatchObject({ code: 'wallet_rejected' })
    await expect(connect.signMessage('x', connect.address)).resolves.toMatch(/^0x/)

    connect.reject = false
    await expect(connect.connect()).resolves.toMatchObject({ address: connect.address })
  })

  it('refuses to sign for an address it does not hold', async () => {
    const wallet = createTestWallet()
    await expect(wallet.signMessage('x', createTestWallet().address)).rejects.toMatchObject({
      code: 'invalid_input',
    })
  })
})
