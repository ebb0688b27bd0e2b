// Cookie mode: a request without Origin that the browser marks `Sec-Fetch-Site: same-site` comes
// from a sibling subdomain (blog.example.com for auth.example.com), which SameSite=Lax sends the
// cookie from: the reference backend refuses it as it refuses that sibling's Origin (issue 14, M73).
import { createTestAuthServer } from 'lanyard/testing'
import { afterEach, expect, test } from 'vitest'

const open: Array<{ close(): Promise<void> }> = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()))
})

test('a same-site request without Origin is refused (403); same-origin and none pass', async () => {
  const server = createTestAuthServer({ cookie: true, allowedOrigins: ['http://app.example.com'] })
  const http = await server.listen(0)
  open.push(http)
  const sdk = `${http.url}/sdk/${server.environmentId}`
  const json = { 'Content-Type': 'application/json' }
  const { verificationUUID } = await (
    await fetch(`${sdk}/emailVerifications/create`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: 'victim@example.com' }),
    })
  ).json()
  const signedIn = await fetch(`${sdk}/emailVerifications/signin`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ verificationUUID, verificationToken: server.lastCode('victim@example.com') }),
  })
  const cookie = (signedIn.headers.getSetCookie()[0] ?? '').split(';')[0] as string
  expect(cookie).toMatch(/^lanyard_session=ey/)

  const enrol = (site: string) =>
    fetch(`${sdk}/users/mfa/register/totp`, {
      headers: { Cookie: cookie, 'Sec-Fetch-Site': site, 'Sec-Fetch-Mode': 'navigate' },
    })
  const sameSite = await enrol('same-site')
  expect(sameSite.status).toBe(403)
  expect((await sameSite.json()).code).toBe('invalid_input')
  const revoke = await fetch(`${sdk}/revoke`, {
    method: 'POST',
    headers: { Cookie: cookie, 'Sec-Fetch-Site': 'same-site', ...json },
    body: '{}',
  })
  expect(revoke.status).toBe(403)
  expect(server.sessions().every((session) => session.revokedAt === null)).toBe(true)

  expect((await enrol('same-origin')).status).toBe(200)
  expect((await enrol('none')).status).toBe(200)
})
