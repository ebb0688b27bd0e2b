import { DestroyRef, InjectionToken, inject, type Provider, type Signal, signal } from '@angular/core'
import { createSession, type Session, type SessionOptions, type SessionSnapshot } from 'lanyard'

/** The app's session, one per injector (the root one: one per app), stopped when that injector is destroyed. */
export const SESSION = new InjectionToken<Session>('lanyard session')

/** `bootstrapApplication(App, { providers: [provideSession({ api })] })` */
export function provideSession(options: SessionOptions): Provider {
  return {
    provide: SESSION,
    useFactory: () => {
      const session = createSession(options)
      inject(DestroyRef).onDestroy(() => session.stop())
      return session
    },
  }
}

/**
 * The session's snapshot as a read-only signal, unsubscribed when the component (or injector) that
 * made it is destroyed. Call it in an injection context: a field initialiser or a constructor.
 */
export function sessionSignal(session: Session = inject(SESSION)): Signal<SessionSnapshot> {
  const snapshot = signal(session.getSnapshot())
  const unsubscribe = session.subscribe((next) => snapshot.set(next))
  inject(DestroyRef).onDestroy(unsubscribe)
  return snapshot.asReadonly()
}
