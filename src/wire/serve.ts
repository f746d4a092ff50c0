import type { Connection, PeerId, Stream } from '@libp2p/interface'
import type { Multiaddr } from '@multiformats/multiaddr'
import { Throttle, type Logger } from '../logging/index.ts'
import type { Metrics } from '../metrics/index.ts'
import { FrameError, FramedStream, MAX_CONTROL_MESSAGE_BYTES, StreamTimeoutError, type FramedStreamInit } from './frames.ts'

/** The part of libp2p a protocol needs: register a handler, open a stream. */
export interface ProtocolHost {
  handle: (
    protocol: string,
    handler: (stream: Stream, connection: Connection) => void | Promise<void>,
    options?: { maxInboundStreams?: number; maxOutboundStreams?: number }
  ) => Promise<void>
  unhandle: (protocol: string) => Promise<void>
  dialProtocol: (peer: PeerId | Multiaddr, protocols: string | string[], options?: { signal?: AbortSignal }) => Promise<Stream>
}

export interface ServeComponents {
  host: ProtocolHost
  logger: Logger
  metrics: Metrics
}

export interface ServeInit extends FramedStreamInit {
  protocol: string
  /** Concurrent inbound streams per connection for this protocol. */
  maxInboundStreams: number
}

export type FramedHandler = (framed: FramedStream, peer: PeerId, connection: Connection) => Promise<void>

/**
 * Register a protocol handler that never throws: a bad frame (malformed, oversized, truncated,
 * late) resets that stream only, is logged at warn with the peer, and counted in
 * `hanse_protocol_errors_total`; the node goes on serving every other stream.
 */
export async function serveProtocol(components: ServeComponents, init: ServeInit, handler: FramedHandler): Promise<void> {
  const { host, logger, metrics } = components
  const idleTimeoutMs = init.idleTimeoutMs ?? 10_000
  // bad frames are logged once per peer and 10 s with a count (the metric counts every one)
  const badFrames = new Throttle({ windowMs: 10_000 })
  await host.handle(
    init.protocol,
    (stream, connection) => {
      const framed = new FramedStream(stream, {
        maxFrameBytes: init.maxFrameBytes ?? MAX_CONTROL_MESSAGE_BYTES,
        idleTimeoutMs,
        holdWindowUpdates: init.holdWindowUpdates
      })
      const peer = connection.remotePeer
      void (async () => {
        try {
          await handler(framed, peer, connection)
          await framed.close(AbortSignal.timeout(idleTimeoutMs))
        } catch (err) {
          if (err instanceof StreamTimeoutError && framed.buffered === 0) {
            // idle between messages: a reusable stream the other side kept open too long; not an attack
            logger.debug({ peer: peer.toString(), protocol: init.protocol }, 'idle stream closed')
            framed.abort(err)
            return
          }
          if (peerWentAway(err, framed)) {
            // the other side reset or closed the stream (a suspend, a terminate, a requester that
            // gave up): an expected end, nothing for an operator to act on
            logger.debug({ peer: peer.toString(), protocol: init.protocol, err }, 'peer ended the stream')
            framed.abort(err as Error)
            return
          }
          if (err instanceof FrameError) {
            const suppressed = badFrames.hit(peer.toString())
            if (suppressed !== undefined)
              logger.warn(
                { peer: peer.toString(), protocol: init.protocol, reason: err.reason, err, ...(suppressed > 0 ? { suppressed } : {}) },
                'bad frame: stream reset'
              )
            metrics.protocolErrors.inc({ protocol: init.protocol, reason: err.reason })
          } else {
            logger.error({ peer: peer.toString(), protocol: init.protocol, err }, 'protocol handler failed: stream reset')
            metrics.protocolErrors.inc({ protocol: init.protocol, reason: 'internal' })
          }
          framed.abort(err as Error)
        }
      })()
    },
    { maxInboundStreams: init.maxInboundStreams, maxOutboundStreams: init.maxInboundStreams }
  )
}

/** Whether a handler failed only because the peer reset or closed the stream under it. */
export function peerWentAway(err: unknown, framed: FramedStream): boolean {
  const e = err as { name?: string; code?: string }
  if (e?.code === 'STREAM_CLOSED') return true
  // a malformed, oversized or truncated frame counts as such even if the peer then left
  if (err instanceof FrameError) return false
  const status = framed.stream.status
  if (status === 'reset' || status === 'aborted' || status === 'closed') return true
  return e?.name === 'StreamResetError' || e?.name === 'StreamStateError' || e?.name === 'StreamAbortedError'
}

/** Open a framed stream to a peer. */
export async function openFramed(
  host: ProtocolHost,
  peer: PeerId | Multiaddr,
  protocol: string,
  init: FramedStreamInit & { signal?: AbortSignal } = {}
): Promise<FramedStream> {
  const stream = await host.dialProtocol(peer, protocol, { signal: init.signal })
  return new FramedStream(stream, init)
}
