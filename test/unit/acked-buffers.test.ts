import { describe, expect, it } from 'vitest'
import { AckedBuffers } from '../../src/transfer/ring.ts'
import { hanse, type FramedStream } from '../../src/wire/index.ts'

/*
 * The provider's ring of read buffers (src/transfer/ring.ts), with the stream stubbed at the two
 * things the ring uses: `read` (the consumer's acks, from a queue) and `handedBytes` (what has left
 * the stream's own write buffer).
 */

type Ack = { index: number } | undefined

function stubStream(): { framed: Pick<FramedStream, 'read' | 'handedBytes'>; ack: (a: Ack) => void; handed: (n: number) => void } {
  const queue: Ack[] = []
  let waiting: (() => void) | undefined
  let handed = 0
  const framed = {
    get handedBytes() {
      return handed
    },
    read: async <T>(codec: unknown): Promise<T | undefined> => {
      expect(codec).toBe(hanse.v1.ChunkAck)
      while (queue.length === 0) await new Promise<void>(resolve => (waiting = resolve))
      return queue.shift() as T | undefined
    }
  } as Pick<FramedStream, 'read' | 'handedBytes'>
  return {
    framed,
    ack: a => {
      queue.push(a)
      waiting?.()
    },
    handed: n => {
      handed = n
    }
  }
}

const settled = async (p: Promise<unknown>): Promise<boolean> => {
  let done = false
  void p.then(
    () => (done = true),
    () => (done = true)
  )
  await new Promise(resolve => setTimeout(resolve, 20))
  return done
}

describe('AckedBuffers', () => {
  it('hands out a slot again only after the chunk that used it is acknowledged', async () => {
    const ring = new AckedBuffers({ slots: 2, chunkSize: 8 }, 0)
    const s = stubStream()
    const signal = new AbortController().signal
    const reading = ring.readAcks(s.framed, 4, signal)
    const b0 = await ring.take(0, signal)
    const b1 = await ring.take(1, signal)
    expect(b0).not.toBe(b1)
    ring.sent(0, 100)
    ring.sent(1, 200)
    const third = ring.take(2, signal)
    expect(await settled(third)).toBe(false)
    s.handed(200)
    s.ack({ index: 0 })
    expect(await third).toBe(b0)
    ring.sent(2, 300)
    s.ack({ index: 1 })
    expect(await ring.take(3, signal)).toBe(b1)
    ring.sent(3, 400)
    s.handed(400)
    s.ack({ index: 2 })
    s.ack({ index: 3 })
    await reading
  })

  it('starts at the chunk a resumed transfer starts at', async () => {
    const ring = new AckedBuffers({ slots: 2, chunkSize: 8 }, 10)
    const signal = new AbortController().signal
    await ring.take(10, signal)
    await ring.take(11, signal)
    expect(await settled(ring.take(12, signal))).toBe(false)
  })

  it('refuses an ack out of order, for a chunk not yet sent, or for one still in the write buffer; later takes fail too', async () => {
    const signal = new AbortController().signal
    for (const [ack, handed] of [
      [{ index: 1 }, 1000],
      [{ index: 0 }, 99],
      [{ index: 7 }, 1000]
    ] as const) {
      const ring = new AckedBuffers({ slots: 1, chunkSize: 8 }, 0)
      const s = stubStream()
      const reading = ring.readAcks(s.framed, 3, signal)
      await ring.take(0, signal)
      ring.sent(0, 100)
      const next = ring.take(1, signal)
      s.handed(handed)
      s.ack(ack)
      await expect(reading).rejects.toMatchObject({ code: 'PROTOCOL_ERROR' })
      await expect(next).rejects.toMatchObject({ code: 'PROTOCOL_ERROR' })
    }
  })

  it('a consumer that closes before its last ack is an error', async () => {
    const ring = new AckedBuffers({ slots: 4, chunkSize: 8 }, 0)
    const s = stubStream()
    const reading = ring.readAcks(s.framed, 2, new AbortController().signal)
    s.ack(undefined)
    await expect(reading).rejects.toMatchObject({ code: 'PROTOCOL_ERROR' })
  })

  it('a wait for a slot ends when the transfer is stopped', async () => {
    const ring = new AckedBuffers({ slots: 1, chunkSize: 8 }, 0)
    const ctl = new AbortController()
    await ring.take(0, ctl.signal)
    const waiting = ring.take(1, ctl.signal)
    ctl.abort(new Error('suspended'))
    await expect(waiting).rejects.toThrow('suspended')
  })
})
