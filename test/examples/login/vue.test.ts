// @vitest-environment happy-dom
// examples/login/vue/LoginScreen.vue, compiled with @vue/compiler-sfc as Vite's Vue plugin does
// (script setup with the template inlined), mounted with the real Vue against the reference backend.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { transform } from 'esbuild'
import { sessionPlugin } from 'lanyard/vue'
import { afterAll, expect, test } from 'vitest'
import { createApp } from 'vue'
import { compileScript, parse } from 'vue/compiler-sfc'
import { backend, container, signUpThenLogOut } from './scenario'

const file = join(import.meta.dirname, '../../../examples/login/vue/LoginScreen.vue')
const out = join(import.meta.dirname, '.compiled-vue')
afterAll(() => rmSync(out, { recursive: true, force: true }))

async function loginScreen() {
  const { descriptor, errors } = parse(readFileSync(file, 'utf8'), { filename: file })
  expect(errors).toEqual([])
  const script = compileScript(descriptor, { id: 'login-screen', inlineTemplate: true })
  const { code } = await transform(script.content, { loader: 'ts', format: 'esm' })
  // Its own relative imports (../screen), from where the compiled copy is written.
  const located = code.replace(
    /from ["'](\.\.?\/[^"']+)["']/g,
    (_, path: string) => `from "${resolve(dirname(file), path)}.ts"`,
  )
  mkdirSync(out, { recursive: true })
  const compiled = join(out, `LoginScreen-${process.pid}.js`)
  writeFileSync(compiled, located)
  return (await import(pathToFileURL(compiled).href)).default
}

test('the Vue login screen, given the session by sessionPlugin, signs up by email, TOTP (set up on first sign-in), the labelled profile field and the embedded wallet retry, showing each error, and logs out', async () => {
  const signUp = await backend()
  const { session, fieldLabels } = signUp
  const root = container()
  const app = createApp(await loginScreen(), { fieldLabels }).use(sessionPlugin(session))
  app.mount(root)
  try {
    await signUpThenLogOut(root, signUp)
  } finally {
    app.unmount()
    root.remove()
    session.stop()
  }
})
