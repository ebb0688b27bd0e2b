import { signWebhook, webhookSignatureHeader } from '../server/webhooks'
import type { ResolvedTestAuthServerOptions, TestSession, WebhookEvent, WebhookEventType } from './types'

/** The webhook events of one reference backend: recorded in order, and POSTed when a URL is set. */
export interface Webhooks {
  readonly events: WebhookEvent[]
  record(type: WebhookEventType, payload: TestSession): void
}

/** Fire-and-forget: a webhook receiver never breaks the auth flow. Signed as `lanyard/server` checks it. */
async function deliver(url: string, secret: string, timestamp: number, event: WebhookEvent) {
  const body = JSON.stringify(event)
  const signature = await signWebhook({ body, secret, timestamp })
  const response = await globalThis.fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [webhookSignatureHeader]: signature },
    body,
    // A receiver that never answers must not hold a connection (and the test process) for ever.
    signal: AbortSignal.timeout(10_000),
    redirect: 'error',
  })
  await response.body?.cancel()
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
