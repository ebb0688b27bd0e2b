import { createTestAuthServer, type TestAuthServerOptions } from 'lanyard/testing'
import { afterEach, expect } from 'vitest'
import { createHttpApi } from '../../../src/api/httpApi'
import type { AuthApi } from '../../../src/api/types'
import { ctx } from '../helpers'

// The attacks of docs/security.md, tried over HTTP against `server.listen()`, as an attacker would.

const open: Array<{ close(): Promise<void> }> = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()))
})

/** A reference backend on 127.0.0.1 (closed after the test), its HTTP client and a JSON fetch of its SDK routes. */
export async function serve(options: TestAuthServerOptions = {}) {
  const server = createTestAuthServer(options)
  const http = await server.listen(0)
  open.push(http)
  const api = createHttpApi({ baseUrl: http.url, environmentId: server.environmentId })
  const sdk = `${http.url}/sdk/${server.environmentId}`
  /** A request to `/sdk/{env}/{path}`: status and JSON body. */
  const call = async (method: string, path: string, body?: unknown, token?: string | null) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (token) headers.authorization = `Bearer ${token}`
    const response = await fetch(`${sdk}/${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    return { status: response.status, body: text ? JSON.parse(text) : null }
  }
  return { server, http, api, sdk, call }
}

/** Signs in (or up) by email code through the HTTP client; the session's result. */
export async function emailSignIn(
  server: ReturnType<typeof createTestAuthServer>,
  api: AuthApi,
  email: string,
) {
  const { verificationId } = await api.sendEmailCode({ email }, ctx())
  return api.verifyEmailCode({ verificationId, code: server.lastCode(email) }, ctx())
}

/** The error a promise rejects with, checked to be of that class (a resolution fails the test). */
export async function rejection<T>(
  promise: Promise<unknown>,
  type: abstract new (...args: never[]) => T,
): Promise<T> {
  const error = await promise.then(
    () => new Error('expected a rejection, got an answer'),
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(type)
  return error as T
}
