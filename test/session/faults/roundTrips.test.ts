import { type AuthApi, createSession, memoryStorage, type Session } from 'lanyard'
import { createTestAuthServer, createTestWallet } from 'lanyard/testing'
import { afterEach, describe, expect, test } from 'vitest'
import { freshEmail } from '../helpers'

const sessions: Session[] = []
afterEach(() => {
  for (const session of sessions.splice(0)) session.stop()
})

/**
 * The reference backend behind a fixed latency, logging `>call` when a request leaves and `<call`
 * when its answer arrives: the round trips in series are the answers awaited one after the other.
 */
function timed(api: AuthApi, latencyMs = 20) {
  const log: string[] = []
  const wrapped = new Proxy(api, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver)
      if (typeof value !== 'function') return value
      return async (...args: unknown[]) => {
        const name = String(property)
        log.push(`>${name}`)
        await new Promise((resolve) => setTimeout(resolve, latencyMs))
        try {
          return await value.apply(target, args)
        } finally {
          log.push(`<${name}`)
        }
      }
    },
  })
  return { api: wrapped, log }
}

function open(api: AuthApi) {
  const session = createSession({ api, storage: memoryStorage(), crossTab: false, revalidateOnFocus: false })
  sessions.push(session)
  return session
}

describe('round trips on the critical path of a sign-in', () => {
  test('email: the settings load beside the send, so verifyCode (first sign-in of the page) is one call', async () => {
    const server = createTestAuthServer()
    const { api, log } = timed(server.api)
    const session = open(api)
    const email = freshEmail()
    await session.email.sendCode(email)
    // Both left before either answered: one round trip for the send.
    expect(log.slice(0, 2).sort()).toEqual(['>getSettings', '>sendEmailCode'])
    const beforeVerify = log.length
    await session.email.verifyCode(server.lastCode(email))
    expect(session.getSnapshot().status).toBe('loggedIn')
    expect(log.slice(beforeVerify).filter((entry) => entry !== '<getSettings')).toEqual([
      '>verifyEmailCode',
      '<verifyEmailCode',
    ])
    expect(log.filter((entry) => entry === '>getSettings')).toHaveLength(1)
  })

  test('SMS: the same', async () => {
    const server = createTestAuthServer()
    const { api, log } = timed(server.api)
    const session = open(api)
    const phone = '+15555550123'
    await session.sms.sendCode(phone)
    expect(log.slice(0, 2).sort()).toEqual(['>getSettings', '>sendSmsCode'])
    const beforeVerify = log.length
    await session.sms.verifyCode(server.lastCode(phone))
    expect(log.slice(beforeVerify).filter((entry) => entry !== '<getSettings')).toEqual([
      '>verifySmsCode',
      '<verifySmsCode',
    ])
  })

  test('wallet.signIn: nonce and settings in parallel, then the sign-in: two round trips', async () => {
    const server = createTestAuthServer()
    const { api, log } = timed(server.api)
    const session = open(api)
    await session.wallet.signIn(createTestWallet())
    expect(session.getSnapshot().status).toBe('loggedIn')
    const signIn = log.indexOf('>signInWithWallet')
    // Both requests leave before either answer arrives; the sign-in leaves after both answered.
    expect(log.slice(0, 2).sort()).toEqual(['>getNonce', '>getSettings'])
    expect(log.slice(2, signIn).sort()).toEqual(['<getNonce', '<getSettings'])
    expect(log.slice(signIn)).toEqual(['>signInWithWallet', '<signInWithWallet'])
  })

  test('a failed prefetch of the settings is fetched again before the code is used', async () => {
    const server = createTestAuthServer()
    const { api, log } = timed(server.api)
    const session = open(api)
    const email = freshEmail()
    // The send answers, the settings fail: the verify fetches them again before using the code.
    server.fail('getSettings', { status: 503 })
    await session.email.sendCode(email)
    const beforeVerify = log.length
    await session.email.verifyCode(server.lastCode(email))
    expect(log.slice(beforeVerify)).toEqual([
      '>getSettings',
      '<getSettings',
      '>verifyEmailCode',
      '<verifyEmailCode',
    ])
  })
})
