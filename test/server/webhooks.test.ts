import { createHmac } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import fc from 'fast-check'
import { signWebhook, verifyWebhookSignature, webhookSignatureHeader } from 'lanyard/server'
import { createTestAuthServer } from 'lanyard/testing'
import { describe, expect, it } from 'vitest'

const secret = 'whsec_test'
const body = JSON.stringify({ type: 'user.session.created', payload: { id: 's1' } })
const T = 1_900_000_000 // unix seconds
const at = (s: number) => () => s * 1000

describe('signWebhook', () => {
  it('produces t=<unix s>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>', async () => {
    const expected = createHmac('sha256', secret).update(`${T}.${body}`).digest('hex')
    expect(await signWebhook({ body, secret, timestamp: T })).toBe(`t=${T},v1=${expected}`)
  })

  it('defaults the timestamp to now', async () => {
    const before = Math.floor(Date.now() / 1000)
    const header = await signWebhook({ body, secret })
    const t = Number(/^t=(\d+),/.exec(header)?.[1])
    expect(t).toBeGreaterThanOrEqual(before)
    expect(t).toBeLessThanOrEqual(before + 2)
  })

  it('refuses an empty secret or a bad timestamp', async () => {
    await expect(signWebhook({ body, secret: '' })).rejects.toThrow(TypeError)
    await expect(signWebhook({ body, secret, timestamp: 1.5 })).rejects.toThrow(TypeError)
  })

  it('names the header', () => {
    expect(webhookSignatureHeader).toBe('x-lanyard-signature')
  })
})

