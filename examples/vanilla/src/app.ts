import type {
  AuthApi,
  PasskeyProvider,
  Session,
  SessionSnapshot,
  SessionStepOf,
  WalletConnector,
} from 'lanyard'
import { h } from './dom'
import type { AppContext, Screen, ScreenFactory } from './screen'
import { codeScreen } from './screens/code'
import { embeddedWalletScreen } from './screens/embeddedWallet'
import { infoScreen } from './screens/info'
import { loggedInScreen } from './screens/loggedIn'
import { mfaScreen } from './screens/mfa'
import { finishingScreen, restoringScreen } from './screens/restoring'
import { signInScreen } from './screens/signIn'
import { createStatusRegion } from './status'

/** Which screen a snapshot shows. A screen stays (keeping what was typed) while its key stays. */
export function screenKey(s: SessionSnapshot): string {
  switch (s.status) {
    case 'restoring':
      return 'restoring'
    case 'authenticating':
      return signInKey(s.step)
    case 'pending': {
      const requirement = requirementOf(s.step)
      return requirement === 'info' ? `info:${s.user.missingFields.join(',')}` : requirement
    }
    case 'loggedIn':
      return 'loggedIn'
    default:
      return 'signIn' // visitor, expired, loggedOut
  }
}

function signInKey(step: SessionStepOf<'authenticating'>): string {
  switch (step) {
    // Back from a social provider: nothing to do but wait for the code exchange.
    case 'social.verifying':
      return 'finishing'
    case 'emailOtp.awaitingCode':
    case 'emailOtp.resending':
    case 'emailOtp.verifying':
      return 'code:email'
    case 'smsOtp.awaitingCode':
    case 'smsOtp.resending':
    case 'smsOtp.verifying':
      return 'code:sms'
    default:
      // Sending a code, signing with a wallet or a passkey: the sign-in form stays on screen, busy.
      return 'signIn'
  }
}

/** The requirement a pending step is about: every step is named, so a new one fails to compile here. */
function requirementOf(step: SessionStepOf<'pending'>): 'mfa' | 'info' | 'wallet' {
  switch (step) {
    case 'mfa':
    case 'mfa.enrolling':
    case 'mfa.verifying':
    case 'mfa.passkey.asking':
    case 'mfa.passkey.verifying':
    case 'mfa.refreshing':
      return 'mfa'
    case 'info':
    case 'info.submitting':
    case 'info.refreshing':
      return 'info'
    case 'wallet.waiting':
    case 'wallet.creating':
    case 'wallet.failed':
    case 'wallet.refreshing':
      return 'wallet'
    default:
      return unreachable(step)
  }
}

const unreachable = (step: never): never => {
  throw new Error(`Unknown step ${String(step)}`)
}

const SCREENS: Record<string, ScreenFactory> = {
  restoring: restoringScreen,
  finishing: finishingScreen,
  signIn: signInScreen,
  code: codeScreen,
  mfa: mfaScreen,
  info: infoScreen,
  wallet: embeddedWalletScreen,
  loggedIn: loggedInScreen,
}

export interface AppOptions {
  /** The session's API, for the environment's settings (the labels of required profile fields); none: fields by their key. */
  api?: Pick<AuthApi, 'getSettings'>
  wallet: () => WalletConnector
  newWallet: () => WalletConnector
  /** The WebAuthn provider (tests pass `createTestPasskey()`); default `navigator.credentials`. */
  passkey?: PasskeyProvider
  /** A JWT from the app's own identity system, for "Continue with Acme ID"; none: no such button. */
  externalToken?: () => Promise<string>
  /** Where "Continue with Google" goes; default `location.assign` (tests catch the URL instead). */
  navigate?: (url: string) => void
  now?: () => number
}

/** The query parameters a social provider redirects back with. */
const OAUTH_PARAMS = ['code', 'state', 'error', 'error_description', 'iss', 'scope']

