import { createLibp2p, type Libp2p } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { identify, type Identify } from '@libp2p/identify'
import { ping, type Ping } from '@libp2p/ping'
import { mdns } from '@libp2p/mdns'
import { bootstrap } from '@libp2p/bootstrap'
import { kadDHT, passthroughMapper, type KadDHT } from '@libp2p/kad-dht'
import type { PeerDiscovery, PeerId, PeerInfo, PrivateKey, ConnectionGater } from '@libp2p/interface'
import type { Datastore } from 'interface-datastore'
import type { Logger } from '../logging/index.ts'
import { HanseError } from '../errors/index.ts'
import { preSharedKey } from '@libp2p/pnet'
import { prometheusMetrics } from '@libp2p/prometheus-metrics'
import type { Registry } from 'prom-client'
import { trustGater, type TrustPolicy } from './gater.ts'
import { BootstrapKeeper } from './bootstrap-keeper.ts'
import { SelfLookup } from './self-lookup.ts'
import { PeerExchange } from './peer-exchange.ts'

export { trustGater, type TrustPolicy }
export { PEX_PROTOCOL, PeerExchange, type PeerExchangeInit } from './peer-exchange.ts'

/** yamux's per-stream receive window; see the muxer comment below. */
export const YAMUX_WINDOW = 2 * 1024 * 1024

/** Kademlia under a private protocol id: hanse nodes never join the public IPFS DHT. */
export const DHT_PROTOCOL = '/hanse/kad/1.0.0'

export type HanseLibp2p = Libp2p<{ identify: Identify; ping: Ping; dht?: KadDHT }>

export interface NetInit {
  listen: readonly string[]
  announce: readonly string[]
  bootstrap: readonly string[]
  mdns: { enabled: boolean; serviceTag: string; intervalMs: number }
  dht: { enabled: boolean }
  /** Peer exchange (`/hanse/pex/1.0.0`): pass on the signed records of the peers we know. */
  peerExchange: { enabled: boolean; maxPeers: number }
  connections: { maxConnections: number; maxIncomingPendingConnections: number; inboundPerHostPerSecond: number; dialTimeoutMs: number }
  trust: TrustPolicy
  /** A pre-shared key (`/key/swarm/psk/1.0.0/` file contents): closes the network to nodes without it. */
  psk?: Uint8Array
}

export interface NetComponents {
  privateKey: PrivateKey
  logger: Logger
  /** In trust mode `members`: peers to refuse at the connection stage (recently failed, no housekeeping). */
  refused?: (peer: PeerId) => boolean
  /** libp2p's own metrics (connections, streams, DHT, bytes per protocol) go into this registry. */
  metricsRegistry?: Registry
  /** Where libp2p keeps the peer store and DHT records; in memory when absent. */
  datastore?: Datastore
  /** Whom peer exchange trades records with (in trust mode `members`: verified members only); everyone when absent. */
  exchangeAllowed?: (peer: PeerId) => Promise<boolean>
}

export class PortInUseError extends HanseError {
  constructor(what: string, cause: unknown) {
    super('PORT_IN_USE', `${what} is already in use by another process; stop that process or choose another port`, { cause })
  }
}

export interface PeerView {
  peerId: string
  connected: boolean
  addresses: string[]
  connections: Array<{ remoteAddr: string; direction: string; rttMs: number | null; openedAt: string }>
  protocols: string[]
  agentVersion: string | null
  tags: string[]
  /** Filled in by the node when the data space has an authority (see trust). */
  membership?: MembershipView | null
}

/** A peer's membership as `hanse peers` shows it. */
export interface MembershipView {
  status: string
  orgName?: string
  orgId?: string
  country?: string
  attributes?: Record<string, string>
  validUntil?: string
  code?: string
  reason?: string
  /** Whether the peer accepted our credential. */
  acceptsUs?: boolean
  /** The peer's DID and the issuer of its credential (W3C credentials), or the authority id. */
  did?: string
  issuer?: string
}

/**
 * The libp2p host: TCP + Noise + yamux, identify, ping, mDNS, bootstrap and a private DHT.
 * libp2p 3 no longer dials discovered peers by itself, so `Net` dials on `peer:discovery`
 * while the connection manager has room.
 */
export class Net {
  private readonly components: NetComponents
  private readonly init: NetInit
  private readonly log: Logger
  private node: HanseLibp2p | undefined
  private readonly dialing = new Set<string>()
  /** Peers whose round-trip time `peers()` is measuring now. */
  private readonly measuring = new Set<string>()
  private keeper: BootstrapKeeper | undefined
  private selfLookup: SelfLookup | undefined
  private pex: PeerExchange | undefined

  constructor(components: NetComponents, init: NetInit) {
    this.components = components
    this.init = init
    this.log = components.logger
  }

  get libp2p(): HanseLibp2p {
    if (this.node === undefined) throw new HanseError('NET_NOT_STARTED', 'the network is not started')
    return this.node
  }

  get peerId(): PeerId {
    return this.libp2p.peerId
  }

