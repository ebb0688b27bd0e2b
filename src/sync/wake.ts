/** Why {@link onWake} called back: the DOM event that suggested the device or tab woke up. */
export type WakeReason = 'visibilitychange' | 'focus' | 'online' | 'pageshow'

const windowEvents = ['focus', 'online', 'pageshow'] as const

/**
 * Calls `callback` whenever the page may have been asleep: the tab becomes visible again
 * (`visibilitychange` on `document`), the window gains focus, the network comes back, or the page is
 * shown again from the back/forward cache. Timers do not run while a device sleeps, so this is where
 * the wall clock is re-checked. In environments without `addEventListener` on `globalThis` (Node,
 * SSR) nothing is listened to and the returned function does nothing.
 *
 * @example
 * const stop = onWake((reason) => {
 *   if (Date.now() >= expiresAt) endSession()
 * })
 * // later
 * stop()
 *
 * @param callback - called with the event that woke the page; not called when the tab becomes hidden
 * @returns a function that removes every listener this call added
 */
export function onWake(callback: (reason: WakeReason) => void): () => void {
  const target = globalThis as Partial<EventTarget>
  if (typeof target.addEventListener !== 'function' || typeof target.removeEventListener !== 'function') {
    return () => {}
  }
  const removers: Array<() => void> = []
  const listen = (on: EventTarget, type: string, listener: () => void) => {
    on.addEventListener(type, listener)
    removers.push(() => on.removeEventListener(type, listener))
  }

  const doc = (globalThis as { document?: Document }).document
  if (doc && typeof doc.addEventListener === 'function') {
    listen(doc, 'visibilitychange', () => {
      if (doc.visibilityState === 'visible') callback('visibilitychange')
    })
  }
  for (const type of windowEvents) listen(target as EventTarget, type, () => callback(type))

  return () => {
    for (const remove of removers.splice(0)) remove()
  }
}