/**
 * On the page a social provider redirected to (`?code=…&state=…`, or `?error=…`): removes those
 * parameters from the address bar at once (a reload must not replay them), then completes the
 * sign-in. A failure lands in `snapshot.error`, which the sign-in screen shows by the social buttons.
 */
function completeSocialRedirect(ctx: AppContext): void {
  const url = new URL(location.href)
  if (!['code', 'state', 'error'].some((name) => url.searchParams.has(name))) return
  const href = url.toString()
  for (const name of OAUTH_PARAMS) url.searchParams.delete(name)
  history.replaceState(history.state, '', url)
  ctx.lastFlow = 'social'
  void ctx.session.ready.then(() => ctx.session.social.complete(href)).catch(() => {})
}

/** What the settings call each required profile field (asked once, at mount); none when they cannot say. */
function fieldLabelsOf(api: AppOptions['api']): Promise<Record<string, string>> {
  if (!api) return Promise.resolve({})
  return api.getSettings({ signal: AbortSignal.timeout(10_000), token: null }).then(
    (settings) => settings.fieldLabels ?? {},
    () => ({}),
  )
}

/**
 * Renders the session into `root`: the current snapshot at once (subscribe does not call back
 * with it), then every new one. Returns a function that stops rendering.
 */
export function mountApp(root: HTMLElement, session: Session, options: AppOptions): () => void {
  const ctx: AppContext = {
    session,
    sentTo: {},
    lastFlow: 'email',
    now: Date.now,
    ...options,
    navigate: options.navigate ?? ((url) => location.assign(url)),
    fieldLabels: fieldLabelsOf(options.api),
  }
  const status = createStatusRegion()
  const main = h('main', { class: 'main', id: 'main' })
  root.replaceChildren(header(status.el), main, footer())
  let current: { key: string; screen: Screen } | null = null

  const render = (s: SessionSnapshot) => {
    root.dataset.status = s.status
    root.dataset.step = s.step ?? ''
    status.update(s)
    const key = screenKey(s)
    if (current?.key !== key) {
      current?.screen.destroy?.()
      const screen = SCREENS[key.split(':')[0]!]!(ctx, s)
      main.replaceChildren(screen.el)
      const hadFocus = current !== null
      current = { key, screen }
      // Moving to a new screen moves focus to it, so keyboard and screen-reader users follow along.
      if (hadFocus && !screen.el.contains(document.activeElement)) focusScreen(screen.el)
    }
    current.screen.update(s)
  }
  render(session.getSnapshot())
  const unsubscribe = session.subscribe(render)
  completeSocialRedirect(ctx)
  // Back from the provider's page with the Back button (the page comes from the back-forward
  // cache, still "redirecting"): abandon that attempt, so the buttons work again.
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted && session.getSnapshot().step === 'social.redirecting') session.cancel()
  }
  window.addEventListener('pageshow', onPageShow)
  return () => {
    window.removeEventListener('pageshow', onPageShow)
    unsubscribe()
    current?.screen.destroy?.()
  }
}

function focusScreen(el: HTMLElement) {
  queueMicrotask(() => {
    if (el.contains(document.activeElement)) return
    const target = el.querySelector<HTMLElement>('input:not([hidden]), h1')
    if (target?.tagName === 'H1') target.tabIndex = -1
    target?.focus()
  })
}

function header(status: HTMLElement): HTMLElement {
  return h(
    'header',
    { class: 'topbar' },
    h('a', { class: 'brand', href: '#main' }, h('span', { class: 'logo', 'aria-hidden': 'true' }), 'Lanyard'),
    status,
  )
}

function footer(): HTMLElement {
  return h(
    'footer',
    { class: 'foot' },
    'Demo: a reference backend with real signed JWTs. One-time and authenticator codes are printed in the terminal that runs ',
    h('code', {}, 'npm start'),
    '.',
  )
}
