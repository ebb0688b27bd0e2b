// The valid stored record both benchmarks restore (scripts/bench.ts, scripts/coldStart.mjs): an
// HS256 JWT with the claims the session reads, two hours left. Signature checks happen on servers only.
import { SignJWT } from 'jose'

export async function benchRecord() {
  const nowS = Math.floor(Date.now() / 1000)
  const token = await new SignJWT({
    sid: 'bench-session',
    environment_id: 'bench-env',
    scope: 'user:basic',
    email: 'ada@example.com',
    verified_credentials: [{ id: 'cred-1', format: 'email', email: 'ada@example.com' }],
    missing_fields: [],
    new_user: false,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject('user-1')
    .setIssuedAt(nowS)
    .setExpirationTime(nowS + 7200)
    .sign(new TextEncoder().encode('bench-secret-bench-secret-bench-secret'))
  return JSON.stringify({ v: 1, token, expiresAt: Date.now() + 7_200_000 })
}
