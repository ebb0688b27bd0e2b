// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/dom'
import { exportJWK, generateKeyPair, SignJWT } from 'jose'
import { afterEach, beforeAll, describe, expect, test } from 'vitest'
import { cleanup, renderExample, statusText } from './helpers'

// "Continue with Acme ID": the app's own identity system hands the page a JWT; the reference
// backend verifies it against Acme's JWKS, issuer and audience.
afterEach(cleanup)

const issuer = 'https://id.acme.test'
let privateKey: CryptoKey
let externalJwt: { jwks: { keys: JsonWebKey[] }; issuer: string; audience: string }
beforeAll(async () => {
  const pair = await generateKeyPair('ES256')
  privateKey = pair.privateKey
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'acme-1', alg: 'ES256' } as JsonWebKey
  externalJwt = { jwks: { keys: [jwk] }, issuer, audience: 'lanyard-demo' }
})

const acmeToken =
  (email: string, audience = 'lanyard-demo') =>
  () =>
    new SignJWT({ email, email_verified: true })
      .setProtectedHeader({ alg: 'ES256', kid: 'acme-1' })
      .setIssuer(issuer)
      .setAudience(audience)
      .setSubject(email)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey)

describe('the example: external JWT (the app’s own identity system)', () => {
  test('no identity system given: no button', () => {
    renderExample()
    expect(screen.queryByRole('button', { name: 'Continue with Acme ID' })).toBeNull()
  })

  test('Continue with Acme ID signs in with the token, and the user has an external credential', async () => {
    const { user } = renderExample({ externalJwt }, {}, { externalToken: acmeToken('wile@acme.test') })
    await user.click(screen.getByRole('button', { name: 'Continue with Acme ID' }))
    await waitFor(() => expect(statusText()).toBe('Signed in as wile@acme.test'))
    const credentials = screen.getByRole('list', { name: 'Credentials' })
    expect(within(credentials).getByText('External account')).toBeTruthy()
  })

  test('a token for another audience is refused: the error shows by the button, signed out', async () => {
    const { user } = renderExample(
      { externalJwt },
      {},
      { externalToken: acmeToken('wile@acme.test', 'someone-else') },
    )
    await user.click(screen.getByRole('button', { name: 'Continue with Acme ID' }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toMatch(/audience/i)
    expect(alert.closest('.methods')).toBeTruthy()
    expect(statusText()).toBe('Signed out')
  })

  test('the identity system unreachable: said by the button, and the button works again', async () => {
    const { user } = renderExample(
      { externalJwt },
      {},
      { externalToken: () => Promise.reject(new Error('Acme ID is not available.')) },
    )
    const button = screen.getByRole('button', { name: 'Continue with Acme ID' }) as HTMLButtonElement
    await user.click(button)
    expect((await screen.findByRole('alert')).textContent).toMatch(/Acme ID is not available/)
    expect(button.disabled).toBe(false)
  })
})
