import { h } from '../dom'
import type { AppContext } from '../screen'
import { run } from '../screen'

/** A quiet way out of a pending session: "Log out". */
export function logoutLink(ctx: AppContext): HTMLElement {
  return h(
    'div',
    { class: 'footer-actions' },
    h(
      'button',
      {
        type: 'button',
        class: 'button ghost small',
        onclick: () => run(ctx.session.logout(), console.error),
      },
      'Log out',
    ),
  )
}

/** A spinner with words, for the moments nothing is asked of the person. */
export function progress(label: string, detail?: string): HTMLElement {
  return h(
    'div',
    { class: 'progress' },
    h('span', { class: 'spinner', 'aria-hidden': 'true' }),
    h('p', { class: 'progress-label' }, label),
    detail ? h('p', { class: 'hint center' }, detail) : null,
  )
}
