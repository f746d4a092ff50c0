import type { IdentifyResult, Libp2p, PeerId, PrivateKey } from '@libp2p/interface'
import { PeerRecord, RecordEnvelope } from '@libp2p/peer-record'
import { peerIdFromPublicKey } from '@libp2p/peer-id'
import { backoffDelay } from '../clock/backoff.ts'
import { HanseError } from '../errors/index.ts'
import type { Logger } from '../logging/index.ts'
import { FramedStream, hanse } from '../wire/index.ts'
import { STREAM_IDLE_TIMEOUTS_MS } from '../wire/timeouts.ts'

/** Protocol id of peer exchange (proto/hanse/v1/peer-exchange.proto). */
export const PEX_PROTOCOL = '/hanse/pex/1.0.0'

export interface PeerExchangeInit {
  /** Records kept and passed on at most (`network.peerExchange.maxPeers`). */
  maxPeers: number
  /** Records per frame on the wire. */
  recordsPerFrame?: number
  /** Frames one inbound stream may carry. */
  maxFramesPerStream?: number
  /** How long new records wait to be sent together. */
  batchMs?: number
  /** Deadline of one push (open, write, close). */
  pushTimeoutMs?: number
  /** Failed pushes to a peer tried again, with this backoff, before waiting for its next connection. */
  pushRetries?: number
  retryBackoff?: { initialMs: number; maxMs: number }
}

/** Wire limits and timing (not operator settings). */
export const PEX_DEFAULTS = {
  recordsPerFrame: 64,
  maxFramesPerStream: 128,
  batchMs: 25,
  pushTimeoutMs: STREAM_IDLE_TIMEOUTS_MS.pex,
  pushRetries: 5,
  retryBackoff: { initialMs: 250, maxMs: 4_000 }
}

/** A signed peer record is ~150-600 bytes; more than this is not one. */
const MAX_RECORD_BYTES = 4096
/** Addresses in one record: a node listens on a handful, not hundreds. */
const MAX_RECORD_ADDRS = 32
const MAX_FRAME_BYTES = PEX_DEFAULTS.recordsPerFrame * (MAX_RECORD_BYTES + 8)

export interface PeerExchangeComponents {
  node: Libp2p
  privateKey: PrivateKey
  logger: Logger
  /**
   * May we exchange records with this peer? In trust mode `members`: only with verified members
   * (the node asks the membership service); a refused peer neither sends nor receives records.
   */
  allowed: (peer: PeerId) => Promise<boolean>
}

/** Records waiting to be pushed to one peer. */
interface Outbox {
  records: Set<string>
  /** A push is under way (or its batch timer runs). */
  sending: boolean
  /** Pushes that failed in a row (see `retryLater`). */
  failures: number
}

interface Known {
  seq: bigint
  envelope: Uint8Array
  /** The envelope's key in `held`. */
  key: string
}

/**
 * Peer exchange: each node keeps the signed peer records of the peers it met or was told about,
 * sends all of them to a peer once identify has run on a new connection, and passes every record
 * that was news to it on to its other peers (batched, one push stream per peer at a time).
 * A record only replaces one with a lower sequence number, so a change floods once and stops.
 * Records are the peers' own signatures: a peer can relay addresses, never invent them.
 */
export class PeerExchange {
  private readonly c: PeerExchangeComponents
  private readonly init: Required<PeerExchangeInit>
  private readonly log: Logger
  private readonly known = new Map<string, Known>()
  /** The envelopes held now, by their bytes: a record heard again is dropped before it is decoded. */
  private readonly held = new Map<string, { id: string; seq: bigint }>()
  /** Per connected peer: the records it is known to hold (it sent them, or we did), by peer id and sequence number. */
  private readonly has = new Map<string, Map<string, bigint>>()
  /** Peers we only heard of from others: known, not dialled until someone asks for them. */
  private readonly relayed = new Set<string>()
  /** Per peer: records waiting to be pushed to it, and whether a push is under way. */
  private readonly outbox = new Map<string, Outbox>()
  private readonly flushTimers = new Set<NodeJS.Timeout>()
  private running = false
  private readonly onIdentify = (evt: CustomEvent<IdentifyResult>): void => {
    void this.connected(evt.detail.peerId)
  }
  private readonly onSelfUpdate = (): void => {
    void this.sealOwn()
  }
  /** Seals run one after the other, so sequence numbers only grow. */
  private sealing: Promise<void> = Promise.resolve()
  private ownAddrs = ''
  private readonly onDisconnect = (evt: CustomEvent<PeerId>): void => {
    const id = evt.detail.toString()
    this.has.delete(id)
    this.outbox.delete(id)
  }
  private readonly onConnect = (evt: CustomEvent<PeerId>): void => {
    this.relayed.delete(evt.detail.toString())
  }

