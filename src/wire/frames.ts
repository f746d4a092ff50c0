import protobuf from 'protobufjs/minimal.js'
import { Uint8ArrayList } from 'uint8arraylist'
import type { Stream } from '@libp2p/interface'
import { HanseError, type ErrorCode } from '../errors/index.ts'

/**
 * How much may wait in a stream's write buffer before a sender waits. 2 MiB (one yamux window)
 * left the provider idle about half the time; 8 MiB moved a 128 MiB transfer from about 160 to
 * 200 MiB/s here (`npm run bench -- --quick --only transfer`) and still bounds memory per stream.
 */
export const MAX_PENDING_WRITE_BYTES = 8 * 1024 * 1024

/** Control messages are at most 1 MiB (DESIGN.md section 3); receivers may set a lower limit. */
export const MAX_CONTROL_MESSAGE_BYTES = 1024 * 1024

export class FrameError extends HanseError {
  declare readonly code: ErrorCode
  /** Short label for logs and the `reason` metric label. */
  readonly reason: string
  constructor(code: ErrorCode, reason: string, message: string) {
    super(code, message)
    this.reason = reason
  }
}
export class FrameTooLargeError extends FrameError {
  constructor(len: number, max: number) {
    super('FRAME_TOO_LARGE', 'too_large', `frame of ${len} bytes exceeds the limit of ${max} bytes`)
  }
}
export class FrameMalformedError extends FrameError {
  constructor(detail: string) {
    super('FRAME_MALFORMED', 'malformed', `malformed frame: ${detail}`)
  }
}
export class FrameTruncatedError extends FrameError {
  constructor(have: number) {
    super('FRAME_TRUNCATED', 'truncated', `stream ended inside a frame (${have} bytes buffered)`)
  }
}
export class StreamTimeoutError extends FrameError {
  constructor(ms: number) {
    super('STREAM_TIMEOUT', 'timeout', `no message within ${ms} ms`)
  }
}
export class StreamClosedError extends FrameError {
  constructor(detail: string) {
    super('STREAM_CLOSED', 'closed', `stream closed: ${detail}`)
  }
}

/** What protobufjs static codecs give us. */
export interface Codec<T> {
  encode: (message: T) => { finish: () => Uint8Array }
  decode: (bytes: Uint8Array) => T
}

export interface FramedStreamInit {
  maxFrameBytes?: number
  /** How long a read waits for the next frame. */
  idleTimeoutMs?: number
  /**
   * For request/response streams: pause the stream as each message arrives, and resume it only
   * when the reader waits for more. yamux answers every data frame it receives with a window
   * update, sent from inside the event that delivers the frame, so the update (a Noise frame and
   * a socket write, 0.1-0.2 ms on this 2-core VM) went out before the reader saw the message: on
   * the critical path of every request and every reply. yamux sends none for a paused stream
   * and sends the one it owes when the stream resumes, which is now right after this side's own
   * next message (the reply, or the next request): off the critical path, and one wake-up of the
   * other side instead of two. Not for bulk streams, whose sender needs the window back while
   * the reader is busy with the previous chunk.
   */
  holdWindowUpdates?: boolean
}

const defaults = { maxFrameBytes: MAX_CONTROL_MESSAGE_BYTES, idleTimeoutMs: 10_000 }

/**
 * The peer decides how its bytes are cut, and every piece a message event brings would be kept as
 * it came: a frame sent in tiny pieces (a yamux frame may carry a single byte) would cost an
 * object per byte until it is complete, some 100 MiB of heap for a 1 MiB frame. So once a buffer
 * holds MANY_PIECES pieces, pieces under SMALL_PIECE bytes are copied into a shared tail buffer
 * instead (one copy of a few bytes each). Ordinary traffic never gets there: a control message
 * comes in one or a few pieces, a chunk in 64 KiB ones.
 */
const MANY_PIECES = 256
const SMALL_PIECE = 4096
const TAIL_BYTES = 64 * 1024

/**
 * Unsigned-varint length-prefixed frames on a libp2p 3 stream.
 *
 * Unlike `lpStream` from @libp2p/utils this reader tells a clean end of stream (between frames)
 * from a truncated frame, refuses an oversized frame as soon as its length prefix arrives
 * (nothing of it is buffered), and pauses the stream while more than one frame is buffered, so
 * a peer that pipelines faster than we handle cannot grow our memory.
 */
export class FramedStream {
  readonly stream: Stream
  private readonly maxFrameBytes: number
  private readonly idleTimeoutMs: number
  private readonly holdWindowUpdates: boolean
  private readonly buf = new Uint8ArrayList()
  /** Pieces appended to `buf` since it was last empty. */
  private pieces = 0
  /** Small pieces gathered after everything in `buf`: `tail[0, tailLen)` (see MANY_PIECES). */
  private tail = new Uint8Array(0)
  private tailLen = 0
  private ended = false
  private closedWith: Error | undefined
  private wake: (() => void) | undefined
  /** Bytes given to the stream's `send` so far. */
  private given = 0

