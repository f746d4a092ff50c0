import { afterEach, describe, expect, it } from 'vitest'
import { streamPair } from '@libp2p/utils'
import type { Stream } from '@libp2p/interface'
import { Uint8ArrayList } from 'uint8arraylist'
import { encodeVarint, FramedStream, hanse } from '../../src/wire/index.ts'

/*
 * FramedStream on an in-memory libp2p stream pair (@libp2p/utils): the framing, its limits and
 * how it tells a clean end from a cut one, without a network.
 */

const open: Stream[] = []
afterEach(async () => {
  for (const s of open.splice(0)) s.abort(new Error('test over'))
})

async function pair(
  init: { maxFrameBytes?: number; idleTimeoutMs?: number; holdWindowUpdates?: boolean } = {}
): Promise<{ a: Stream; b: Stream; reader: FramedStream; writer: FramedStream }> {
  const [a, b] = await streamPair()
  open.push(a, b)
  return { a, b, writer: new FramedStream(a, init), reader: new FramedStream(b, init) }
}

const frame = (body: Uint8Array): Uint8Array => new Uint8ArrayList(encodeVarint(body.byteLength), body).subarray()

describe('FramedStream', () => {
  it('returns messages in order, also when their bytes arrive one at a time, and undefined at a clean end', async () => {
    const { a, reader, writer } = await pair()
    const messages = ['first', 'x'.repeat(300), ''].map(t => ({ code: 'C', message: t }))
    await writer.write(hanse.v1.Error, messages[0] as hanse.v1.IError)
    // the second frame trickles in byte by byte: prefix and body split across many sends
    for (const byte of frame(hanse.v1.Error.encode(messages[1] as hanse.v1.IError).finish())) a.send(Uint8Array.of(byte))
    await writer.write(hanse.v1.Error, messages[2] as hanse.v1.IError)
    await writer.close()
    for (const m of messages) expect((await reader.read(hanse.v1.Error))?.message).toBe(m.message)
    expect(await reader.next()).toBeUndefined()
  })

  it('keeps a frame that arrives one byte per message in few pieces, and returns it intact', async () => {
    // a stub of the stream's read side: one message event per byte, as a real yamux stream gives
    // for a peer that sends one-byte yamux frames (the in-memory pair above joins its sends)
    const events = new EventTarget()
    const stub = Object.assign(events, {
      readStatus: 'readable',
      status: 'open',
      remoteWriteStatus: 'writable',
      readBufferLength: 0,
      pause: () => {},
      resume: () => {}
    })
    const reader = new FramedStream(stub as unknown as Stream, { maxFrameBytes: 64 * 1024 })
    const deliver = (piece: Uint8Array): void => {
      events.dispatchEvent(Object.assign(new Event('message'), { data: piece }))
    }
    const bytes = frame(hanse.v1.Error.encode({ code: 'C', message: 'y'.repeat(20_000) }).finish())
    // a reader waits meanwhile (woken by every piece)
    const got = reader.read(hanse.v1.Error)
    for (const byte of bytes.subarray(0, -1)) deliver(Uint8Array.of(byte))
    expect(reader.buffered).toBe(bytes.length - 1)
    // kept as they came, that would be ~20,000 pieces
    expect(reader.bufferedPieces).toBeLessThanOrEqual(300)
    deliver(bytes.subarray(-1))
    expect((await got)?.message).toBe('y'.repeat(20_000))
    expect(reader.buffered).toBe(0)
  })

  it('gives a reader that was told to stop no more frames, even those already buffered', async () => {
    const { reader, writer } = await pair()
    for (const t of ['one', 'two']) await writer.write(hanse.v1.Error, { code: 'C', message: t })
    expect((await reader.read(hanse.v1.Error))?.message).toBe('one')
    // the second frame has arrived
    await new Promise(resolve => setTimeout(resolve, 20))
    expect(reader.buffered).toBeGreaterThan(0)
    const stop = new AbortController()
    stop.abort(new Error('suspended'))
    await expect(reader.read(hanse.v1.Error, stop.signal)).rejects.toThrow('suspended')
    // without the signal it is still there
    expect((await reader.read(hanse.v1.Error))?.message).toBe('two')
  })

  it('refuses a frame over the limit as soon as its length prefix arrives, before any of its body', async () => {
    const { a, reader } = await pair({ maxFrameBytes: 1024 })
    a.send(encodeVarint(2 * 1024 * 1024))
    await expect(reader.next()).rejects.toMatchObject({ code: 'FRAME_TOO_LARGE' })
    expect(reader.buffered).toBeLessThanOrEqual(10)
  })

  it('refuses a partial length prefix that already exceeds the limit, without waiting for the rest', async () => {
    const { a, reader } = await pair({ maxFrameBytes: 1024, idleTimeoutMs: 60_000 })
    // three continuation bytes: the value is at least 2^21 whatever follows
    a.send(Uint8Array.of(0xff, 0xff, 0xff))
    const t0 = Date.now()
    await expect(reader.next()).rejects.toMatchObject({ code: 'FRAME_TOO_LARGE' })
    expect(Date.now() - t0).toBeLessThan(5_000)
  })

  it('refuses a length prefix longer than ten bytes as malformed', async () => {
    const { a, reader } = await pair({ maxFrameBytes: Number.MAX_SAFE_INTEGER })
    a.send(Uint8Array.of(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01))
    await expect(reader.next()).rejects.toMatchObject({ code: 'FRAME_MALFORMED' })
  })

  it('tells a stream cut inside a frame (FRAME_TRUNCATED) from a clean end', async () => {
    const { a, reader } = await pair()
    const whole = frame(new Uint8Array(100).fill(7))
    a.send(whole.subarray(0, 40))
    await a.close()
    await expect(reader.next()).rejects.toMatchObject({ code: 'FRAME_TRUNCATED' })
  })

  it('gives up on a silent peer after the idle timeout (STREAM_TIMEOUT)', async () => {
    const { reader } = await pair({ idleTimeoutMs: 150 })
    const t0 = Date.now()
    await expect(reader.next()).rejects.toMatchObject({ code: 'STREAM_TIMEOUT' })
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140)
  })

  it('a body that does not decode is FRAME_MALFORMED; a reset stream is STREAM_CLOSED', async () => {
    const { a, reader } = await pair()
    // field 1 (string) announcing 50 bytes with 1 present
    a.send(frame(Uint8Array.of(0x0a, 50, 0x41)))
    await expect(reader.read(hanse.v1.Error)).rejects.toMatchObject({ code: 'FRAME_MALFORMED' })
    const other = await pair()
    other.a.abort(new Error('gone'))
    await expect(other.reader.next()).rejects.toMatchObject({ code: 'STREAM_CLOSED' })
  })

  it('holding window updates: paused between reads, and nothing sent meanwhile is lost, nor the clean end after it', async () => {
    const { b, reader, writer } = await pair({ holdWindowUpdates: true })
    const msg = (t: string): hanse.v1.IError => ({ code: 'C', message: t })
    await writer.write(hanse.v1.Error, msg('request 1'))
    expect((await reader.read(hanse.v1.Error))?.message).toBe('request 1')
    // the reader has its message and does not wait: the stream stays paused (no window update)
    expect(b.readStatus).toBe('paused')
    // the other side sends two more and closes while this side is busy with the first
    await writer.write(hanse.v1.Error, msg('request 2'))
    await writer.write(hanse.v1.Error, msg('request 3'))
    await writer.close()
    await new Promise(resolve => setTimeout(resolve, 20))
    expect(b.readBufferLength).toBeGreaterThan(0) // held by the paused stream, not handed over yet
    expect((await reader.read(hanse.v1.Error))?.message).toBe('request 2')
    expect((await reader.read(hanse.v1.Error))?.message).toBe('request 3')
    expect(await reader.next()).toBeUndefined()
  })

  it('holding window updates: a reader that waits resumes the stream and is woken by the next frame', async () => {
    const { b, reader, writer } = await pair({ holdWindowUpdates: true, idleTimeoutMs: 5_000 })
    for (let i = 0; i < 20; i++) {
      const reading = reader.read(hanse.v1.Error)
      await new Promise(resolve => setImmediate(resolve))
      expect(b.readStatus).toBe('readable')
      await writer.write(hanse.v1.Error, { code: 'C', message: `reply ${i}` })
      expect((await reading)?.message).toBe(`reply ${i}`)
    }
  })

  it('an abort signal ends a waiting read with the signal reason', async () => {
    const { reader } = await pair({ idleTimeoutMs: 60_000 })
    const ctl = new AbortController()
    const reading = reader.next(ctl.signal)
    ctl.abort(new Error('operator stop'))
    await expect(reading).rejects.toThrow('operator stop')
  })
})
