// @simplewebauthn/server (an optional peer dependency of lanyard/testing) is loaded on the first
// passkey ceremony, not at import: a test suite that never uses passkeys does not need it, and it
// stays out of the bundled lanyard/testing entry.
export type WebAuthn = typeof import('@simplewebauthn/server')
let loaded: Promise<WebAuthn> | undefined

/** @simplewebauthn/server, imported on first use. */
export const webauthn = (): Promise<WebAuthn> => {
  loaded ??= import('@simplewebauthn/server')
  return loaded
}