  constructor(stream: Stream, init: FramedStreamInit = {}) {
    this.stream = stream
    this.maxFrameBytes = init.maxFrameBytes ?? defaults.maxFrameBytes
    this.idleTimeoutMs = init.idleTimeoutMs ?? defaults.idleTimeoutMs
    this.holdWindowUpdates = init.holdWindowUpdates ?? false
    stream.addEventListener('message', evt => {
      if (evt.data instanceof Uint8Array) this.gather(evt.data)
      else for (const piece of evt.data) this.gather(piece)
      // synchronously: yamux sends its window update right after this event returns. The reader
      // resumes the stream before it waits, so no reader ever waits on a paused stream
      if (this.holdWindowUpdates && stream.readStatus === 'readable') stream.pause()
      // hold back the sender while a whole frame's worth is waiting to be read. The pause is
      // deferred one microtask (the reader this event wakes may take the frames first), and
      // skipped if by then a reader is waiting: pausing under a waiting reader would stall the
      // stream for good, since only reading resumes it
      if (this.buffered > this.maxFrameBytes + 16 && stream.readStatus !== 'paused') {
        queueMicrotask(() => {
          if (this.wake === undefined && this.buffered > this.maxFrameBytes + 16 && stream.readStatus === 'readable') stream.pause()
        })
      }
      this.notify()
    })
    stream.addEventListener('remoteCloseWrite', () => {
      this.ended = true
      this.notify()
    })
    stream.addEventListener('end', () => {
      this.ended = true
      this.notify()
    })
    stream.addEventListener('close', evt => {
      this.ended = true
      if (evt.error !== undefined) this.closedWith = evt.error
      this.notify()
    })
  }

  /**
   * Whether the remote has finished sending. A peer that sends one frame and closes at once
   * may close before this reader was attached (the events fired while the protocol was being
   * negotiated), so the stream's state counts as well as the events: its write side closed and
   * nothing left in the stream's own buffer that it has yet to hand us.
   */
  private remoteDone(): boolean {
    if (this.ended) return true
    const s = this.stream
    if (s.status === 'reset' || s.status === 'aborted') {
      this.closedWith ??= new Error(`stream ${s.status}`)
      this.ended = true
    } else if ((s.remoteWriteStatus === 'closed' || s.readStatus === 'closed' || s.status === 'closed') && s.readBufferLength === 0) {
      this.ended = true
    }
    return this.ended
  }

  /** Bytes received but not yet returned as a frame. */
  get buffered(): number {
    return this.buf.byteLength + this.tailLen
  }

  /** Bytes given to the stream so far (sent or waiting in its write buffer). */
  get givenBytes(): number {
    return this.given
  }

  /**
   * Bytes sent so far that have left the stream's own write buffer for the muxer (and may still
   * be queued below it: libp2p 3 does not say when the transport is done with them).
   */
  get handedBytes(): number {
    return this.given - this.stream.writeBufferLength
  }

  /** How many pieces those bytes are kept in (see MANY_PIECES). */
  get bufferedPieces(): number {
    let n = this.tailLen > 0 ? 1 : 0
    for (const _ of this.buf) n++
    return n
  }

  private gather(piece: Uint8Array): void {
    if (this.pieces < MANY_PIECES || piece.byteLength >= SMALL_PIECE) {
      this.flushTail()
      this.buf.append(piece)
      this.pieces++
      return
    }
    if (this.tail.byteLength - this.tailLen < piece.byteLength) {
      this.flushTail()
      this.tail = new Uint8Array(TAIL_BYTES)
    }
    this.tail.set(piece, this.tailLen)
    this.tailLen += piece.byteLength
  }

  /** Move the gathered bytes into `buf` as one piece; the tail goes on after them (no copy). */
  private flushTail(): void {
    if (this.tailLen === 0) return
    this.buf.append(this.tail.subarray(0, this.tailLen))
    this.pieces++
    this.tail = this.tail.subarray(this.tailLen)
    this.tailLen = 0
  }

  private notify(): void {
    const w = this.wake
    this.wake = undefined
    w?.()
  }

  /** The next frame, or undefined when the remote closed its write side cleanly between frames. */
  async next(signal?: AbortSignal): Promise<Uint8Array | undefined> {
    return (await this.nextList(signal))?.subarray()
  }

