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
 * Step-up MFA, for users with an authenticator or a passkey: "Confirm with authenticator" asks for
 * a code, "Confirm with a passkey" runs the ceremony; either proves the user again for one scope
 * (`mfa.stepUp`). While the elevated token lives, the panel
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
  const withPasskey = h('button', { type: 'button', class: 'button secondary' }, 'Confirm with a passkey')
  const choices = h('div', { class: 'row start' }, open, withPasskey)
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
    'Sensitive actions ask you to confirm it’s you again. A confirmation lasts up to 5 minutes, in this page only.',
  )
  /** Whether the last failure belongs here (the screen's own alert shows the others). */
  let mine = false
  open.addEventListener('click', () => {
    form.hidden = false
    choices.hidden = true
    input.focus()
  })
  withPasskey.addEventListener('click', () => {
    mine = true
    run(ctx.session.mfa.stepUp({ scope: SENSITIVE, passkey: true, provider: ctx.passkey }), show)
  })
  cancel.addEventListener('click', () => {
    form.hidden = true
    choices.hidden = false
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
    choices,
    form,
  )
  return {
    el,
    /** True when the current error is the step-up's (the caller then leaves it out of its own alert). */
    update(s: SessionSnapshot): boolean {
      const has = (format: string) => s.user?.verifiedCredentials.some((c) => c.format === format) === true
      // Each way to confirm needs its credential; with neither, the panel is not offered at all.
      open.hidden = !has('totp')
      withPasskey.hidden = !has('passkey')
      el.hidden = open.hidden && withPasskey.hidden
      const elevated = s.elevatedScopes.includes(SENSITIVE)
      active.hidden = !elevated
      if (elevated) showActive()
      if (elevated) form.hidden = true
      choices.hidden = elevated || !form.hidden
      setBusy(confirm, s.step === 'steppingUp' && !form.hidden)
      setBusy(withPasskey, s.step === 'steppingUp' && form.hidden)
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