  async start(): Promise<void> {
    if (this.node !== undefined) return
    const { init } = this
    // biome-ignore lint/suspicious/noExplicitAny: each discovery module declares its own components type; libp2p supplies them
    const peerDiscovery: Array<(components: any) => PeerDiscovery> = []
    if (init.mdns.enabled) peerDiscovery.push(mdns({ serviceTag: init.mdns.serviceTag, interval: init.mdns.intervalMs }))
    if (init.bootstrap.length > 0) peerDiscovery.push(bootstrap({ list: [...init.bootstrap], timeout: 0 }))
    const gater: ConnectionGater = trustGater(
      init.trust,
      (peer, direction) => {
        this.log.warn({ peer: peer.toString(), direction }, 'refused connection: peer not allowed by trust mode')
      },
      this.components.refused
    )
    // biome-ignore lint/suspicious/noExplicitAny: as above, per service
    const services: Record<string, (c: any) => unknown> = {
      identify: identify(),
      // the connection monitor pings every connection each 10 s on this protocol and aborts the
      // connection when its ping stream is refused; `peers` measures new connections too. With the
      // spec's one outbound stream, the two collided and healthy connections were torn down. Two
      // were not enough either on a starved machine (CI, two soaks at once): a monitor ping still
      // in flight when the next one starts, plus a measurement, made three ("3/2") and tore a
      // busy connection down. hanse allows itself four outbound and accepts eight; pings are
      // a few bytes each.
      ping: ping({ maxOutboundStreams: 4, maxInboundStreams: 8 })
    }
    if (init.dht.enabled) {
      services.dht = kadDHT({
        protocol: DHT_PROTOCOL,
        // a data space is a closed, LAN-or-VPN network: serve DHT queries without waiting for
        // AutoNAT to declare us publicly reachable, and keep private addresses (no public mapper)
        clientMode: false,
        peerInfoMapper: passthroughMapper,
        logPrefix: 'hanse:kad-dht',
        datastorePrefix: '/hanse/dht',
        metricsPrefix: 'hanse_kad_dht'
      })
    }
    let node: HanseLibp2p
    try {
      node = (await createLibp2p({
        privateKey: this.components.privateKey,
        ...(this.components.datastore !== undefined ? { datastore: this.components.datastore } : {}),
        addresses: { listen: [...init.listen], announce: [...init.announce] },
        transports: [tcp()],
        connectionEncrypters: [noise()],
        // the stream window must stay within libp2p's per-stream read buffer (4 MiB): a paused
        // reader (backpressure) otherwise overflows it and the stream is reset
        streamMuxers: [yamux({ streamOptions: { maxStreamWindowSize: YAMUX_WINDOW, maxReadBufferLength: 2 * YAMUX_WINDOW } })],
        peerDiscovery,
        connectionGater: gater,
        ...(init.psk !== undefined ? { connectionProtector: preSharedKey({ psk: init.psk }) } : {}),
        // @libp2p/prometheus-metrics keeps its metrics in a map global to the process: a second
        // node in one process (tests, an embedding application) would otherwise find the first
        // node's metrics there, registered in the first node's registry, and show none of its own
        ...(this.components.metricsRegistry !== undefined
          ? { metrics: prometheusMetrics({ registry: this.components.metricsRegistry, preserveExistingMetrics: false, collectDefaultMetrics: true }) }
          : {}),
        connectionManager: {
          maxConnections: init.connections.maxConnections,
          maxIncomingPendingConnections: init.connections.maxIncomingPendingConnections,
          inboundConnectionThreshold: init.connections.inboundPerHostPerSecond,
          dialTimeout: init.connections.dialTimeoutMs
        },
        // biome-ignore lint/suspicious/noExplicitAny: the composed service map; its typed shape is HanseLibp2p below
        services: services as any,
        // started below, once our listeners and handlers are in place: the bootstrap peer is
        // dialled during start, and what it sends right away must find them
        start: false
      })) as HanseLibp2p
    } catch (err) {
      throw mapListenError(err, init.listen)
    }
    node.addEventListener('peer:discovery', evt => {
      this.onDiscovery(evt.detail)
    })
    // what an operator watching the terminal wants to see happen: one line each
    node.addEventListener('peer:connect', evt => {
      const addr = node.getConnections(evt.detail)[0]?.remoteAddr.toString()
      this.log.info({ peer: evt.detail.toString(), addr }, 'peer connected')
    })
    node.addEventListener('peer:disconnect', evt => {
      this.log.info({ peer: evt.detail.toString() }, 'peer disconnected')
    })
    if (init.peerExchange.enabled) {
      const allowed = this.components.exchangeAllowed
      this.pex = new PeerExchange(
        { node, privateKey: this.components.privateKey, logger: this.log, allowed: allowed ?? (async () => true) },
        { maxPeers: init.peerExchange.maxPeers }
      )
      await this.pex.start()
    }
    try {
      await node.start()
    } catch (err) {
      await this.pex?.stop()
      this.pex = undefined
      await Promise.resolve(node.stop()).catch(() => {})
      throw mapListenError(err, init.listen)
    }
    this.node = node
    if (node.services.dht !== undefined) {
      this.selfLookup = new SelfLookup({ node, dht: node.services.dht, logger: this.log })
      this.selfLookup.start()
    }
    if (init.bootstrap.length > 0) {
      this.keeper = new BootstrapKeeper({ node, logger: this.log }, { list: init.bootstrap })
      this.keeper.start()
    }
    this.log.info({ peerId: node.peerId.toString(), listen: node.getMultiaddrs().map(String) }, 'network started')
  }

