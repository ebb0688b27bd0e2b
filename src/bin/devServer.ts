#!/usr/bin/env node
// `npx lanyard-dev-server`: the reference backend (lanyard/testing) over HTTP for one's own app, with
// CORS for the given origins; every one-time code and TOTP secret is printed here as it is issued.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { parseArgs } from 'node:util'
import { createTestAuthServer, type TestAuthServer } from '../testing/index'

const USAGE = `Usage: lanyard-dev-server [--port 8787] [--origin http://localhost:5173]... [--mfa required|off]
                          [--required-field alias | --required-field "firstName=First name"]...
                          [--environment-id test-env]`

/** A user-supplied string, printable: control characters (escape sequences, newlines) escaped. */
function printable(value: string): string {
  let out = ''
  for (const c of value) {
    const code = c.charCodeAt(0)
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029
    out += control ? `\\u${code.toString(16).padStart(4, '0')}` : c
  }
  return out
}

const print = (line: string) => process.stdout.write(`${line}\n`)

function options() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      origin: { type: 'string', multiple: true, default: [] },
      mfa: { type: 'string', default: 'off' },
      'required-field': { type: 'string', multiple: true, default: [] },
      'environment-id': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help) {
    print(USAGE)
    process.exit(0)
  }
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    fail(`--port takes 0-65535, not "${values.port}".`)
  if (values.mfa !== 'required' && values.mfa !== 'off')
    fail(`--mfa takes required or off, not "${values.mfa}".`)
  for (const origin of values.origin) {
    if (!URL.canParse(origin) || new URL(origin).origin !== origin) {
      fail(`--origin takes an origin such as http://localhost:5173 (no path), not "${origin}".`)
    }
  }
  return { port, values }
}

function fail(message: string): never {
  process.stderr.write(`${printable(message)}\n${USAGE}\n`)
  process.exit(2)
}

/** `call`, then `then` with its arguments and result: the answer is unchanged. */
function after<A extends unknown[], R>(call: (...args: A) => Promise<R>, then: (args: A, result: R) => void) {
  return async (...args: A): Promise<R> => {
    const result = await call(...args)
    then(args, result)
    return result
  }
}

/** Prints each one-time code and each new TOTP secret as the backend hands it out. */
function printCodes(server: TestAuthServer, print: (line: string) => void) {
  const { api } = server
  const addresses = new Map<string, string>() // verificationId -> email or phone
  const sent = (address: string | undefined, verificationId: string) => {
    if (!address) return
    addresses.set(verificationId, address)
    print(`  one-time code for ${printable(address)}: ${server.lastCode(address)}`)
  }
  api.sendEmailCode = after(api.sendEmailCode.bind(api), ([input], r) => sent(input.email, r.verificationId))
  api.sendSmsCode = after(api.sendSmsCode.bind(api), ([input], r) => sent(input.phone, r.verificationId))
  api.resendEmailCode = after(api.resendEmailCode.bind(api), ([input], r) =>
    sent(addresses.get(input.verificationId), r.verificationId),
  )
  api.resendSmsCode = after(api.resendSmsCode.bind(api), ([input], r) =>
    sent(addresses.get(input.verificationId), r.verificationId),
  )
  api.enrollTotp = after(api.enrollTotp.bind(api), (_args, r) => {
    print(
      `  TOTP secret: ${r.secret}  (type it into an authenticator app, or open ${printable(r.otpauthUri)})`,
    )
  })
}

/** `--required-field key` or `key=Label`: the field's key, and its label for the settings when given. */
function requiredFields(specs: string[]) {
  const fields = specs.map((spec) => {
    const at = spec.indexOf('=')
    return at < 0 ? { key: spec, label: '' } : { key: spec.slice(0, at), label: spec.slice(at + 1) }
  })
  return {
    requiredFields: fields.map((field) => field.key),
    fieldLabels: Object.fromEntries(fields.filter((f) => f.label).map((f) => [f.key, f.label])),
  }
}

async function main() {
  const { port, values } = options()
  const fields = requiredFields(values['required-field'])
  const server = createTestAuthServer({
    allowedOrigins: values.origin,
    mfa: values.mfa as 'required' | 'off',
    ...fields,
    ...(values['environment-id'] === undefined ? {} : { environmentId: values['environment-id'] }),
  })
  printCodes(server, print)
  const http = createServer(server.handler)
  await new Promise<void>((resolve) => http.listen(port, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`
  print(`lanyard dev server: ${url}
  createHttpApi({ baseUrl: '${url}', environmentId: '${printable(server.environmentId)}' })
  CORS for: ${values.origin.length > 0 ? values.origin.map(printable).join(', ') : 'no origin (add --origin)'}
  MFA: ${values.mfa}; required fields: ${values['required-field'].map(printable).join(', ') || 'none'}
  One-time codes and TOTP secrets appear below. Ctrl+C stops.`)
  const stop = () => {
    http.close(() => process.exit(0))
    http.closeAllConnections()
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  process.stderr.write(`lanyard-dev-server: ${printable(String(error))}\n`)
  process.exit(1)
})
