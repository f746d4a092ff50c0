import type { PeerId } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import type { Logger } from '../logging/index.ts'
import type { Metrics } from '../metrics/index.ts'
import { FramedStream, serveProtocol, type ProtocolHost } from '../wire/index.ts'

export const TRANSFER_PROTOCOL = '/hanse/transfer/1.0.0'

/** Largest frame a consumer accepts: one chunk (at most 4 MiB) and its framing. */
const MAX_CHUNK_FRAME = 4 * 1024 * 1024 + 64

/**
 * The data plane: how a transfer's frames travel between provider and consumer: one libp2p
 * stream per transfer (TransferRequest, TransferStart, chunks, completion, receipt); the provider
 * and consumer logic above it only read and write frames. DSP transfers (HttpData-PULL) have their
 * own HTTP data plane in `src/dsp/dataplane.ts`.
 */
export interface TransferDataPlane {
  /** Provider: take every incoming transfer stream. */
  serve(handler: (framed: FramedStream, peer: string) => Promise<void>, init: { maxStreamsPerPeer: number; idleTimeoutMs: number }): Promise<void>
  /** Consumer: open a transfer stream to the provider. */
  open(peer: string, init: { idleTimeoutMs: number; signal: AbortSignal }): Promise<FramedStream>
  stop(): Promise<void>
}

/** `/hanse/transfer/1.0.0` over libp2p (docs/protocols.md#transfer). */
export class Libp2pTransferPlane implements TransferDataPlane {
  private readonly c: { host: ProtocolHost; logger: Logger; metrics: Metrics }

  constructor(components: { host: ProtocolHost; logger: Logger; metrics: Metrics }) {
    this.c = components
  }

  async serve(handler: (framed: FramedStream, peer: string) => Promise<void>, init: { maxStreamsPerPeer: number; idleTimeoutMs: number }): Promise<void> {
    await serveProtocol(
      { host: this.c.host, logger: this.c.logger, metrics: this.c.metrics },
      // a consumer sends small frames only (request, receipt)
      { protocol: TRANSFER_PROTOCOL, maxInboundStreams: init.maxStreamsPerPeer, maxFrameBytes: 64 * 1024, idleTimeoutMs: init.idleTimeoutMs },
      async (framed, peer: PeerId) => {
        await handler(framed, peer.toString())
      }
    )
  }

  async open(peer: string, init: { idleTimeoutMs: number; signal: AbortSignal }): Promise<FramedStream> {
    const stream = await this.c.host.dialProtocol(peerIdFromString(peer), TRANSFER_PROTOCOL, { signal: init.signal })
    return new FramedStream(stream, { maxFrameBytes: MAX_CHUNK_FRAME, idleTimeoutMs: init.idleTimeoutMs })
  }

  async stop(): Promise<void> {
    await this.c.host.unhandle(TRANSFER_PROTOCOL)
  }
}
