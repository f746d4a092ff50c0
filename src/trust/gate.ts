import type { Connection, PeerId, Stream } from '@libp2p/interface'
import { HanseError } from '../errors/index.ts'
import type { ProtocolHost } from '../wire/index.ts'

export type GateVerdict = { ok: true } | { ok: false; code: string; reason: string }

/** Who may use the node's data protocols. */
export interface PeerGate {
  /** May this peer use them? (May ask the peer for its credential first.) */
  allow: (peer: PeerId) => Promise<GateVerdict>
  /** Is it a verified member right now (no asking)? */
  known: (peer: PeerId) => boolean
}

type Host = ProtocolHost & { getConnections: (peer?: PeerId) => Connection[] }

function isPeerId(v: unknown): v is PeerId {
  return typeof v === 'object' && v !== null && typeof (v as PeerId).toMultihash === 'function' && typeof (v as PeerId).equals === 'function'
}

/**
 * The libp2p host as the data protocols (catalogue, negotiation, transfer, ledger) see it in
 * trust mode `members`: inbound streams from a peer that is not a verified member are reset
 * before their handler runs; outbound streams to one are not opened; connections listed are
 * members' only. Identify, ping, the DHT and the membership protocol use the host itself.
 * (Reading waits for the verdict safely: a libp2p 3 stream buffers until a reader listens.)
 */
export function gatedHost<H extends Host>(
  host: H,
  gate: PeerGate,
  onRefused: (peer: PeerId, protocol: string, verdict: GateVerdict & { ok: false }) => void
): H {
  const handle: Host['handle'] = async (protocol, handler, options) => {
    await host.handle(
      protocol,
      async (stream: Stream, connection: Connection) => {
        const verdict = await gate.allow(connection.remotePeer)
        if (!verdict.ok) {
          onRefused(connection.remotePeer, protocol, verdict)
          stream.abort(new HanseError('NOT_A_MEMBER', `${verdict.code}: ${verdict.reason}`))
          return
        }
        await handler(stream, connection)
      },
      options
    )
  }
  const dialProtocol: Host['dialProtocol'] = async (peer, protocols, options) => {
    if (isPeerId(peer)) {
      const verdict = await gate.allow(peer)
      if (!verdict.ok)
        throw new HanseError('NOT_A_MEMBER', `${peer.toString()} is not a verified member of the data space (${verdict.code}: ${verdict.reason})`)
    }
    return await host.dialProtocol(peer, protocols, options)
  }
  const getConnections = (peer?: PeerId): Connection[] => host.getConnections(peer).filter(c => gate.known(c.remotePeer))
  return new Proxy(host, {
    get(target, prop) {
      if (prop === 'handle') return handle
      if (prop === 'dialProtocol') return dialProtocol
      if (prop === 'getConnections') return getConnections
      const v = Reflect.get(target, prop, target)
      return typeof v === 'function' ? v.bind(target) : v
    }
  })
}
