'use client'
import { createSession, memoryStorage, type Session, type SessionHint, type SessionOptions } from 'lanyard'
import { createContext, createElement, type ReactNode, useContext, useState } from 'react'

/**
 * Where a React app's session lives: one per page in the browser, created on first use and kept
 * across StrictMode's double render and double effect (no effect creates or stops it); one per
 * request on a server, where it holds nothing (no storage, no timer, no request) and is simply
 * dropped. `stop()` is for the end of the app, after `root.unmount()`.
 */
export function sessionHolder(options: Omit<SessionOptions, 'hint'>) {
  let browserSession: Session | undefined
  return {
    get(hint?: SessionHint | null): Session {
      if (typeof document === 'undefined') return createSession({ ...options, storage: memoryStorage(), hint })
      browserSession ??= createSession({ ...options, hint })
      return browserSession
    },
    stop() {
      browserSession?.stop()
      browserSession = undefined
    },
  }
}

const SessionContext = createContext<Session | null>(null)

/** Puts the holder's session in context; `hint` comes from the server (see docs/server-rendering.md). */
export function SessionProvider(props: {
  holder: ReturnType<typeof sessionHolder>
  hint?: SessionHint | null
  children?: ReactNode
}) {
  // In the browser both StrictMode calls of this initialiser return the same session.
  const [session] = useState(() => props.holder.get(props.hint))
  return createElement(SessionContext.Provider, { value: session }, props.children)
}

/** The session of the nearest SessionProvider; pass it to `useSession(session, selector)`. */
export function useAppSession(): Session {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useAppSession needs a <SessionProvider> above it.')
  return session
}
