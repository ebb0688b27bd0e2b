import { createHash, randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { emailSignIn, serve } from './serve'

// Point 2 and 3 of docs/security.md: the victim's authorization code never leaves for a URL the app
// did not register, is good only with its PKCE verifier and redirect URL, and an unverified email
// links to nobody.

const pkce = () => {
  const verifier = randomBytes(32).toString('base64url')
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') }
}
const app = 'https://app.example.com/auth/callback'

/** `POST providers/google/initAuth` for this redirect URL: status and body. */
async function start(
  call: Awaited<ReturnType<typeof serve>>['call'],
  redirectUrl: string,
  challenge: string,
) {
  return call('POST', 'providers/google/initAuth', {
    redirectUrl,
    state: 'app-state',
    codeChallenge: challenge,
  })
}

/** The simulated provider's consent over HTTP: the app's redirect, with code and state. */
async function consent(url: string, query: Record<string, string>) {
  const consentUrl = new URL(url)
  for (const [key, value] of Object.entries(query)) consentUrl.searchParams.set(key, value)
  const response = await fetch(consentUrl, { redirect: 'manual' })
  expect(response.status).toBe(302)
  return new URL(response.headers.get('location') as string)
}

describe('social sign-in redirect URLs', () => {
  it('refuses a redirect URL the server does not list, whatever its scheme, host or path', async () => {
    const { call } = await serve({ socialRedirectUrls: [app] })
    const { challenge } = pkce()
    for (const url of [
      'https://attacker.example/steal',
      'https://app.example.com/auth/other',
      'http://app.example.com/auth/callback',
      'https://app.example.com.attacker.example/auth/callback',
      'https://app.example.com:8443/auth/callback',
    ]) {
      const refused = await start(call, url, challenge)
      expect(refused.status, url).toBe(400)
      expect(refused.body.code).toBe('invalid_input')
    }
    expect((await start(call, `${app}?from=home`, challenge)).status).toBe(200)
  })

  it('defaults to the allowed origins, and without them to loopback only', async () => {
    const { challenge } = pkce()
    const withOrigins = await serve({ allowedOrigins: ['https://app.example.com'] })
    expect((await start(withOrigins.call, 'https://app.example.com/any/path', challenge)).status).toBe(200)
    expect((await start(withOrigins.call, 'https://attacker.example/cb', challenge)).status).toBe(400)
    const bare = await serve()
    expect((await start(bare.call, 'http://localhost:5173/cb', challenge)).status).toBe(200)
    expect((await start(bare.call, 'http://127.0.0.1:8080/cb', challenge)).status).toBe(200)
    expect((await start(bare.call, 'https://attacker.example/cb', challenge)).status).toBe(400)
  })

  it('a code is redeemed only with its PKCE verifier and the redirect URL it was issued for', async () => {
    const { call } = await serve({ socialRedirectUrls: [app, 'https://app.example.com/other'] })
    const { verifier, challenge } = pkce()
    const started = await start(call, app, challenge)
    const back = await consent(started.body.url, { email: 'ada@example.com' })
    const code = back.searchParams.get('code') as string
    const verify = (body: Record<string, unknown>) => call('POST', 'providers/google/verify', body)
    const refused = (answer: { status: number; body: { code: string } }) => {
      expect(answer.status).toBeGreaterThanOrEqual(400)
      expect(answer.status).toBeLessThan(500)
      expect(answer.body.code).toBe('invalid_input')
    }
    refused(await verify({ code, redirectUrl: app }))
    const second = await consent((await start(call, app, challenge)).body.url, { email: 'ada@example.com' })
    const code2 = second.searchParams.get('code') as string
    refused(await verify({ code: code2, codeVerifier: pkce().verifier, redirectUrl: app }))
    const third = await consent((await start(call, app, challenge)).body.url, { email: 'ada@example.com' })
    const code3 = third.searchParams.get('code') as string
    const elsewhere = await verify({
      code: code3,
      codeVerifier: verifier,
      redirectUrl: 'https://app.example.com/other',
    })
    refused(elsewhere)
    const fourth = await consent((await start(call, app, challenge)).body.url, { email: 'ada@example.com' })
    const good = await verify({
      code: fourth.searchParams.get('code'),
      codeVerifier: verifier,
      redirectUrl: app,
    })
    expect(good.status).toBe(200)
    expect(good.body.user.email).toBe('ada@example.com')
  })
})

describe('social sign-in without a PKCE verifier', () => {
  it('the backend itself refuses an exchange with no code_verifier, before any transport checks it', async () => {
    const { server, call } = await serve({ socialRedirectUrls: [app] })
    const { challenge } = pkce()
    const back = await consent((await start(call, app, challenge)).body.url, { email: 'ada@example.com' })
    const input = { provider: 'google', code: back.searchParams.get('code') as string, redirectUri: app }
    await expect(
      server.api.signInWithSocial(input as typeof input & { codeVerifier: string }, {
        signal: new AbortController().signal,
        token: null,
      }),
    ).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('PKCE') })
    expect(server.sessions()).toEqual([])
  })
})

describe('social sign-in links accounts by verified email only', () => {
  it('a provider that does not vouch for the email signs in a user of its own, with no email', async () => {
    const { server, api, call } = await serve({ socialRedirectUrls: [app] })
    const victim = await emailSignIn(server, api, 'victim@example.com')
    const { verifier, challenge } = pkce()
    const back = await consent((await start(call, app, challenge)).body.url, {
      email: 'victim@example.com',
      email_verified: 'false',
    })
    const signedIn = await call('POST', 'providers/google/verify', {
      code: back.searchParams.get('code'),
      codeVerifier: verifier,
      redirectUrl: app,
    })
    expect(signedIn.status).toBe(200)
    expect(signedIn.body.user.id).not.toBe(victim.user?.id)
    expect(signedIn.body.user.email).toBeUndefined()
    // The victim's account got no new credential.
    const again = await emailSignIn(server, api, 'victim@example.com')
    expect(again.user?.verifiedCredentials?.map((credential) => credential.format)).toEqual(['email'])
  })

  it("with unverifiedSocialEmail: 'refuse', such a sign-in is refused; a vouched-for email links", async () => {
    const { server, api, call } = await serve({ socialRedirectUrls: [app], unverifiedSocialEmail: 'refuse' })
    const victim = await emailSignIn(server, api, 'victim@example.com')
    const { verifier, challenge } = pkce()
    const signIn = async (verified: string) => {
      const back = await consent((await start(call, app, challenge)).body.url, {
        email: 'victim@example.com',
        email_verified: verified,
      })
      return call('POST', 'providers/google/verify', {
        code: back.searchParams.get('code'),
        codeVerifier: verifier,
        redirectUrl: app,
      })
    }
    const refused = await signIn('false')
    expect(refused.status).toBe(422)
    expect(refused.body.error).toContain('did not verify')
    const linked = await signIn('true')
    expect(linked.status).toBe(200)
    expect(linked.body.user.id).toBe(victim.user?.id)
  })
})
