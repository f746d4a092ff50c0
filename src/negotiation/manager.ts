import { randomUUID } from 'node:crypto'
import { EventEmitter } from 'node:events'
import type { DatasetRegistry } from '../catalog/index.ts'
import type { Clock } from '../clock/index.ts'
import type { Signer } from '../identity/index.ts'
import type { UsageLog } from '../ledger/index.ts'
import { KeyedLock, Waiters } from '../lock/index.ts'
import type { Logger } from '../logging/index.ts'
import type { Metrics } from '../metrics/index.ts'
import type { Store } from '../store/index.ts'
import type { MemberFacts, Policy } from '../policy/index.ts'
import { exportAgreement, signAgreement } from './agreement.ts'
import type { NegotiationBinding } from './binding.ts'
import { NegotiationError } from './errors.ts'
import type { NegotiationReply, Outgoing } from './messages.ts'
import { enqueue, Outbox } from './outbox.ts'
import { pids, type AgreementRecord, type NegotiationRecord } from './records.ts'
import { InboundMessages } from './inbound.ts'
import { NegotiationRepository } from './repository.ts'
import { TERMINAL, transition, type NegotiationState, type Role } from './states.ts'
import { buildAgreement, nextStep, type Step } from './steps.ts'
import { checkTerms, narrowTerms, type Narrowing } from './terms.ts'

export { NegotiationError }

export interface NegotiationInit {
  /** First retry delay of an undelivered message; grows up to `retryMaxDelayMs`. */
  retryInitialDelayMs: number
  retryMaxDelayMs: number
  /** Delivery attempts before the negotiation ends in TERMINATED (PEER_UNREACHABLE). */
  retryMaxAttempts: number
  /** How long one message waits for its acknowledgement, and the consumer for the offer. */
  requestTimeoutMs: number
  /** Open (not yet final) negotiations one peer may start with this node; more are refused. */
  maxOpenPerPeer: number
  /** How long the write of a transition sent ahead waits to share its fsync (stageWhileSending). */
  lingerMs: number
}

export interface NegotiationComponents {
  /** The wire the messages travel on (libp2p between hanse nodes). */
  binding: NegotiationBinding
  store: Store
  datasets: Pick<DatasetRegistry, 'offer'>
  signer: Signer
  logger: Logger
  metrics: Metrics
  clock: Clock
  /** What the trust layer knows about a counterparty (membership credential), if anything. */
  members?: (peer: string) => MemberFacts | undefined
  /** Every transition, agreement and denial is written here with the record, atomically. */
  ledger?: UsageLog
  /** Fetches a peer's offer (the consumer needs its terms to ask for it). */
  fetchOffer: (peer: string, offerId: string, signal?: AbortSignal) => Promise<{ policy: Policy; dataset: { id: string } } | undefined>
}

export interface StartNegotiation {
  peer: string
  offerId: string
  /** Narrower terms to ask for (purposes are also declared); default: the offer's terms. */
  narrowing?: Narrowing
  /**
   * Exact terms to ask for instead (they must keep the offer's constraints to be agreed). With
   * them the request is queued even when the provider cannot be reached right now.
   */
  terms?: Policy
  acceptCounterOffers?: boolean
  /** The offer as read from the provider's catalogue already; saves reading it again. */
  knownOffer?: { policy: Policy; dataset: { id: string } }
}

/** What a transition looked like; emitted as 'transition'. */
export interface TransitionEvent {
  /** The process as the transition left it; read it while the event is delivered (a listener runs synchronously). */
  readonly record: NegotiationRecord
  id: string
  role: Role
  termination: NegotiationRecord['termination']
  from: NegotiationState | 'start'
  to: NegotiationState
}

/**
 * Both roles of the DSP contract negotiation, whatever the binding. Every transition is
 * persisted with a synced write (with its ledger entries) before it is acknowledged or sent;
 * the message it leads to waits in the process's outbox until delivered. Work is driven by
 * events: a negotiation between two online nodes takes a few milliseconds.
 *
 * The parts: `NegotiationRepository` (records, cache, ledger staging), `Outbox` (delivery and
 * retries), `InboundMessages` (the counterparty's messages), `steps.ts` (the decisions, without
 * I/O), a `NegotiationBinding` (the wire); this class is the operator API and applies decisions
 * to processes under their lock.
 */
