// A step-up token belongs to its session: when another tab refreshes that same session, this tab
// adopts the new session token and keeps its step-up token (issue 14, mutant M42).
import { afterEach, expect, test, vi } from 'vitest'
import { tabs } from '../../bindings/scenario'
import { freshEmail } from '../helpers'

const stops: Array<() => void> = []
afterEach(() => {
  for (const stop of stops.splice(0)) stop()
})

test("another tab's refresh of the same session keeps this tab's step-up token", async () => {
  const { server, open, stop } = tabs({ mfa: 'required' }) // two tabs of one origin
  stops.push(stop)
  const a = open()
  const email = freshEmail()
  await a.email.sendCode(email)
  await a.email.verifyCode(server.lastCode(email))
  await a.mfa.enrollTotp()
  await a.mfa.verifyTotp(server.totpCode(email))
  await a.mfa.stepUp({ scope: 'transfer', code: server.totpCode(email) })
  const elevated = a.getToken({ scope: 'transfer' })
  expect(elevated).toMatch(/^eyJ/)

  const b = open()
  expect(b.getSnapshot()).toMatchObject({ status: 'loggedIn', sessionId: a.getSnapshot().sessionId })
  const before = a.getToken()
  await b.refresh()
  await vi.waitFor(() => expect(a.getToken()).toBe(b.getToken()), { interval: 5 })
  expect(a.getToken()).not.toBe(before)
  expect(a.getSnapshot().elevatedScopes).toEqual(['transfer'])
  expect(a.getToken({ scope: 'transfer' })).toBe(elevated)
})
