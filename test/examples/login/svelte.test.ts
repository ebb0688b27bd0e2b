// @vitest-environment happy-dom
// examples/login/svelte/LoginScreen.svelte, compiled with svelte/compiler, mounted with the browser
// build of Svelte 5 against the reference backend.
import { dirname, join } from 'node:path'
import { afterAll, test } from 'vitest'
import {
  clientSvelteUrl,
  compileSvelte,
  readSvelte,
  removeCompiled,
  switchSvelte,
} from '../../svelte/compile'
import { backend, container, signUpThenLogOut } from './scenario'

const path = 'examples/login/svelte/LoginScreen.svelte'
// The app's root, as the screen's header comment asks: the session in context, the labels as a prop.
const app = `<script>
  import { setSessionContext } from 'lanyard/svelte'
  import LoginScreen from './LoginScreen.svelte'
  let { session, fieldLabels } = $props()
  setSessionContext(session)
</script>
<LoginScreen {fieldLabels} />`
afterAll(removeCompiled)

test('the Svelte login screen, given the session by setSessionContext, signs up by email, TOTP (set up on first sign-in), the labelled profile field and the embedded wallet retry, showing each error, and logs out', async () => {
  switchSvelte('client')
  const svelte: typeof import('svelte') = await import(clientSvelteUrl)
  const base = dirname(join(import.meta.dirname, '../../..', path))
  const urls = compileSvelte({ 'App.svelte': app, 'LoginScreen.svelte': readSvelte(path) }, 'client', base)
  const App = (await import(urls['App.svelte'])).default
  const signUp = await backend()
  const { session, fieldLabels } = signUp
  const root = container()
  const mounted = svelte.mount(App, { target: root, props: { session, fieldLabels } })
  try {
    await signUpThenLogOut(root, signUp)
  } finally {
    svelte.unmount(mounted)
    root.remove()
    session.stop()
  }
})
