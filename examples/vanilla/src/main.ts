// The demo page's entry: reads the backend's settings from <html data-*> (written by the dev
// server, so the first render needs no request), creates the session and renders it.
import { createHttpApi, createSession } from 'lanyard'
import { mountApp } from './app'
import { createDemoWallet, rememberedDemoWallet } from './demoWallet'

const { environmentId = 'test-env', tokenStorage } = document.documentElement.dataset

const api = createHttpApi({ baseUrl: location.origin, environmentId })
const session = createSession({
  api,
  tokenStorage: tokenStorage === 'cookie' ? 'cookie' : 'in-app',
  storageKey: 'lanyard-demo',
})

const root = document.getElementById('app')
if (!root) throw new Error('The page needs an element with id "app".')
mountApp(root, session, {
  api,
  wallet: () => rememberedDemoWallet(),
  newWallet: () => createDemoWallet(),
  // The dev server's stand-in for the app's own identity system (see dev/acmeId.ts).
  externalToken: async () => {
    const answer = await fetch('/acme-id/token', { method: 'POST' })
    if (!answer.ok) throw new Error('Acme ID is not available.')
    return ((await answer.json()) as { jwt: string }).jwt
  },
})

// For the console and the browser tests: the session is the whole API.
Object.assign(globalThis, { lanyardSession: session })
