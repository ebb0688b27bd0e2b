import type { SessionSnapshot, WalletAccount } from 'lanyard'
import { h, setBusy, setText } from '../dom'
import { describeError } from '../errors'
import { shortAddress } from '../format'
import type { AppContext } from '../screen'
import { run } from '../screen'
import { isStep } from '../steps'

/** "Connect wallet" (connect only, no signature) and "Sign in with wallet" (SIWE). */
export function walletPanel(ctx: AppContext) {
  const connected = h('ul', { class: 'wallets', 'aria-label': 'Connected wallets' })
  const error = h('p', { class: 'error', role: 'alert', hidden: true })
  const show = (e: unknown) => setText(error, describeError(e as never) ?? String(e))
  const connect = h(
    'button',
    {
      type: 'button',
      class: 'button secondary',
      onclick: () => run(ctx.session.wallet.connect(ctx.wallet()), show),
    },
    'Connect wallet',
  )
  const signIn = h(
    'button',
    {
      type: 'button',
      class: 'button secondary',
      onclick: () => {
        const { visitorWallets } = ctx.session.getSnapshot()
        run(
          visitorWallets.length > 0 ? ctx.session.wallet.signIn() : ctx.session.wallet.signIn(ctx.wallet()),
          show,
        )
      },
    },
    'Sign in with wallet',
  )
  const el = h(
    'div',
    { class: 'wallet-panel' },
    connected,
    error,
    h('div', { class: 'row' }, connect, signIn),
    h(
      'p',
      { class: 'hint center' },
      'The demo wallet lives in this page: a real key, signing a Sign-In with Ethereum message.',
    ),
  )
  let shown = ''
  return {
    el,
    update(s: SessionSnapshot, message: string | null) {
      const key = s.visitorWallets.map((w) => w.address).join()
      if (key !== shown) {
        shown = key
        connected.replaceChildren(...s.visitorWallets.map((wallet) => walletItem(ctx, wallet, show)))
      }
      connected.hidden = s.visitorWallets.length === 0
      connect.hidden = s.visitorWallets.length > 0
      setBusy(connect, s.step === 'connecting')
      setBusy(signIn, s.status === 'authenticating' && isStep(s.step, 'wallet.signing', 'wallet.verifying'))
      setText(error, message)
    },
  }
}

function walletItem(ctx: AppContext, wallet: WalletAccount, show: (e: unknown) => void): HTMLElement {
  return h(
    'li',
    { class: 'wallet' },
    h('span', { class: 'wallet-icon', 'aria-hidden': 'true' }),
    h(
      'span',
      { class: 'wallet-text' },
      h('strong', {}, wallet.walletName),
      h('span', { class: 'mono', title: wallet.address }, shortAddress(wallet.address)),
      h('span', { class: 'muted' }, 'Connected, not signed in'),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'button ghost small',
        'aria-label': `Disconnect ${wallet.address}`,
        onclick: () => run(ctx.session.wallet.disconnect(wallet.address), show),
      },
      'Disconnect',
    ),
  )
}
