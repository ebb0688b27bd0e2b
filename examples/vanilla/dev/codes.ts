import type { TestAuthServer } from 'lanyard/testing'

/** What the proxy saw of one API call, enough to know which code was just issued to whom. */
export interface ApiExchange {
  route: string
  status: number
  requestBody: Record<string, unknown>
  responseBody: Record<string, unknown>
  /** The JWT the request carried (Authorization or the session cookie), or null. */
  token: string | null
}

const claimsOf = (token: string | null): Record<string, unknown> => {
  try {
    return JSON.parse(Buffer.from(token?.split('.')[1] ?? '', 'base64url').toString('utf8'))
  } catch {
    return {}
  }
}

/**
 * Prints every one-time code and TOTP code as it is issued, one line each with the address and the
 * code. TOTP codes change every 30 s: while a user owes an MFA step, each new code is printed.
 */
export function createCodePrinter(backend: TestAuthServer, print: (line: string) => void) {
  const verifications = new Map<string, string>() // verificationUUID -> email or phone
  const owingTotp = new Map<string, string>() // email -> last printed code
  const printTotp = (email: string) => {
    try {
      const code = backend.totpCode(email)
      if (owingTotp.get(email) === code) return
      owingTotp.set(email, code)
      print(`  🔐 authenticator code for ${email}: ${code}  (changes every 30 s)`)
    } catch {
      // No device enrolled yet: the code is printed once the user sets one up.
    }
  }
  const timer = setInterval(() => {
    for (const email of owingTotp.keys()) printTotp(email)
  }, 1000)
  timer.unref()

  function seen({ route, status, requestBody, responseBody, token }: ApiExchange) {
    if (status !== 200) return
    const [kind, verb] = route.split('/')
    if (
      (kind === 'emailVerifications' || kind === 'smsVerifications') &&
      (verb === 'create' || verb === 'retry')
    ) {
      const address =
        verb === 'create'
          ? String(requestBody.email ?? requestBody.phoneNumber)
          : verifications.get(String(requestBody.verificationUUID))
      if (!address) return
      verifications.set(String(responseBody.verificationUUID), address)
      print(`  ✉️  one-time code for ${address}: ${backend.lastCode(address)}`)
      return
    }
    if (route === 'users/mfa/register/totp') {
      const email = claimsOf(token).email
      if (typeof email === 'string') printTotp(email)
      return
    }
    if (route === 'users/mfa/auth/totp') {
      const email = claimsOf(token).email
      if (typeof email === 'string') owingTotp.delete(email)
      return
    }
    const user = responseBody.user as { email?: string; scope?: string } | undefined
    if (user?.email && typeof user.scope === 'string' && !user.scope.split(' ').includes('user:basic')) {
      printTotp(user.email)
    }
  }
  return { seen, stop: () => clearInterval(timer) }
}
