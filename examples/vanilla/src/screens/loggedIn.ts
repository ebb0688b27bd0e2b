import type { SessionSnapshot, User } from 'lanyard'
import { h, setBusy, setText } from '../dom'
import { describeError } from '../errors'
import { describeCredential, displayName, formatRemaining } from '../format'
import type { AppContext, Screen } from '../screen'
import { everySecond, run } from '../screen'
import { isStep } from '../steps'
import { stepUpPanel } from './stepUpPanel'

/** `loggedIn`: who, with what, for how long; add a passkey, link a wallet, create one, refresh, log out. */
export function loggedInScreen(ctx: AppContext): Screen {
  const { session } = ctx
  const error = h('p', { class: 'error', role: 'alert', hidden: true })
  const show = (e: unknown) => setText(error, describeError(e as never) ?? String(e))
  const stepUp = stepUpPanel(ctx)
  const button = (label: string, kind: string, action: () => Promise<unknown>) =>
    h(
      'button',
      {
        type: 'button',
        class: `button ${kind}`,
        onclick: () => {
          stepUp.forget()
          run(action(), show)
        },
      },
      label,
    )
  const link = button('Link a wallet', 'secondary', () => session.wallet.link(ctx.newWallet()))
  const create = button('Create wallet', 'secondary', () => session.embeddedWallet.create())
  const passkey = button('Add a passkey', 'ghost small', () => session.passkey.register(ctx.passkey))
  const refresh = button('Refresh', 'secondary', () => session.refresh())
  const logout = button('Log out', 'danger', () => session.logout())
  const avatar = h('div', { class: 'avatar', 'aria-hidden': 'true' })
  const heading = h('h1', { id: 'home-title', class: 'title' })
  const account = h('dl', { class: 'facts' })
  const credentials = h('ul', { class: 'credentials', 'aria-label': 'Credentials' })
  const remaining = h('strong', { class: 'countdown' })
  const ends = h('span', { class: 'muted' })
  const expiry = h('p', { class: 'expiry' }, 'Session expires in ', remaining, ' ', ends)
  const soon = h(
    'p',
    { class: 'notice', 'data-tone': 'warn', hidden: true },
    'Your session ends in less than a minute: it could not be renewed. Refresh to try again.',
  )
  // The session renews its token by itself; `expiring` means it has not managed to, for this token.
  let warnedFor: number | null = null
  const stopWarning = session.on('expiring', ({ expiresAt }) => {
    warnedFor = expiresAt
    tick()
  })
  const tick = () => {
    const { expiresAt } = session.getSnapshot()
    if (expiresAt === null) return
    const left = expiresAt - ctx.now()
    remaining.textContent = formatRemaining(left)
    expiry.dataset.tone = left < 60_000 ? 'warn' : ''
    soon.hidden = warnedFor !== expiresAt
    stepUp.tick()
  }
  const el = h(
    'section',
    { class: 'card wide', 'aria-labelledby': 'home-title' },
    avatar,
    heading,
    expiry,
    soon,
    error,
    h('h2', { class: 'subtitle' }, 'Account'),
    account,
    h('div', { class: 'section-head' }, h('h2', { class: 'subtitle flush' }, 'Credentials'), passkey),
    credentials,
    stepUp.el,
    h('div', { class: 'row actions' }, link, create, refresh, logout),
  )
  let shownUser: User | null = null
  const stop = everySecond(tick)
  return {
    el,
    update(s) {
      if (s.user && s.user !== shownUser) {
        shownUser = s.user
        const name = s.user.alias ?? s.user.firstName ?? s.user.email?.split('@')[0] ?? displayName(s.user)
        heading.textContent = `Welcome, ${name}`
        avatar.textContent = name.startsWith('0x') ? '◆' : name.slice(0, 1)
        account.replaceChildren(...facts(s))
        credentials.replaceChildren(...s.user.verifiedCredentials.map(credentialItem))
      }
      if (s.expiresAt !== null) ends.textContent = `(at ${new Date(s.expiresAt).toLocaleTimeString()})`
      setBusy(refresh, s.step === 'refreshing')
      setBusy(link, isStep(s.step, 'linking.signing', 'linking.verifying'))
      setBusy(create, s.step === 'creatingWallet')
      setBusy(passkey, isStep(s.step, 'registeringPasskey.asking', 'registeringPasskey.verifying'))
      const stepUpError = stepUp.update(s)
      setText(error, stepUpError ? null : describeError(s.error))
      tick()
    },
    destroy() {
      stop()
      stopWarning()
    },
  }
}

function facts(s: SessionSnapshot): Node[] {
  const user = s.user!
  const rows: Array<[string, string | undefined]> = [
    ['Signed in as', displayName(user)],
    ['Alias', user.alias],
    ['Name', [user.firstName, user.lastName].filter(Boolean).join(' ') || undefined],
    ['User ID', user.id],
    ['Session', s.sessionId ?? undefined],
  ]
  return rows
    .filter((row): row is [string, string] => row[1] !== undefined)
    .flatMap(([term, value]) => [
      h('dt', {}, term),
      h('dd', { class: term.endsWith('ID') || term === 'Session' ? 'mono' : '' }, value),
    ])
}

function credentialItem(credential: User['verifiedCredentials'][number]): HTMLElement {
  const { title, detail } = describeCredential(credential)
  return h(
    'li',
    { class: 'credential', 'data-format': credential.format },
    h('span', { class: 'credential-icon', 'aria-hidden': 'true' }),
    h('span', { class: 'credential-text' }, h('strong', {}, title), h('span', { class: 'mono' }, detail)),
  )
}
