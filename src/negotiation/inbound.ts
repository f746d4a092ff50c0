import { randomUUID } from 'node:crypto'
import type { DatasetRegistry } from '../catalog/index.ts'
import type { Clock } from '../clock/index.ts'
import { HanseError } from '../errors/index.ts'
import type { KeyedLock } from '../lock/index.ts'
import type { Logger } from '../logging/index.ts'
import { evaluatePolicy, type MemberFacts } from '../policy/index.ts'
import { applyMessage } from './apply.ts'
import { NegotiationError } from './errors.ts'
import { checkMessage, senderOf, type NegotiationMessage, type NegotiationReply, type Pids } from './messages.ts'
import { blank, remember, type Ack, type NegotiationRecord } from './records.ts'
import type { NegotiationRepository } from './repository.ts'
import { transition, type NegotiationState, type Role } from './states.ts'

/** What applying a counterparty's message takes from the manager (manager.ts). */
export interface InboundComponents {
  repository: NegotiationRepository
  locks: KeyedLock
  clock: Clock
  logger: Logger
  datasets: Pick<DatasetRegistry, 'offer'>
  members?: (peer: string) => MemberFacts | undefined
  /** Open (not yet final) negotiations one peer may start with this node. */
  maxOpenPerPeer: number
  /** The process mechanics the operator API shares (the manager's, under the process's lock). */
  process: {
    self(peer: string): { id: string; peerSigns: boolean }
    setState(r: NegotiationRecord, to: NegotiationState): NegotiationState
    failLocked(r: NegotiationRecord, code: string, reason: string, by: 'local' | 'peer'): void
    emitTransition(r: NegotiationRecord, from: NegotiationState | 'start', to?: NegotiationState): void
    stepAndSave(r: NegotiationRecord, from: NegotiationState | 'start', to: NegotiationState, index?: string): Promise<void>
  }
}

/**
 * The receiving side of the negotiation, from any binding: a message is checked, matched to
 * its process (or starts one), applied under the process's lock, and answered once the
 * transition it led to, with our own next step, is on disk.
 */
export class InboundMessages {
  private readonly c: InboundComponents

  constructor(components: InboundComponents) {
    this.c = components
  }

  /** A message from a counterparty, from any binding; never throws. */
  async handle(message: NegotiationMessage, peer: string): Promise<NegotiationReply> {
    try {
      return await this.receive(message, peer)
    } catch (err) {
      if (err instanceof HanseError) return { error: err.toJSON() }
      this.c.logger.error({ err, peer }, 'negotiation message failed')
      // nothing was decided (the state change and its ledger entry are written together or
      // not at all): the sender keeps its message and tries again later
      return { error: { code: 'UNAVAILABLE', message: 'the message could not be processed now (e.g. a storage failure); send it again later' } }
    }
  }

  /** Process one message from `peer`; returns the ack, or throws a NegotiationError. */
  private async receive(msg: NegotiationMessage, peer: string): Promise<NegotiationReply> {
    // nothing a peer sends is stored before its form is checked (ids, offer, purposes, codes)
    checkMessage(msg)
    const kind = msg.kind
    // which of our processes is it about?
    let localId: string | undefined
    let index: string | undefined
    const myRole: Role = kind === 'termination' ? await this.roleForTermination(msg, peer) : senderOf(kind) === 'consumer' ? 'provider' : 'consumer'
    const mine = myRole === 'provider' ? msg.providerPid : msg.consumerPid
    const theirs = myRole === 'provider' ? msg.consumerPid : msg.providerPid
    if (theirs === '') throw new NegotiationError('BAD_REQUEST', `${myRole === 'provider' ? 'consumer_pid' : 'provider_pid'} is required`)
    if (mine === '' && kind === 'termination' && myRole === 'provider') {
      // a consumer that ends its request before our acknowledgement reached it does not know our
      // id yet: its process id and the peer find ours (see roleForTermination)
      localId = await this.c.repository.lookup(`r:${peer}:${theirs}`)
      if (localId === undefined) throw new NegotiationError('NEGOTIATION_NOT_FOUND', `no negotiation ${theirs.slice(0, 256)} with this peer`)
    } else if (mine === '') {
      // only the first message of a process comes without our id
      if (!(kind === 'request' && myRole === 'provider') && !(kind === 'offer' && myRole === 'consumer')) {
        throw new NegotiationError('BAD_REQUEST', `${myRole === 'provider' ? 'provider_pid' : 'consumer_pid'} is required`)
      }
      index = `r:${peer}:${theirs}`
      localId = await this.c.repository.lookup(index)
    } else {
      localId = mine
    }

    if (localId === undefined) return await this.create(msg, peer, theirs, index as string)

    return await this.c.locks.run(localId, async () => {
      const r = await this.c.repository.get(localId)
      // a process of another peer is as good as absent: never reveal or touch it
      if (r === undefined || r.peer !== peer || r.role !== myRole || (myRole === 'provider' ? r.consumerPid : r.providerPid || theirs) !== theirs) {
        throw new NegotiationError('NEGOTIATION_NOT_FOUND', `no negotiation ${localId} with this peer`)
      }
      const dup = r.replies[msg.messageId]
      if (dup !== undefined) return { ack: dup }
      const sender: Role = myRole === 'provider' ? 'consumer' : 'provider'
      const to = transition(kind, sender, r.state)
      if (to === undefined) throw new NegotiationError('INVALID_TRANSITION', `a ${sender} cannot send ${kind} while the negotiation is ${r.state}`)
      if (r.providerPid === '' && myRole === 'consumer') r.providerPid = theirs
      const from = r.state
      const failure = await applyMessage(r, msg, this.c.process.self(r.peer))
      if (failure !== undefined) {
        // a bad agreement or verification ends the process here; the error reply ends it on the
        // sender's side too (it fails a process whose message is refused)
        this.c.process.failLocked(r, failure.code, failure.message, 'local')
        await this.c.repository.save(r)
        this.c.process.emitTransition(r, from)
        throw new NegotiationError(failure.code, failure.message)
      }
      this.c.process.setState(r, to)
      delete r.outbox // a legal message from the peer means it has what we sent
      const ack: Ack = { consumerPid: r.consumerPid, providerPid: r.providerPid, state: r.state }
      remember(r, msg.messageId, ack)
      await this.c.process.stepAndSave(r, from, to)
      return { ack }
    })
  }

