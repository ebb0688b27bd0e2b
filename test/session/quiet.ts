/** The kind of the marker {@link channelQuiet} posts; a test's own listeners skip it. */
export const QUIET = 'test.quiet'

export const isQuietMarker = (data: unknown) => (data as { kind?: unknown } | null)?.kind === QUIET

/**
 * Resolves once every message posted on the BroadcastChannel `name` before the call has reached every
 * listener in this process: an explicit signal instead of a fixed real-clock wait. Node queues a
 * broadcast in each receiver's port as it is posted, so a marker posted now arrives behind them
 * everywhere; once a listener of its own heard it, one check-phase task lets every other port drain.
 * Moves no faked clock (it waits in real tasks), and fails with a message rather than by time-out.
 */
export async function channelQuiet(name: string): Promise<void> {
  const sender = new BroadcastChannel(name)
  const receiver = new BroadcastChannel(name)
  const id = Math.random()
  let heard = false
  receiver.onmessage = (event) => {
    if (isQuietMarker(event.data) && (event.data as { id: number }).id === id) heard = true
  }
  try {
    sender.postMessage({ kind: QUIET, id })
    const giveUp = performance.now() + 2000
    while (!heard) {
      if (performance.now() > giveUp) throw new Error(`the channel ${name} never delivered the marker`)
      await new Promise((resolve) => setImmediate(resolve))
    }
    await new Promise((resolve) => setImmediate(resolve))
  } finally {
    sender.close()
    receiver.close()
  }
}
