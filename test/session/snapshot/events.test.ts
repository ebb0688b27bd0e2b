import type { Session, SessionSnapshot } from 'lanyard'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { eventNames, freshEmail, setup, signInByEmail } from '../helpers'

// The event contract a UI binds to (docs/concepts.md, Events): after every committed change the `subscribe`
// listeners run first, then `change`, then the specific events; `pending` is announced again when
// the requirements change; a refresh that changed nothing keeps the same `user` object.

const sessions: Session[] = []
afterEach(() => {
  for (const session of sessions.splice(0)) session.stop()
  vi.useRealTimers()
})

/** One log of every listener call and every event, in the order they were heard. */
function recordAll(session: Session) {
  const log: string[] = []
  const snapshots: SessionSnapshot[] = []
  session.subscribe((snapshot) => {
    snapshots.push(snapshot)
    log.push(`listener:${snapshot.status}`)
  })
  for (const type of eventNames) {
    session.on(type, (payload: unknown) => {
      // `change` carries the snapshot the listeners just got, and getSnapshot() already shows it.
      // (Noted, not asserted here: a throw inside a listener would hang the flow, not fail the test.)
      const fresh = payload === snapshots[snapshots.length - 1] && payload === session.getSnapshot()
      log.push(type === 'change' && !fresh ? 'change(not the listeners’ snapshot)' : type)
    })
  }
  return { log, snapshots }
}

/** Splits the log into the notifications of each committed snapshot (each starts with its listener call). */
const perCommit = (log: string[]) =>
  log.reduce<string[][]>((groups, entry) => {
    if (entry.startsWith('listener:') || groups.length === 0) groups.push([entry])
    else (groups[groups.length - 1] as string[]).push(entry)
    return groups
  }, [])

describe('notification order', () => {
  test('every commit: subscribe listeners, then change, then the specific events', async () => {
    const { server, session } = setup()
    sessions.push(session)
    const { log } = recordAll(session)

    await signInByEmail(session, server)
    expect(perCommit(log)).toEqual([
      ['listener:authenticating', 'change'], // sending
      ['listener:authenticating', 'change'], // awaitingCode
      ['listener:authenticating', 'change'], // verifying
      ['listener:loggedIn', 'change', 'authenticated', 'loggedIn', 'tokenChanged', 'userChanged'],
    ])

    log.length = 0
    await session.logout()
    expect(perCommit(log)).toEqual([
      ['listener:loggedOut', 'change', 'loggedOut', 'tokenChanged', 'userChanged'],
    ])
  })

  test('two listeners both run before change; an unsubscribed one is not called', async () => {
    const { server, session } = setup()
    sessions.push(session)
    const log: string[] = []
    session.subscribe(() => log.push('first'))
    const off = session.subscribe(() => log.push('gone'))
    session.subscribe(() => log.push('second'))
    off()
    session.on('change', () => log.push('change'))
    session.on('loggedIn', () => log.push('loggedIn'))
    await signInByEmail(session, server)
    expect(log.slice(-4)).toEqual(['first', 'second', 'change', 'loggedIn'])
    expect(log).not.toContain('gone')
  })
})

describe('pending', () => {
  test('is announced again, with the new list, each time the requirements change', async () => {
    const { server, session, events } = setup({ mfa: 'required', requiredFields: ['alias'] })
    sessions.push(session)
    const pendingEvents = () =>
      events.filter((event) => event.type === 'pending').map((event) => event.payload)

    const email = await signInByEmail(session, server, freshEmail('ada'))
    expect(session.getSnapshot()).toMatchObject({ status: 'pending', step: 'mfa' })
    expect(pendingEvents()).toEqual([{ pending: ['mfa', 'info'] }])

    await session.mfa.enrollTotp()
    expect(pendingEvents()).toHaveLength(1) // the requirements did not change
    await session.mfa.verifyTotp(server.totpCode(email))
    expect(session.getSnapshot()).toMatchObject({ status: 'pending', step: 'info' })
    expect(pendingEvents()).toEqual([{ pending: ['mfa', 'info'] }, { pending: ['info'] }])
    // The payload is the snapshot's own list.
    expect(events.filter((event) => event.type === 'pending').at(-1)?.payload).toEqual({
      pending: session.getSnapshot().pending,
    })

    const before = events.length
    await session.refresh() // still pending info: nothing new to announce
    expect(events.slice(before).map((event) => event.type)).not.toContain('pending')

    await session.info.submit({ alias: 'ada' })
    expect(session.getSnapshot().status).toBe('loggedIn')
    expect(pendingEvents()).toHaveLength(2)
  })
})

describe('a refresh that changed nothing', () => {
  test('keeps the same user object and announces tokenChanged, but no userChanged', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    const { server, session, events } = setup()
    sessions.push(session)
    await signInByEmail(session, server)
    const before = session.getSnapshot()
    const token = session.getToken()
    // A second later: a new iat and exp, so a new token and expiry with the same claims otherwise.
    await vi.advanceTimersByTimeAsync(1000)
    events.length = 0

    const after = await session.refresh()
    expect(session.getToken()).not.toBe(token)
    expect(after).not.toBe(before)
    expect(after.expiresAt).toBe((before.expiresAt as number) + 1000)
    expect(after.user).toBe(before.user)
    expect(after.pending).toBe(before.pending)
    // step 'refreshing', then back to idle with the new token
    expect(events.map((event) => event.type)).toEqual(['change', 'change', 'tokenChanged'])
  })

  test('a refresh that brings a changed profile gives a new user object and userChanged', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    const { server, session, events } = setup()
    sessions.push(session)
    await signInByEmail(session, server)
    const before = session.getSnapshot().user
    // Changed on the server behind this session's back (another device, an admin).
    await server.api.updateUser(
      { fields: { alias: 'grace' } },
      { signal: new AbortController().signal, token: session.getToken() },
    )
    await vi.advanceTimersByTimeAsync(1000)
    events.length = 0
    await session.refresh()
    const after = session.getSnapshot().user
    expect(after?.alias).toBe('grace')
    expect(after).not.toBe(before)
    expect(events.map((event) => event.type)).toEqual(['change', 'change', 'tokenChanged', 'userChanged'])
    expect(events.at(-1)?.payload).toEqual({ user: after })
  })
})
