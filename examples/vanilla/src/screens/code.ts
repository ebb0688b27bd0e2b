import type { SessionSnapshot } from 'lanyard'
import { field, h, setBusy, setText } from '../dom'
import { describeError } from '../errors'
import type { AppContext, Screen } from '../screen'
import { everySecond, run } from '../screen'

/** `emailOtp.awaitingCode` / `smsOtp.awaitingCode`: the code, Resend (with its countdown), Cancel. */
export function codeScreen(ctx: AppContext, first: SessionSnapshot): Screen {
  const kind = first.step?.startsWith('smsOtp') ? 'sms' : 'email'
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
  const note = h('p', { class: 'hint', 'aria-live': 'polite', hidden: true })
  // A rate limit shows as the countdown below, not as an error.
  const message = (e: unknown) =>
    (e as { code?: string } | null)?.code === 'rate_limited' ? null : describeError(e as never)
  const show = (e: unknown) => setText(error, message(e) ?? null)
  const verify = h('button', { type: 'submit', class: 'button primary' }, 'Verify')
  const resend = h('button', { type: 'button', class: 'button ghost' }, 'Resend code')
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
  let resendAt = 0
  let lastError: unknown = null
  const tick = () => {
    const left = Math.ceil((resendAt - ctx.now()) / 1000)
    resend.disabled = left > 0 || ctx.session.getSnapshot().step?.endsWith('resending') === true
    if (left > 0) setText(note, `Too soon for a new code: you can ask again in ${left} s.`)
    else if (note.dataset.kind === 'countdown') setText(note, null)
    note.dataset.kind = left > 0 ? 'countdown' : ''
  }
  resend.addEventListener('click', () => {
    run(
      flow.resendCode().then(() => {
        note.dataset.kind = 'sent'
        setText(note, `A new code is on its way to ${to}.`)
      }),
      show,
    )
  })
  const stop = everySecond(tick)
  const el = h(
    'section',
    { class: 'card', 'aria-labelledby': 'code-title' },
    h('h1', { id: 'code-title', class: 'title' }, kind === 'email' ? 'Check your email' : 'Check your phone'),
    h('p', { class: 'lede' }, 'We sent a one-time code to ', h('strong', {}, to), '. Enter it below.'),
    form,
    note,
    h('div', { class: 'row split' }, resend, cancel),
  )
  queueMicrotask(() => input.focus())
  return {
    el,
    update(s) {
      setBusy(verify, s.step?.endsWith('verifying') === true)
      setBusy(resend, s.step?.endsWith('resending') === true)
      if (s.error !== lastError) {
        lastError = s.error
        if (s.error?.code === 'rate_limited') resendAt = ctx.now() + (s.error.retryAfter ?? 30) * 1000
        if (s.error?.code === 'invalid_code') input.select()
      }
      setText(error, message(s.error))
      input.setAttribute('aria-invalid', String(s.error?.code === 'invalid_code'))
      tick()
    },
    destroy: stop,
  }
}
