/** @jsxImportSource solid-js */
// A login screen in Solid: email code, first-time authenticator set-up, the MFA code, logout.
// Mount it with the app's one session: render(() => <LoginScreen session={session} />, root)
import type { Session } from 'lanyard'
import { useSession } from 'lanyard/solid'
import { createMemo, createSignal, Match, Show, Switch } from 'solid-js'
import { isBusy, screenOf, submit } from '../screen'

export function LoginScreen(props: { session: Session }) {
  const snapshot = useSession(props.session)
  const [value, setValue] = createSignal('')
  const [enrolment, setEnrolment] = createSignal<{ secret: string; otpauthUri: string } | null>(null)
  const screen = createMemo(() => screenOf(snapshot(), enrolment() !== null))
  const busy = () => isBusy(snapshot())
  const label = () =>
    screen() === 'code' ? 'The code from the email' : screen() === 'totp' ? 'Authenticator code' : 'Email'

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault()
    if (await submit(props.session, screen(), value())) setValue('')
  }
  const enrol = async () => setEnrolment(await props.session.mfa.enrollTotp().catch(() => null))
  const logOut = () => {
    setEnrolment(null)
    props.session.logout()
  }
  const error = () => snapshot().error && <p role="alert">{snapshot().error?.message}</p>

  return (
    <Switch>
      <Match when={screen() === 'loading'}>
        <p aria-busy="true">Loading…</p>
      </Match>
      <Match when={screen() === 'account'}>
        <button type="button" onClick={logOut}>
          Log out {snapshot().user?.email}
        </button>
      </Match>
      <Match when={screen() === 'enrol'}>
        <p>Your account asks for an authenticator app.</p>
        <button type="button" disabled={busy()} onClick={enrol}>
          Set up authenticator
        </button>
        {error()}
      </Match>
      <Match when={screen() === 'elsewhere'}>
        <p>Finish signing up (see examples/vanilla for these steps).</p>
        <button type="button" onClick={logOut}>
          Log out
        </button>
      </Match>
      <Match when={true}>
        <form onSubmit={onSubmit}>
          <Show when={screen() === 'totp' && enrolment()}>
            {(added) => (
              <p>
                Add this key to your authenticator app: <code>{added().secret}</code> (
                <a href={added().otpauthUri}>open in the app</a>), then enter its code.
              </p>
            )}
          </Show>
          <label>
            {label()}
            <input
              value={value()}
              onInput={(event) => setValue(event.currentTarget.value)}
              disabled={busy()}
              autocomplete={screen() === 'email' ? 'email' : 'one-time-code'}
            />
          </label>
          <button disabled={busy()}>{screen() === 'email' ? 'Send a code' : 'Verify'}</button>
          <Show when={screen() === 'code'}>
            <button type="button" onClick={() => props.session.cancel()}>
              Use another email
            </button>
          </Show>
          {error()}
          <Show when={snapshot().endReason === 'token-expired'}>
            <p>Your session ended. Sign in again.</p>
          </Show>
        </form>
      </Match>
    </Switch>
  )
}
