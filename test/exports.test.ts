import { expect, test } from 'vitest'

// Any change of the public API shows up here in review.
test('lanyard exports', async () => {
  expect(Object.keys(await import('lanyard')).sort()).toMatchInlineSnapshot(`
    [
      "SessionError",
      "cookieStorage",
      "createHttpApi",
      "createSession",
      "isSessionError",
      "localStorageAdapter",
      "memoryStorage",
      "sessionErrorCodes",
      "sessionMachine",
      "sessionStorageAdapter",
    ]
  `)
})

test('lanyard/testing exports', async () => {
  expect(Object.keys(await import('lanyard/testing')).sort()).toMatchInlineSnapshot(`
    [
      "createTestAuthServer",
      "createTestPasskey",
      "createTestWallet",
    ]
  `)
})

test('lanyard/server exports', async () => {
  expect(Object.keys(await import('lanyard/server')).sort()).toMatchInlineSnapshot(`
    [
      "TokenVerificationError",
      "createTokenVerifier",
      "sessionHint",
      "signWebhook",
      "verifyWebhookSignature",
      "webhookSignatureHeader",
    ]
  `)
})

test('the framework entries export their binding and provider helpers', async () => {
  expect(Object.keys(await import('lanyard/react'))).toEqual([
    'SessionProvider',
    'useSessionContext',
    'useSession',
  ])
  expect(Object.keys(await import('lanyard/vue'))).toEqual([
    'sessionPlugin',
    'provideSession',
    'useSessionContext',
    'useSession',
  ])
  expect(Object.keys(await import('lanyard/svelte'))).toEqual([
    'setSessionContext',
    'getSessionContext',
    'sessionStore',
  ])
  expect(Object.keys(await import('lanyard/solid'))).toEqual([
    'SessionProvider',
    'useSessionContext',
    'useSession',
  ])
})
