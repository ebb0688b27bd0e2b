import { SessionError } from '../../errors'
import type { StorageAdapter } from '../../storage/types'
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

/**
 * `session.social`: OAuth 2.0 authorization code with PKCE (S256). `start` keeps a random `state`
 * and the verifier in `sessionStorage` (the session's storage where there is none); `complete`
 * checks the redirect against them, removes them either way, and exchanges the code. A chunk of its
 * own that imports nothing of the first load but `errors` (the input rule's message, `badProvider`,
 * comes in): a module both import would be split off into a chunk of its own, fetched first.
 */
export function socialActions(
  { steps, core }: ActionContext,
  storage: () => StorageAdapter,
  key: string,
  badProvider: string,
): Session['social'] {
  const kept = (): StorageAdapter => {
    try {
      return globalThis.sessionStorage ?? storage()
    } catch {
      return storage()
    }
  }
  const refuse = (error: SessionError) => {
    core.actor.send({ type: 'input.rejected', error })
    return Promise.reject(error)
  }
  return {
    async start(provider, options) {
      const redirectUri = options?.redirectUri
      const state = random(16)
      const verifier = random(32)
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))
      const input = { provider, redirectUri, state, codeChallenge: b64url(new Uint8Array(digest)) }
      const valid = typeof provider === 'string' && /^[\w-]{1,40}$/.test(provider) && httpUrl(redirectUri)
      const done = await steps.run(
        { type: 'social.start', input: input as typeof input & { redirectUri: string } },
        !valid && badProvider,
      )
      await kept().setItem(key, JSON.stringify({ state, verifier, provider, redirectUri }))
      return { url: done.context.redirect as string }
    },

    async complete(url) {
      const store = kept()
      let pending: Partial<Pending> | null = null
      try {
        pending = JSON.parse((await store.getItem(key)) ?? 'null')
      } catch {}
      let params: URLSearchParams | null = null
      try {
        params = new URL(url).searchParams
      } catch {}
      const input = {
        provider: String(pending?.provider),
        code: params?.get('code') ?? '',
        codeVerifier: String(pending?.verifier),
        redirectUri: String(pending?.redirectUri),
      }
      const event = { type: 'social.complete', input } as const
      // Refused for the state (a restore in flight): the record stays, so the same redirect works later.
      if (!core.actor.getSnapshot().can(event)) return steps.run(event).then(core.current)
      // Once only: a replayed redirect finds nothing.
      await store.removeItem(key)
      const state = params?.get('state')
      const problem = !pending?.state
        ? process.env.NODE_ENV !== 'production'
          ? 'No social sign-in is waiting here (it was completed already, or started in another browser). Call social.start() again.'
          : 'no sign-in waiting'
        : !state || state !== pending.state
          ? process.env.NODE_ENV !== 'production'
            ? 'The redirect does not belong to the sign-in started here (its state does not match). Call social.start() again.'
            : 'state mismatch'
          : params?.get('error') === 'access_denied'
            ? null
            : !input.code &&
              (process.env.NODE_ENV !== 'production'
                ? 'The redirect carries no authorization code. Call social.start() again.'
                : 'no code')
      if (problem === null) {
        return refuse(
          new SessionError(
            'access_denied',
            process.env.NODE_ENV !== 'production'
              ? 'The sign-in was refused at the provider (consent denied). Try again, or use another method.'
              : '',
          ),
        )
      }
      return steps.run(event, problem).then(core.current)
    },
  }
}
