import { randomUUID } from 'node:crypto'
import type { PeerId } from '@libp2p/interface'
import { NEGOTIATION_PROTOCOL } from '../src/negotiation/index.ts'
import { FramedStream, hanse } from '../src/wire/index.ts'
import type { HanseNode } from '../src/node/index.ts'

const { NegotiationMessage, NegotiationReply } = hanse.v1
type Body = Omit<hanse.v1.NegotiationMessage.$Properties, 'messageId'>

/**
 * A real node whose negotiation protocol is played by the test: it records what it receives,
 * acknowledges it with a state the test chooses, and sends whatever message the test crafts.
 * Used to put the node under test into a given state and to send it illegal or forged messages.
 */
export class ScriptedPeer {
  readonly node: HanseNode
  readonly received: hanse.v1.NegotiationMessage[] = []
  /** The state put in acknowledgements. */
  ackState: hanse.v1.NegotiationState = hanse.v1.NegotiationState.REQUESTED
  ownPid = `urn:uuid:${randomUUID()}`
  private waiters: Array<() => void> = []

  private constructor(node: HanseNode) {
    this.node = node
  }

  static async attach(node: HanseNode): Promise<ScriptedPeer> {
    const p = new ScriptedPeer(node)
    const libp2p = node.parts.net.libp2p
    await libp2p.unhandle(NEGOTIATION_PROTOCOL)
    await libp2p.handle(
      NEGOTIATION_PROTOCOL,
      stream => {
        const framed = new FramedStream(stream, { idleTimeoutMs: 30_000 })
        void (async () => {
          try {
            for (let m = await framed.read(NegotiationMessage); m !== undefined; m = await framed.read(NegotiationMessage)) {
              p.received.push(m)
              const b = m.contractRequest ?? m.contractOffer ?? m.event ?? m.contractAgreement ?? m.verification ?? m.termination
              await framed.write(NegotiationReply, {
                messageId: m.messageId,
                ack: { consumerPid: b?.consumerPid || p.ownPid, providerPid: b?.providerPid || p.ownPid, state: p.ackState }
              })
              for (const w of p.waiters.splice(0)) w()
            }
            await framed.close()
          } catch {
            framed.abort(new Error('scripted peer stream failed'))
          }
        })()
      },
      { maxInboundStreams: 64 }
    )
    return p
  }

  /** Wait until a message matching `pred` has arrived. */
  async waitFor(pred: (m: hanse.v1.NegotiationMessage) => boolean, timeoutMs = 10_000): Promise<hanse.v1.NegotiationMessage> {
    const deadline = Date.now() + timeoutMs
    while (true) {
      const hit = this.received.find(pred)
      if (hit !== undefined) return hit
      if (Date.now() > deadline) throw new Error('scripted peer: expected message did not arrive')
      await new Promise<void>(resolve => {
        this.waiters.push(resolve)
        setTimeout(resolve, 100)
      })
    }
  }

  /** Send one crafted message to `to` and return its reply. */
  async send(to: PeerId, body: Body, messageId: string = randomUUID()): Promise<hanse.v1.NegotiationReply> {
    const stream = await this.node.parts.net.libp2p.dialProtocol(to, NEGOTIATION_PROTOCOL)
    const framed = new FramedStream(stream)
    await framed.write(NegotiationMessage, { messageId, ...body })
    const reply = await framed.read(NegotiationReply)
    await framed.close()
    if (reply === undefined) throw new Error('no reply')
    return reply
  }

  /** Send raw bytes as one frame; returns the reply, or 'reset'. */
  async sendRaw(to: PeerId, bytes: Uint8Array): Promise<hanse.v1.NegotiationReply | 'reset' | 'closed'> {
    const stream = await this.node.parts.net.libp2p.dialProtocol(to, NEGOTIATION_PROTOCOL)
    const framed = new FramedStream(stream, { idleTimeoutMs: 3000 })
    try {
      await framed.sendFrame(bytes)
      const reply = await framed.read(NegotiationReply)
      await framed.close().catch(() => {})
      return reply ?? 'closed'
    } catch {
      framed.abort(new Error('done'))
      return 'reset'
    }
  }
}