  constructor(components: PeerExchangeComponents, init: PeerExchangeInit) {
    this.c = components
    this.init = { ...PEX_DEFAULTS, ...init }
    this.log = components.logger
  }

  async start(): Promise<void> {
    if (this.running) return
    this.running = true
    const { node } = this.c
    await node.handle(
      PEX_PROTOCOL,
      (stream, connection) => {
        void this.receive(new FramedStream(stream, { maxFrameBytes: MAX_FRAME_BYTES, idleTimeoutMs: this.init.pushTimeoutMs }), connection.remotePeer)
      },
      { maxInboundStreams: 4, maxOutboundStreams: 4 }
    )
    await this.sealOwn()
    node.addEventListener('peer:identify', this.onIdentify)
    node.addEventListener('self:peer:update', this.onSelfUpdate)
    node.addEventListener('peer:disconnect', this.onDisconnect)
    node.addEventListener('peer:connect', this.onConnect)
    // connections identified before we listened
    for (const conn of node.getConnections()) void this.connected(conn.remotePeer)
  }

  async stop(): Promise<void> {
    if (!this.running) return
    this.running = false
    const { node } = this.c
    node.removeEventListener('peer:identify', this.onIdentify)
    node.removeEventListener('self:peer:update', this.onSelfUpdate)
    node.removeEventListener('peer:disconnect', this.onDisconnect)
    node.removeEventListener('peer:connect', this.onConnect)
    for (const t of this.flushTimers) clearTimeout(t)
    this.flushTimers.clear()
    this.outbox.clear()
    await node.unhandle(PEX_PROTOCOL).catch(() => {})
  }

  /** Peers whose records this node holds (for status and tests). */
  get size(): number {
    return this.known.size
  }

  /** Stop passing on a peer's record (it lost its membership). */
  forget(peer: string): void {
    this.drop(peer)
  }

  /**
   * Whether we know this peer only from other peers' records. The node does not dial those by
   * itself: in a data space of hundreds, a full mesh of connections would be kept for nothing;
   * a protocol that needs the peer dials it by its id, and the record gives the address.
   */
  isRelayed(peer: string): boolean {
    return this.relayed.has(peer)
  }

  private drop(peer: string): void {
    const k = this.known.get(peer)
    if (k !== undefined) this.held.delete(k.key)
    this.known.delete(peer)
    this.relayed.delete(peer)
  }

  private keep(id: string, seq: bigint, envelope: Uint8Array, key = keyOf(envelope)): void {
    const prev = this.known.get(id)
    if (prev !== undefined) this.held.delete(prev.key)
    this.known.set(id, { seq, envelope, key })
    this.held.set(key, { id, seq })
  }

  private markHas(peer: string, id: string, seq: bigint): void {
    let m = this.has.get(peer)
    if (m === undefined) {
      m = new Map()
      this.has.set(peer, m)
    }
    if ((m.get(id) ?? -1n) < seq) m.set(id, seq)
  }

  /** A record of our own addresses, sealed again whenever they change. */
  private async sealOwn(): Promise<void> {
    this.sealing = this.sealing.then(async () => {
      await this.sealOnce().catch((err: Error) => {
        this.log.warn({ err }, 'could not seal our peer record')
      })
    })
    await this.sealing
  }

  private async sealOnce(): Promise<void> {
    const { node, privateKey } = this.c
    const multiaddrs = node.getMultiaddrs().map(a => a.decapsulateCode(421))
    if (multiaddrs.length === 0) return
    // the update event also fires for every protocol a component registers: reseal (and
    // flood the data space) only when the addresses changed
    const addrs = multiaddrs.map(String).sort().join(' ')
    if (addrs === this.ownAddrs) return
    this.ownAddrs = addrs
    const id = node.peerId.toString()
    const prev = this.known.get(id)
    // millisecond sequence numbers from the wall clock (as identify's), never going backwards
    const now = BigInt(Date.now())
    const seq = prev !== undefined && prev.seq >= now ? prev.seq + 1n : now
    const envelope = await RecordEnvelope.seal(new PeerRecord({ peerId: node.peerId, multiaddrs, seqNumber: seq }), privateKey)
    this.keep(id, seq, envelope.marshal())
    this.spread([id], undefined)
  }

  /** Identify ran on a connection: send the peer every record we hold (its own comes in its push to us). */
  private async connected(peer: PeerId): Promise<void> {
    if (!this.running || !(await this.allowedSafe(peer))) return
    // (the peer's own record comes in its push, sealed once: identify seals a new one for every
    // connection, and passing those on would flood the data space with each new connection)
    const id = peer.toString()
    this.relayed.delete(id)
    this.queue(
      id,
      [...this.known.keys()].filter(k => k !== id)
    )
  }

