import type { SessionSnapshot } from 'lanyard'
import { field, h, setBusy, setText } from '../dom'
import { describeError } from '../errors'
import { formatRemaining } from '../format'
import type { AppContext } from '../screen'
import { run } from '../screen'

/** The scope the demo's "sensitive action" needs. */
export const SENSITIVE = 'sensitive'

/** When the elevated token of `scope` ends: its `exp`, read in the page (the token never leaves it). */
function elevatedUntil(ctx: AppContext, scope: string): number | null {
  const token = ctx.session.getToken({ scope })
  const payload = token?.split('.')[1]
  if (!payload) return null
  try {
    const { exp } = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number }
    return typeof exp === 'number' ? exp * 1000 : null
  } catch {
    return null
  }
}

/**
 * Step-up MFA, for users with an authenticator: "Confirm with authenticator" asks for a code and
 * proves the user again for one scope (`mfa.stepUp`). While the elevated token lives, the panel
 * says so, with the time left; the session's own token is untouched.
 */
export function stepUpPanel(ctx: AppContext) {
  const error = h('p', { class: 'error', role: 'alert', hidden: true })
  const show = (e: unknown) => setText(error, describeError(e as never) ?? String(e))
  const { row, input } = field('Authenticator code', {
    name: 'stepup-code',
    inputmode: 'numeric',
    autocomplete: 'one-time-code',
    maxlength: 6,
    class: 'input code',
  })
  const confirm = h('button', { type: 'submit', class: 'button primary' }, 'Confirm')
  const cancel = h('button', { type: 'button', class: 'button ghost' }, 'Cancel')
  const form = h(
    'form',
    { class: 'form', novalidate: true, hidden: true },
    row,
    h('div', { class: 'row' }, confirm, cancel),
  )
  const open = h('button', { type: 'button', class: 'button secondary' }, 'Confirm with authenticator')
  const active = h('p', { class: 'badge', hidden: true })
  const showActive = () => {
    const until = ctx.session.getSnapshot().elevatedScopes.includes(SENSITIVE)
      ? elevatedUntil(ctx, SENSITIVE)
      : null
    const time = until === null ? '' : ` · ${formatRemaining(until - ctx.now())} left`
    active.textContent = `Confirmed: ${SENSITIVE}${time}`
  }
  const lede = h(
    'p',
    { class: 'muted' },
    'Sensitive actions ask for your authenticator again. A confirmation lasts up to 5 minutes, in this page only.',
  )
  /** Whether the last failure belongs here (the screen's own alert shows the others). */
  let mine = false
  open.addEventListener('click', () => {
    form.hidden = false
    open.hidden = true
    input.focus()
  })
  cancel.addEventListener('click', () => {
    form.hidden = true
    open.hidden = false
    input.value = ''
    setText(error, null)
    open.focus()
  })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    mine = true
    run(
      ctx.session.mfa.stepUp({ scope: SENSITIVE, code: input.value.trim() }).then(() => {
        form.hidden = true
        input.value = ''
      }),
      show,
    )
  })
  const el = h(
    'div',
    { class: 'stepup', role: 'group', 'aria-labelledby': 'stepup-title' },
    h(
      'div',
      { class: 'stepup-head' },
      h('h2', { id: 'stepup-title', class: 'subtitle flush' }, 'Sensitive actions'),
      active,
    ),
    lede,
    error,
    open,
    form,
  )
  return {
    el,
    /** True when the current error is the step-up's (the caller then leaves it out of its own alert). */
    update(s: SessionSnapshot): boolean {
      const elevated = s.elevatedScopes.includes(SENSITIVE)
      active.hidden = !elevated
      if (elevated) showActive()
      open.hidden = elevated || !form.hidden
      if (elevated) form.hidden = true
      setBusy(confirm, s.step === 'steppingUp')
      input.setAttribute('aria-invalid', String(mine && s.error !== null))
      if (s.step === 'steppingUp') return false
      if (!s.error) mine = false
      setText(error, mine ? describeError(s.error) : null)
      return mine
    },
    /** Every second: the time left. */
    tick() {
      if (!active.hidden) showActive()
    },
    /** Another action ran: a later failure is not the step-up's. */
    forget() {
      mine = false
    },
  }
}
