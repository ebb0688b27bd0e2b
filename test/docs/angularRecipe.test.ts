import { computed, Injector, runInInjectionContext } from '@angular/core'
import { memoryStorage, type Session } from 'lanyard'
import { createTestAuthServer } from 'lanyard/testing'
import { describe, expect, test } from 'vitest'
import { provideSession, SESSION, sessionSignal } from '../../docs/recipes/angular'
import { freshEmail } from '../session/helpers'

// docs/recipes/angular.ts with @angular/core's own signals, injectors and DestroyRef. No component
// is rendered (that needs Angular's compiler and platform packages); see docs/frameworks.md.
describe('docs/recipes/angular.ts', () => {
  test('a signal of the snapshot follows sign-in and logout; computed signals update only when their value changes', async () => {
    const server = createTestAuthServer()
    const app = Injector.create({
      providers: [provideSession({ api: server.api, storage: memoryStorage(), crossTab: false })],
    }) as Injector & { destroy(): void }
    const session = app.get(SESSION)
    const snapshot = runInInjectionContext(app, () => sessionSignal())
    let computations = 0
    const email = computed(() => {
      computations++
      return snapshot().user?.email ?? null
    })
    expect(snapshot()).toBe(session.getSnapshot())
    expect(email()).toBeNull()

    const address = freshEmail()
    await session.email.sendCode(address)
    expect(snapshot().status).toBe('authenticating')
    await session.email.verifyCode(server.lastCode(address))
    expect(snapshot().status).toBe('loggedIn')
    expect(email()).toBe(address)
    const before = computations
    await session.email.sendCode(address).catch(() => undefined) // invalid_state: nothing changes
    expect(email()).toBe(address)
    expect(computations).toBe(before)
    await session.logout()
    expect(snapshot()).toMatchObject({ status: 'loggedOut', endReason: 'user-intent' })
    app.destroy()
  })

  test('destroying the injector unsubscribes the signal and stops the session', async () => {
    const server = createTestAuthServer()
    const app = Injector.create({
      providers: [provideSession({ api: server.api, storage: memoryStorage(), crossTab: false })],
    }) as Injector & { destroy(): void }
    const session: Session = app.get(SESSION)
    let listeners = 0
    const subscribe = session.subscribe
    session.subscribe = (listener) => {
      listeners++
      const unsubscribe = subscribe(listener)
      return () => {
        listeners--
        unsubscribe()
      }
    }
    const component = Injector.create({ providers: [], parent: app }) as Injector & { destroy(): void }
    runInInjectionContext(component, () => sessionSignal())
    expect(listeners).toBe(1)
    component.destroy()
    expect(listeners).toBe(0)
    app.destroy()
    await expect(session.email.sendCode(freshEmail())).rejects.toMatchObject({ code: 'invalid_state' })
  })
})
