import type { SessionSnapshot } from 'lanyard'
import { h, setBusy, setText } from '../dom'
import { describeError } from '../errors'
import type { AppContext, Screen } from '../screen'
import { run } from '../screen'
import { logoutLink, progress } from './shared'

/** `pending` step `wallet.*`: the embedded wallet being created, or a retry after `wallet.failed`. */
export function embeddedWalletScreen(ctx: AppContext, _first: SessionSnapshot): Screen {
  const working = progress(
    'Creating your wallet…',
    'A wallet is being made for your account. This takes a moment.',
  )
  const error = h('p', { class: 'error', role: 'alert', hidden: true })
  const show = (e: unknown) => setText(error, describeError(e as never) ?? String(e))
  const retry = h(
    'button',
    {
      type: 'button',
      class: 'button primary',
      onclick: () => run(ctx.session.embeddedWallet.create(), show),
    },
    'Create wallet',
  )
  const failed = h(
    'div',
    { class: 'form', hidden: true },
    h(
      'p',
      { class: 'lede' },
      'Your account needs a wallet before you continue, and creating it did not work. Try again.',
    ),
    error,
    retry,
  )
  const el = h(
    'section',
    { class: 'card', 'aria-labelledby': 'wallet-title', 'aria-busy': 'true' },
    h('p', { class: 'eyebrow' }, 'Last step'),
    h('h1', { id: 'wallet-title', class: 'title' }, 'Your wallet'),
    working,
    failed,
    logoutLink(ctx),
  )
  return {
    el,
    update(s) {
      const isFailed = s.step === 'wallet.failed'
      working.hidden = isFailed
      failed.hidden = !isFailed
      el.setAttribute('aria-busy', String(!isFailed))
      setBusy(retry, s.step === 'wallet.creating')
      setText(error, isFailed ? (describeError(s.error) ?? 'The wallet could not be created.') : null)
    },
  }
}
