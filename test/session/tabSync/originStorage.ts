/**
 * One origin's `localStorage` as several tabs see it, for a happy-dom test (one window): the data is
 * the window's real `localStorage`, and each tab gets a `Storage` object of its own over it (as each
 * browser tab has its own `localStorage` object), to pass to the real `localStorageAdapter(view)`.
 * What a browser does between tabs is done here: a write through one view fires a real
 * `StorageEvent('storage')` on the window for each other view (`storageArea` = that view, so only
 * that tab's adapter takes it), a task later and never for the writer; a write that changes nothing
 * fires nothing.
 */
export interface OriginStorage {
  /** A new tab's view of the origin's storage. */
  tab(): Storage
  /** Resolves once every storage event fired so far has been dispatched. */
  delivered(): Promise<void>
}

export function originStorage({
  delivery = 'task',
}: {
  /**
   * `task` (a browser's): a `setTimeout(0)` later. `microtask`: before any timer that is already due,
   * as for a background tab whose throttled timers run after the event.
   */
  delivery?: 'task' | 'microtask'
} = {}): OriginStorage {
  const area = globalThis.localStorage
  const views: Storage[] = []
  let pending: Promise<void>[] = []

  const fire = (from: Storage, key: string | null, oldValue: string | null, newValue: string | null) => {
    for (const view of views) {
      if (view === from) continue
      const event = { key, oldValue, newValue, storageArea: view, url: globalThis.location.href }
      pending.push(
        new Promise<void>((resolve) => {
          const dispatch = () => {
            globalThis.dispatchEvent(new StorageEvent('storage', event))
            resolve()
          }
          if (delivery === 'task') setTimeout(dispatch, 0)
          else queueMicrotask(dispatch)
        }),
      )
    }
  }

  return {
    tab() {
      const view: Storage = new Proxy(area, {
        get(target, property) {
          if (property === 'setItem') {
            return (key: string, value: string) => {
              const oldValue = target.getItem(key)
              target.setItem(key, value)
              const newValue = target.getItem(key)
              if (newValue !== oldValue) fire(view, key, oldValue, newValue)
            }
          }
          if (property === 'removeItem') {
            return (key: string) => {
              const oldValue = target.getItem(key)
              target.removeItem(key)
              if (oldValue !== null) fire(view, key, oldValue, null)
            }
          }
          if (property === 'clear') {
            return () => {
              const had = target.length > 0
              target.clear()
              if (had) fire(view, null, null, null)
            }
          }
          const value = Reflect.get(target, property)
          return typeof value === 'function' ? value.bind(target) : value
        },
      })
      views.push(view)
      return view
    },
    async delivered() {
      while (pending.length > 0) {
        const now = pending
        pending = []
        await Promise.all(now)
      }
    },
  }
}
