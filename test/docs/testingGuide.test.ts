import { createSession, memoryStorage } from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
import { expect, test } from 'vitest'

// The example of docs/testing.md, as written there.
test('a user signs in by email and sees the dashboard', async () => {
  const server = createTestAuthServer({ requiredFields: ['alias'] })
  const session = createSession({ api: server.api, storage: memoryStorage() })

  await session.email.sendCode('ada@example.com')
  await session.email.verifyCode(server.lastCode('ada@example.com')) // the code the "email" carried
  expect(session.getSnapshot()).toMatchObject({ status: 'pending', step: 'info' })

  await session.info.submit({ alias: 'ada' })
  expect(session.getSnapshot().isLoggedIn).toBe(true)
  session.stop()
})
