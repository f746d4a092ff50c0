import { describe, expect, it } from 'vitest'
import { AckedBuffers, BufferPool, ringSlots } from '../../src/transfer/ring.ts'
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
    const ring = new AckedBuffers({ slots: 2, chunkSize: 8 }, 0, new BufferPool(64))
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
    const ring = new AckedBuffers({ slots: 2, chunkSize: 8 }, 10, new BufferPool(64))
    const s = stubStream()
    const signal = new AbortController().signal
    const reading = ring.readAcks(s.framed, 13, signal)
    await ring.take(10, signal)
    ring.sent(10, 100)
    await ring.take(11, signal)
    const third = ring.take(12, signal)
    expect(await settled(third)).toBe(false)
    s.handed(100)
    s.ack({ index: 10 })
    await third
    reading.catch(() => {})
  })

  it('a consumer that keeps up needs one buffer, not the whole ring', async () => {
    const ring = new AckedBuffers({ slots: 16, chunkSize: 8 }, 0, new BufferPool(64))
    const s = stubStream()
    const signal = new AbortController().signal
    const reading = ring.readAcks(s.framed, 3, signal)
    const seen = new Set<Buffer>()
    for (let i = 0; i < 3; i++) {
      seen.add(await ring.take(i, signal))
      ring.sent(i, (i + 1) * 100)
      s.handed((i + 1) * 100)
      s.ack({ index: i })
      await new Promise(resolve => setTimeout(resolve, 5))
    }
    await reading
    expect(seen.size).toBe(1)
  })

  it('refuses an ack out of order, for a chunk not yet sent, or for one still in the write buffer; later takes fail too', async () => {
    const signal = new AbortController().signal
    for (const [ack, handed] of [
      [{ index: 1 }, 1000],
      [{ index: 0 }, 99],
      [{ index: 7 }, 1000]
    ] as const) {
      const ring = new AckedBuffers({ slots: 1, chunkSize: 8 }, 0, new BufferPool(64))
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
    const ring = new AckedBuffers({ slots: 4, chunkSize: 8 }, 0, new BufferPool(64))
    const s = stubStream()
    const reading = ring.readAcks(s.framed, 2, new AbortController().signal)
    s.ack(undefined)
    await expect(reading).rejects.toMatchObject({ code: 'PROTOCOL_ERROR' })
  })

  it('a finished ring gives its acknowledged buffers to the next; one still in flight is left behind', async () => {
    const pool = new BufferPool(64)
    const signal = new AbortController().signal
    const ring = new AckedBuffers({ slots: 2, chunkSize: 8 }, 0, pool)
    const s = stubStream()
    const reading = ring.readAcks(s.framed, 2, signal)
    reading.catch(() => {})
    const b0 = await ring.take(0, signal)
    const b1 = await ring.take(1, signal)
    ring.sent(0, 100)
    ring.sent(1, 200)
    s.handed(100)
    s.ack({ index: 0 })
    await new Promise(resolve => setTimeout(resolve, 10))
    // stopped with chunk 1 unacknowledged: it may still sit below the stream
    ring.release()
    expect(pool.idleBytes).toBe(8)
    const next = new AckedBuffers({ slots: 2, chunkSize: 8 }, 0, pool)
    const n0 = await next.take(0, signal)
    expect(n0).toBe(b0)
    expect(await next.take(1, signal)).not.toBe(b1)
    // a full pool keeps no more
    const small = new BufferPool(8)
    small.give(Buffer.alloc(8))
    small.give(Buffer.alloc(8))
    expect(small.idleBytes).toBe(8)
    // a quiet node lets the idle ones go; the next take allocates afresh
    const kept = Buffer.alloc(8)
    const quiet = new BufferPool(64)
    quiet.give(kept)
    quiet.give(Buffer.alloc(8))
    expect(quiet.clear()).toBe(16)
    expect(quiet.idleBytes).toBe(0)
    expect(quiet.take(8)).not.toBe(kept)
    expect(quiet.clear()).toBe(0)
  })

  it('transfers served together share the buffers: 16 MiB each up to four, then an equal part of 64 MiB, never under two chunks', () => {
    const MiB = 1024 * 1024
    const init = { sendBufferBytes: 16 * MiB, sendBuffersTotalBytes: 64 * MiB }
    expect([1, 4, 5, 8, 100].map(n => ringSlots(MiB, n, init))).toEqual([16, 16, 13, 8, 2])
    expect(ringSlots(4 * MiB, 1, init)).toBe(4)
    expect(ringSlots(64 * 1024, 1, init)).toBe(256)
  })

  it('a wait for a slot ends when the transfer is stopped', async () => {
    const ring = new AckedBuffers({ slots: 1, chunkSize: 8 }, 0, new BufferPool(64))
    const ctl = new AbortController()
    await ring.take(0, ctl.signal)
    const waiting = ring.take(1, ctl.signal)
    ctl.abort(new Error('suspended'))
    await expect(waiting).rejects.toThrow('suspended')
  })
})
