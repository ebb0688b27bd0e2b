import type { SessionSnapshot } from 'lanyard'
import { field, h, setBusy, setText } from '../dom'
import { describeEnd, describeError } from '../errors'
import type { AppContext, Screen } from '../screen'
import { run } from '../screen'
import { methodsPanel } from './methodsPanel'
import { otpTabs } from './otpTabs'
import { walletPanel } from './walletPanel'

/** Sign in: email or text message, Google or GitHub, a passkey, or a wallet; after a session ended, says why. */
export function signInScreen(ctx: AppContext, first: SessionSnapshot): Screen {
  const ended = h('p', { class: 'notice', 'data-tone': first.status === 'expired' ? 'warn' : 'info' })
  const email = otpForm(ctx, 'email')
  const sms = otpForm(ctx, 'sms')
  const methods = methodsPanel(ctx)
  const wallet = walletPanel(ctx)
  email.el.addEventListener('submit', () => (ctx.lastFlow = 'email'))
  sms.el.addEventListener('submit', () => (ctx.lastFlow = 'sms'))
  wallet.el.addEventListener('click', () => (ctx.lastFlow = 'wallet'))
  const tabs = otpTabs(
    [
      { label: 'Email', panel: email.el },
      { label: 'Text message', panel: sms.el },
    ],
    ctx.lastFlow === 'sms' ? 1 : 0,
  )
  const el = h(
    'section',
    { class: 'card', 'aria-labelledby': 'signin-title' },
    h('h1', { id: 'signin-title', class: 'title' }, 'Sign in'),
    h('p', { class: 'lede' }, 'Get a one-time code, or continue with an account you already have.'),
    ended,
    tabs,
    h('div', { class: 'divider', role: 'separator' }, h('span', {}, 'or')),
    methods.el,
    wallet.el,
  )
  return {
    el,
    update(s) {
      setText(ended, s.status === 'expired' || s.status === 'loggedOut' ? describeEnd(s.endReason) : null)
      ended.dataset.tone = s.status === 'expired' ? 'warn' : 'info'
      const error = s.error ? describeError(s.error) : null
      email.update(s, ctx.lastFlow === 'email' ? error : null)
      sms.update(s, ctx.lastFlow === 'sms' ? error : null)
      const byMethods = ctx.lastFlow === 'social' || ctx.lastFlow === 'passkey' || ctx.lastFlow === 'external'
      methods.update(s, byMethods ? error : null)
      wallet.update(s, ctx.lastFlow === 'wallet' ? error : null)
    },
  }
}

/** One form: an email address or a phone number, and "Send code". */
function otpForm(ctx: AppContext, kind: 'email' | 'sms') {
  const { row, input } =
    kind === 'email'
      ? field('Email', {
          type: 'email',
          name: 'email',
          autocomplete: 'email',
          placeholder: 'ada@example.com',
        })
      : field(
          'Phone',
          { type: 'tel', name: 'phone', autocomplete: 'tel', placeholder: '+14155550123' },
          'International format, with the country code.',
        )
  const error = h('p', { class: 'error', role: 'alert', hidden: true })
  const send = h('button', { type: 'submit', class: 'button primary' }, 'Send code')
  const el = h('form', { class: 'form', novalidate: true }, row, error, send)
  // Signing in again after a session ended: the address used last time is already there.
  input.value = (kind === 'email' ? ctx.sentTo.email : ctx.sentTo.phone) ?? ''
  el.addEventListener('submit', (event) => {
    event.preventDefault()
    const value = input.value.trim()
    ctx.sentTo[kind === 'email' ? 'email' : 'phone'] = value
    const action = kind === 'email' ? ctx.session.email.sendCode(value) : ctx.session.sms.sendCode(value)
    run(action, (e) => setText(error, describeError(e as never) ?? String(e)))
  })
  return {
    el,
    update(s: SessionSnapshot, message: string | null) {
      setBusy(send, s.step === (kind === 'email' ? 'emailOtp.sending' : 'smsOtp.sending'))
      setText(error, message)
      input.setAttribute('aria-invalid', String(message !== null))
    },
  }
}
