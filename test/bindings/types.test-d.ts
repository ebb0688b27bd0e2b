import type { Session, SessionSnapshot, SessionStatus, User } from 'lanyard'
import { useSession as useReactSession } from 'lanyard/react'
import { SessionProvider as SolidSessionProvider, useSession as useSolidSession } from 'lanyard/solid'
import { getSessionContext, sessionStore, setSessionContext } from 'lanyard/svelte'
import { useSession as useVueSession } from 'lanyard/vue'
import type { Accessor, JSX } from 'solid-js'
import type { Readable } from 'svelte/store'
import { expectTypeOf, test } from 'vitest'

declare const session: Session

test('lanyard/react: the snapshot, or what the selector returns', () => {
  expectTypeOf(useReactSession(session)).toEqualTypeOf<SessionSnapshot>()
  expectTypeOf(useReactSession(session, (s) => s.status)).toEqualTypeOf<SessionStatus>()
  expectTypeOf(
    useReactSession(
      session,
      (s) => s.user,
      (a, b) => a?.id === b?.id,
    ),
  ).toEqualTypeOf<User | null>()
  useReactSession(
    session,
    // @ts-expect-error isEqual compares selections (here statuses), not snapshots
    (s) => s.status,
    (a: SessionSnapshot, b: SessionSnapshot) => a === b,
  )
})

test('lanyard/vue: a read-only ref', () => {
  const snapshot = useVueSession(session)
  expectTypeOf(snapshot.value).toEqualTypeOf<SessionSnapshot>()
  // @ts-expect-error read-only
  snapshot.value = session.getSnapshot()
})

test('lanyard/svelte and lanyard/solid', () => {
  expectTypeOf(sessionStore(session)).toEqualTypeOf<Readable<SessionSnapshot>>()
  expectTypeOf(useSolidSession(session)).toEqualTypeOf<Accessor<SessionSnapshot>>()
  expectTypeOf(session.getServerSnapshot()).toEqualTypeOf<SessionSnapshot>()
})

test('lanyard/svelte and lanyard/solid without a session: the provided one', () => {
  expectTypeOf(sessionStore()).toEqualTypeOf<Readable<SessionSnapshot>>()
  expectTypeOf(setSessionContext(session)).toEqualTypeOf<Session>()
  expectTypeOf(getSessionContext()).toEqualTypeOf<Session>()
  expectTypeOf(useSolidSession()).toEqualTypeOf<Accessor<SessionSnapshot>>()
  expectTypeOf(SolidSessionProvider({ session })).toEqualTypeOf<JSX.Element>()
  // @ts-expect-error the provider needs the session
  SolidSessionProvider({})
})
