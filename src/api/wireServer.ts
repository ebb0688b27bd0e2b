import { SessionError } from '../errors'
import { isObject, type Json, snake } from './json'
import type { ApiUser, AuthResult, AuthSettings } from './types'
import type { Route } from './wire'

// The server's side of the wire: how the reference backend (lanyard/testing) reads a request body
// back into an AuthApi input and writes its answers in Dynamic's shapes (SdkUser, ProjectSettings).
// Only lanyard/testing imports this file, so no client bundle carries it.

const badRequest = (message: string) => new SessionError('invalid_input', message, { status: 400 })

function readProfileFields(fields: unknown): Record<string, string> {
  if (!isObject(fields) || !Object.values(fields).every((value) => typeof value === 'string')) {
    throw badRequest('The request body must be the user fields, each a string, e.g. { "alias": "ada" }.')
  }
  return fields as Record<string, string>
}

/** Dynamic's ChainEnum (`EVM`...), with the EIP-155 id in `network`: `EVM` + `'137'` → `eip155:137`. */
function readChain(chain: unknown, network: unknown): string {
  if (typeof chain !== 'string' || !/^[A-Z]+$/.test(chain)) {
    throw badRequest(
      '`chain` must be one of Dynamic\'s ChainEnum values, e.g. "EVM" (the chain id goes in `network`).',
    )
  }
  if (network === undefined || network === null) return chain
  if (chain !== 'EVM' || !/^\d{1,18}$/.test(String(network))) {
    throw badRequest('`network` must be the EIP-155 chain id of an EVM chain, e.g. "1".')
  }
  return `eip155:${network}`
}

// How a server reads a request field: a non-empty string, except these (`body` is the whole request).
const fieldRules: Record<string, (value: unknown, body: Json) => unknown> = {
  walletProvider: (value) => (typeof value === 'string' ? value : 'browserExtension'),
  reason: (value) => (typeof value === 'string' ? value : 'logout'),
  // Dynamic's flat UserFields: the whole body.
  fields: (_value, body) => readProfileFields(body),
  chain: (value, body) =>
    Array.isArray(value)
      ? readChain(isObject(value[0]) ? value[0].chain : undefined, undefined)
      : readChain(value, body.network),
  // E.164, or Dynamic's `phoneCountryCode` + national `phoneNumber`.
  phone: (value, body) => {
    if (typeof value !== 'string' || value === '')
      throw badRequest('The request body needs a non-empty string `phoneNumber`.')
    return body.phoneCountryCode == null
      ? value
      : `+${String(body.phoneCountryCode).replace(/^\+/, '')}${value}`
  },
  credential: (value) => {
    if (!isObject(value))
      throw badRequest('The request body needs `credential`: the WebAuthn credential JSON.')
    return value
  },
}

/** The method's input read back from a request body; a required field that is not a non-empty string is a 400. */
export function readRequest({ body: fields, optional }: Route, body: Json): Json | undefined {
  if (!fields) return undefined
  const input: Json = {}
  for (const [name, wire] of Object.entries(fields)) {
    const rule = fieldRules[name]
    const value = body[wire]
    if (value === undefined && optional?.includes(name)) continue
    if (rule) input[name] = rule(value, body)
    else if (typeof value === 'string' && value !== '') input[name] = value
    else throw badRequest(`The request body needs a non-empty string \`${wire}\`.`)
  }
  return input
}

/** A required profile field as Dynamic's `ProjectSettingsKyc`, with its display label when it has one. */
const kycField = (name: string, label?: string): Json => ({
  name,
  required: true,
  enabled: true,
  unique: false,
  verify: false,
  type: 'standard',
  ...(label ? { label } : {}),
})

/**
 * A user as Dynamic's `SdkUser`: `projectEnvironmentId`, credentials with `signInEnabled`,
 * `missingFields` as `ProjectSettingsKyc` objects.
 */
export function sdkUser({
  environmentId,
  verifiedCredentials = [],
  missingFields = [],
  ...rest
}: ApiUser): Json {
  return {
    ...rest,
    projectEnvironmentId: environmentId,
    // JwtVerifiedCredential: `wallet_name`, `wallet_provider`, `public_identifier` travel snake_cased.
    verifiedCredentials: verifiedCredentials.map((credential) => ({
      ...Object.fromEntries(Object.entries(credential).map(([key, value]) => [snake(key), value])),
      signInEnabled: credential.format !== 'totp',
    })),
    missingFields: missingFields.map((name) => kycField(name)),
  }
}

/** The settings as Dynamic's `ProjectSettings`: required fields as `kyc`, embedded wallets under `sdk`. */
const projectSettings = ({ embeddedWallets, requiredFields, fieldLabels = {} }: AuthSettings): Json => ({
  chains: [{ name: 'EVM', enabled: true }],
  kyc: requiredFields.map((name) => kycField(name, fieldLabels[name])),
  design: {},
  general: {},
  privacy: {},
  sdk: { embeddedWallets: { automaticEmbeddedWalletCreation: embeddedWallets.createOnSignup } },
  security: {},
})

/** The JSON body of a successful answer; undefined for an empty (204) one. */
export function writeAnswer({ answer }: Route, result: unknown): Json | undefined {
  if (answer === 'none') return undefined
  if (answer === 'settings') return projectSettings(result as AuthSettings)
  if (answer === 'json') return { ...(result as Json) }
  if (answer === 'session') {
    const { user, token, expiresAt } = result as AuthResult
    return { user: user && sdkUser(user), jwt: token ?? undefined, expiresAt }
  }
  const values = result as Json
  return Object.fromEntries(Object.entries(answer).map(([name, wire]) => [wire, values[name]]))
}
