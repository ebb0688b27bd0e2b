/** Hands a listener's exception to the host, the way a browser reports an uncaught error. */
function reportListenerError(error: unknown) {
  const report = (globalThis as { reportError?: (error: unknown) => void }).reportError
  if (typeof report === 'function') report(error)
  else console.error('lanyard: a listener threw', error)
}

/**
 * Wraps an app's listener (`subscribe`, `on`): an exception it throws is reported (`reportError` where
 * the host has it, else `console.error`) and never stops the other listeners, the session's commit or
 * the actions waiting on it.
 */
export const guarded =
  <TArgs extends unknown[]>(listener: (...args: TArgs) => void) =>
  (...args: TArgs): void => {
    try {
      listener(...args)
    } catch (error) {
      reportListenerError(error)
    }
  }
