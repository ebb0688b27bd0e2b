// `wallet.connect()` resolves with the account it connected, whichever visitor wallets were there
// before (issue 14, mutant M63).
import { createTestWallet } from 'lanyard/testing'
import { expect, test } from 'vitest'
import { setup } from '../helpers'

test('each connect resolves with its own account; the newest visitor wallet comes last', async () => {
  const { session } = setup()
  const first = createTestWallet({ name: 'first' })
  const second = createTestWallet({ name: 'second' })
  expect(await session.wallet.connect(first)).toMatchObject({ address: first.address, walletName: 'first' })
  expect(await session.wallet.connect(second)).toMatchObject({
    address: second.address,
    walletName: 'second',
  })
  expect(session.getSnapshot().visitorWallets.map((wallet) => wallet.address)).toEqual([
    first.address,
    second.address,
  ])
  // Connecting the first one again moves it last, once.
  expect(await session.wallet.connect(first)).toMatchObject({ address: first.address })
  expect(session.getSnapshot().visitorWallets.map((wallet) => wallet.address)).toEqual([
    second.address,
    first.address,
  ])
  session.stop()
})

// Issue 24: EIP-55 case is a checksum, not part of the address. A wallet connected as a visitor
// with a lower-case address, then signed in with a connector reporting its checksummed address,
// is one account: it leaves the visitor wallets like any signing wallet.
test('signing in with a visitor wallet whose address differs only in checksum case removes it', async () => {
  const { session } = setup()
  const wallet = createTestWallet()
  const lowerCase = {
    ...wallet,
    connect: async () => ({ address: wallet.address.toLowerCase(), chain: 'EVM' }),
  }
  const other = createTestWallet({ name: 'other' })
  await session.wallet.connect(lowerCase)
  await session.wallet.connect(other)
  expect(session.getSnapshot().visitorWallets.map((w) => w.address)).toEqual([
    wallet.address.toLowerCase(),
    other.address,
  ])
  await session.wallet.signIn(wallet) // reports the EIP-55 address
  const snapshot = session.getSnapshot()
  expect(snapshot.status).toBe('loggedIn')
  expect(snapshot.user?.verifiedCredentials.map((c) => c.address?.toLowerCase())).toContain(
    wallet.address.toLowerCase(),
  )
  expect(snapshot.visitorWallets.map((w) => w.address)).toEqual([other.address])
  session.stop()
})