export class NegotiationManager extends EventEmitter<{ transition: [TransitionEvent] }> {
  private readonly c: NegotiationComponents
  private readonly init: NegotiationInit
  private readonly log: Logger
  private readonly locks = new KeyedLock()
  private readonly repository: NegotiationRepository
  private readonly outbox: Outbox
  private readonly inbound: InboundMessages
  private running = false
  /** API callers waiting for a process to reach a state. */
  private readonly waiters = new Waiters<TransitionEvent>()

  constructor(components: NegotiationComponents, init: NegotiationInit) {
    super()
    this.c = components
    this.init = init
    this.log = components.logger
    this.repository = new NegotiationRepository({
      store: components.store,
      ledger: components.ledger,
      busy: id => this.locks.has(id),
      bindingOf: peer => this.bindingOf(peer)
    })
    this.outbox = new Outbox(
      {
        repository: this.repository,
        locks: this.locks,
        binding: components.binding,
        clock: components.clock,
        logger: this.log,
        delivered: async (id, messageId, reply) => {
          await this.delivered(id, messageId, reply)
        },
        undeliverable: async (r, error, code) => {
          const from = r.state
          this.failLocked(r, code ?? 'PEER_UNREACHABLE', error, 'local')
          await this.repository.save(r)
          this.emitTransition(r, from)
        }
      },
      init
    )
    this.inbound = new InboundMessages({
      repository: this.repository,
      locks: this.locks,
      clock: components.clock,
      logger: this.log,
      datasets: components.datasets,
      members: components.members,
      maxOpenPerPeer: init.maxOpenPerPeer,
      process: {
        self: peer => this.self(peer),
        setState: (r, to) => this.setState(r, to),
        failLocked: (r, code, reason, by) => this.failLocked(r, code, reason, by),
        emitTransition: (r, from, to) => this.emitTransition(r, from, to),
        stepAndSave: async (r, from, to, index) => await this.stepAndSave(r, from, to, index)
      }
    })
  }

  async start(): Promise<void> {
    if (this.running) return
    this.running = true
    this.outbox.start()
    await this.c.binding.start(
      async (message, peer) => await this.inbound.handle(message, peer),
      peer => {
        this.outbox.retryPeer(peer)
      }
    )
    // resume: deliver what is waiting, and take every step that is ours to take
    let resumed = 0
    for await (const r of this.repository.all()) {
      // a terminated process may still owe the peer its Termination message
      if (r.outbox !== undefined) this.outbox.schedule(r.id, Math.max(0, r.outbox.nextAttemptAt - this.c.clock.now()))
      else if (!TERMINAL.has(r.state)) this.kick(r.id)
      else continue
      resumed++
    }
    if (resumed > 0) this.log.info({ resumed }, 'resumed open negotiations')
  }

  async stop(): Promise<void> {
    if (!this.running) return
    this.running = false
    this.outbox.stop()
    await this.c.binding.stop()
    // let in-flight transitions finish their writes before the store closes
    await this.locks.idle()
  }

  /* ---------------- reading ---------------- */

  async get(id: string): Promise<NegotiationRecord | undefined> {
    return await this.repository.get(id)
  }

  async list(filter: { state?: NegotiationState; role?: Role } = {}): Promise<NegotiationRecord[]> {
    return await this.repository.list(filter)
  }

  async agreement(id: string): Promise<AgreementRecord | undefined> {
    return await this.repository.agreement(id)
  }

  async agreements(): Promise<AgreementRecord[]> {
    return await this.repository.agreements()
  }

  /** The self-contained, offline-verifiable export of an agreement. */
  async exportAgreement(id: string): Promise<Record<string, unknown>> {
    const a = await this.agreement(id)
    if (a === undefined) throw new NegotiationError('AGREEMENT_NOT_FOUND', `no agreement ${id}`)
    return exportAgreement(Buffer.from(a.bytes, 'base64'), Buffer.from(a.providerSignature, 'base64'), Buffer.from(a.consumerSignature, 'base64'))
  }

