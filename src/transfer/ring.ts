import { hanse, type FramedStream } from '../wire/index.ts'
import { TransferError } from './records.ts'

const { ChunkAck } = hanse.v1

/**
 * The provider's read buffers when the consumer acknowledges chunks (proto/hanse/v1/transfer.proto,
 * "Acknowledgements").
 *
 * Why: a fresh buffer per chunk is garbage soon after it is sent, but the chunks that still wait
 * in the muxer when V8 runs two young-generation collections are promoted to the old generation,
 * and V8 frees old ArrayBuffers only in a full collection, which it starts once some 64 MiB of
 * them have piled up: that pile was the provider's peak RSS while streaming (issue 17). Reusing a
 * buffer needs to know when the transport has let go of it. libp2p 3's streams do not say (Noise
 * can still hold plaintext queued behind TCP after the stream's own write buffer is empty), but a
 * chunk the consumer has acknowledged was encrypted and sent. So at most `slots` chunks are read
 * and unacknowledged at once, and a chunk is read into a buffer whose chunk was acknowledged. A
 * consumer that keeps up needs only a few of them: buffers are taken as the number in flight
 * grows, not for every slot.
 *
 * An ack is believed only for a chunk whose frame has left the stream's own write buffer: a
 * consumer that acknowledges early could otherwise make us overwrite bytes the muxer has not sent.
 * What it could still do (ack a chunk Noise holds behind TCP) garbles only its own copy of the
 * same dataset, which its chunk hashes then refuse: the ring belongs to one transfer.
 */
export class AckedBuffers {
  /**
   * Chunks read and not yet acknowledged: their buffer, and once sent, where the chunk's frame
   * ends in the bytes given to the stream.
   */
  private readonly inFlight = new Map<number, { buf: Buffer; end?: number }>()
  /** Buffers whose chunk was acknowledged. */
  private readonly free: Buffer[] = []
  /** Chunks below this are acknowledged. */
  private acked: number
  private wake: (() => void) | undefined
  private failure: Error | undefined
  private readonly size: { slots: number; chunkSize: number }
  private readonly pool: BufferPool

  constructor(size: { slots: number; chunkSize: number }, first: number, pool: BufferPool) {
    this.size = size
    this.acked = first
    this.pool = pool
  }

  /** Why reading the acks failed, if it did (the reason to give for a stream reset by it). */
  get error(): Error | undefined {
    return this.failure
  }

  /** The buffer to read chunk `index` into; waits while `slots` chunks are unacknowledged. */
  async take(index: number, signal: AbortSignal): Promise<Buffer> {
    while (this.inFlight.size >= this.size.slots) {
      if (this.failure !== undefined) throw this.failure
      signal.throwIfAborted()
      await new Promise<void>(resolve => {
        const done = (): void => {
          signal.removeEventListener('abort', done)
          this.wake = undefined
          resolve()
        }
        this.wake = done
        signal.addEventListener('abort', done, { once: true })
      })
    }
    const buf = this.free.pop() ?? this.pool.take(this.size.chunkSize)
    this.inFlight.set(index, { buf })
    return buf
  }

  /**
   * The transfer is over: buffers whose chunk was acknowledged go back to the pool for the next
   * one (a ring's buffers live long enough to reach V8's old generation, so dropping them would
   * pile up there again); the others may still be queued below the stream and are left to the GC.
   */
  release(): void {
    for (const buf of this.free.splice(0)) this.pool.give(buf)
    this.inFlight.clear()
  }

  /** Chunk `index` has been handed to the stream; its frame ends at `end` bytes of what the stream was given. */
  sent(index: number, end: number): void {
    const chunk = this.inFlight.get(index)
    if (chunk !== undefined) chunk.end = end
  }

  /**
   * Read the consumer's acks of chunks `acked` to `total - 1`, in order; resolves after the last.
   * A wrong or early ack rejects, and so does every later `take`.
   */
  async readAcks(framed: Pick<FramedStream, 'read' | 'handedBytes'>, total: number, signal: AbortSignal): Promise<void> {
    try {
      while (this.acked < total) {
        const ack = await framed.read(ChunkAck, signal)
        if (ack === undefined) throw new TransferError('PROTOCOL_ERROR', `the consumer closed its side before acknowledging chunk ${this.acked}`)
        const index = ack.index ?? 0
        const chunk = this.inFlight.get(index)
        if (index !== this.acked || chunk?.end === undefined || framed.handedBytes < chunk.end)
          throw new TransferError('PROTOCOL_ERROR', `an acknowledgement of chunk ${index} where chunk ${this.acked} was sent and due`)
        this.inFlight.delete(index)
        this.free.push(chunk.buf)
        this.acked++
        this.wake?.()
      }
    } catch (err) {
      this.failure = err as Error
      this.wake?.()
      throw err
    }
  }
}

/**
 * The slots of a ring for a transfer that starts while `served` transfers are being served (it
 * included): an equal share of the total, at most the per-transfer size, at least two chunks.
 */
export function ringSlots(chunkSize: number, served: number, init: { sendBufferBytes: number; sendBuffersTotalBytes: number }): number {
  const bytes = Math.min(init.sendBufferBytes, init.sendBuffersTotalBytes / Math.max(1, served))
  return Math.max(2, Math.ceil(bytes / chunkSize))
}

/**
 * Read buffers that finished rings hand to the next: a provider keeps up to `maxIdleBytes` of
 * them. Usually all of the node's chunk size; a transfer resumed after the chunk size changed
 * asks for its own, and gets a buffer of that size only.
 */
export class BufferPool {
  private readonly idle: Buffer[] = []
  private readonly maxIdleBytes: number

  constructor(maxIdleBytes: number) {
    this.maxIdleBytes = maxIdleBytes
  }

  take(size: number): Buffer {
    const i = this.idle.findIndex(b => b.length === size)
    return i >= 0 ? (this.idle.splice(i, 1)[0] as Buffer) : Buffer.allocUnsafe(size)
  }

  give(buf: Buffer): void {
    if (this.idleBytes + buf.length <= this.maxIdleBytes) this.idle.push(buf)
  }

  /** Let every idle buffer go (the node is quiet: see src/memory); returns how many bytes. */
  clear(): number {
    const bytes = this.idleBytes
    this.idle.length = 0
    return bytes
  }

  get idleBytes(): number {
    let n = 0
    for (const b of this.idle) n += b.length
    return n
  }
}