describe('verifyWebhookSignature', () => {
  it('accepts a signature it made, and one made with node:crypto', async () => {
    const header = await signWebhook({ body, secret, timestamp: T })
    expect(await verifyWebhookSignature({ body, header, secret, now: at(T) })).toBe(true)
    const v1 = createHmac('sha256', secret).update(`${T}.${body}`).digest('hex')
    expect(
      await verifyWebhookSignature({ body, header: `t=${T}, v1=${v1.toUpperCase()}`, secret, now: at(T) }),
    ).toBe(true)
  })

  it('refuses an altered body, another secret, or a signature moved to another timestamp', async () => {
    const header = await signWebhook({ body, secret, timestamp: T })
    expect(await verifyWebhookSignature({ body: `${body} `, header, secret, now: at(T) })).toBe(false)
    expect(await verifyWebhookSignature({ body, header, secret: 'whsec_other', now: at(T) })).toBe(false)
    const moved = header.replace(`t=${T}`, `t=${T + 1}`)
    expect(await verifyWebhookSignature({ body, header: moved, secret, now: at(T) })).toBe(false)
  })

  it('refuses timestamps outside the tolerance, in the past or the future', async () => {
    const header = await signWebhook({ body, secret, timestamp: T })
    expect(await verifyWebhookSignature({ body, header, secret, now: at(T + 300) })).toBe(true)
    expect(await verifyWebhookSignature({ body, header, secret, now: at(T + 301) })).toBe(false)
    expect(await verifyWebhookSignature({ body, header, secret, now: at(T - 301) })).toBe(false)
    expect(
      await verifyWebhookSignature({ body, header, secret, now: at(T + 3600), toleranceSeconds: 3600 }),
    ).toBe(true)
  })

  it('answers false, never a TypeError, for input that is no object at all (undefined, null, a string)', async () => {
    for (const input of [undefined, null, 'x', 42, []]) {
      await expect(verifyWebhookSignature(input as never)).resolves.toBe(false)
    }
    await expect(signWebhook(undefined as never)).rejects.toThrow(/needs `\{ body, secret \}`/)
  })

  it('accepts any of several v1 signatures (secret rotation)', async () => {
    const oldSig = (await signWebhook({ body, secret: 'whsec_old', timestamp: T })).split('v1=')[1]
    const newSig = (await signWebhook({ body, secret, timestamp: T })).split('v1=')[1]
    const header = `t=${T},v1=${oldSig},v1=${newSig}`
    expect(await verifyWebhookSignature({ body, header, secret, now: at(T) })).toBe(true)
    expect(await verifyWebhookSignature({ body, header, secret: 'whsec_old', now: at(T) })).toBe(true)
    expect(await verifyWebhookSignature({ body, header, secret: 'whsec_third', now: at(T) })).toBe(false)
  })

  it.each([
    '',
    'garbage',
    `t=${T}`,
    'v1=00',
    `t=${T},v1=`,
    `t=${T},v1=zz`,
    `t=abc,v1=${'0'.repeat(64)}`,
    `t=${T},v0=${'0'.repeat(64)}`,
    `t=${T},v1=${'0'.repeat(63)}`,
  ])('resolves false (never throws) for the malformed header %j', async (header) => {
    expect(await verifyWebhookSignature({ body, header, secret, now: at(T) })).toBe(false)
  })

  it('resolves false for non-string input or an empty secret', async () => {
    const header = await signWebhook({ body, secret, timestamp: T })
    expect(
      await verifyWebhookSignature({ body: undefined as unknown as string, header, secret, now: at(T) }),
    ).toBe(false)
    expect(
      await verifyWebhookSignature({ body, header: null as unknown as string, secret, now: at(T) }),
    ).toBe(false)
    expect(await verifyWebhookSignature({ body, header, secret: '', now: at(T) })).toBe(false)
  })

  it('accepts exactly the signed body (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme' }),
        fc.string({ unit: 'grapheme' }),
        async (signed, received) => {
          const header = await signWebhook({ body: signed, secret, timestamp: T })
          return (
            (await verifyWebhookSignature({ body: received, header, secret, now: at(T) })) ===
            (signed === received)
          )
        },
      ),
      { numRuns: 100 },
    )
  })

  it('verifies the webhooks the reference backend delivers', async () => {
    const received: Array<{ body: string; header: string }> = []
    const receiver = createServer((request, response) => {
      let text = ''
      request.on('data', (chunk) => {
        text += chunk
      })
      request.on('end', () => {
        received.push({ body: text, header: String(request.headers[webhookSignatureHeader]) })
        response.writeHead(204, { connection: 'close' }).end()
      })
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = receiver.address() as AddressInfo
      const backend = createTestAuthServer({
        webhookUrl: `http://127.0.0.1:${port}/hooks`,
        webhookSecret: secret,
      })
      const ctx = { signal: new AbortController().signal, token: null }
      const { verificationId } = await backend.api.sendEmailCode({ email: 'ada@example.com' }, ctx)
      await backend.api.verifyEmailCode({ verificationId, code: backend.lastCode('ada@example.com') }, ctx)
      await expect.poll(() => received.length).toBeGreaterThan(0)
      const [delivery] = received
      expect(JSON.parse(delivery?.body ?? '{}').type).toBe('user.session.created')
      expect(
        await verifyWebhookSignature({ body: delivery?.body ?? '', header: delivery?.header ?? '', secret }),
      ).toBe(true)
      expect(
        await verifyWebhookSignature({
          body: delivery?.body ?? '',
          header: delivery?.header ?? '',
          secret: 'wrong',
        }),
      ).toBe(false)
    } finally {
      await new Promise<void>((resolve) => receiver.close(() => resolve()))
    }
  })
})

describe('lanyard/server sources', () => {
  it('import nothing from node: (they must run on edge runtimes)', () => {
    const dir = new URL('../../src/server/', import.meta.url)
    const files = readdirSync(dir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.ts'))
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) {
      const source = readFileSync(new URL(file, dir), 'utf8')
      expect(source, file).not.toMatch(/from\s+['"]node:|require\(\s*['"]node:|import\(\s*['"]node:/)
      expect(source, file).not.toMatch(/from\s+['"](crypto|http|fs|buffer)['"]/)
    }
  })
})
