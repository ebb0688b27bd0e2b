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
import { backend, container, signInWithMfaThenLogOut } from './scenario'

const path = 'examples/login/svelte/LoginScreen.svelte'
afterAll(removeCompiled)

test('the Svelte login screen signs in by email and TOTP (set up on first sign-in), showing wrong codes, and logs out', async () => {
  switchSvelte('client')
  const svelte: typeof import('svelte') = await import(clientSvelteUrl)
  const base = dirname(join(import.meta.dirname, '../../..', path))
  const url = compileSvelte({ 'LoginScreen.svelte': readSvelte(path) }, 'client', base)['LoginScreen.svelte']
  const LoginScreen = (await import(url)).default
  const { server, session } = backend()
  const root = container()
  const app = svelte.mount(LoginScreen, { target: root, props: { session } })
  try {
    await signInWithMfaThenLogOut(root, { server, session })
  } finally {
    svelte.unmount(app)
    root.remove()
    session.stop()
  }
})
