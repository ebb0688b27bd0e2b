import { signWebhook, webhookSignatureHeader } from '../server/webhooks'
import { clearTimer, setTimer } from '../timers'
import type { ResolvedTestAuthServerOptions, TestSession, WebhookEvent, WebhookEventType } from './types'

/** The webhook events of one reference backend: recorded in order, and POSTed when a URL is set. */
export interface Webhooks {
  readonly events: WebhookEvent[]
  record(type: WebhookEventType, payload: TestSession): void
}

/** How long one delivery may take until the receiver's answer (its status and headers) is in. */
const WEBHOOK_TIMEOUT_MS = 10_000

/** Fire-and-forget: a webhook receiver never breaks the auth flow. Signed as `lanyard/server` checks it. */
async function deliver(url: string, secret: string, timestamp: number, event: WebhookEvent) {
  const body = JSON.stringify(event)
  const signature = await signWebhook({ body, secret, timestamp })
  // A receiver that never answers must not hold a connection (and the test process) for ever. The
  // timer goes through setTimer, not AbortSignal.timeout, so that fake timers apply to it.
  const controller = new AbortController()
  const timer = setTimer(
    () =>
      controller.abort(new DOMException('The webhook receiver did not answer within 10 s.', 'TimeoutError')),
    WEBHOOK_TIMEOUT_MS,
  )
  try {
    const response = await globalThis.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [webhookSignatureHeader]: signature },
      body,
      signal: controller.signal,
      redirect: 'error',
    })
    await response.body?.cancel()
  } finally {
    clearTimer(timer)
  }
}

export function createWebhooks(options: ResolvedTestAuthServerOptions): Webhooks {
  const events: WebhookEvent[] = []
  return {
    events,
    record(type, payload) {
      const event: WebhookEvent = { type, payload }
      events.push(event)
      const { webhookUrl, webhookSecret, now } = options
      if (webhookUrl) {
        deliver(webhookUrl, webhookSecret, Math.floor(now() / 1000), event).catch(() => {})
      }
    },
  }
}
