/** A named message channel to the other tabs (and other sessions) of the same origin. */
export interface Channel {
  /** Sends a structured-clonable value to every other channel of the same name. No-op once closed. */
  post(data: unknown): void
  /** Stops sending and receiving. Idempotent. */
  close(): void
}

/**
 * Opens a `BroadcastChannel` named `name` and calls `onMessage` with the data of each message another
 * channel of that name posts (a channel never receives its own posts; two channels opened in the same
 * page do receive each other's). Returns `null` where `BroadcastChannel` is missing or cannot be
 * opened. In Node the channel does not keep the process alive.
 *
 * @example
 * const channel = openChannel('lanyard', (data) => onOtherTab(data))
 * channel?.post({ type: 'logout' })
 * channel?.close()
 *
 * @param name - the channel name; every tab that opens the same name hears the others
 * @param onMessage - called with each message's data (a structured clone of what was posted)
 */
export function openChannel(name: string, onMessage: (data: unknown) => void): Channel | null {
  const Broadcast = (globalThis as { BroadcastChannel?: typeof BroadcastChannel }).BroadcastChannel
  if (typeof Broadcast !== 'function') return null
  let channel: BroadcastChannel
  try {
    channel = new Broadcast(name)
  } catch {
    return null
  }
  let closed = false
  const listener = (event: MessageEvent) => {
    if (!closed) onMessage(event.data)
  }
  channel.addEventListener('message', listener)
  // Node only: a forgotten session must not keep the process alive.
  ;(channel as { unref?: () => void }).unref?.()
  return {
    post(data) {
      if (!closed) channel.postMessage(data)
    },
    close() {
      if (closed) return
      closed = true
      channel.removeEventListener('message', listener)
      channel.close()
    },
  }
}
