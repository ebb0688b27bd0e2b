import { h, uid } from '../dom'

/** Tabs (WAI-ARIA pattern): arrow keys move between them, the panel follows. */
export function otpTabs(items: Array<{ label: string; panel: HTMLElement }>, initial = 0): HTMLElement {
  const list = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Sign in with' })
  const tabs = items.map(({ label, panel }, index) => {
    const id = uid('tab')
    panel.id = `${id}-panel`
    // The panel is not labelled by its tab: its own input is already named "Email" or "Phone".
    panel.setAttribute('role', 'tabpanel')
    const tab = h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id,
        class: 'tab',
        'aria-controls': panel.id,
        onclick: () => select(index),
      },
      label,
    )
    list.append(tab)
    return tab
  })
  const select = (selected: number, focus = false) => {
    tabs.forEach((tab, index) => {
      const on = index === selected
      tab.setAttribute('aria-selected', String(on))
      tab.tabIndex = on ? 0 : -1
      items[index]!.panel.hidden = !on
      if (on && focus) tab.focus()
    })
  }
  list.addEventListener('keydown', (event) => {
    const current = tabs.indexOf(document.activeElement as HTMLButtonElement)
    if (current < 0) return
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
    if (step === 0) return
    event.preventDefault()
    select((current + step + tabs.length) % tabs.length, true)
  })
  select(initial)
  return h('div', { class: 'tabbed' }, list, ...items.map((item) => item.panel))
}