  private setState(r: NegotiationRecord, to: NegotiationState): NegotiationState {
    const from = r.state
    const now = this.c.clock.now()
    r.state = to
    r.stateCount++
    r.stateTimestamp = now
    r.history.push({ state: to, at: now })
    return from
  }

  private emitTransition(r: NegotiationRecord, from: NegotiationState | 'start', to: NegotiationState = r.state): void {
    this.repository.track(r)
    this.log.debug({ negotiation: r.id, role: r.role, peer: r.peer, from, to }, 'negotiation transition')
    if (to === 'FINALIZED' && from !== 'FINALIZED')
      this.log.info({ agreement: r.agreementId, role: r.role, peer: r.peer, offer: r.offerId, dataset: r.datasetId }, 'agreement signed')
    if (to === 'TERMINATED' && from !== 'TERMINATED')
      this.log.info(
        { negotiation: r.id, role: r.role, peer: r.peer, offer: r.offerId, code: r.termination?.code, by: r.termination?.by },
        'negotiation terminated'
      )
    // the snapshot is taken when first read, during this synchronous delivery: most
    // transitions have no waiter and a listener that reads a few fields (a clone costs ~0.1 ms)
    let snapshot: NegotiationRecord | undefined
    const event: TransitionEvent = {
      get record() {
        snapshot ??= structuredClone(r)
        return snapshot
      },
      id: r.id,
      role: r.role,
      termination: r.termination === undefined ? undefined : { ...r.termination },
      from,
      to
    }
    this.waiters.notify(r.id, event)
    this.emit('transition', event)
  }

  /** The binding a counterparty is reached by (`libp2p`, `dsp`): records and agreements show it. */
  bindingOf(peer: string): string {
    return this.c.binding.bindingOf(peer)
  }

  /** Who this node is to `peer`, and whether `peer` signs (see NegotiationBinding). */
  private self(peer: string): { id: string; peerSigns: boolean } {
    return { id: this.c.binding.localId(peer), peerSigns: this.c.binding.signs(peer) }
  }

  /* ---------------- consumer API ---------------- */

  /** Ask a provider for one of its offers. Returns the new process (state REQUESTED). */
  async request(req: StartNegotiation): Promise<NegotiationRecord> {
    const notAddressable = this.c.binding.checkPeer(req.peer)
    if (notAddressable !== undefined) throw new NegotiationError('BAD_REQUEST', notAddressable)
    if (req.peer === this.c.signer.peerId || req.peer === this.c.binding.localId(req.peer))
      throw new NegotiationError('BAD_REQUEST', 'a node cannot negotiate with itself')
    let offer: { policy: Policy; dataset: { id: string } } | undefined = req.knownOffer
    if (offer === undefined) {
      try {
        offer = await this.c.fetchOffer(req.peer, req.offerId, AbortSignal.timeout(this.init.requestTimeoutMs))
        if (offer === undefined) throw new NegotiationError('OFFER_NOT_FOUND', `peer ${req.peer} shows no offer '${req.offerId}' to this node`)
      } catch (err) {
        if (err instanceof NegotiationError) throw err
        // with the terms from an earlier catalogue read, the request can wait for the provider
        // a peer (or our own stream limit) refusing for load is busy, not unreachable
        if (req.terms === undefined && /TooMany|stream limit|BUSY/i.test(`${(err as Error).name} ${(err as Error).message}`))
          throw new NegotiationError('PEER_BUSY', `${req.peer} is busy and refused to show the offer now; try again shortly: ${(err as Error).message}`)
        if (req.terms === undefined) throw new NegotiationError('PEER_UNREACHABLE', `cannot read the offer from ${req.peer}: ${(err as Error).message}`)
        this.log.info({ peer: req.peer, offer: req.offerId, err }, 'provider unreachable; the request will be delivered when it is back')
      }
    }
    const terms = req.terms ?? (req.narrowing === undefined || offer === undefined ? (offer?.policy as Policy) : narrowTerms(offer.policy, req.narrowing))
    const problem = checkTerms(terms)
    if (problem !== undefined) throw new NegotiationError('BAD_REQUEST', `invalid terms: ${problem}`)
    const now = this.c.clock.now()
    const id = `urn:uuid:${randomUUID()}`
    const r: NegotiationRecord = {
      id,
      role: 'consumer',
      peer: req.peer,
      consumerPid: id,
      providerPid: '',
      offerId: req.offerId,
      datasetId: offer?.dataset.id ?? '',
      state: 'REQUESTED',
      stateCount: 0,
      stateTimestamp: now,
      createdAt: now,
      purposes: [...(req.narrowing?.purposes ?? [])],
      terms,
      approval: 'auto',
      acceptCounterOffers: req.acceptCounterOffers ?? true,
      replies: {},
      history: []
    }
    let staged: { written: Promise<void> } | undefined
    await this.locks.run(id, async () => {
      this.setState(r, 'REQUESTED')
      enqueue(
        r,
        {
          kind: 'request',
          consumerPid: id,
          providerPid: '',
          offerId: req.offerId,
          terms,
          termsId: `urn:hanse:terms:${id}`,
          purposes: r.purposes,
          datasetId: r.datasetId
        },
        this.c.clock.now()
      )
      staged = await this.stageWhileSending(r)
    })
    // on disk before the caller hears of it, but the lock is free meanwhile: the provider's
    // answer, often here before this write is (1-1.6 ms in place), is checked, signed and
    // staged behind it instead of waiting for it
    await staged?.written
    this.emitTransition(r, 'start', 'REQUESTED')
    return r
  }

