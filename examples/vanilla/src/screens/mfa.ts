import type { SessionSnapshot } from 'lanyard'
import { field, h, setBusy, setText } from '../dom'
import { describeError } from '../errors'
import { qrCode } from '../qr'
import type { AppContext, Screen } from '../screen'
import { run } from '../screen'
import { isStep } from '../steps'
import { passkeyMark } from './methodsPanel'
import { logoutLink } from './shared'

/** `pending` step `mfa`: set up an authenticator (QR code and secret) or enter its code, or use a passkey. */
export function mfaScreen(ctx: AppContext, first: SessionSnapshot): Screen {
  const enrolled = first.user?.verifiedCredentials.some((c) => c.format === 'totp') === true
  const hasPasskey = first.user?.verifiedCredentials.some((c) => c.format === 'passkey') === true
  const error = h('p', { class: 'error', role: 'alert', hidden: true })
  const show = (e: unknown) => setText(error, describeError(e as never) ?? String(e))
  const { row, input } = field('Authenticator code', {
    name: 'totp',
    inputmode: 'numeric',
    autocomplete: 'one-time-code',
    maxlength: 6,
    class: 'input code',
  })
  const verify = h('button', { type: 'submit', class: 'button primary' }, 'Verify')
  const form = h('form', { class: 'form', novalidate: true, hidden: !enrolled }, row, verify)
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    run(ctx.session.mfa.verifyTotp(input.value.trim()), show)
  })
  const passkey = h(
    'button',
    {
      type: 'button',
      class: 'button secondary method',
      'data-provider': 'passkey',
      onclick: () => run(ctx.session.mfa.verifyPasskey(ctx.passkey), show),
    },
    passkeyMark(),
    'Use a passkey instead',
  )
  const enrolment = h('div', { class: 'enrolment', hidden: true })
  const setUp = h('button', { type: 'button', class: 'button primary' }, 'Set up authenticator')
  setUp.addEventListener('click', () => {
    run(
      ctx.session.mfa.enrollTotp().then(({ secret, otpauthUri }) => {
        enrolment.replaceChildren(...enrolmentDetails(secret, otpauthUri))
        enrolment.hidden = false
        setUp.hidden = true
        form.hidden = false
        input.focus()
      }),
      show,
    )
  })
  const el = h(
    'section',
    { class: 'card', 'aria-labelledby': 'mfa-title' },
    h('p', { class: 'eyebrow' }, 'Two-factor authentication'),
    h(
      'h1',
      { id: 'mfa-title', class: 'title' },
      enrolled ? 'Enter your authenticator code' : 'Protect your account',
    ),
    h(
      'p',
      { class: 'lede' },
      enrolled
        ? 'Open your authenticator app and enter the 6-digit code for this account.'
        : 'This account needs an authenticator app (Google Authenticator, 1Password, Authy…) for a second step at sign-in.',
    ),
    enrolled ? null : setUp,
    enrolment,
    error,
    form,
    hasPasskey ? h('div', { class: 'divider', role: 'separator' }, h('span', {}, 'or')) : null,
    hasPasskey ? passkey : null,
    logoutLink(ctx),
  )
  return {
    el,
    update(s) {
      setBusy(setUp, s.step === 'mfa.enrolling')
      setBusy(verify, s.step === 'mfa.verifying')
      setBusy(passkey, isStep(s.step, 'mfa.passkey.asking', 'mfa.passkey.verifying'))
      setText(error, describeError(s.error))
    },
  }
}

function enrolmentDetails(secret: string, otpauthUri: string): Node[] {
  const grouped = secret.replace(/(.{4})(?=.)/g, '$1 ')
  return [
    h(
      'ol',
      { class: 'steps' },
      h('li', {}, 'Scan this QR code with your authenticator app.'),
      h('li', {}, 'Enter the 6-digit code it shows.'),
    ),
    h('div', { class: 'qr-frame' }, qrCode(otpauthUri, 'QR code for your authenticator app')),
    h(
      'details',
      { class: 'secret' },
      h('summary', {}, 'Can’t scan? Enter the key by hand'),
      h('p', { class: 'mono secret-key', 'aria-label': 'Secret key' }, grouped),
      h('a', { href: otpauthUri, class: 'link' }, 'Open in an authenticator app on this device'),
    ),
  ]
}
