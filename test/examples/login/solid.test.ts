// @vitest-environment happy-dom
// examples/login/solid/LoginScreen.tsx, compiled with babel-preset-solid as a Solid app's build
// does, rendered with the browser build of Solid against the reference backend.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterAll, test } from 'vitest'
import { compileSolid, load, removeCompiled, solidBuild } from '../../solid/compile'
import { backend, container, signUpThenLogOut } from './scenario'

const file = join(import.meta.dirname, '../../../examples/login/solid/LoginScreen.tsx')
afterAll(removeCompiled)

test('the Solid login screen, in a SessionProvider, signs up by email, TOTP (set up on first sign-in), the labelled profile field and the embedded wallet retry, showing each error, and logs out', async () => {
  solidBuild('client')
  const web: typeof import('solid-js/web') = await import('solid-js/web')
  const { SessionProvider }: typeof import('lanyard/solid') = await import('lanyard/solid')
  const compiled = await compileSolid({ 'LoginScreen.tsx': readFileSync(file, 'utf8') }, 'dom', dirname(file))
  const { LoginScreen } = await load(compiled['LoginScreen.tsx'])
  const signUp = await backend()
  const { session, fieldLabels } = signUp
  const root = container()
  const dispose = web.render(
    () =>
      web.createComponent(SessionProvider, {
        session,
        get children() {
          return web.createComponent(LoginScreen, { fieldLabels })
        },
      }),
    root,
  )
  try {
    await signUpThenLogOut(root, signUp)
  } finally {
    dispose()
    root.remove()
    session.stop()
  }
})