  /** Consumer: accept a counter-offer (OFFERED → ACCEPTED). */
  async accept(id: string): Promise<NegotiationRecord> {
    return await this.act(id, 'consumer', async r => {
      this.sendLocked(r, { kind: 'accepted', ...pids(r) })
    })
  }

  /** Provider: approve a request that waits for the operator. */
  async approve(id: string): Promise<NegotiationRecord> {
    const r = await this.act(
      id,
      'provider',
      async rec => {
        if (rec.state !== 'REQUESTED' || rec.approval !== 'manual')
          throw new NegotiationError('INVALID_TRANSITION', `negotiation ${id} is not waiting for approval (state ${rec.state})`)
        rec.approval = 'approved'
        await this.repository.save(rec)
      },
      false
    )
    this.kick(id)
    return r
  }

  /** Provider: reject a request that waits for the operator. */
  async reject(id: string, reason = 'rejected by the provider'): Promise<NegotiationRecord> {
    return await this.act(id, 'provider', async r => {
      if (r.state !== 'REQUESTED' || r.approval !== 'manual')
        throw new NegotiationError('INVALID_TRANSITION', `negotiation ${id} is not waiting for approval (state ${r.state})`)
      this.terminateLocked(r, 'REJECTED', reason)
    })
  }

  /** Either side: end the negotiation, where the state machine lets this side do so. */
  async terminate(id: string, reason = 'terminated by the operator', code = 'TERMINATED_BY_USER'): Promise<NegotiationRecord> {
    return await this.act(id, undefined, async r => {
      this.terminateLocked(r, code, reason)
    })
  }

  /**
   * Run a local action on a process, persist, deliver. An action that returns false changed
   * nothing: no write, and a message already in flight is not sent a second time.
   */
  private async act(id: string, role: Role | undefined, fn: (r: NegotiationRecord) => Promise<unknown>, persist = true): Promise<NegotiationRecord> {
    let changed = true
    const r = await this.locks.run(id, async () => {
      const rec = await this.repository.get(id)
      if (rec === undefined || (role !== undefined && rec.role !== role))
        throw new NegotiationError('NEGOTIATION_NOT_FOUND', `no ${role === undefined ? '' : `${role} `}negotiation ${id}`)
      const from = rec.state
      changed = (await fn(rec)) !== false
      if (persist && changed) {
        await this.repository.save(rec)
        if (rec.state !== from) this.emitTransition(rec, from)
      }
      return rec
    })
    if (changed && r.outbox !== undefined) void this.outbox.deliver(id)
    return r
  }