  async stop(): Promise<void> {
    const node = this.node
    if (node === undefined) return
    this.node = undefined
    this.keeper?.stop()
    this.keeper = undefined
    this.selfLookup?.stop()
    this.selfLookup = undefined
    await this.pex?.stop()
    this.pex = undefined
    await node.stop()
  }

  /** Dial a newly discovered peer if we have room and are not connected or dialling already. */
  private onDiscovery(info: PeerInfo): void {
    const node = this.node
    if (node === undefined) return
    const id = info.id.toString()
    if (info.id.equals(node.peerId) || this.dialing.has(id)) return
    if (node.getConnections(info.id).length > 0) return
    if (node.getConnections().length >= this.init.connections.maxConnections) return
    if (this.init.trust.mode === 'allowlist' && !this.init.trust.allowlist.includes(id)) return
    // known from peer exchange only: dialled when a protocol needs it, not kept connected for nothing
    if (this.pex?.isRelayed(id) === true) return
    this.dialing.add(id)
    const target = info.multiaddrs.length > 0 ? info.multiaddrs : info.id
    node
      .dial(target as Parameters<typeof node.dial>[0])
      .then(() => {
        this.log.debug({ peer: id }, 'dialled discovered peer')
      })
      .catch((err: Error) => {
        this.log.debug({ peer: id, err }, 'could not dial discovered peer')
      })
      .finally(() => {
        this.dialing.delete(id)
      })
  }

  /** Offer peer exchange again to this peer (it became a verified member), or to every connected peer. */
  exchangeWith(peer?: string): void {
    this.pex?.offer(peer)
  }

  /** Stop passing on this peer's address record (it is no longer a member). */
  forgetPeer(peer: string): void {
    this.pex?.forget(peer)
  }

  /** Peers whose signed address records peer exchange holds (0 when it is off). */
  get exchangedPeers(): number {
    return this.pex?.size ?? 0
  }

  listenAddrs(): string[] {
    return this.libp2p.getMultiaddrs().map(String)
  }

  async peers(): Promise<PeerView[]> {
    const node = this.libp2p
    const out = new Map<string, PeerView>()
    for (const peer of await node.peerStore.all()) {
      if (peer.id.equals(node.peerId)) continue
      const agent = peer.metadata.get('AgentVersion')
      out.set(peer.id.toString(), {
        peerId: peer.id.toString(),
        connected: false,
        addresses: peer.addresses.map(a => a.multiaddr.toString()),
        connections: [],
        protocols: [...peer.protocols],
        agentVersion: agent === undefined ? null : new TextDecoder().decode(agent),
        tags: [...peer.tags.keys()]
      })
    }
    // connections learn their round-trip time from libp2p's periodic connection monitor; for a
    // connection too new to have one, measure it now (bounded, in parallel)
    const fresh = new Map<string, number>()
    await Promise.all(
      node
        .getConnections()
        .filter(c => c.rtt === undefined && !this.measuring.has(c.remotePeer.toString()))
        .map(async c => {
          // one measurement per peer at a time, so ours and the monitor's stay within the limit above
          const key = c.remotePeer.toString()
          this.measuring.add(key)
          try {
            fresh.set(c.id, await node.services.ping.ping(c.remotePeer, { signal: AbortSignal.timeout(2000) }))
          } catch {
            /* unknown latency stays null */
          } finally {
            this.measuring.delete(key)
          }
        })
    )
    for (const conn of node.getConnections()) {
      const id = conn.remotePeer.toString()
      let view = out.get(id)
      if (view === undefined) {
        view = { peerId: id, connected: true, addresses: [], connections: [], protocols: [], agentVersion: null, tags: [] }
        out.set(id, view)
      }
      view.connected = true
      view.connections.push({
        remoteAddr: conn.remoteAddr.toString(),
        direction: conn.direction,
        rttMs: conn.rtt ?? fresh.get(conn.id) ?? null,
        openedAt: new Date(conn.timeline.open).toISOString()
      })
    }
    return [...out.values()].sort((a, b) => Number(b.connected) - Number(a.connected) || a.peerId.localeCompare(b.peerId))
  }
}

function mapListenError(err: unknown, listen: readonly string[]): unknown {
  const e = err as { code?: string; name?: string; message?: string; cause?: { code?: string } }
  const text = `${e.message ?? ''} ${e.cause?.code ?? ''} ${e.code ?? ''}`
  if (text.includes('EADDRINUSE')) return new PortInUseError(`network.listen ${listen.join(', ')}`, err)
  return err
}
