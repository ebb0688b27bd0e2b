// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/dom'
import { afterEach, describe, expect, test } from 'vitest'
import { cleanup, mountExample, renderExample, statusText } from './helpers'

// The page "leaves" for the provider: the test catches the URL instead of navigating, consents
// with `server.authorize` as the simulated provider would, and loads the page again on the URL it
// redirects to: a new session and a new mount, as after a real redirect.
afterEach(() => {
  cleanup()
  sessionStorage.clear()
  history.replaceState(null, '', '/')
})

async function leaveFor(provider: 'Google' | 'GitHub') {
  const navigated: string[] = []
  const app = renderExample({}, {}, { navigate: (url) => navigated.push(url) })
  await app.user.click(screen.getByRole('button', { name: `Continue with ${provider}` }))
  await waitFor(() => expect(navigated).toHaveLength(1))
  expect(statusText()).toBe('Signing in…')
  return { ...app, url: navigated[0]! }
}

/** The page unloads, and loads again at `url`. */
function loadAt(url: string, server: Parameters<typeof mountExample>[0]) {
  cleanup()
  history.replaceState(null, '', url)
  return mountExample(server)
}

describe('the example: social sign-in', () => {
  test('the sign-in screen offers Google, GitHub and a passkey', () => {
    renderExample()
    for (const name of ['Continue with Google', 'Continue with GitHub', 'Sign in with a passkey']) {
      expect(screen.getByRole('button', { name })).toBeTruthy()
    }
  })

  test('Continue with Google: to the provider and back to this page, signed in, the URL cleaned', async () => {
    const { server, url } = await leaveFor('Google')
    expect(new URL(url).pathname).toMatch(/\/google\/authorize$/)
    const back = await server.authorize(url, { email: 'grace@example.com', name: 'Grace Hopper' })
    const returned = new URL(back)
    expect(`${returned.origin}${returned.pathname}`).toBe(`${location.origin}${location.pathname}`)
    expect(returned.searchParams.get('code')).toBeTruthy()

    loadAt(back, server)
    expect(location.search).toBe('') // cleaned at once: a reload does not replay the code
    await waitFor(() => expect(statusText()).toBe('Signed in as grace@example.com'))
    const credentials = screen.getByRole('list', { name: 'Credentials' })
    expect(within(credentials).getByText('Social')).toBeTruthy()
  })

  test('Continue with GitHub works the same way', async () => {
    const { server, url } = await leaveFor('GitHub')
    expect(new URL(url).pathname).toMatch(/\/github\/authorize$/)
    loadAt(await server.authorize(url, { email: 'linus@example.com' }), server)
    await waitFor(() => expect(statusText()).toBe('Signed in as linus@example.com'))
  })

  test('the provider refused: the error shows by the social buttons, signed out', async () => {
    const { server, url } = await leaveFor('Google')
    loadAt(await server.authorize(url, { email: 'grace@example.com', deny: true }), server)
    expect(location.search).toBe('')
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toMatch(/declined/i)
    expect(alert.closest('.methods')).toBeTruthy()
    expect(statusText()).toBe('Signed out')
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeTruthy()
  })

  test('back from the provider with the Back button (the page from the back-forward cache): the buttons work again', async () => {
    await leaveFor('Google')
    expect((screen.getByRole('button', { name: 'Continue with Google' }) as HTMLButtonElement).disabled).toBe(
      true,
    )
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }))
    await waitFor(() => expect(statusText()).toBe('Signed out'))
    expect((screen.getByRole('button', { name: 'Continue with Google' }) as HTMLButtonElement).disabled).toBe(
      false,
    )
    expect(screen.queryByRole('alert')).toBeNull()
  })

  test('a replayed redirect signs nobody in and says so', async () => {
    const { server, url } = await leaveFor('Google')
    const back = await server.authorize(url, { email: 'grace@example.com' })
    loadAt(back, server)
    await waitFor(() => expect(statusText()).toBe('Signed in as grace@example.com'))

    loadAt(back, server) // the same URL again (a bookmark, the back button)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).not.toBe('')
    expect(statusText()).toBe('Signed out')
  })
})
