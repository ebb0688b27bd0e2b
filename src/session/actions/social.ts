import type { SocialCode } from '../../api/types'
import { SessionError } from '../../errors'
import type { Session } from '../types'
import type { ActionContext } from './context'

const b64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
const random = (size: number) => b64url(crypto.getRandomValues(new Uint8Array(size)))

const httpUrl = (value: unknown) => typeof value === 'string' && /^https?:\/\/[^\s]+$/i.test(value)

/** What `social.start` keeps across the redirect, under `${storageKey}.oauth`. */
interface Pending {
  state: string
  verifier: string
  provider: string
  redirectUri: string
}

const refused = (code: 'invalid_input' | 'access_denied', message: string) => new SessionError(code, message)

/**
 * The code exchange a redirect asks for, checked against the record `start` kept (null: none).
 * Throws `invalid_input` when the redirect is not the one started here, `access_denied` when the
 * provider refused.
 */
function redeem(record: string | null, url: unknown): SocialCode {
  let pending: Partial<Pending> | null = null
  try {
    pending = JSON.parse(record ?? 'null')
  } catch {}
  let params: URLSearchParams | null = null
  try {
    params = new URL(String(url)).searchParams
  } catch {}
  const state = params?.get('state')
  const code = params?.get('code') ?? ''
  if (!pending?.state) {
    throw refused(
      'invalid_input',
      process.env.NODE_ENV !== 'production'
        ? 'No social sign-in is waiting here (it was completed already, or started in another browser). Call social.start() again.'
        : 'no sign-in waiting',
    )
  }
  if (!state || state !== pending.state) {
    throw refused(
      'invalid_input',
      process.env.NODE_ENV !== 'production'
        ? 'The redirect does not belong to the sign-in started here (its state does not match). Call social.start() again.'
        : 'state mismatch',
    )
  }
  if (params?.get('error') === 'access_denied') {
    throw refused(
      'access_denied',
      process.env.NODE_ENV !== 'production'
        ? 'The sign-in was refused at the provider (consent denied). Try again, or use another method.'
        : '',
    )
  }
  if (!code) {
    throw refused(
      'invalid_input',
      process.env.NODE_ENV !== 'production'
        ? 'The redirect carries no authorization code. Call social.start() again.'
        : 'no code',
    )
  }
  const { provider, verifier, redirectUri } = pending
  return {
    provider: String(provider),
    code,
    codeVerifier: String(verifier),
    redirectUri: String(redirectUri),
  }
}

/**
 * `session.social`: OAuth 2.0 authorization code with PKCE (S256). `start` hands the machine a
 * random `state` and the verifier to keep (in `sessionStorage`, or the session's storage where there
 * is none); `complete` hands it the check of the redirect against them: the machine takes the record
 * (once) and exchanges the code. A chunk of its own that imports nothing of the first load but
 * `errors` (the input rule's message, `badProvider`, comes in): a module both import would be split
 * off into a chunk of its own, fetched first.
 */
export function socialActions({ steps, core }: ActionContext, badProvider: string): Session['social'] {
  return {
    async start(provider, options) {
      const redirectUri = options?.redirectUri
      const state = random(16)
      const verifier = random(32)
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))
      const input = { provider, redirectUri, state, codeChallenge: b64url(new Uint8Array(digest)) }
      const valid = typeof provider === 'string' && /^[\w-]{1,40}$/.test(provider) && httpUrl(redirectUri)
      const record = JSON.stringify({ state, verifier, provider, redirectUri })
      const done = await steps.run(
        { type: 'social.start', input: input as typeof input & { redirectUri: string }, record },
        !valid && badProvider,
      )
      return { url: done.context.redirect as string }
    },

    // Refused for the state (a restore in flight): the record stays, so the same redirect works later.
    complete: (url) =>
      steps.run({ type: 'social.complete', redeem: (record) => redeem(record, url) }).then(core.current),
  }
}
