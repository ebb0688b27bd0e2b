/** @jsxImportSource solid-js */
// A login screen in Solid: email code, first-time authenticator set-up, the MFA code, the required
// profile fields, the embedded wallet (and its retry), logout. It takes the app's one session from
// its provider: render(() => <SessionProvider session={session}><LoginScreen /></SessionProvider>, root)
import { useSession, useSessionContext } from 'lanyard/solid'
import { createMemo, createSignal, For, Match, Show, Switch } from 'solid-js'
import { isBusy, retryWallet, screenOf, submit, submitFields } from '../screen'

/** `fieldLabels`: what the settings call each required profile field (`api.getSettings()`). */
export function LoginScreen(props: { fieldLabels?: Record<string, string> }) {
  const session = useSessionContext()
  const snapshot = useSession()
  const [value, setValue] = createSignal('')
  const [enrolment, setEnrolment] = createSignal<{ secret: string; otpauthUri: string } | null>(null)
  const screen = createMemo(() => screenOf(snapshot(), enrolment() !== null))
  const busy = () => isBusy(snapshot())
  const label = () =>
    screen() === 'code' ? 'The code from the email' : screen() === 'totp' ? 'Authenticator code' : 'Email'

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault()
    if (await submit(session, screen(), value())) setValue('')
  }
  const save = (event: SubmitEvent) => {
    event.preventDefault()
    submitFields(session, event.currentTarget as HTMLFormElement) // a refusal is in snapshot().error
  }
  const enrol = async () => setEnrolment(await session.mfa.enrollTotp().catch(() => null))
  const logOut = () => {
    setEnrolment(null)
    session.logout()
  }
  const error = () => snapshot().error && <p role="alert">{snapshot().error?.message}</p>

  return (
    <>
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
        <Match when={screen() === 'info'}>
          <form onSubmit={save}>
            <For each={snapshot().user?.missingFields}>
              {(name) => (
                <label>
                  {props.fieldLabels?.[name] ?? name} <input name={name} disabled={busy()} />
                </label>
              )}
            </For>
            <button disabled={busy()}>Save</button>
            {error()}
          </form>
        </Match>
        <Match when={screen() === 'creatingWallet'}>
          <p aria-busy="true">Creating your wallet…</p>
        </Match>
        <Match when={screen() === 'walletFailed'}>
          <button type="button" onClick={() => retryWallet(session)}>
            Create wallet
          </button>
          {error()}
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
              <button type="button" onClick={() => session.cancel()}>
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
      {/* Signed in but something still owed (MFA, a field, the wallet): a way out on every such screen. */}
      <Show when={snapshot().status === 'pending'}>
        <button type="button" onClick={logOut}>
          Log out
        </button>
      </Show>
    </>
  )
}
