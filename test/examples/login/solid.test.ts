// @vitest-environment happy-dom
// examples/login/solid/LoginScreen.tsx, compiled with babel-preset-solid as a Solid app's build
// does, rendered with the browser build of Solid against the reference backend.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterAll, test } from 'vitest'
import { compileSolid, load, removeCompiled, solidBuild } from '../../solid/compile'
import { backend, container, signInWithMfaThenLogOut } from './scenario'

const file = join(import.meta.dirname, '../../../examples/login/solid/LoginScreen.tsx')
afterAll(removeCompiled)

test('the Solid login screen signs in by email and TOTP (set up on first sign-in), showing wrong codes, and logs out', async () => {
  solidBuild('client')
  const web: typeof import('solid-js/web') = await import('solid-js/web')
  const compiled = await compileSolid({ 'LoginScreen.tsx': readFileSync(file, 'utf8') }, 'dom', dirname(file))
  const { LoginScreen } = await load(compiled['LoginScreen.tsx'])
  const { server, session } = backend()
  const root = container()
  const dispose = web.render(() => web.createComponent(LoginScreen, { session }), root)
  try {
    await signInWithMfaThenLogOut(root, { server, session })
  } finally {
    dispose()
    root.remove()
    session.stop()
  }
})
