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
 * chunk the consumer has acknowledged was encrypted and sent. So `slots` buffers go round: chunk i
 * is read into slot i mod slots once chunk i - slots is acknowledged.
 *
 * An ack is believed only for a chunk whose frame has left the stream's own write buffer: a
 * consumer that acknowledges early could otherwise make us overwrite bytes the muxer has not sent.
 * What it could still do (ack a chunk Noise holds behind TCP) garbles only its own copy of the
 * same dataset, which its chunk hashes then refuse: the ring belongs to one transfer.
 */
export class AckedBuffers {
  private readonly slots: Buffer[] = []
  /** Chunks below this are acknowledged. */
  private acked: number
  /** Where each sent, unacknowledged chunk's frame ends in the bytes handed to the stream. */
  private readonly ends = new Map<number, number>()
  private wake: (() => void) | undefined
  private failure: Error | undefined
  private readonly size: { slots: number; chunkSize: number }

  constructor(size: { slots: number; chunkSize: number }, first: number) {
    this.size = size
    this.acked = first
  }

  /** Why reading the acks failed, if it did (the reason to give for a stream reset by it). */
  get error(): Error | undefined {
    return this.failure
  }

  /** The buffer to read chunk `index` into; waits while the chunk `slots` before it is unacknowledged. */
  async take(index: number, signal: AbortSignal): Promise<Buffer> {
    while (index - this.size.slots >= this.acked) {
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
    const slot = index % this.size.slots
    // allocated on first use: a short dataset never needs the whole ring
    this.slots[slot] ??= Buffer.allocUnsafe(this.size.chunkSize)
    return this.slots[slot]
  }

  /** Chunk `index` has been handed to the stream; its frame ends at `end` bytes of what the stream was given. */
  sent(index: number, end: number): void {
    this.ends.set(index, end)
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
        const end = this.ends.get(index)
        if (index !== this.acked || end === undefined || framed.handedBytes < end)
          throw new TransferError('PROTOCOL_ERROR', `an acknowledgement of chunk ${index} where chunk ${this.acked} was sent and due`)
        this.ends.delete(index)
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
