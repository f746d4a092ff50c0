import type { PeerId } from '@libp2p/interface'
import { peerIdOf } from '../identity/index.ts'
import type { Logger } from '../logging/index.ts'
import type { Metrics } from '../metrics/index.ts'
import { hanse, serveProtocol, StreamPool, type FramedStream, type ProtocolHost } from '../wire/index.ts'
import { STREAM_IDLE_TIMEOUTS_MS } from '../wire/timeouts.ts'
import type { InboundNegotiation, NegotiationBinding } from './binding.ts'
import { NegotiationError } from './errors.ts'
import { fromPb, replyFromPb, replyToPb, toPb, type NegotiationMessage, type NegotiationReply } from './messages.ts'

export const NEGOTIATION_PROTOCOL = '/hanse/negotiation/1.0.0'

const { NegotiationMessage: PbMessage, NegotiationReply: PbReply } = hanse.v1

export interface Libp2pNegotiationComponents {
  host: ProtocolHost & {
    addEventListener: (type: 'peer:connect', fn: (evt: CustomEvent<PeerId>) => void) => void
    removeEventListener: (type: 'peer:connect', fn: (evt: CustomEvent<PeerId>) => void) => void
  }
  logger: Logger
  metrics: Metrics
  /** This node's peer ID. */
  self: string
}

export interface Libp2pNegotiationInit {
  maxInboundStreams: number
  /** A reused stream may sit idle this long between messages. */
  idleTimeoutMs: number
  /** How long one message waits for its acknowledgement. */
  requestTimeoutMs: number
  /** Largest frame accepted (an agreement with a large policy stays far below). */
  maxFrameBytes: number
}

export const libp2pNegotiationDefaults: Libp2pNegotiationInit = {
  maxInboundStreams: 32,
  idleTimeoutMs: STREAM_IDLE_TIMEOUTS_MS.negotiation,
  requestTimeoutMs: 10_000,
  maxFrameBytes: 256 * 1024
}

/**
 * Negotiation over `/hanse/negotiation/1.0.0`: one length-prefixed protobuf NegotiationMessage
 * per request, one NegotiationReply back, on streams reused from a small pool per peer.
 * (docs/protocols.md#negotiation)
 */
export class Libp2pNegotiationBinding implements NegotiationBinding {
  private readonly c: Libp2pNegotiationComponents
  private readonly init: Libp2pNegotiationInit
  private pool: StreamPool | undefined
  private reachable: ((peer: string) => void) | undefined
  private readonly onPeerConnect = (evt: CustomEvent<PeerId>): void => {
    this.reachable?.(evt.detail.toString())
  }

  constructor(components: Libp2pNegotiationComponents, init: Partial<Libp2pNegotiationInit> = {}) {
    this.c = components
    this.init = { ...libp2pNegotiationDefaults, ...init }
  }

  async start(receive: InboundNegotiation, reachable: (peer: string) => void): Promise<void> {
    this.reachable = reachable
    this.pool = new StreamPool(
      { host: this.c.host },
      {
        protocol: NEGOTIATION_PROTOCOL,
        timeoutMs: this.init.requestTimeoutMs,
        maxFrameBytes: this.init.maxFrameBytes,
        idleMs: Math.min(10_000, this.init.idleTimeoutMs / 2)
      }
    )
    await serveProtocol(
      { host: this.c.host, logger: this.c.logger, metrics: this.c.metrics },
      {
        protocol: NEGOTIATION_PROTOCOL,
        maxInboundStreams: this.init.maxInboundStreams,
        holdWindowUpdates: true,
        maxFrameBytes: this.init.maxFrameBytes,
        idleTimeoutMs: this.init.idleTimeoutMs
      },
      async (framed, peer) => {
        await this.serve(framed, peer.toString(), receive)
      }
    )
    this.c.host.addEventListener('peer:connect', this.onPeerConnect)
  }

  async stop(): Promise<void> {
    this.c.host.removeEventListener('peer:connect', this.onPeerConnect)
    this.reachable = undefined
    this.pool?.close()
    await this.c.host.unhandle(NEGOTIATION_PROTOCOL)
  }

  checkPeer(peer: string): string | undefined {
    return peerIdOf(peer) === undefined ? `'${peer}' is not a peer ID` : undefined
  }

  bindingOf(): string {
    return 'libp2p'
  }

  localId(): string {
    return this.c.self
  }

  signs(): boolean {
    return true
  }

  async send(peer: string, message: NegotiationMessage, signal: AbortSignal): Promise<NegotiationReply> {
    if (this.pool === undefined) throw new NegotiationError('NODE_STOPPING', 'the negotiation binding is not started')
    const pid = peerIdOf(peer)
    if (pid === undefined) throw new NegotiationError('BAD_REQUEST', `'${peer}' is not a peer ID`)
    const reply = await this.pool.request(pid, PbMessage, toPb(message), PbReply, signal)
    return replyFromPb(reply)
  }

  private async serve(framed: FramedStream, peer: string, receive: InboundNegotiation): Promise<void> {
    while (true) {
      const pb = await framed.read(PbMessage)
      if (pb === undefined) return
      let reply: NegotiationReply
      try {
        reply = await receive(fromPb(pb), peer)
      } catch (err) {
        // `receive` never throws: this is the decoding (a message with no known body, or terms
        // that do not decode), and that message is refused
        reply = {
          error: err instanceof NegotiationError ? err.toJSON() : { code: 'BAD_REQUEST', message: `the message does not decode: ${(err as Error).message}` }
        }
      }
      await framed.write(PbReply, replyToPb(pb.messageId ?? '', reply))
    }
  }
}
