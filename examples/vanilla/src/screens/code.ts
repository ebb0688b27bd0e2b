import type { SessionSnapshot } from 'lanyard'
import { field, h, setBusy, setText } from '../dom'
import { describeError } from '../errors'
import type { AppContext, Screen } from '../screen'
import { run } from '../screen'
import { isStep } from '../steps'
import { resendControl } from './resend'

// A rate limit shows as the resend countdown, not as an error.
const message = (e: unknown) =>
  (e as { code?: string } | null)?.code === 'rate_limited' ? null : describeError(e as never)

/** `emailOtp.awaitingCode` / `smsOtp.awaitingCode`: the code, Resend (with its countdown), Cancel. */
export function codeScreen(ctx: AppContext, first: SessionSnapshot): Screen {
  const kind = isStep(first.step, 'smsOtp.awaitingCode', 'smsOtp.resending', 'smsOtp.verifying')
    ? 'sms'
    : 'email'
  const flow = kind === 'email' ? ctx.session.email : ctx.session.sms
  const to =
    (kind === 'email' ? ctx.sentTo.email : ctx.sentTo.phone) ??
    (kind === 'email' ? 'your email' : 'your phone')
  const { row, input } = field('Code', {
    name: 'code',
    inputmode: 'numeric',
    autocomplete: 'one-time-code',
    maxlength: 12,
    class: 'input code',
  })
  const error = h('p', { class: 'error', role: 'alert', hidden: true })
  const show = (e: unknown) => setText(error, message(e) ?? null)
  const resend = resendControl(ctx, flow, to, show)
  const verify = h('button', { type: 'submit', class: 'button primary' }, 'Verify')
  const cancel = h(
    'button',
    { type: 'button', class: 'button ghost', onclick: () => ctx.session.cancel() },
    'Cancel',
  )
  const form = h('form', { class: 'form', novalidate: true }, row, error, verify)
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    run(flow.verifyCode(input.value.trim()), show)
  })
  const el = h(
    'section',
    { class: 'card', 'aria-labelledby': 'code-title' },
    h('h1', { id: 'code-title', class: 'title' }, kind === 'email' ? 'Check your email' : 'Check your phone'),
    h('p', { class: 'lede' }, 'We sent a one-time code to ', h('strong', {}, to), '. Enter it below.'),
    form,
    resend.note,
    h('div', { class: 'row split' }, resend.button, cancel),
  )
  queueMicrotask(() => input.focus())
  let lastError: unknown = null
  return {
    el,
    update(s) {
      setBusy(verify, s.step?.endsWith('verifying') === true)
      resend.update(s)
      if (s.error !== lastError && s.error?.code === 'invalid_code') input.select()
      lastError = s.error
      setText(error, message(s.error))
      input.setAttribute('aria-invalid', String(s.error?.code === 'invalid_code'))
    },
    destroy: resend.destroy,
  }
}