  private async roleForTermination(ids: Pids, peer: string): Promise<Role> {
    if (ids.providerPid !== '') {
      const r = await this.c.repository.get(ids.providerPid)
      if (r?.role === 'provider' && r.peer === peer) return 'provider'
    } else {
      // a consumer's termination without our id: ours is found by its id and the peer, after
      // the creation of that process if its request is being handled right now
      const index = `r:${peer}:${ids.consumerPid}`
      const id = await this.c.locks.run(index, async () => await this.c.repository.lookup(index))
      const r = id === undefined ? undefined : await this.c.repository.get(id)
      if (r?.role === 'provider' && r.peer === peer) return 'provider'
    }
    return 'consumer'
  }

  /** A new process started by the peer: a consumer's first request, or a provider's offer. */
  private async create(msg: NegotiationMessage, peer: string, theirs: string, index: string): Promise<NegotiationReply> {
    // serialize creation per remote process, so a duplicate first message finds the first one's record
    return await this.c.locks.run(index, async () => {
      const existing = await this.c.repository.lookup(index)
      if (existing !== undefined) {
        const r = await this.c.repository.get(existing)
        const dup = r?.replies[msg.messageId]
        if (dup !== undefined) return { ack: dup }
        throw new NegotiationError('INVALID_TRANSITION', `negotiation ${theirs} exists already`)
      }
      if (this.c.repository.openWith(peer) >= this.c.maxOpenPerPeer) {
        throw new NegotiationError(
          'TOO_MANY_NEGOTIATIONS',
          `this peer has ${this.c.maxOpenPerPeer} open negotiations with this node; finish or terminate some first`
        )
      }
      const now = this.c.clock.now()
      const id = `urn:uuid:${randomUUID()}`
      let r: NegotiationRecord
      if (msg.kind === 'request') {
        const offer = this.c.datasets.offer(msg.offerId)
        if (offer === undefined) throw new NegotiationError('OFFER_NOT_FOUND', `no offer '${msg.offerId.slice(0, 200)}'`)
        // an offer the consumer may not even see is unknown to it
        if (!evaluatePolicy(offer.policy, 'catalog', { now, peer, member: this.c.members?.(peer) }).allowed) {
          throw new NegotiationError('OFFER_NOT_FOUND', `no offer '${msg.offerId}'`)
        }
        r = blank(id, 'provider', peer, { consumerPid: theirs, providerPid: id }, msg.offerId, offer.dataset.id, now)
        r.approval = offer.approval
      } else if (msg.kind === 'offer') {
        if (msg.offerId === '') throw new NegotiationError('BAD_REQUEST', 'offer_id is required')
        r = blank(id, 'consumer', peer, { consumerPid: id, providerPid: theirs }, msg.offerId, '', now)
        r.acceptCounterOffers = false // an unsolicited offer waits for the operator
      } else {
        throw new NegotiationError('BAD_REQUEST', `a ${msg.kind} message cannot start a negotiation`)
      }
      const to = transition(msg.kind, msg.kind === 'request' ? 'consumer' : 'provider', 'start') as NegotiationState
      await applyMessage(r, msg, this.c.process.self(peer))
      this.c.process.setState(r, to)
      const ack: Ack = { consumerPid: r.consumerPid, providerPid: r.providerPid, state: r.state }
      remember(r, msg.messageId, ack)
      await this.c.process.stepAndSave(r, 'start', to, index)
      return { ack }
    })
  }
}
