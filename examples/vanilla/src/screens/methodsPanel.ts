import type { SessionSnapshot } from 'lanyard'
import { h, setBusy, setText } from '../dom'
import { describeError } from '../errors'
import type { AppContext } from '../screen'
import { run } from '../screen'
import { isStep } from '../steps'

// The providers' marks, as their brand guidelines draw them (18×18 and 16×16 view boxes).
const GOOGLE: Array<[string, string]> = [
  [
    '#EA4335',
    'M9 3.48c1.69 0 2.83.73 3.48 1.34l2.54-2.48C13.46.89 11.43 0 9 0 5.48 0 2.44 2.02.96 4.96l2.91 2.26C4.6 5.05 6.62 3.48 9 3.48z',
  ],
  [
    '#4285F4',
    'M17.64 9.2c0-.74-.06-1.28-.19-1.84H9v3.34h4.96c-.1.83-.64 2.08-1.84 2.92l2.84 2.2c1.7-1.57 2.68-3.88 2.68-6.62z',
  ],
  [
    '#FBBC05',
    'M3.88 10.78A5.54 5.54 0 0 1 3.58 9c0-.62.11-1.22.29-1.78L.96 4.96A9.008 9.008 0 0 0 0 9c0 1.45.35 2.82.96 4.04l2.92-2.26z',
  ],
  [
    '#34A853',
    'M9 18c2.43 0 4.47-.8 5.96-2.18l-2.84-2.2c-.76.53-1.78.9-3.12.9-2.38 0-4.4-1.57-5.12-3.74L.97 13.04C2.45 15.98 5.48 18 9 18z',
  ],
]
const GITHUB: Array<[string, string]> = [
  [
    '#1f2328',
    'M8 0c4.42 0 8 3.58 8 8a8.013 8.013 0 0 1-5.45 7.59c-.4.08-.55-.17-.55-.38 0-.27.01-1.13.01-2.2 0-.75-.25-1.23-.54-1.48 1.78-.2 3.65-.88 3.65-3.95 0-.88-.31-1.59-.82-2.15.08-.2.36-1.02-.08-2.12 0 0-.67-.22-2.2.82-.64-.18-1.32-.27-2-.27-.68 0-1.36.09-2 .27-1.53-1.03-2.2-.82-2.2-.82-.44 1.1-.16 1.92-.08 2.12-.51.56-.82 1.28-.82 2.15 0 3.06 1.86 3.75 3.64 3.95-.23.2-.44.55-.51 1.07-.46.21-1.61.55-2.33-.66-.15-.24-.6-.83-1.23-.82-.67.01-.27.38.01.53.34.19.73.9.82 1.13.16.45.68 1.31 2.69.94 0 .67.01 1.3.01 1.49 0 .21-.15.45-.55.38A7.995 7.995 0 0 1 0 8c0-4.42 3.58-8 8-8Z',
  ],
]

/** A key, drawn in strokes of the accent colour. */
export function passkeyMark(): HTMLElement {
  const svg = document.createElementNS(SVG, 'svg')
  svg.setAttribute('viewBox', '0 0 18 18')
  svg.setAttribute('focusable', 'false')
  for (const [tag, attrs] of [
    ['circle', { cx: '5.5', cy: '9', r: '3.5' }],
    ['path', { d: 'M9 9h8M14.5 9v3M17 9v2.2' }],
  ] as const) {
    const shape = document.createElementNS(SVG, tag)
    for (const [name, value] of Object.entries(attrs)) shape.setAttribute(name, value)
    shape.setAttribute('fill', 'none')
    shape.setAttribute('stroke', 'currentColor')
    shape.setAttribute('stroke-width', '2')
    shape.setAttribute('stroke-linecap', 'round')
    svg.append(shape)
  }
  return h('span', { class: 'method-icon passkey-icon', 'aria-hidden': 'true' }, svg)
}

const PROVIDERS = [
  { id: 'google', name: 'Google', mark: GOOGLE, box: 18 },
  { id: 'github', name: 'GitHub', mark: GITHUB, box: 16 },
] as const

const SVG = 'http://www.w3.org/2000/svg'

/** A provider's mark, decorative (the button's words name it). */
function markOf(paths: ReadonlyArray<[string, string]>, box: number): HTMLElement {
  const svg = document.createElementNS(SVG, 'svg')
  svg.setAttribute('viewBox', `0 0 ${box} ${box}`)
  svg.setAttribute('focusable', 'false')
  for (const [fill, d] of paths) {
    const path = document.createElementNS(SVG, 'path')
    path.setAttribute('fill', fill)
    path.setAttribute('d', d)
    svg.append(path)
  }
  return h('span', { class: 'method-icon', 'aria-hidden': 'true' }, svg)
}

/**
 * "Continue with Google", "Continue with GitHub" (OAuth with PKCE: the page leaves for the provider
 * and comes back to itself), "Sign in with a passkey" (WebAuthn) and, when the app has its own
 * identity system, "Continue with Acme ID" (its JWT to `externalJwt.signIn`). Errors show right below them.
 */
export function methodsPanel(ctx: AppContext) {
  const error = h('p', { class: 'error', role: 'alert', hidden: true })
  const show = (e: unknown) => setText(error, describeError(e as never) ?? String(e))
  let chosen: string | null = null
  const social = PROVIDERS.map(({ id, name, mark, box }) => {
    const button = h(
      'button',
      {
        type: 'button',
        class: 'button secondary method',
        'data-provider': id,
        onclick: () => {
          ctx.lastFlow = 'social'
          chosen = id
          // Back to this very page, without any query left from an earlier attempt.
          const redirectUri = new URL(location.pathname, location.origin).toString()
          run(
            ctx.session.social.start(id, { redirectUri }).then(({ url }) => ctx.navigate(url)),
            show,
          )
        },
      },
      markOf(mark, box),
      `Continue with ${name}`,
    )
    return { id, button }
  })
  const passkey = h(
    'button',
    {
      type: 'button',
      class: 'button secondary method',
      'data-provider': 'passkey',
      onclick: () => {
        ctx.lastFlow = 'passkey'
        run(ctx.session.passkey.signIn(ctx.passkey), show)
      },
    },
    passkeyMark(),
    'Sign in with a passkey',
  )
  // "Continue with Acme ID": a JWT from the app's own identity system, verified by the server.
  const { externalToken } = ctx
  let fetchingToken = false
  const acme = externalToken
    ? h(
        'button',
        {
          type: 'button',
          class: 'button secondary method',
          'data-provider': 'acme',
          onclick: () => {
            ctx.lastFlow = 'external'
            fetchingToken = true
            if (acme) setBusy(acme, true)
            const token = externalToken().finally(() => {
              fetchingToken = false
              if (acme) setBusy(acme, false)
            })
            run(
              token.then((jwt) => ctx.session.externalJwt.signIn(jwt)),
              show,
            )
          },
        },
        h('span', { class: 'method-icon acme-icon', 'aria-hidden': 'true' }, 'A'),
        'Continue with Acme ID',
      )
    : null
  const el = h('div', { class: 'methods' }, ...social.map(({ button }) => button), passkey, acme, error)
  return {
    el,
    update(s: SessionSnapshot, message: string | null) {
      const leaving = isStep(s.step, 'social.starting', 'social.redirecting', 'social.verifying')
      for (const { id, button } of social) setBusy(button, leaving && chosen === id)
      setBusy(passkey, isStep(s.step, 'passkey.asking', 'passkey.verifying'))
      if (acme) setBusy(acme, fetchingToken || isStep(s.step, 'externalJwt.verifying'))
      setText(error, message)
    },
  }
}
