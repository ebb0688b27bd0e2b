import type { SessionError, SessionSnapshot } from 'lanyard'
import { h, setBusy, setText } from '../dom'
import type { AppContext } from '../screen'
import { everySecond, run } from '../screen'

/**
 * "Resend code" with its countdown: after a `rate_limited` answer the button waits
 * `error.retryAfter` seconds, and a line below says how long is left.
 */
export function resendControl(
  ctx: AppContext,
  flow: { resendCode(): Promise<unknown> },
  to: string,
  show: (error: unknown) => void,
) {
  const note = h('p', { class: 'hint', 'aria-live': 'polite', hidden: true })
  const button = h('button', { type: 'button', class: 'button ghost' }, 'Resend code')
  let resendAt = 0
  let lastError: unknown = null
  const limited = (error: unknown) => {
    if (error === lastError) return
    lastError = error
    const { code, retryAfter } = (error ?? {}) as Partial<SessionError>
    if (code === 'rate_limited') resendAt = ctx.now() + (retryAfter ?? 30) * 1000
  }
  const tick = () => {
    const left = Math.ceil((resendAt - ctx.now()) / 1000)
    button.disabled = left > 0 || ctx.session.getSnapshot().step?.endsWith('resending') === true
    if (left > 0) setText(note, `Too soon for a new code: you can ask again in ${left} s.`)
    else if (note.dataset.kind === 'countdown') setText(note, null)
    note.dataset.kind = left > 0 ? 'countdown' : ''
  }
  button.addEventListener('click', () => {
    const sent = flow.resendCode().then(() => {
      note.dataset.kind = 'sent'
      setText(note, `A new code is on its way to ${to}.`)
    })
    run(sent, (error) => {
      limited(error)
      tick()
      show(error)
    })
  })
  return {
    button,
    note,
    update(s: SessionSnapshot) {
      setBusy(button, s.step?.endsWith('resending') === true)
      limited(s.error)
      tick()
    },
    destroy: everySecond(tick),
  }
}
