import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { exportJWK, generateKeyPair } from 'jose'
import { createHttpApi, createSession, memoryStorage } from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
import Provider from 'oidc-provider'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

// Social sign-in against a real OpenID provider nobody here wrote: `oidc-provider` from npm on
// 127.0.0.1 is the upstream identity provider behind the reference backend. The browser is played
// by plain `fetch` with a cookie jar, following every redirect by hand.

const upstreamUser = { sub: 'ada-1815', email: 'ada@upstream.example', name: 'Ada Lovelace' }
// An upstream account that merely claims someone else's address: its provider never verified it.
const claimant = { sub: 'mallory-1', email: 'victim@example.com', name: 'Mallory' }
const accounts: Record<string, { sub: string; [claim: string]: unknown }> = {
  [upstreamUser.sub]: { ...upstreamUser, email_verified: true },
  [claimant.sub]: { ...claimant, email_verified: false },
}
const redirectUri = 'http://app.test/callback'
const ctx = { signal: new AbortController().signal, token: null }

let upstreamHttp: Server
let issuer: string
let server: ReturnType<typeof createTestAuthServer>
let backend: { url: string; close(): Promise<void> }

const listenOn = (http: Server) =>
  new Promise<string>((resolve) =>
    http.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(http.address() as AddressInfo).port}`)),
  )

beforeAll(async () => {
  // The upstream's port first (its issuer URL goes into the backend), the provider itself once the
  // backend's callback URL is known.
  let provider: Provider | undefined
  upstreamHttp = createServer((req, res) => {
    if (!provider) return void res.writeHead(503).end()
    return provider.callback()(req, res)
  })
  issuer = await listenOn(upstreamHttp)
  server = createTestAuthServer({
    socialProviders: [
      'github',
      { name: 'upstream', issuer, clientId: 'lanyard-backend', clientSecret: 's3cret-s3cret' },
    ],
    socialRedirectUrls: [redirectUri],
  })
  backend = await server.listen(0)
  provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'lanyard-backend',
        client_secret: 's3cret-s3cret',
        redirect_uris: [`${backend.url}/oauth/${server.environmentId}/upstream/callback`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    cookies: { keys: ['a-test-only-cookie-key'] },
    jwks: {
      keys: [
        {
          ...(await exportJWK((await generateKeyPair('RS256', { extractable: true })).privateKey)),
          kid: 'up-1',
          alg: 'RS256',
          use: 'sig',
        },
      ],
    },
    ttl: {
      Interaction: 600,
      Session: 600,
      Grant: 600,
      AccessToken: 600,
      IdToken: 600,
      AuthorizationCode: 60,
    },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx, id) {
      const claims = accounts[id]
      return claims ? { accountId: id, claims: async () => ({ ...claims }) } : undefined
    },
  })
})

afterAll(async () => {
  await backend?.close()
  await new Promise<void>((resolve) => {
    upstreamHttp?.close(() => resolve())
    upstreamHttp?.closeAllConnections()
  })
})

/** A browser, as far as this flow needs one: a cookie jar per host, redirects followed by hand. */
function browser() {
  const jar = new Map<string, Map<string, string>>()
  const request = async (url: string, init: RequestInit = {}) => {
    const { host } = new URL(url)
    const cookies = jar.get(host) ?? new Map<string, string>()
    jar.set(host, cookies)
    const headers = new Headers(init.headers)
    if (cookies.size) headers.set('cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '))
    const response = await fetch(url, { ...init, headers, redirect: 'manual' })
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';')
      const at = pair.indexOf('=')
      const name = pair.slice(0, at).trim()
      const value = pair.slice(at + 1).trim()
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a)) || value === ''
      if (expired) cookies.delete(name)
      else cookies.set(name, value)
    }
    return response
  }
  return {
    request,
    /** Follows redirects until one leaves for `stopAt` (the app) or a page answers 200. */
    async follow(start: string, stopAt: string) {
      let url = start
      for (let hops = 0; hops < 20; hops++) {
        if (url.startsWith(stopAt)) return { url }
        const response = await request(url)
        if (response.status >= 300 && response.status < 400) {
          url = new URL(response.headers.get('location') as string, url).toString()
          continue
        }
        expect(response.status, `${url}: ${await response.clone().text()}`).toBe(200)
        return { url, page: await response.text() }
      }
      throw new Error('too many redirects')
    },
  }
}

/** The upstream's dev interaction page: where its form posts. */
const formAction = (page: string, base: string) => {
  const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1]
  expect(action, page).toBeTruthy()
  return new URL((action as string).replace(/&amp;/g, '&'), base).toString()
}

/** The upstream's login and consent pages, as the user fills them in; where the app is sent back to. */
async function upstreamLogin(url: string, account: string) {
  const user = browser()
  const login = await user.follow(url, redirectUri)
  expect(login.page).toMatch(/name="prompt" value="login"/)
  const afterLogin = await user.request(formAction(login.page as string, login.url), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ prompt: 'login', login: account, password: 'any' }),
  })
  expect(afterLogin.status).toBeGreaterThanOrEqual(300)
  const consent = await user.follow(
    new URL(afterLogin.headers.get('location') as string, login.url).toString(),
    redirectUri,
  )
  expect(consent.page).toMatch(/name="prompt" value="consent"/)
  const afterConsent = await user.request(formAction(consent.page as string, consent.url), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ prompt: 'consent' }),
  })
  // Upstream resumes → 302 to the backend's callback (code exchange, ID token check) → 302 to the app.
  const back = await user.follow(
    new URL(afterConsent.headers.get('location') as string, consent.url).toString(),
    redirectUri,
  )
  expect(back.page).toBeUndefined()
  return back
}

const newSession = (storage: ReturnType<typeof memoryStorage>) =>
  createSession({
    api: createHttpApi({ baseUrl: backend.url, environmentId: server.environmentId }),
    storage,
    crossTab: false,
  })

describe('social sign-in with a real upstream OpenID provider (oidc-provider) behind the reference backend', () => {
  test('start → upstream login and consent → backend callback → app redirect → complete: loggedIn', async () => {
    const storage = memoryStorage()
    const session = newSession(storage)
    const { url } = await session.social.start('upstream', { redirectUri })
    expect(session.getSnapshot()).toMatchObject({ status: 'authenticating', step: 'social.redirecting' })
    const sent = new URL(url)
    expect(sent.origin).toBe(issuer)
    expect(sent.searchParams.get('code_challenge_method')).toBe('S256')
    const kept = JSON.parse(storage.getItem('lanyard.oauth') as string)
    // The app's state and verifier stay between the app and the backend; the upstream sees its own.
    expect(url).not.toContain(kept.state)
    expect(url).not.toContain(kept.verifier)

    const back = await upstreamLogin(url, upstreamUser.sub)
    const landed = new URL(back.url)
    expect(landed.searchParams.get('state')).toBe(kept.state)
    expect(landed.searchParams.get('code')).toBeTruthy()
    session.stop()

    const after = newSession(storage)
    const snapshot = await after.social.complete(back.url)
    expect(snapshot.status).toBe('loggedIn')
    expect(snapshot.user?.email).toBe(upstreamUser.email)
    expect(snapshot.user?.verifiedCredentials).toEqual([
      expect.objectContaining({
        format: 'oauth',
        oauthProvider: 'upstream',
        email: upstreamUser.email,
        publicIdentifier: `upstream:${upstreamUser.sub}`,
      }),
    ])
    expect(storage.getItem('lanyard.oauth')).toBeNull()
    // The code is single use: a replay of the same redirect makes nothing.
    const replay = newSession(memoryStorage())
    await expect(replay.social.complete(back.url)).rejects.toMatchObject({ code: 'invalid_input' })
    replay.stop()
    after.stop()
  })

  test('the user refuses at the upstream: access_denied, no session', async () => {
    const storage = memoryStorage()
    const session = newSession(storage)
    const { url } = await session.social.start('upstream', { redirectUri })
    const user = browser()
    const login = await user.follow(url, redirectUri)
    // The dev interaction's "Cancel": the upstream answers error=access_denied to the backend's callback.
    const abort = new URL(`${new URL(login.url).pathname.replace(/\/$/, '')}/abort`, login.url).toString()
    const back = await user.follow(abort, redirectUri)
    const landed = new URL(back.url)
    expect(landed.searchParams.get('error')).toBe('access_denied')
    expect(landed.searchParams.get('state')).toBe(
      JSON.parse(storage.getItem('lanyard.oauth') as string).state,
    )
    expect(landed.searchParams.get('code')).toBeNull()
    session.stop()

    const after = newSession(storage)
    await expect(after.social.complete(back.url)).rejects.toMatchObject({
      name: 'SessionError',
      code: 'access_denied',
    })
    expect(after.getSnapshot().status).not.toBe('loggedIn')
    expect(after.getSnapshot().user ?? null).toBeNull()
    expect(storage.getItem('lanyard.oauth')).toBeNull()
    after.stop()

    // A callback the backend never sent to the upstream (a forged state): refused, no redirect, no code.
    const forged = await fetch(
      `${backend.url}/oauth/${server.environmentId}/upstream/callback?state=forged&code=x&iss=${encodeURIComponent(issuer)}`,
      { redirect: 'manual' },
    )
    expect(forged.status).toBe(400)
    expect(forged.headers.get('location')).toBeNull()
    expect(server.webhooks.filter((event) => event.type === 'user.session.created')).toHaveLength(1)
  })

  test('an upstream account that claims an existing user’s email, unverified, signs in as a user of its own', async () => {
    const { verificationId } = await server.api.sendEmailCode({ email: claimant.email }, ctx)
    const victim = await server.api.verifyEmailCode(
      { verificationId, code: server.lastCode(claimant.email) },
      ctx,
    )
    const storage = memoryStorage()
    const session = newSession(storage)
    const { url } = await session.social.start('upstream', { redirectUri })
    const back = await upstreamLogin(url, claimant.sub)
    session.stop()
    const after = newSession(storage)
    const snapshot = await after.social.complete(back.url)
    expect(snapshot.status).toBe('loggedIn')
    expect(snapshot.user?.id).not.toBe(victim.user?.id)
    // The address proves nothing: it is no credential's, no `email` of the user.
    expect(snapshot.user?.email).toBeUndefined()
    expect(snapshot.user?.verifiedCredentials).toEqual([
      expect.not.objectContaining({ email: expect.anything() }),
    ])
    after.stop()
  })

  test('a callback whose `iss` names another issuer is refused (RFC 9207), the right one goes on', async () => {
    const session = newSession(memoryStorage())
    const { url } = await session.social.start('upstream', { redirectUri })
    const state = new URL(url).searchParams.get('state') as string
    const callback = `${backend.url}/oauth/${server.environmentId}/upstream/callback?state=${state}&code=x`
    const mixedUp = await fetch(`${callback}&iss=${encodeURIComponent('http://127.0.0.1:1/other')}`, {
      redirect: 'manual',
    })
    expect(mixedUp.status).toBe(400)
    expect((await mixedUp.json()).error).toContain('another issuer')
    expect(mixedUp.headers.get('location')).toBeNull()
    // The same callback naming the issuer asked goes on to the code exchange (whose bogus code the upstream refuses).
    const right = await fetch(`${callback}&iss=${encodeURIComponent(issuer)}`, { redirect: 'manual' })
    expect(right.status).toBe(302)
    expect(new URL(right.headers.get('location') as string).searchParams.get('error')).toBe('access_denied')
    session.stop()
  })
})
