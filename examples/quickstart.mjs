// The five-minute walkthrough: sign a user in by email against the in-process reference backend,
// through MFA, information capture and an embedded wallet, printing every state; then log out.
// Run it with `npm run quickstart`.
import { createSession, memoryStorage } from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'

const server = createTestAuthServer({
  mfa: 'required', // sign-in tokens lack `user:basic` until a TOTP code is verified
  requiredFields: ['alias'], // information capture
  embeddedWallets: { createOnSignup: true }, // a wallet is created for every new user
})

const session = createSession({ api: server.api, storage: memoryStorage() })

session.subscribe((snapshot) => {
  const step = snapshot.step ? ` (${snapshot.step})` : ''
  const pending = snapshot.pending.length > 0 ? `  pending: ${snapshot.pending.join(', ')}` : ''
  console.log(`  state  ${snapshot.status}${step}${pending}`)
})
session.on('walletCreated', ({ wallet }) => console.log(`  event  walletCreated ${wallet.address}`))
session.on('loggedIn', ({ user }) => console.log(`  event  loggedIn as ${user.email} (${user.alias})`))
session.on('loggedOut', ({ reason }) => console.log(`  event  loggedOut: ${reason}`))

const email = 'ada@example.com'
console.log(`\n1. Send a one-time code to ${email}`)
await session.email.sendCode(email)

const code = server.lastCode(email)
console.log(`\n2. Verify the code the "email" contained: ${code}`)
await session.email.verifyCode(code)

console.log('\n3. Enroll an authenticator app (TOTP) and verify its current code')
const { otpauthUri } = await session.mfa.enrollTotp()
console.log(`  (scan ${otpauthUri.slice(0, 40)}... in an authenticator app)`)
await session.mfa.verifyTotp(server.totpCode(email))

console.log('\n4. Fill in the required profile field')
await session.info.submit({ alias: 'ada' })

// The embedded wallet is created automatically; wait for the session to be fully logged in.
if (!session.getSnapshot().isLoggedIn) {
  await new Promise((resolve) => session.on('loggedIn', resolve))
}
const { user, expiresAt } = session.getSnapshot()
console.log(`\n5. Logged in: user ${user.id}, session ends ${new Date(expiresAt).toISOString()}`)
console.log(`  credentials: ${user.verifiedCredentials.map((c) => c.walletProvider ?? c.format).join(', ')}`)
console.log(
  `  getToken() holds a JWT of ${session.getToken().length} characters (never printed, never in a snapshot)`,
)

console.log('\n6. Log out')
await session.logout()
console.log(`  getToken() is now ${session.getToken()}`)
session.stop()
