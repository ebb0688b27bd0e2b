// @vitest-environment happy-dom
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { screen, waitFor } from '@testing-library/dom'
import userEvent from '@testing-library/user-event'
import { createSession, memoryStorage } from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
import { URI } from 'otpauth'
import { afterEach, expect, test } from 'vitest'
import { codeBlocks, root } from './blocks'

// The three files of docs/login-ui.md (session.ts, render.ts, main.ts) as a page: render.ts and
// main.ts exactly as written there; session.ts with its one line a user changes, the API, pointed
// at the reference backend in process (its block is checked to be the one shown).
const blocks = codeBlocks([join(root, 'docs/login-ui.md')])
const moduleBlock = (name: string) => blocks.find((block) => block.directives.file === name)?.code ?? ''
const main = blocks.find((block) => block.lang === 'ts' && block.code.includes("from './render'"))?.code ?? ''
const dir = join(root, 'test/docs/.page')

afterEach(() => {
  document.body.innerHTML = ''
})

test('the login page of docs/login-ui.md signs a new user in: email code, authenticator set-up, a labelled profile field', async () => {
  expect(moduleBlock('session.ts')).toContain("export const api = createHttpApi({ baseUrl: '/auth'")
  const server = createTestAuthServer({
    mfa: 'required',
    requiredFields: ['firstName'],
    fieldLabels: { firstName: 'First name' },
  })
  const session = createSession({ api: server.api, storage: memoryStorage(), crossTab: false })
  Object.assign(globalThis, { docPage: { api: server.api, session } })
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'session.ts'), 'export const { api, session } = (globalThis as any).docPage\n')
  writeFileSync(join(dir, 'render.ts'), moduleBlock('render.ts'))
  writeFileSync(join(dir, 'main.ts'), main)
  document.body.innerHTML = '<div id="app"></div>'
  await import(join(dir, 'main.ts'))
  const user = userEvent.setup()

  await user.type(screen.getByLabelText('Email'), 'grace@example.com')
  await user.click(screen.getByRole('button', { name: 'Send code' }))
  await user.type(
    await screen.findByLabelText('The code from the email'),
    server.lastCode('grace@example.com'),
  )
  await user.click(screen.getByRole('button', { name: 'Verify' }))

  await user.click(await screen.findByRole('button', { name: 'Set up authenticator' }))
  const uri = (await screen.findByText(/^otpauth:\/\//)).textContent ?? ''
  await user.type(screen.getByLabelText('Authenticator code'), URI.parse(uri).generate())
  await user.click(screen.getByRole('button', { name: 'Verify' }))

  await user.type(await screen.findByLabelText('First name'), 'Grace')
  await user.click(screen.getByRole('button', { name: 'Save' }))
  await screen.findByText('Signed in as grace@example.com')
  expect(session.getSnapshot().user).toMatchObject({ firstName: 'Grace' })

  await user.click(screen.getByRole('button', { name: 'Log out' }))
  await waitFor(() => expect(screen.getByLabelText('Email')).toBeTruthy())
  expect(session.getSnapshot().status).toBe('loggedOut')
  session.stop()
})
