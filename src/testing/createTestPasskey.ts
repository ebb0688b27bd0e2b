import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto'
import type { PasskeyCredentialJSON, PasskeyOptionsJSON, PasskeyProvider } from '../api/types'

/** Options of {@link createTestPasskey}. */
export interface TestPasskeyOptions {
  /** The origin the ceremonies claim to run on (`clientDataJSON.origin`). Default 'http://localhost'. */
  origin?: string
  /** Every ceremony is dismissed by the user: rejects with a `NotAllowedError`. */
  dismiss?: boolean
}

/** A software authenticator: a {@link PasskeyProvider} that also says what it holds. */
export interface TestPasskey extends PasskeyProvider {
  /** The ids (base64url) of the credentials it created. */
  readonly credentialIds: string[]
}

interface Held {
  id: Buffer
  privateKey: KeyObject
  rpId: string
  userHandle: string
  counter: number
}

// --- a CBOR writer for what an attestation needs: unsigned/negative ints, bytes, text, maps ---
function head(major: number, length: number): Buffer {
  if (length < 24) return Buffer.from([(major << 5) | length])
  if (length < 256) return Buffer.from([(major << 5) | 24, length])
  return Buffer.from([(major << 5) | 25, length >> 8, length & 255])
}
function cbor(value: unknown): Buffer {
  if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value)
  if (Buffer.isBuffer(value)) return Buffer.concat([head(2, value.length), value])
  if (typeof value === 'string') {
    const text = Buffer.from(value, 'utf8')
    return Buffer.concat([head(3, text.length), text])
  }
  const entries = value instanceof Map ? [...value] : Object.entries(value as object)
  return Buffer.concat([head(5, entries.length), ...entries.flatMap(([k, v]) => [cbor(k), cbor(v)])])
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest()
const b64 = (data: Buffer) => data.toString('base64url')

const dismissed = () =>
  Object.assign(new Error('The operation either timed out or was not allowed.'), { name: 'NotAllowedError' })

/** What the authenticator's ceremonies share: its origin and the credentials it holds. */
interface AuthenticatorParts {
  origin: string
  held: Held[]
  credentialIds: string[]
}

const clientData = ({ origin }: AuthenticatorParts, type: string, challenge: string) =>
  Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }), 'utf8')

function authData(rpId: string, flags: number, counter: number, attested?: Buffer): Buffer {
  const count = Buffer.alloc(4)
  count.writeUInt32BE(counter)
  return Buffer.concat([sha256(rpId), Buffer.from([flags]), count, ...(attested ? [attested] : [])])
}

/** The public key as a COSE EC2 key (P-256, ES256). */
function coseKey(publicKey: KeyObject): Buffer {
  const jwk = publicKey.export({ format: 'jwk' })
  return cbor(
    new Map<number, unknown>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, Buffer.from(jwk.x as string, 'base64url')],
      [-3, Buffer.from(jwk.y as string, 'base64url')],
    ]),
  )
}

/** A new credential for the request's relying party and user: a 'none' attestation of it. */
function attest(parts: AuthenticatorParts, request: PasskeyOptionsJSON): PasskeyCredentialJSON {
  const rp = request.rp as { id?: string }
  const user = request.user as { id: string }
  const rpId = rp?.id ?? new URL(parts.origin).hostname
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const id = randomBytes(16)
  const idLength = Buffer.from([id.length >> 8, id.length & 255])
  // Flags: user present (0x01), user verified (0x04), attested credential data (0x40).
  const data = authData(rpId, 0x45, 0, Buffer.concat([Buffer.alloc(16), idLength, id, coseKey(publicKey)]))
  parts.held.push({ id, privateKey, rpId, userHandle: user.id, counter: 0 })
  parts.credentialIds.push(b64(id))
  return {
    id: b64(id),
    rawId: b64(id),
    type: 'public-key',
    authenticatorAttachment: 'platform',
    clientExtensionResults: {},
    response: {
      clientDataJSON: b64(clientData(parts, 'webauthn.create', request.challenge)),
      attestationObject: b64(cbor({ fmt: 'none', attStmt: new Map(), authData: data })),
      transports: ['internal'],
      publicKeyAlgorithm: -7,
      publicKey: b64(publicKey.export({ format: 'der', type: 'spki' })),
      authenticatorData: b64(data),
    },
  }
}

/** An ES256 assertion by a held credential the request allows; none held: dismissed. */
function assert(parts: AuthenticatorParts, request: PasskeyOptionsJSON): PasskeyCredentialJSON {
  const rpId = (request.rpId as string | undefined) ?? new URL(parts.origin).hostname
  const allowed = ((request.allowCredentials as Array<{ id: string }> | undefined) ?? []).map((c) => c.id)
  const key = parts.held.find(
    (candidate) => candidate.rpId === rpId && (allowed.length === 0 || allowed.includes(b64(candidate.id))),
  )
  if (!key) throw dismissed()
  key.counter++
  const data = authData(rpId, 0x05, key.counter)
  const client = clientData(parts, 'webauthn.get', request.challenge)
  const signature = sign('sha256', Buffer.concat([data, sha256(client)]), key.privateKey)
  return {
    id: b64(key.id),
    rawId: b64(key.id),
    type: 'public-key',
    authenticatorAttachment: 'platform',
    clientExtensionResults: {},
    response: {
      clientDataJSON: b64(client),
      authenticatorData: b64(data),
      signature: b64(signature),
      userHandle: key.userHandle,
    },
  }
}

/**
 * A {@link PasskeyProvider} with real P-256 keys, for Node tests: `create` answers with a real
 * WebAuthn attestation ('none' format) and `get` with real ES256 assertions, which
 * `@simplewebauthn/server` (and the reference backend) verify. Credentials are discoverable.
 *
 * @example
 * ```ts
 * const passkey = createTestPasskey()
 * await session.passkey.register(passkey) // while logged in
 * await session.logout()
 * await session.passkey.signIn(passkey)
 * ```
 *
 * @param options - `origin` (default 'http://localhost'); `dismiss: true` rejects every ceremony
 */
export function createTestPasskey(options: TestPasskeyOptions = {}): TestPasskey {
  const parts: AuthenticatorParts = {
    origin: options.origin ?? 'http://localhost',
    held: [],
    credentialIds: [],
  }
  return {
    credentialIds: parts.credentialIds,
    async create(request: PasskeyOptionsJSON): Promise<PasskeyCredentialJSON> {
      if (options.dismiss) throw dismissed()
      return attest(parts, request)
    },
    async get(request: PasskeyOptionsJSON): Promise<PasskeyCredentialJSON> {
      if (options.dismiss) throw dismissed()
      return assert(parts, request)
    },
  }
}
