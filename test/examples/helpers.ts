import { configure, screen } from '@testing-library/dom'
import userEvent from '@testing-library/user-event'
import { createSession, memoryStorage, type Session, type SessionOptions } from 'lanyard'
import { createTestAuthServer, type TestAuthServer, type TestAuthServerOptions } from 'lanyard/testing'
import { type AppOptions, mountApp } from '../../examples/vanilla/src/app'
import { createDemoWallet } from '../../examples/vanilla/src/demoWallet'

// findBy*/waitFor: room for a loaded CI machine (the default is 1 s).
configure({ asyncUtilTimeout: 5000 })

const mounted: Array<() => void> = []

/** The example mounted in the document, on a session against the in-process reference backend. */
export function renderExample(
  backend: TestAuthServerOptions = {},
  options: Partial<SessionOptions> = {},
  app: Partial<AppOptions> = {},
) {
  return mountExample(createTestAuthServer(backend), options, app)
}

/** The example on a new session against `server` (as a page load does, e.g. back from a redirect). */
export function mountExample(
  server: TestAuthServer,
  options: Partial<SessionOptions> = {},
  app: Partial<AppOptions> = {},
) {
  const session: Session = createSession({
    api: server.api,
    storage: memoryStorage(),
    crossTab: false,
    ...options,
  })
  const root = document.createElement('div')
  document.body.append(root)
  const wallet = createDemoWallet()
  const unmount = mountApp(root, session, {
    api: server.api,
    wallet: () => wallet,
    newWallet: () => createDemoWallet(),
    ...app,
  })
  mounted.push(() => {
    unmount()
    session.stop()
    root.remove()
  })
  return { server, session, root, user: userEvent.setup() }
}

export function cleanup() {
  for (const unmount of mounted.splice(0)) unmount()
}

/** The `status` live region's words. */
export const statusText = () => screen.getByRole('status').textContent

/** Types an email, sends the code, types the code the "email" carried, verifies. */
export async function signInByEmail(
  { server, user }: Pick<ReturnType<typeof renderExample>, 'server' | 'user'>,
  email = 'ada@example.com',
) {
  await user.clear(screen.getByLabelText('Email')) // after a sign-out it holds the last address
  await user.type(screen.getByLabelText('Email'), email)
  await user.click(screen.getByRole('button', { name: 'Send code' }))
  await user.type(await screen.findByLabelText('Code'), server.lastCode(email))
  await user.click(screen.getByRole('button', { name: 'Verify' }))
}