  /** Wait until a process reaches one of `states` (default: a terminal one). */
  async waitFor(id: string, timeoutMs: number, states: ReadonlySet<NegotiationState> = TERMINAL): Promise<NegotiationRecord> {
    const r = await this.repository.get(id)
    if (r === undefined) throw new NegotiationError('NEGOTIATION_NOT_FOUND', `no negotiation ${id}`)
    if (states.has(r.state)) return r
    // taking the snapshot while the event is delivered: the record moves on after it
    const reached = await this.waiters.wait(id, e => states.has(e.to) && e.record !== undefined, timeoutMs)
    return reached?.record ?? (await this.repository.get(id)) ?? r
  }

  /* ---------------- sending ---------------- */

  /** Send a message from this side, if the state machine allows it now (caller persists). */
  private sendLocked(r: NegotiationRecord, message: Outgoing): void {
    const to = transition(message.kind, r.role, r.state)
    if (to === undefined) throw new NegotiationError('INVALID_TRANSITION', `a ${r.role} cannot send ${message.kind} in state ${r.state}`)
    enqueue(r, message, this.c.clock.now())
    this.setState(r, to)
  }

  private terminateLocked(r: NegotiationRecord, code: string, reason: string): void {
    this.sendLocked(r, { kind: 'termination', ...pids(r), code, reason: reason.slice(0, 4000) })
    r.termination = { code, reason, by: 'local' }
  }

  /** End a process locally without a message (the state machine allows none from here). */
  private failLocked(r: NegotiationRecord, code: string, reason: string, by: 'local' | 'peer'): void {
    delete r.outbox
    if (TERMINAL.has(r.state)) return // e.g. our Termination could not be delivered: nothing more to do
    this.setState(r, 'TERMINATED')
    r.termination = { code, reason, by }
  }

  /** The counterparty answered our pending message. */
  private async delivered(id: string, messageId: string, reply: NegotiationReply): Promise<void> {
    await this.locks.run(id, async () => {
      const rec = await this.repository.get(id)
      if (rec?.outbox?.messageId !== messageId) return
      const from = rec.state
      delete rec.outbox
      if ('error' in reply) {
        // the peer refused our message: the process cannot go on
        this.log.info({ negotiation: id, peer: rec.peer, code: reply.error.code, reason: reply.error.message }, 'peer refused negotiation message')
        this.failLocked(rec, reply.error.code !== '' ? reply.error.code : 'PEER_ERROR', reply.error.message, 'peer')
      } else if (rec.role === 'consumer' && rec.providerPid === '' && reply.ack.providerPid !== '') {
        rec.providerPid = reply.ack.providerPid
      }
      // losing this write only means one more (idempotent) delivery after a crash
      await this.repository.save(rec, { sync: rec.state !== from })
      if (rec.state !== from) this.emitTransition(rec, from)
    })
    this.kick(id)
  }

  /* ---------------- driving: the steps that are ours to take ---------------- */

  private kick(id: string): void {
    if (!this.running) return
    setImmediate(() => {
      this.act(id, undefined, async rec => await this.step(rec)).catch((err: unknown) => {
        this.log.error({ err, negotiation: id }, 'negotiation step failed')
      })
    })
  }

  /**
   * Take the next step that is ours, if any (it may queue a message and change the state);
   * false when there was none (waiting for the peer, the operator, or a message in flight).
   */
  private async step(r: NegotiationRecord): Promise<boolean> {
    const step = nextStep(r, () => ({ offer: this.c.datasets.offer(r.offerId), now: this.c.clock.now(), member: this.c.members?.(r.peer) }))
    await this.carryOut(r, step)
    return step.do !== 'wait'
  }

