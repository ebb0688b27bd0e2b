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
