import type { TestAuthServer } from 'lanyard/testing'
import { type TOTP, URI } from 'otpauth'

/** What the proxy saw of one API call, enough to know which code was just issued to whom. */
export interface ApiExchange {
  route: string
  status: number
  requestBody: Record<string, unknown>
  responseBody: Record<string, unknown>
  /** The JWT the request carried (Authorization or the session cookie), or null. */
  token: string | null
}

type Claims = { sub?: string; email?: string; verified_credentials?: Array<Record<string, unknown>> }

const claimsOf = (token: string | null): Claims => {
  try {
    return JSON.parse(Buffer.from(token?.split('.')[1] ?? '', 'base64url').toString('utf8'))
  } catch {
    return {}
  }
}

/** Text a request chose, safe for a terminal: control and format characters (ESC, CSI...) as `\u{1b}`. */
export const printable = (text: string): string =>
  text.replace(/[\p{Cc}\p{Cf}]/gu, (char) => `\\u{${(char.codePointAt(0) as number).toString(16)}}`)

/** How a user is named in the terminal: the email, else the wallet address or phone they signed in with. */
const labelOf = (claims: Claims): string => {
  const credential = claims.verified_credentials?.[0]
  return String(claims.email ?? credential?.address ?? credential?.public_identifier ?? claims.sub)
}

/**
 * Prints every one-time code and TOTP code as it is issued, one line each with the address and the
 * code. TOTP codes change every 30 s: while a user owes an MFA step, each new code is printed.
 */
export function createCodePrinter(backend: TestAuthServer, print: (line: string) => void) {
  const verifications = new Map<string, string>() // verificationUUID -> email or phone
  const devices = new Map<string, { label: string; totp: TOTP }>() // user id -> the device enrolled here
  const owing = new Map<string, string>() // user id -> the last code printed
  const printTotp = (userId: string) => {
    const device = devices.get(userId)
    if (!device) return
    const code = device.totp.generate()
    if (owing.get(userId) === code) return
    owing.set(userId, code)
    print(`  🔐 authenticator code for ${printable(device.label)}: ${code}  (changes every 30 s)`)
  }
  const timer = setInterval(() => {
    for (const userId of owing.keys()) printTotp(userId)
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
      print(`  ✉️  one-time code for ${printable(address)}: ${backend.lastCode(address)}`)
      return
    }
    const claims = claimsOf(token)
    if (route === 'users/mfa/register/totp' && claims.sub && typeof responseBody.uri === 'string') {
      devices.set(claims.sub, { label: labelOf(claims), totp: URI.parse(responseBody.uri) as TOTP })
      printTotp(claims.sub)
      return
    }
    if (route === 'users/mfa/auth/totp' && claims.sub) {
      owing.delete(claims.sub)
      return
    }
    // A sign-in whose token still lacks user:basic: the user owes a TOTP code from the device set up earlier.
    const user = responseBody.user as { id?: string; scope?: string } | undefined
    if (user?.id && typeof user.scope === 'string' && !user.scope.split(' ').includes('user:basic')) {
      printTotp(user.id)
    }
  }
  return { seen, stop: () => clearInterval(timer) }
}