  private async carryOut(r: NegotiationRecord, step: Step): Promise<void> {
    switch (step.do) {
      case 'wait':
        return
      case 'terminate':
        this.terminateLocked(r, step.code, step.reason)
        return
      case 'finalize':
        this.sendLocked(r, { kind: 'finalized', ...pids(r) })
        return
      case 'accept':
        this.sendLocked(r, { kind: 'accepted', ...pids(r) })
        return
      case 'offer':
        // counter-offer the offer's own terms (DSP: REQUESTED → OFFERED)
        r.terms = step.terms
        this.sendLocked(r, {
          kind: 'offer',
          ...pids(r),
          offerId: r.offerId,
          terms: step.terms,
          termsId: `urn:hanse:policy:${step.terms.name}`,
          datasetId: r.datasetId
        })
        this.log.info({ negotiation: r.id, peer: r.peer, reasons: step.reasons }, 'counter-offer: requested terms are broader than the offer')
        return
      case 'agree': {
        const agreementId = `urn:uuid:${randomUUID()}`
        const bytes = buildAgreement(r, { agreementId, provider: this.c.binding.localId(r.peer) }, step.datasetSha256, this.c.clock.now())
        const signature = await signAgreement(this.c.signer, 'provider', bytes)
        r.agreementId = agreementId
        r.agreement = { bytes: Buffer.from(bytes).toString('base64'), providerSignature: Buffer.from(signature).toString('base64') }
        this.sendLocked(r, { kind: 'agreement', ...pids(r), agreement: bytes, providerSignature: signature })
        return
      }
      case 'verify': {
        if (r.agreement === undefined) return
        const signature = await signAgreement(this.c.signer, 'consumer', Buffer.from(r.agreement.bytes, 'base64'))
        r.agreement.consumerSignature = Buffer.from(signature).toString('base64')
        this.sendLocked(r, { kind: 'verification', ...pids(r), consumerSignature: signature })
        return
      }
    }
  }

  /**
   * After an incoming transition: take our own next step right away and persist both with one
   * synced write (a synced LevelDB write costs about 1 ms here). The acknowledgement still
   * reports the state the message led to, as DSP expects.
   */
  private async stepAndSave(r: NegotiationRecord, from: NegotiationState | 'start', to: NegotiationState, index?: string): Promise<void> {
    await this.step(r)
    // the state our step reached, taken now: while the save below is in flight the peer's
    // answer to a message sent ahead may move the (cached) record further under another lock
    const reached = r.state
    if (r.outbox?.kind === 'agreement') {
      // the lock is held until the record is on disk (the ack waits for it anyway)
      await (await this.stageWhileSending(r, index)).written
    } else {
      await this.repository.save(r, { index })
      if (r.outbox !== undefined) void this.outbox.deliver(r.id)
    }
    this.emitTransition(r, from, to)
    if (reached !== to) this.emitTransition(r, to, reached)
  }

  /**
   * Send the outbox message ahead of its write, then stage the write; `written` resolves once
   * it is on disk. Used only where losing the write in a crash is harmless: the consumer's
   * first request and the provider's agreement. Without the record, the other side's next
   * message is answered NEGOTIATION_NOT_FOUND and it ends the negotiation; nothing is finalized
   * anywhere. (The verification and the finalization are never sent ahead: one side could end
   * FINALIZED alone.) Nothing is acknowledged before its own write is on disk, and a write
   * staged later lands after this one. The write lingers (`lingerMs`) for the counterparty's
   * answer, whose transition then shares its fsync: at single flight a negotiation makes three
   * synced writes on its critical path instead of five (each ~1 ms here).
   */
  private async stageWhileSending(r: NegotiationRecord, index?: string): Promise<{ written: Promise<void> }> {
    this.repository.put(r)
    void this.outbox.deliver(r.id)
    // the message first: it reaches the socket within a few microtask turns, before the save's
    // staging (ledger entries, the record's encoding: 0.1-0.2 ms here)
    await new Promise(resolve => setImmediate(resolve))
    const written = this.repository.save(r, { index, lingerMs: this.init.lingerMs })
    // awaited by the caller a few turns later; a failure is its to report
    written.catch(() => {})
    return { written }
  }
}
