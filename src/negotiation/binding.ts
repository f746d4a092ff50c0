import type { NegotiationMessage, NegotiationReply } from './messages.ts'

/** The core's side of a binding: every inbound message goes here; it never throws. */
export type InboundNegotiation = (message: NegotiationMessage, peer: string) => Promise<NegotiationReply>

/**
 * A wire that carries negotiation messages between this node and a counterparty: libp2p streams
 * between hanse nodes today, the DSP HTTPS binding next. The protocol core (state machine,
 * records, outbox, policies) is the same whichever binding a message came by.
 */
export interface NegotiationBinding {
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
}
