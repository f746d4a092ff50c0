import type { NegotiationMessage, NegotiationReply } from './messages.ts'

/** The core's side of a binding: every inbound message goes here; it never throws. */
export type InboundNegotiation = (message: NegotiationMessage, peer: string) => Promise<NegotiationReply>

/**
 * A wire that carries negotiation messages between this node and a counterparty: libp2p streams
 * between hanse nodes (`libp2p.ts`), DSP over HTTPS with any connector (`src/dsp`). The protocol
 * core (state machine, records, outbox, policies) is the same whichever binding a message came by.
 */
export interface NegotiationBinding {
  /** The binding `peer` is reached by, as agreements and ledger entries show it (`libp2p`, `dsp`). */
  bindingOf(peer: string): string
  /** Start taking messages; `reachable` is called when a counterparty can be reached again. */
  start(receive: InboundNegotiation, reachable: (peer: string) => void): Promise<void>
  stop(): Promise<void>
  /**
   * Deliver one message and return the counterparty's reply. Rejects when the message could
   * not be delivered (the outbox retries it); a refusal is a reply with an error.
   */
  send(peer: string, message: NegotiationMessage, signal: AbortSignal): Promise<NegotiationReply>
  /** Why `peer` cannot be addressed on this binding, or undefined when it can. */
  checkPeer(peer: string): string | undefined
  /** This node's id as `peer` knows it here: its peer ID on libp2p, its participant id on DSP. */
  localId(peer: string): string
  /**
   * Whether `peer` signs agreements with the key its id names (hanse nodes: a peer ID or a
   * did:key). With other DSP connectors the DSP agreement messages are the record.
   */
  signs(peer: string): boolean
}

/**
 * Several bindings as one: each peer is served by the first binding that can address it (libp2p
 * for peer IDs, DSP for participant ids), so the core neither knows nor cares which one it is.
 */
export class RoutedNegotiationBinding implements NegotiationBinding {
  private readonly bindings: readonly NegotiationBinding[]

  constructor(bindings: readonly NegotiationBinding[]) {
    this.bindings = bindings
  }

  private route(peer: string): NegotiationBinding | undefined {
    return this.bindings.find(b => b.checkPeer(peer) === undefined)
  }

  bindingOf(peer: string): string {
    return this.route(peer)?.bindingOf(peer) ?? 'none'
  }

  async start(receive: InboundNegotiation, reachable: (peer: string) => void): Promise<void> {
    for (const b of this.bindings) await b.start(receive, reachable)
  }

  async stop(): Promise<void> {
    for (const b of [...this.bindings].reverse()) await b.stop()
  }

  async send(peer: string, message: NegotiationMessage, signal: AbortSignal): Promise<NegotiationReply> {
    const b = this.route(peer)
    if (b === undefined) throw new Error(this.checkPeer(peer))
    return await b.send(peer, message, signal)
  }

  checkPeer(peer: string): string | undefined {
    const reasons = []
    for (const b of this.bindings) {
      const why = b.checkPeer(peer)
      if (why === undefined) return undefined
      reasons.push(why)
    }
    return reasons.join('; ')
  }

  localId(peer: string): string {
    const b = this.route(peer) ?? this.bindings[0]
    if (b === undefined) throw new Error('no negotiation binding')
    return b.localId(peer)
  }

  signs(peer: string): boolean {
    return this.route(peer)?.signs(peer) ?? false
  }
}