  private async allowedSafe(peer: PeerId): Promise<boolean> {
    try {
      return await this.c.allowed(peer)
    } catch {
      return false
    }
  }

  /** Read pushed frames; malformed ones reset this stream only. */
  private async receive(framed: FramedStream, from: PeerId): Promise<void> {
    try {
      if (!(await this.allowedSafe(from))) {
        framed.abort(new HanseError('NOT_A_MEMBER', 'peer exchange refused: not a verified member'))
        return
      }
      const fresh: string[] = []
      for (let frames = 0; ; frames++) {
        const msg = await framed.read(hanse.v1.PeerExchange)
        if (msg === undefined) break
        if (frames >= this.init.maxFramesPerStream || msg.records.length > this.init.recordsPerFrame) {
          throw new HanseError(
            'FRAME_TOO_LARGE',
            `peer exchange over its limits (${this.init.maxFramesPerStream} frames of ${this.init.recordsPerFrame} records)`
          )
        }
        fresh.push(...(await this.take(msg.records, from.toString())))
      }
      await framed.close(AbortSignal.timeout(this.init.pushTimeoutMs))
      if (fresh.length > 0) this.spread(fresh, from.toString())
    } catch (err) {
      this.log.debug({ peer: from.toString(), err }, 'peer exchange stream reset')
      framed.abort(err as Error)
    }
  }

  /**
   * Keep the records that are news: well-formed, signed by the peer they describe, newer than
   * what we hold. Returns the ids of the peers whose record changed.
   */
  private async take(records: Uint8Array[], from: string): Promise<string[]> {
    const self = this.c.node.peerId
    const fresh: string[] = []
    for (const buf of records) {
      if (buf.byteLength === 0 || buf.byteLength > MAX_RECORD_BYTES) continue
      const key = keyOf(buf)
      const held = this.held.get(key)
      if (held !== undefined) {
        // the same bytes as a record we hold: only note that the sender has it too
        this.markHas(from, held.id, held.seq)
        continue
      }
      let record: PeerRecord
      try {
        // the cheap part first: an old or own record is dropped before its signature is checked
        const envelope = RecordEnvelope.createFromProtobuf(buf)
        record = PeerRecord.createFromProtobuf(envelope.payload)
        const id = record.peerId.toString()
        if (record.peerId.equals(self) || (this.known.get(id)?.seq ?? -1n) >= record.seqNumber) continue
        if (!this.known.has(id) && this.known.size >= this.init.maxPeers) continue
        if (record.multiaddrs.length === 0 || record.multiaddrs.length > MAX_RECORD_ADDRS) continue
        // signed by the key of the peer it describes (RFC 0003's certification)
        if (!peerIdFromPublicKey(envelope.publicKey).equals(record.peerId) || !(await envelope.validate(PeerRecord.DOMAIN))) continue
      } catch {
        continue // not a signed peer record: skip it, keep the rest
      }
      const id = record.peerId.toString()
      this.keep(id, record.seqNumber, buf, key)
      this.markHas(from, id, record.seqNumber)
      if (this.c.node.getConnections(record.peerId).length === 0) this.relayed.add(id)
      await this.store(record, buf)
      fresh.push(id)
    }
    return fresh
  }

  /**
   * Into the peer store, unless it holds a newer record of the peer (identify's, on a direct
   * connection): the store is what dialling by peer id reads. (What `consumePeerRecord` does,
   * without checking the signature a second time.)
   */
  private async store(record: PeerRecord, envelope: Uint8Array): Promise<void> {
    const { peerStore } = this.c.node
    try {
      const stored = await peerStore.get(record.peerId).then(
        p => p.peerRecordEnvelope,
        () => undefined
      )
      if (stored !== undefined && PeerRecord.createFromProtobuf(RecordEnvelope.createFromProtobuf(stored).payload).seqNumber >= record.seqNumber) return
      await peerStore.patch(record.peerId, { peerRecordEnvelope: envelope, addresses: record.multiaddrs.map(multiaddr => ({ multiaddr, isCertified: true })) })
    } catch (err) {
      this.log.debug({ peer: record.peerId.toString(), err }, 'could not store a peer record')
    }
  }

  /** Pass these records on to every connected peer we exchange with, except where they came from. */
  private spread(ids: string[], from: string | undefined): void {
    const targets = new Set(this.c.node.getConnections().map(c => c.remotePeer.toString()))
    for (const target of targets) {
      if (target === from) continue
      // the allowed check runs when the push is sent; queue the ids now
      this.queue(
        target,
        ids.filter(id => id !== target)
      )
    }
  }

