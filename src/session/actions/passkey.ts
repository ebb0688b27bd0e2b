import type { PasskeyCredentialJSON, PasskeyOptionsJSON, PasskeyProvider } from '../../api/types'
import { SessionError } from '../../errors'
import { seal } from '../../token/auth'
import { problems } from '../../validate'
import type { Session } from '../types'
import { type ActionContext, act } from './context'

interface WebAuthnGlobals {
  PublicKeyCredential?: {
    parseCreationOptionsFromJSON?(options: PasskeyOptionsJSON): PublicKeyCredentialCreationOptions
    parseRequestOptionsFromJSON?(options: PasskeyOptionsJSON): PublicKeyCredentialRequestOptions
  }
  navigator?: { credentials?: CredentialsContainer }
}
const globalNamed = (name: string) => Reflect.get(globalThis, name)
type CredentialWithJSON = Credential & { toJSON(): PasskeyCredentialJSON }

/** The WebAuthn API of this browser, with the JSON forms of the options and credentials. */
function browserCeremony(kind: 'create' | 'get') {
  return async (options: PasskeyOptionsJSON): Promise<PasskeyCredentialJSON> => {
    // Feature-detected, by name: either may be missing (Node, an old browser), whatever lib.dom says.
    const pkc: WebAuthnGlobals['PublicKeyCredential'] = globalNamed('PublicKeyCredential')
    const nav: WebAuthnGlobals['navigator'] = globalNamed('navigator')
    const parse = kind === 'create' ? pkc?.parseCreationOptionsFromJSON : pkc?.parseRequestOptionsFromJSON
    if (!pkc || !parse || !nav?.credentials) {
      throw new SessionError(
        'invalid_input',
        process.env.NODE_ENV !== 'production'
          ? 'Passkeys are not available here: pass a PasskeyProvider.'
          : '',
      )
    }
    const credential = (
      kind === 'create'
        ? await nav.credentials.create({ publicKey: pkc.parseCreationOptionsFromJSON?.(options) })
        : await nav.credentials.get({ publicKey: pkc.parseRequestOptionsFromJSON?.(options) })
    ) as CredentialWithJSON | null
    if (!credential) throw Object.assign(new Error('No credential.'), { name: 'NotAllowedError' })
    return credential.toJSON()
  }
}

/** The default {@link PasskeyProvider}: `navigator.credentials`. */
export const browserPasskeys: PasskeyProvider = {
  create: browserCeremony('create'),
  get: browserCeremony('get'),
}

/** A usable provider (the default when none is given), or false with the problem to report. */
export const passkeyProblem = (provider: unknown) =>
  !(
    typeof (provider as PasskeyProvider)?.create === 'function' &&
    typeof (provider as PasskeyProvider)?.get === 'function'
  ) && problems.passkey

/** `session.passkey`: sign in with a passkey, or register one for the signed-in user. */
export function passkeyActions(ctx: ActionContext): Session['passkey'] {
  const run = (type: 'passkey.signIn' | 'passkey.register', provider = browserPasskeys) =>
    act(ctx, { type, provider }, passkeyProblem(provider))
  return {
    signIn: (provider) => run('passkey.signIn', provider),
    register: (provider) => run('passkey.register', provider),
  }
}

/** `session.externalJwt`: exchange a third-party JWT; it travels sealed, like the session's own. */
export function externalJwtActions(ctx: ActionContext): Session['externalJwt'] {
  return {
    signIn(jwt) {
      const valid = typeof jwt === 'string' && /^[\w-]+\.[\w-]+\.[\w-]+$/.test(jwt)
      return act(ctx, { type: 'externalJwt.signIn', jwt: seal(valid ? jwt : '') }, !valid && problems.jwt)
    },
  }
}
