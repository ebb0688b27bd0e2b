// `npm start`: the example login UI and the reference backend on one localhost origin.
// Flags: --mfa, --fields alias[,firstName=First name], --cookie, --lifetime SECONDS, --wallet. PORT picks the port.
import { parseArgs } from 'node:util'
import type { TestAuthServerOptions } from 'lanyard/testing'
import { startDemoServer } from './dev/serve'

const { values } = parseArgs({
  options: {
    mfa: { type: 'boolean', default: false },
    fields: { type: 'string' },
    cookie: { type: 'boolean', default: false },
    lifetime: { type: 'string' },
    wallet: { type: 'boolean', default: false },
  },
})

// `--fields alias,firstName=First name`: each field's key, and the label the settings give it.
const fields = (values.fields ?? '')
  .split(',')
  .map((field): [string, string] => {
    const [key = '', ...label] = field.trim().split('=')
    return [key, label.join('=')]
  })
  .filter(([key]) => key)
const backend: TestAuthServerOptions = {
  mfa: values.mfa ? 'required' : 'off',
  requiredFields: fields.map(([key]) => key),
  fieldLabels: Object.fromEntries(fields.filter(([, label]) => label).map(([key, label]) => [key, label])),
  cookie: values.cookie,
  embeddedWallets: { createOnSignup: values.wallet },
}
if (values.lifetime !== undefined) {
  const seconds = Number(values.lifetime)
  if (!Number.isInteger(seconds) || seconds <= 0) {
    console.error(`--lifetime takes a whole number of seconds, not "${values.lifetime}".`)
    process.exit(2)
  }
  backend.tokenLifetimeSeconds = seconds
}

const port = process.env.PORT === undefined ? 5173 : Number(process.env.PORT)
const server = await startDemoServer({ backend, port, print: (line) => console.log(line) })
const ms = Math.round(performance.now()) // since the process started: loading, bundling, listening
const settings = [
  values.mfa && 'MFA required',
  backend.requiredFields?.length && `fields: ${backend.requiredFields.join(', ')}`,
  values.cookie && 'cookie mode',
  backend.tokenLifetimeSeconds && `tokens live ${backend.tokenLifetimeSeconds} s`,
  values.wallet && 'embedded wallet on sign-up',
].filter(Boolean)
const social = server.backend.options.socialProviders.map((p) => (typeof p === 'string' ? p : p.name))

console.log(`
  lanyard demo ready in ${ms} ms: ${server.url}
  reference backend: ${settings.length > 0 ? settings.join(', ') : 'defaults'} (flags: --mfa --fields alias --cookie --lifetime SECONDS --wallet)
  social sign-in: ${social.join(', ')} (simulated: consent is automatic); external JWT: "Acme ID" (a key made now, in memory)
  passkeys: open ${server.passkeyUrl} (browsers allow them on a domain name, not on 127.0.0.1)
  One-time and authenticator codes appear below as they are issued. Ctrl+C stops.
`)

const stop = () => {
  void server.close().then(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
