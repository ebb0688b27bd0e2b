import type { SessionSnapshot } from 'lanyard'
import { h } from './dom'
import { displayName } from './format'

/** The words of the `status` live region: what state the session is in. */
export function statusWords(s: SessionSnapshot): string {
  switch (s.status) {
    case 'restoring':
      return 'Restoring your session…'
    case 'visitor':
    case 'loggedOut':
      return 'Signed out'
    case 'expired':
      return 'Session expired'
    case 'authenticating':
      return s.step?.endsWith('awaitingCode') ? 'Waiting for your code' : 'Signing in…'
    case 'pending':
      return s.user ? `Almost signed in as ${displayName(s.user)}` : 'Almost signed in'
    case 'loggedIn':
      return s.user ? `Signed in as ${displayName(s.user)}` : 'Signed in'
  }
}

const TONES: Record<SessionSnapshot['status'], string> = {
  restoring: 'busy',
  visitor: 'idle',
  authenticating: 'busy',
  pending: 'busy',
  loggedIn: 'good',
  expired: 'warn',
  loggedOut: 'idle',
}

/** The live region: announced politely whenever its words change. */
export function createStatusRegion(): { el: HTMLElement; update(s: SessionSnapshot): void } {
  const text = h('span', { class: 'status-text' })
  const el = h(
    'p',
    { class: 'status', role: 'status', 'aria-live': 'polite' },
    h('span', { class: 'status-dot', 'aria-hidden': 'true' }),
    text,
  )
  return {
    el,
    update(s) {
      const words = statusWords(s)
      if (text.textContent !== words) text.textContent = words
      el.dataset.tone = TONES[s.status]
    },
  }
}