  private queue(peer: string, all: string[]): void {
    const has = this.has.get(peer)
    const ids = has === undefined ? all : all.filter(id => (has.get(id) ?? -1n) < (this.known.get(id)?.seq ?? -1n))
    if (!this.running || ids.length === 0) return
    let box = this.outbox.get(peer)
    if (box === undefined) {
      box = { records: new Set(), sending: false, failures: 0 }
      this.outbox.set(peer, box)
    }
    for (const id of ids) box.records.add(id)
    if (box.sending) return
    box.sending = true
    const t = setTimeout(() => {
      this.flushTimers.delete(t)
      void this.flush(peer)
    }, this.init.batchMs)
    this.flushTimers.add(t)
  }

  /** Push what is queued for one peer; repeat while more arrived during the push. */
  private async flush(peer: string): Promise<void> {
    const box = this.outbox.get(peer)
    if (box === undefined) return
    while (this.running && box.records.size > 0) {
      const ids = [...box.records]
      box.records.clear()
      const has = this.has.get(peer)
      const records = ids.flatMap(id => {
        const k = this.known.get(id)
        // skip what the peer has told us meanwhile
        if (k === undefined || (has?.get(id) ?? -1n) >= k.seq) return []
        this.markHas(peer, id, k.seq)
        return [{ id, seq: k.seq, envelope: k.envelope }]
      })
      if (records.length === 0) continue
      const sent = await this.push(
        peer,
        records.map(r => r.envelope)
      )
      if (sent === 'failed') {
        // the peer did not take them (a stream that failed, or a peer not yet verified as a
        // member): it does not hold them after all, so the next exchange with it sends them again
        const marked = this.has.get(peer)
        for (const r of records) if (marked?.get(r.id) === r.seq) marked.delete(r.id)
        box.sending = false
        this.retryLater(peer, box)
        return
      }
      if (sent === 'gone') {
        this.has.delete(peer)
        break
      }
      box.failures = 0
    }
    box.sending = false
    // (a reconnect meanwhile may have put a new box in its place: leave that one)
    if (box.records.size === 0 && this.outbox.get(peer) === box) this.outbox.delete(peer)
  }

  /**
   * Offer a peer everything it lacks again, or every connected peer when none is named: the
   * membership service calls this when a peer becomes a verified member, since the exchange on
   * its connection may have been refused while its credential was still being checked.
   */
  offer(peer?: string): void {
    if (!this.running) return
    const offered = new Set<string>()
    for (const conn of this.c.node.getConnections()) {
      const id = conn.remotePeer.toString()
      if ((peer !== undefined && id !== peer) || offered.has(id)) continue
      offered.add(id)
      void this.connected(conn.remotePeer)
    }
  }

  /** A failed push is tried again after a backoff, a few times while the peer stays connected. */
  private retryLater(peer: string, box: Outbox): void {
    if (!this.running || box.failures >= this.init.pushRetries) return
    box.failures++
    const t = setTimeout(
      () => {
        this.flushTimers.delete(t)
        // (gone meanwhile: a reconnect starts afresh)
        const peerId = this.c.node.getConnections().find(c => c.remotePeer.toString() === peer)?.remotePeer
        if (peerId !== undefined) void this.connected(peerId)
      },
      backoffDelay(box.failures, this.init.retryBackoff)
    )
    this.flushTimers.add(t)
  }

  /** 'failed': the records did not reach the peer; 'gone': it is no longer connected. */
  private async push(peer: string, records: Uint8Array[]): Promise<'sent' | 'failed' | 'gone'> {
    const { node } = this.c
    const conn = node.getConnections().find(c => c.remotePeer.toString() === peer)
    if (conn === undefined) return 'gone'
    if (!(await this.allowedSafe(conn.remotePeer))) return 'failed'
    const signal = AbortSignal.timeout(this.init.pushTimeoutMs)
    let framed: FramedStream | undefined
    try {
      const stream = await node.dialProtocol(conn.remotePeer, PEX_PROTOCOL, { signal })
      framed = new FramedStream(stream, { maxFrameBytes: MAX_FRAME_BYTES, idleTimeoutMs: this.init.pushTimeoutMs })
      for (let i = 0; i < records.length; i += this.init.recordsPerFrame) {
        await framed.write(hanse.v1.PeerExchange, { records: records.slice(i, i + this.init.recordsPerFrame) }, signal)
      }
      await framed.close(signal)
      return 'sent'
    } catch (err) {
      // a peer without the protocol (an older node), one that went away or refused us for now
      this.log.debug({ peer, err }, 'peer exchange push failed')
      framed?.abort(err as Error)
      return 'failed'
    }
  }
}

/** A held envelope's key: its bytes (records are a few hundred bytes). */
function keyOf(envelope: Uint8Array): string {
  return Buffer.from(envelope.buffer, envelope.byteOffset, envelope.byteLength).toString('base64')
}
