import { afterEach, describe, expect, it, vi } from 'vitest'
import { type Channel, openChannel } from '../../src/sync/channel'

const opened: Channel[] = []
const open = (name: string, onMessage: (data: unknown) => void) => {
  const channel = openChannel(name, onMessage)
  if (!channel) throw new Error('BroadcastChannel should exist in Node 20')
  opened.push(channel)
  return channel
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 30))
let names = 0
const uniqueName = () => `lanyard-test-${process.pid}-${names++}`

afterEach(() => {
  for (const channel of opened.splice(0)) channel.close()
  vi.unstubAllGlobals()
})

describe('openChannel', () => {
  it('delivers posts to the other channels of the same name, as structured clones, never to itself', async () => {
    const name = uniqueName()
    const fromA: unknown[] = []
    const fromB: unknown[] = []
    const a = open(name, (data) => fromA.push(data))
    open(name, (data) => fromB.push(data))
    const message = { type: 'logout', at: 1, nested: { list: [1, 2] } }
    a.post(message)
    await vi.waitFor(() => expect(fromB).toEqual([message]))
    expect(fromB[0]).not.toBe(message)
    await settle()
    expect(fromA).toEqual([])
  })

  it('keeps channels of other names apart', async () => {
    const name = uniqueName()
    const other: unknown[] = []
    const same: unknown[] = []
    open(uniqueName(), (data) => other.push(data))
    open(name, (data) => same.push(data))
    open(name, () => {}).post({ n: 1 })
    await vi.waitFor(() => expect(same).toEqual([{ n: 1 }]))
    await settle()
    expect(other).toEqual([])
  })

  it('close stops delivery both ways and is idempotent', async () => {
    const name = uniqueName()
    const toB: unknown[] = []
    const toC: unknown[] = []
    const a = open(name, () => {})
    const b = open(name, (data) => toB.push(data))
    open(name, (data) => toC.push(data))

    a.post({ n: 1 })
    await vi.waitFor(() => expect(toB).toEqual([{ n: 1 }]))
    b.close()
    b.close()
    a.post({ n: 2 })
    await vi.waitFor(() => expect(toC).toEqual([{ n: 1 }, { n: 2 }]))
    await settle()
    expect(toB).toEqual([{ n: 1 }])

    a.close()
    expect(() => a.post({ n: 3 })).not.toThrow()
    await settle()
    expect(toC).toEqual([{ n: 1 }, { n: 2 }])
  })

  it('returns null where BroadcastChannel is missing', () => {
    vi.stubGlobal('BroadcastChannel', undefined)
    expect(openChannel(uniqueName(), () => {})).toBeNull()
  })

  it('returns null where BroadcastChannel cannot be opened', () => {
    vi.stubGlobal(
      'BroadcastChannel',
      class {
        constructor() {
          throw new DOMException('blocked', 'SecurityError')
        }
      },
    )
    expect(openChannel(uniqueName(), () => {})).toBeNull()
  })
})
