// @vitest-environment happy-dom
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createSession, memoryStorage, type Session } from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
import { createElement, type FunctionComponent } from 'react'
import { afterEach, expect, test } from 'vitest'
import { codeBlocks, root } from './blocks'

// The React login screen of docs/login-ui.md, as written there, rendered with the real React
// against the reference backend: a newcomer who copies it gets a screen that signs in.
const block = codeBlocks().find((found) => found.where.startsWith('docs/login-ui.md') && found.lang === 'tsx')
const dir = join(root, 'test/docs/.screen')

async function loginScreen(session: Session): Promise<FunctionComponent> {
  if (!block) throw new Error('docs/login-ui.md lost its React login screen')
  mkdirSync(dir, { recursive: true })
  ;(globalThis as { docSession?: Session }).docSession = session
  writeFileSync(join(dir, 'session.ts'), 'export const session = (globalThis as any).docSession\n')
  writeFileSync(join(dir, 'LoginScreen.tsx'), `import { session } from './session'\n${block.code}`)
  return (await import(join(dir, 'LoginScreen.tsx'))).LoginScreen
}

afterEach(cleanup)

test('the React login screen of docs/login-ui.md signs in by email, shows a wrong code, and logs out', async () => {
  const server = createTestAuthServer()
  const session = createSession({ api: server.api, storage: memoryStorage(), crossTab: false })
  const user = userEvent.setup()
  render(createElement(await loginScreen(session)))

  await user.type(screen.getByLabelText('Email'), 'ada@example.com')
  await user.click(screen.getByRole('button', { name: 'Send a code' }))
  await user.type(await screen.findByLabelText('The code from the email'), '000000')
  await user.click(screen.getByRole('button', { name: 'Verify' }))
  expect((await screen.findByRole('alert')).textContent).toMatch(/code is wrong/i)

  await user.clear(screen.getByLabelText('The code from the email'))
  await user.type(screen.getByLabelText('The code from the email'), server.lastCode('ada@example.com'))
  await user.click(screen.getByRole('button', { name: 'Verify' }))
  await user.click(await screen.findByRole('button', { name: 'Log out ada@example.com' }))
  await waitFor(() => expect(screen.getByLabelText('Email')).toBeTruthy())
  expect(session.getSnapshot().status).toBe('loggedOut')
  session.stop()
})
