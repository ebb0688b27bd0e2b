import type { Session, SessionSnapshot } from 'lanyard'

/**
 * Plain DOM: render the snapshot now and after every change, wire the forms to the session's
 * actions. Returns the function that stops listening (call it before removing `root`).
 */
export function mountLogin(session: Session, root: HTMLElement): () => void {
  root.innerHTML = `
    <p data-status></p>
    <form data-email><input name="email" type="email" aria-label="Email"><button>Send code</button></form>
    <form data-code hidden><input name="code" inputmode="numeric" aria-label="Code"><button>Verify</button></form>
    <button data-logout hidden>Log out</button>
    <p data-error role="alert"></p>`
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector(selector) as T
  const field = (form: HTMLFormElement, name: string) => (form.elements.namedItem(name) as HTMLInputElement).value

  const render = (snapshot: SessionSnapshot) => {
    $('[data-status]').textContent = snapshot.isLoggedIn
      ? `Signed in as ${snapshot.user?.email ?? snapshot.user?.id}`
      : snapshot.status
    $('[data-email]').hidden = !['visitor', 'expired', 'loggedOut'].includes(snapshot.status)
    $('[data-code]').hidden = snapshot.step !== 'emailOtp.awaitingCode'
    $('[data-logout]').hidden = !snapshot.isAuthenticated
    $('[data-error]').textContent = snapshot.error?.message ?? ''
  }
  const submit = (selector: string, action: (form: HTMLFormElement) => Promise<unknown>) => {
    $<HTMLFormElement>(selector).addEventListener('submit', (event) => {
      event.preventDefault()
      // Failures are in snapshot.error, rendered above; the promise needs no handler of its own.
      action(event.target as HTMLFormElement).catch(() => undefined)
    })
  }
  submit('[data-email]', (form) => session.email.sendCode(field(form, 'email')))
  submit('[data-code]', (form) => session.email.verifyCode(field(form, 'code')))
  $('[data-logout]').addEventListener('click', () => session.logout())

  render(session.getSnapshot())
  return session.subscribe(render)
}