  /**
   * The next frame as the pieces it arrived in (nothing copied), or undefined when the remote
   * closed its write side cleanly between frames. For large frames: joining a 1 MiB chunk's
   * sixteen 64 KiB pieces into one buffer costs a copy and an allocation per chunk.
   */
  async nextList(signal?: AbortSignal): Promise<Uint8ArrayList | undefined> {
    const deadline = Date.now() + this.idleTimeoutMs
    while (true) {
      // a reader that was told to stop gets no more frames, buffered or not (a suspended
      // download would otherwise go on through what has already arrived)
      signal?.throwIfAborted()
      const frame = this.tryTake()
      if (frame !== undefined) return frame
      // what the stream holds back while paused comes before any end: resuming hands it over
      // at once (its message event runs inside resume), then look again
      if (this.stream.readStatus === 'paused') {
        const before = this.buffered
        this.stream.resume()
        if (this.buffered !== before) continue
      }
      const done = this.remoteDone()
      if (this.closedWith !== undefined) throw new StreamClosedError(this.closedWith.message)
      if (done) {
        if (this.buffered === 0) return undefined
        throw new FrameTruncatedError(this.buffered)
      }
      const left = deadline - Date.now()
      if (left <= 0) throw new StreamTimeoutError(this.idleTimeoutMs)
      await new Promise<void>((resolve, reject) => {
        // wake at least every 100 ms to re-check: a stream that got paused while we were about to
        // wait must not stall until the idle timeout
        const timer = setTimeout(
          () => {
            this.wake = undefined
            resolve()
          },
          Math.min(left, 100)
        )
        const onAbort = (): void => {
          clearTimeout(timer)
          this.wake = undefined
          reject(signal?.reason ?? new Error('aborted'))
        }
        if (signal?.aborted === true) {
          onAbort()
          return
        }
        signal?.addEventListener('abort', onAbort, { once: true })
        this.wake = () => {
          clearTimeout(timer)
          signal?.removeEventListener('abort', onAbort)
          resolve()
        }
      })
    }
  }

  private tryTake(): Uint8ArrayList | undefined {
    // decode the unsigned varint length prefix (at most 10 bytes for a uint64). By hand, not
    // with protobufjs's Reader: a prefix may still be arriving, and a partial one that already
    // exceeds the frame limit must be refused at once rather than waited for
    let len = 0
    let shift = 0
    let i = 0
    let n = this.buf.byteLength
    while (true) {
      if (i >= n) {
        // the prefix may go on in the gathered tail
        if (this.tailLen === 0) return undefined
        this.flushTail()
        n = this.buf.byteLength
        continue
      }
      if (i >= 10) throw new FrameMalformedError('length prefix longer than 10 bytes')
      const b = this.buf.get(i)
      len += (b & 0x7f) * 2 ** shift
      i++
      if ((b & 0x80) === 0) break
      shift += 7
      // stop as soon as the prefix alone proves the frame too large
      if (len > this.maxFrameBytes) throw new FrameTooLargeError(len, this.maxFrameBytes)
    }
    if (len > this.maxFrameBytes) throw new FrameTooLargeError(len, this.maxFrameBytes)
    if (n - i < len) {
      // the tail joins `buf` only once the frame is complete: a reader woken by every tiny piece
      // must not turn each of them into a piece of its own again
      if (n + this.tailLen - i < len) return undefined
      this.flushTail()
    }
    const frame = this.buf.sublist(i, i + len)
    this.buf.consume(i + len)
    if (this.buf.byteLength === 0) this.pieces = 0
    return frame
  }

  async read<T>(codec: Codec<T>, signal?: AbortSignal): Promise<T | undefined> {
    const frame = await this.next(signal)
    return frame === undefined ? undefined : decodeFrame(codec, frame)
  }

  async write<T>(codec: Codec<T>, message: T, signal?: AbortSignal): Promise<void> {
    await this.sendFrame(codec.encode(message).finish(), signal)
  }

  async sendFrame(bytes: Uint8Array, signal?: AbortSignal): Promise<void> {
    await this.sendPrefixed(new Uint8ArrayList(encodeVarint(bytes.byteLength), bytes), signal)
  }

  /** Send bytes that already carry their length prefix (pieces are not copied). */
  async sendPrefixed(list: Uint8ArrayList, signal?: AbortSignal): Promise<void> {
    this.given += list.byteLength
    if (!this.stream.send(list)) await this.stream.onDrain({ signal })
    // libp2p 3 streams can accept a send while the bytes only wait in the stream's own write
    // buffer (yamux send window exhausted, `send` still true while a send is in progress).
    // Wait until that buffer is small again, so a reader that stops reading cannot make us
    // buffer the rest of a dataset in memory.
    while (this.stream.writeBufferLength > MAX_PENDING_WRITE_BYTES && this.stream.status === 'open') {
      signal?.throwIfAborted()
      // (a poll: racing onDrain() against a timer would leave a listener behind on every turn)
      await new Promise(resolve => setTimeout(resolve, 2))
    }
  }

  /** Close our write side and wait for the remote to close theirs. */
  async close(signal?: AbortSignal): Promise<void> {
    await this.stream.close({ signal })
  }

  abort(err: Error): void {
    this.stream.abort(err)
  }
}

/** Decode one frame's message; a frame that does not decode is FRAME_MALFORMED. */
export function decodeFrame<T>(codec: Codec<T>, frame: Uint8Array): T {
  try {
    return codec.decode(frame)
  } catch (err) {
    throw new FrameMalformedError((err as Error).message)
  }
}

/** The protobuf varint of a length or index (protobufjs's encoder; below 2^32 here). */
export function encodeVarint(n: number): Uint8Array {
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new RangeError(`varint out of range: ${n}`)
  return protobuf.Writer.create().uint32(n).finish()
}
