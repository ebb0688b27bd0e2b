import type { SessionSnapshot } from 'lanyard'
import { field, h, setBusy, setText } from '../dom'
import { describeError } from '../errors'
import type { AppContext, Screen } from '../screen'
import { run } from '../screen'
import { logoutLink } from './shared'

const AUTOCOMPLETE: Record<string, string> = {
  alias: 'nickname',
  firstName: 'given-name',
  lastName: 'family-name',
  email: 'email',
  phoneNumber: 'tel',
}

/**
 * `pending` step `info`: one input per `user.missingFields`, labelled as the settings name the
 * field, or with its key where they do not.
 */
export function infoScreen(ctx: AppContext, first: SessionSnapshot): Screen {
  const names = first.user?.missingFields ?? []
  const fields = names.map((name) => ({
    name,
    ...field(name, { name, autocomplete: AUTOCOMPLETE[name] ?? 'off', required: true }),
  }))
  void ctx.fieldLabels.then((labels) => {
    for (const { name, row } of fields) {
      const label = row.querySelector('label')
      if (label && labels[name]) label.textContent = labels[name]
    }
  })
  const error = h('p', { class: 'error', role: 'alert', hidden: true })
  const show = (e: unknown) => setText(error, describeError(e as never) ?? String(e))
  const save = h('button', { type: 'submit', class: 'button primary' }, 'Save')
  const form = h('form', { class: 'form', novalidate: true }, ...fields.map((f) => f.row), error, save)
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const values = Object.fromEntries(fields.map((f) => [f.name, f.input.value.trim()]))
    run(ctx.session.info.submit(values), show)
  })
  const el = h(
    'section',
    { class: 'card', 'aria-labelledby': 'info-title' },
    h('p', { class: 'eyebrow' }, 'One more thing'),
    h('h1', { id: 'info-title', class: 'title' }, 'Complete your profile'),
    h('p', { class: 'lede' }, 'This app needs a little more about you before you continue.'),
    form,
    logoutLink(ctx),
  )
  queueMicrotask(() => fields[0]?.input.focus())
  return {
    el,
    update(s) {
      setBusy(save, s.step === 'info.submitting')
      setText(error, describeError(s.error))
    },
  }
}
