// A few lines of DOM building, so the screens read like markup without a framework.

type Child = Node | string | null | undefined | false
type AttrValue = string | number | boolean | null | undefined | ((event: Event) => void)

let nextId = 0
/** A document-unique id, for `<label for>` and `aria-describedby`. */
export const uid = (prefix: string) => `${prefix}-${++nextId}`

/**
 * Creates an element: `h('button', { type: 'submit', onclick }, 'Send code')`.
 * `on*` functions become listeners, `true`/`false` toggle boolean attributes, `class` sets the class.
 */
export function h<TTag extends keyof HTMLElementTagNameMap>(
  tag: TTag,
  attrs: Record<string, AttrValue> = {},
  ...children: Child[]
): HTMLElementTagNameMap[TTag] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2), value)
    else if (value === true) element.setAttribute(name, '')
    else if (value !== false && value !== null && value !== undefined)
      element.setAttribute(name, String(value))
  }
  element.append(
    ...children.filter(
      (child): child is Node | string => child !== null && child !== undefined && child !== false,
    ),
  )
  return element
}

/** A labelled input: the label's text is the input's accessible name. */
export function field(
  label: string,
  attrs: Record<string, AttrValue> = {},
  hint?: string,
): { row: HTMLDivElement; input: HTMLInputElement } {
  const id = uid('field')
  const hintId = hint ? `${id}-hint` : undefined
  const input = h('input', { id, class: 'input', 'aria-describedby': hintId, ...attrs })
  const row = h(
    'div',
    { class: 'field' },
    h('label', { for: id, class: 'label' }, label),
    input,
    hint ? h('p', { id: hintId, class: 'hint' }, hint) : null,
  )
  return { row, input }
}

/** Marks a button as working: disabled and spinning, with its accessible name unchanged. */
export function setBusy(button: HTMLButtonElement, busy: boolean): void {
  button.disabled = busy
  if (busy) button.setAttribute('aria-busy', 'true')
  else button.removeAttribute('aria-busy')
}

/** Replaces an element's children with text, or hides it when there is none. */
export function setText(element: HTMLElement, text: string | null): void {
  element.textContent = text ?? ''
  element.hidden = !text
}
