import { SessionError } from '../../errors'
import type { StorageAdapter } from '../../storage/types'
import { problems } from '../../validate'
import type { Session } from '../types'
import { type ActionContext, act } from './context'

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

/** Where the pending sign-in is kept: `sessionStorage`, or the session's storage where there is none. */
function kept(storage: () => StorageAdapter): StorageAdapter {
  try {
    return globalThis.sessionStorage ?? storage()
  } catch {
    return storage()
  }
}

type SocialParts = { ctx: ActionContext; storage: () => StorageAdapter; key: string }

/** A random `state` and PKCE verifier, kept across the redirect; resolves with the provider's URL. */
async function start(
  { ctx, storage, key }: SocialParts,
  provider: string,
  options: { redirectUri: string },
): Promise<{ url: string }> {
  const redirectUri = options?.redirectUri
  const state = random(16)
  const verifier = random(32)
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))
  const input = { provider, redirectUri, state, codeChallenge: b64url(new Uint8Array(digest)) }
  const valid = typeof provider === 'string' && /^[\w-]{1,40}$/.test(provider) && httpUrl(redirectUri)
  const done = await ctx.steps.run(
    { type: 'social.start', input: input as typeof input & { redirectUri: string } },
    !valid && problems.provider,
  )
  await kept(storage).setItem(key, JSON.stringify({ state, verifier, provider, redirectUri }))
  return { url: done.context.redirect as string }
}

/** The kept sign-in, or null when there is none (or it is not ours). */
async function readPending(store: StorageAdapter, key: string): Promise<Partial<Pending> | null> {
  try {
    return JSON.parse((await store.getItem(key)) ?? 'null')
  } catch {
    return null
  }
}

/** What is wrong with the redirect: a message, false when nothing, null when the provider denied consent. */
function redirectProblem(
  pending: Partial<Pending> | null,
  params: URLSearchParams | null,
  code: string,
): string | false | null {
  const state = params?.get('state')
  return !pending?.state
    ? process.env.NODE_ENV !== 'production'
      ? 'No social sign-in is waiting here (it was completed already, or started in another browser). Call social.start() again.'
      : 'no sign-in waiting'
    : !state || state !== pending.state
      ? process.env.NODE_ENV !== 'production'
        ? 'The redirect does not belong to the sign-in started here (its state does not match). Call social.start() again.'
        : 'state mismatch'
      : params?.get('error') === 'access_denied'
        ? null
        : !code &&
          (process.env.NODE_ENV !== 'production'
            ? 'The redirect carries no authorization code. Call social.start() again.'
            : 'no code')
}

/** Checks the redirect against the kept sign-in, removes it either way, and exchanges the code. */
async function complete({ ctx, storage, key }: SocialParts, url: string) {
  const store = kept(storage)
  const pending = await readPending(store, key)
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
  if (!ctx.core.actor.getSnapshot().can(event)) return act(ctx, event)
  // Once only: a replayed redirect finds nothing.
  await store.removeItem(key)
  const problem = redirectProblem(pending, params, input.code)
  if (problem === null) {
    const error = new SessionError(
      'access_denied',
      process.env.NODE_ENV !== 'production'
        ? 'The sign-in was refused at the provider (consent denied). Try again, or use another method.'
        : '',
    )
    ctx.core.actor.send({ type: 'input.rejected', error })
    return Promise.reject(error)
  }
  return act(ctx, event, problem)
}

/**
 * `session.social`: OAuth 2.0 authorization code with PKCE (S256). `start` keeps a random `state`
 * and the verifier in `sessionStorage` (the session's storage where there is none); `complete`
 * checks the redirect against them, removes them either way, and exchanges the code.
 */
export function socialActions(
  ctx: ActionContext,
  storage: () => StorageAdapter,
  key: string,
): Session['social'] {
  const parts: SocialParts = { ctx, storage, key }
  return {
    start: (provider, options) => start(parts, provider, options),
    complete: (url) => complete(parts, url),
  }
}
