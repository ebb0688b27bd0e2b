import type { SessionSnapshot } from 'lanyard'
import { h, setBusy, setText } from '../dom'
import { describeError } from '../errors'
import type { AppContext } from '../screen'
import { run } from '../screen'

const PROVIDERS = [
  { id: 'google', name: 'Google' },
  { id: 'github', name: 'GitHub' },
] as const

/**
 * "Continue with Google", "Continue with GitHub" (OAuth with PKCE: the page leaves for the provider
 * and comes back to itself) and "Sign in with a passkey" (WebAuthn). Errors show right below them.
 */
export function methodsPanel(ctx: AppContext) {
  const error = h('p', { class: 'error', role: 'alert', hidden: true })
  const show = (e: unknown) => setText(error, describeError(e as never) ?? String(e))
  let chosen: string | null = null
  const social = PROVIDERS.map(({ id, name }) => {
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
      h('span', { class: 'method-icon', 'aria-hidden': 'true' }),
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
    h('span', { class: 'method-icon', 'aria-hidden': 'true' }),
    'Sign in with a passkey',
  )
  const el = h('div', { class: 'methods' }, ...social.map(({ button }) => button), passkey, error)
  return {
    el,
    update(s: SessionSnapshot, message: string | null) {
      const leaving = s.status === 'authenticating' && (s.step?.startsWith('social') ?? false)
      for (const { id, button } of social) setBusy(button, leaving && chosen === id)
      setBusy(passkey, s.status === 'authenticating' && (s.step?.startsWith('passkey') ?? false))
      setText(error, message)
    },
  }
}
