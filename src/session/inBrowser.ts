/** Whether this runs in a browser (a window or a worker), where other tabs can exist. */
export const inBrowser = () =>
  typeof (globalThis as { document?: unknown }).document === 'object' ||
  typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope === 'function'
