import { createHash, randomUUID } from 'node:crypto'
import { EventEmitter } from 'node:events'
import type { PeerId } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import type { Logger } from '../logging/index.ts'
import type { Metrics } from '../metrics/index.ts'
import type { Clock } from '../clock/index.ts'
import type { Store } from '../store/index.ts'
import type { UsageLog } from '../ledger/index.ts'
import { HanseError } from '../errors/index.ts'
import { KeyedLock } from '../lock/index.ts'
import { evaluatePolicy, policyFromWire, policyToWire, type MemberFacts, type Policy } from '../policy/index.ts'
import type { DatasetRegistry } from '../catalog/index.ts'
import { hanse, isText, isToken, serveProtocol, shown, StreamPool, type FramedStream, type ProtocolHost } from '../wire/index.ts'
import { STREAM_IDLE_TIMEOUTS_MS } from '../wire/timeouts.ts'
import { withoutControlChars } from '../paths/index.ts'
import { TERMINAL, transition, type MessageKind, type NegotiationState, type Role } from './states.ts'
import { checkTerms, narrowTerms, validUntil, withinOffer, type Narrowing } from './terms.ts'
import { decodeAgreement, exportAgreement, signAgreement, verifySignature } from './agreement.ts'
import type { Signer } from '../identity/index.ts'
import { MAX_REPLIES, type Ack, type AgreementRecord, type NegotiationRecord } from './records.ts'

export const NEGOTIATION_PROTOCOL = '/hanse/negotiation/1.0.0'

/** Finished processes kept in memory at most (open ones are always kept). */
/**
 * Cached processes beyond the open ones: finished processes are rarely read again, and 10,000 of
 * them (each with its history, replies and agreement) held tens of MiB on a busy provider.
 */
const CACHE_MAX = 1_000

const { NegotiationMessage, NegotiationReply } = hanse.v1
type Msg = hanse.v1.NegotiationMessage
type Reply = hanse.v1.NegotiationReply.$Properties

const PB_STATE: Record<NegotiationState, hanse.v1.NegotiationState> = {
  REQUESTED: hanse.v1.NegotiationState.REQUESTED,
  OFFERED: hanse.v1.NegotiationState.OFFERED,
  ACCEPTED: hanse.v1.NegotiationState.ACCEPTED,
  AGREED: hanse.v1.NegotiationState.AGREED,
  VERIFIED: hanse.v1.NegotiationState.VERIFIED,
  FINALIZED: hanse.v1.NegotiationState.FINALIZED,
  TERMINATED: hanse.v1.NegotiationState.TERMINATED
}

export class NegotiationError extends HanseError {
  constructor(code: string, message: string, status = 400) {
    super(code, message, { status })
  }
}

export interface NegotiationInit {
  /** First retry delay of an undelivered message; doubles up to `retryMaxDelayMs`. */
  retryInitialDelayMs: number
  retryMaxDelayMs: number
  /** Delivery attempts before the negotiation ends in TERMINATED (PEER_UNREACHABLE). */
  retryMaxAttempts: number
  maxInboundStreams: number
  /** A reused stream may sit idle this long between messages. */
  idleTimeoutMs: number
  /** How long one message waits for its acknowledgement. */
  requestTimeoutMs: number
  /** Largest frame accepted (an agreement with a large policy stays far below). */
  maxFrameBytes: number
  /** Open (not yet final) negotiations one peer may start with this node; more are refused. */
  maxOpenPerPeer: number
}

export const negotiationDefaults: NegotiationInit = {
  retryInitialDelayMs: 250,
  retryMaxDelayMs: 30_000,
  retryMaxAttempts: 10,
  maxInboundStreams: 32,
  idleTimeoutMs: STREAM_IDLE_TIMEOUTS_MS.negotiation,
  requestTimeoutMs: 10_000,
  maxFrameBytes: 256 * 1024,
  maxOpenPerPeer: 256
}

export interface NegotiationComponents {
  host: ProtocolHost & {
    addEventListener: (type: 'peer:connect', fn: (evt: CustomEvent<PeerId>) => void) => void
    removeEventListener: (type: 'peer:connect', fn: (evt: CustomEvent<PeerId>) => void) => void
  }
  store: Store
  datasets: DatasetRegistry
  signer: Signer
  logger: Logger
  metrics: Metrics
  clock: Clock
  members?: (peer: PeerId) => MemberFacts | undefined
  /** Every transition, agreement and denial is written here with the record, atomically. */
  ledger?: UsageLog
  /** Fetches a peer's offer (the consumer needs its terms to ask for it). */
  fetchOffer: (peer: PeerId, offerId: string, signal?: AbortSignal) => Promise<{ policy: Policy; dataset: { id: string } } | undefined>
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
  record: NegotiationRecord
  from: NegotiationState | 'start'
  to: NegotiationState
}

/**
 * Both roles of the DSP contract negotiation. Every transition is persisted with a synced write
 * before it is acknowledged or sent; undelivered messages wait in the process's outbox and are
 * retried with exponential backoff (and at once when the peer reconnects), across restarts.
 * Work is driven by events: a negotiation between two online nodes takes a few milliseconds.
 */
export class NegotiationManager extends EventEmitter<{ transition: [TransitionEvent] }> {
  private readonly c: NegotiationComponents
  private readonly init: NegotiationInit
  private readonly log: Logger
  private pool: StreamPool | undefined
  private readonly locks = new KeyedLock()
  private readonly timers = new Map<string, NodeJS.Timeout>()
  private running = false
  /**
   * Working copies of processes: every change goes through this manager under the process's
   * lock and is written to the store before it counts, so the copy in memory is the one on
   * disk. Open processes stay cached; finished ones leave after `CACHE_MAX` newer entries.
   * (LevelDB reads share libuv's four threads with the ~1 ms synced writes: reading a process
   * from disk at every step made negotiations several milliseconds slower.)
   */
  private readonly cache = new Map<string, NegotiationRecord>()
  private readonly indexCache = new Map<string, string>()
  /** API callers waiting for a process to reach a state, by process id. */
  private readonly waiters = new Map<string, Set<(e: TransitionEvent) => void>>()
  /** Open processes started by each peer, to refuse floods. */
  private readonly openByPeer = new Map<string, Set<string>>()
  private readonly onPeerConnect = (evt: CustomEvent<PeerId>): void => {
    void this.retryPeer(evt.detail.toString())
  }

  constructor(components: NegotiationComponents, init: Partial<NegotiationInit> = {}) {
    super()
    this.c = components
    this.init = { ...negotiationDefaults, ...init }
    this.log = components.logger
  }

  private get db(): ReturnType<Store['sublevel']> {
    return this.c.store.sublevel<unknown>('negotiations')
  }
  private get agreementsDb(): ReturnType<Store['sublevel']> {
    return this.c.store.sublevel<unknown>('agreements')
  }

  async start(): Promise<void> {
    if (this.running) return
    this.running = true
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
      { host: this.c.host, logger: this.log, metrics: this.c.metrics },
      {
        protocol: NEGOTIATION_PROTOCOL,
        maxInboundStreams: this.init.maxInboundStreams,
        maxFrameBytes: this.init.maxFrameBytes,
        idleTimeoutMs: this.init.idleTimeoutMs
      },
      async (framed, peer) => {
        await this.serve(framed, peer)
      }
    )
    this.c.host.addEventListener('peer:connect', this.onPeerConnect)
    // resume: deliver what is waiting, and take every step that is ours to take
    let resumed = 0
    for await (const value of this.db.values({ gt: 'p:', lt: 'p;' })) {
      const r = value as NegotiationRecord
      this.track(r)
      if (!TERMINAL.has(r.state) || r.outbox !== undefined) this.cachePut(r)
      // a terminated process may still owe the peer its Termination message
      if (r.outbox !== undefined) this.schedule(r.id, Math.max(0, r.outbox.nextAttemptAt - this.c.clock.now()))
      else if (!TERMINAL.has(r.state)) this.kick(r.id)
      else continue
      resumed++
    }
    if (resumed > 0) this.log.info({ resumed }, 'resumed open negotiations')
  }

  async stop(): Promise<void> {
    if (!this.running) return
    this.running = false
    this.c.host.removeEventListener('peer:connect', this.onPeerConnect)
    for (const t of this.timers.values()) clearTimeout(t)
    this.timers.clear()
    this.pool?.close()
    await this.c.host.unhandle(NEGOTIATION_PROTOCOL)
    // let in-flight transitions finish their writes before the store closes
    await this.locks.idle()
  }

  /* ---------------- persistence ---------------- */

  async get(id: string): Promise<NegotiationRecord | undefined> {
    const hit = this.cache.get(id)
    if (hit !== undefined) return hit
    const r = (await this.db.get(`p:${id}`)) as NegotiationRecord | undefined
    if (r !== undefined) this.cachePut(r)
    return r
  }

  private cachePut(r: NegotiationRecord): void {
    this.cache.delete(r.id)
    this.cache.set(r.id, r)
    if (this.cache.size <= CACHE_MAX) return
    for (const [id, x] of this.cache) {
      if (this.cache.size <= CACHE_MAX) break
      if (TERMINAL.has(x.state) && x.outbox === undefined && !this.locks.has(id)) this.cache.delete(id)
    }
  }

  private async lookupIndex(key: string): Promise<string | undefined> {
    const hit = this.indexCache.get(key)
    if (hit !== undefined) return hit
    return (await this.db.get(key)) as string | undefined
  }

  async list(filter: { state?: NegotiationState; role?: Role } = {}): Promise<NegotiationRecord[]> {
    const out: NegotiationRecord[] = []
    for await (const value of this.db.values({ gt: 'p:', lt: 'p;' })) {
      const r = value as NegotiationRecord
      this.track(r)
      if (!TERMINAL.has(r.state) || r.outbox !== undefined) this.cachePut(r)
      if (filter.state !== undefined && r.state !== filter.state) continue
      if (filter.role !== undefined && r.role !== filter.role) continue
      out.push(r)
    }
    return out.sort((a, b) => b.createdAt - a.createdAt)
  }

  async agreement(id: string): Promise<AgreementRecord | undefined> {
    return (await this.agreementsDb.get(id)) as AgreementRecord | undefined
  }

  async agreements(): Promise<AgreementRecord[]> {
    const out: AgreementRecord[] = []
    for await (const v of this.agreementsDb.values()) out.push(v as AgreementRecord)
    return out.sort((a, b) => b.finalizedAt - a.finalizedAt)
  }

  /** The self-contained, offline-verifiable export of an agreement. */
  async exportAgreement(id: string): Promise<Record<string, unknown>> {
    const a = await this.agreement(id)
    if (a === undefined) throw new NegotiationError('AGREEMENT_NOT_FOUND', `no agreement ${id}`, 404)
    return exportAgreement(Buffer.from(a.bytes, 'base64'), Buffer.from(a.providerSignature, 'base64'), Buffer.from(a.consumerSignature, 'base64'))
  }

  /**
   * Persist a record (synced unless told otherwise), with its index entry when new. A FINALIZED
   * record writes its agreement in the same atomic batch.
   */
  private async save(r: NegotiationRecord, opts: { sync?: boolean; index?: string } = {}): Promise<void> {
    const negotiations = this.db as any
    const agreement = r.state === 'FINALIZED' ? agreementRecord(r) : undefined
    const ledger = this.c.ledger
    const toLog = ledger === undefined ? 0 : r.history.length - (r.logged ?? 0)
    const ops = (batch: ReturnType<Store['batch']>): void => {
      // the ledger entries first: if one cannot be staged, the transition is not written either
      if (ledger !== undefined && toLog > 0) this.stageLedger(ledger, batch, r, agreement)
      batch.put(`p:${r.id}`, toLog > 0 ? { ...r, logged: r.history.length } : r, { sublevel: negotiations })
      if (opts.index !== undefined) batch.put(opts.index, r.id, { sublevel: negotiations })
      if (agreement !== undefined) batch.put(agreement.agreementId, agreement, { sublevel: this.agreementsDb as any })
    }
    try {
      // a transition that goes into the ledger is always a synced write
      if ((opts.sync ?? true) || toLog > 0) {
        // group commit: concurrent transitions share one synced write
        await this.c.store.commit(ops)
      } else {
        const batch = this.c.store.batch()
        ops(batch)
        await batch.write()
      }
    } catch (err) {
      // the working copy may hold a change that is not on disk: drop it, reread next time
      this.cache.delete(r.id)
      throw err
    }
    if (toLog > 0) r.logged = r.history.length
    this.cachePut(r)
    if (opts.index !== undefined) {
      this.indexCache.set(opts.index, r.id)
      if (this.indexCache.size > CACHE_MAX) this.indexCache.delete(this.indexCache.keys().next().value as string)
    }
  }

  /** Ledger entries for the transitions of `r` not logged yet, an agreement, a policy denial. */
  private stageLedger(ledger: UsageLog, batch: ReturnType<Store['batch']>, r: NegotiationRecord, agreement: AgreementRecord | undefined): void {
    const base = { peer: r.peer, agreementId: r.agreementId }
    for (const h of r.history.slice(r.logged ?? 0)) {
      ledger.stage(batch, {
        ...base,
        type: 'negotiation.state',
        payload: {
          negotiation: r.id,
          role: r.role,
          state: h.state,
          offer: r.offerId,
          dataset: r.datasetId,
          termination: h.state === 'TERMINATED' ? r.termination : undefined
        }
      })
      if (h.state === 'TERMINATED' && r.termination?.code === 'POLICY_DENIED' && r.termination.by === 'local') {
        ledger.stage(batch, {
          ...base,
          type: 'policy.denied',
          payload: { scope: 'negotiation', negotiation: r.id, offer: r.offerId, code: 'POLICY_DENIED', reasons: r.termination.reason.split('; ') }
        })
      }
      if (h.state === 'FINALIZED' && agreement !== undefined) {
        ledger.stage(batch, {
          ...base,
          type: 'agreement.signed',
          payload: {
            role: r.role,
            offer: r.offerId,
            dataset: agreement.datasetId,
            agreementSha256: createHash('sha256').update(Buffer.from(agreement.bytes, 'base64')).digest('hex'),
            providerSignature: agreement.providerSignature,
            consumerSignature: agreement.consumerSignature,
            validUntil: agreement.validUntil === 0 ? null : new Date(agreement.validUntil).toISOString()
          }
        })
      }
    }
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

  private track(r: NegotiationRecord): void {
    let set = this.openByPeer.get(r.peer)
    if (TERMINAL.has(r.state)) {
      set?.delete(r.id)
      if (set?.size === 0) this.openByPeer.delete(r.peer)
      return
    }
    if (set === undefined) {
      set = new Set()
      this.openByPeer.set(r.peer, set)
    }
    set.add(r.id)
  }

  private emitTransition(r: NegotiationRecord, from: NegotiationState | 'start', to: NegotiationState = r.state): void {
    this.track(r)
    this.log.debug({ negotiation: r.id, role: r.role, peer: r.peer, from, to }, 'negotiation transition')
    if (to === 'FINALIZED' && from !== 'FINALIZED')
      this.log.info({ agreement: r.agreementId, role: r.role, peer: r.peer, offer: r.offerId, dataset: r.datasetId }, 'agreement signed')
    if (to === 'TERMINATED' && from !== 'TERMINATED')
      this.log.info(
        { negotiation: r.id, role: r.role, peer: r.peer, offer: r.offerId, code: r.termination?.code, by: r.termination?.by },
        'negotiation terminated'
      )
    const event = { record: structuredClone(r), from, to }
    for (const w of [...(this.waiters.get(r.id) ?? [])]) w(event)
    this.emit('transition', event)
  }

  /* ---------------- consumer API ---------------- */

  /** Ask a provider for one of its offers. Returns the new process (state REQUESTED). */
  async request(req: StartNegotiation): Promise<NegotiationRecord> {
    let peer: PeerId
    try {
      peer = peerIdFromString(req.peer)
    } catch {
      throw new NegotiationError('BAD_REQUEST', `'${req.peer}' is not a peer ID`)
    }
    if (req.peer === this.c.signer.peerId) throw new NegotiationError('BAD_REQUEST', 'a node cannot negotiate with itself')
    let offer: { policy: Policy; dataset: { id: string } } | undefined = req.knownOffer
    if (offer === undefined) {
      try {
        offer = await this.c.fetchOffer(peer, req.offerId, AbortSignal.timeout(this.init.requestTimeoutMs))
        if (offer === undefined) throw new NegotiationError('OFFER_NOT_FOUND', `peer ${req.peer} shows no offer '${req.offerId}' to this node`, 404)
      } catch (err) {
        if (err instanceof NegotiationError) throw err
        // with the terms from an earlier catalogue read, the request can wait for the provider
        // a peer (or our own stream limit) refusing for load is busy, not unreachable
        if (req.terms === undefined && /TooMany|stream limit|BUSY/i.test(`${(err as Error).name} ${(err as Error).message}`))
          throw new NegotiationError('PEER_BUSY', `${req.peer} is busy and refused to show the offer now; try again shortly: ${(err as Error).message}`, 503)
        if (req.terms === undefined) throw new NegotiationError('PEER_UNREACHABLE', `cannot read the offer from ${req.peer}: ${(err as Error).message}`, 502)
        this.log.info(
          { peer: req.peer, offer: req.offerId, err: (err as Error).message },
          'provider unreachable; the request will be delivered when it is back'
        )
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
    await this.locks.run(id, async () => {
      this.setState(r, 'REQUESTED')
      this.queue(r, 'request', {
        contractRequest: { consumerPid: id, offerId: req.offerId, terms: policyToWire(terms, `urn:hanse:terms:${id}`), purposes: r.purposes }
      })
      await this.saveWhileSending(r)
      this.emitTransition(r, 'start')
    })
    return r
  }

  /** Consumer: accept a counter-offer (OFFERED → ACCEPTED). */
  async accept(id: string): Promise<NegotiationRecord> {
    return await this.act(id, 'consumer', async r => {
      this.sendLocked(r, 'accepted', { event: { consumerPid: r.consumerPid, providerPid: r.providerPid, type: hanse.v1.NegotiationEvent.Type.ACCEPTED } })
    })
  }

  /** Provider: approve a request that waits for the operator. */
  async approve(id: string): Promise<NegotiationRecord> {
    const r = await this.act(
      id,
      'provider',
      async rec => {
        if (rec.state !== 'REQUESTED' || rec.approval !== 'manual')
          throw new NegotiationError('INVALID_TRANSITION', `negotiation ${id} is not waiting for approval (state ${rec.state})`, 409)
        rec.approval = 'approved'
        await this.save(rec)
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
        throw new NegotiationError('INVALID_TRANSITION', `negotiation ${id} is not waiting for approval (state ${r.state})`, 409)
      this.terminateLocked(r, 'REJECTED', reason)
    })
  }

  /** Either side: end the negotiation, where the state machine lets this side do so. */
  async terminate(id: string, reason = 'terminated by the operator', code = 'TERMINATED_BY_USER'): Promise<NegotiationRecord> {
    return await this.act(id, undefined, async r => {
      this.terminateLocked(r, code, reason)
    })
  }

  /** Run a local action on a process, persist, deliver. */
  private async act(id: string, role: Role | undefined, fn: (r: NegotiationRecord) => Promise<void>, persist = true): Promise<NegotiationRecord> {
    const r = await this.locks.run(id, async () => {
      const rec = await this.get(id)
      if (rec === undefined || (role !== undefined && rec.role !== role))
        throw new NegotiationError('NEGOTIATION_NOT_FOUND', `no ${role === undefined ? '' : `${role} `}negotiation ${id}`, 404)
      const from = rec.state
      await fn(rec)
      if (persist) {
        await this.save(rec)
        if (rec.state !== from) this.emitTransition(rec, from)
      }
      return rec
    })
    if (r.outbox !== undefined) void this.deliver(id)
    return r
  }

  /** Wait until a process reaches one of `states` (default: a terminal one). */
  async waitFor(id: string, timeoutMs: number, states: ReadonlySet<NegotiationState> = TERMINAL): Promise<NegotiationRecord> {
    const r = await this.get(id)
    if (r === undefined) throw new NegotiationError('NEGOTIATION_NOT_FOUND', `no negotiation ${id}`, 404)
    if (states.has(r.state)) return r
    return await new Promise(resolve => {
      const waiter = (e: TransitionEvent): void => {
        if (states.has(e.to)) done(e.record)
      }
      const done = (rec: NegotiationRecord): void => {
        clearTimeout(timer)
        const set = this.waiters.get(id)
        set?.delete(waiter)
        if (set?.size === 0) this.waiters.delete(id)
        resolve(rec)
      }
      const timer = setTimeout(() => {
        void this.get(id).then(x => {
          done(x ?? r)
        })
      }, timeoutMs)
      let set = this.waiters.get(id)
      if (set === undefined) {
        set = new Set()
        this.waiters.set(id, set)
      }
      set.add(waiter)
    })
  }

  /* ---------------- sending ---------------- */

  /** Put the next message in the outbox and move to the state it leads to (caller persists). */
  private queue(r: NegotiationRecord, kind: MessageKind, body: Omit<hanse.v1.NegotiationMessage.$Properties, 'messageId'>): void {
    const messageId = randomUUID()
    const message = NegotiationMessage.encode({ messageId, ...body }).finish()
    r.outbox = { messageId, kind, message: Buffer.from(message).toString('base64'), attempts: 0, nextAttemptAt: this.c.clock.now() }
  }

  /** Send `kind` from this side, if the state machine allows it now. */
  private sendLocked(r: NegotiationRecord, kind: MessageKind, body: Omit<hanse.v1.NegotiationMessage.$Properties, 'messageId'>): void {
    const to = transition(kind, r.role, r.state)
    if (to === undefined) throw new NegotiationError('INVALID_TRANSITION', `a ${r.role} cannot send ${kind} in state ${r.state}`, 409)
    this.queue(r, kind, body)
    this.setState(r, to)
  }

  private terminateLocked(r: NegotiationRecord, code: string, reason: string): void {
    this.sendLocked(r, 'termination', { termination: { consumerPid: r.consumerPid, providerPid: r.providerPid, code, reason: reason.slice(0, 4000) } })
    r.termination = { code, reason, by: 'local' }
  }

  /** End a process locally without a message (the state machine allows none from here). */
  private failLocked(r: NegotiationRecord, code: string, reason: string, by: 'local' | 'peer'): void {
    delete r.outbox
    if (TERMINAL.has(r.state)) return // e.g. our Termination could not be delivered: nothing more to do
    this.setState(r, 'TERMINATED')
    r.termination = { code, reason, by }
  }

  private schedule(id: string, delayMs: number): void {
    clearTimeout(this.timers.get(id))
    const t = setTimeout(() => {
      this.timers.delete(id)
      void this.deliver(id)
    }, delayMs)
    t.unref()
    this.timers.set(id, t)
  }

  private async retryPeer(peer: string): Promise<void> {
    // every process with a pending message is in the cache (loaded at start, kept while open)
    for (const r of this.cache.values()) {
      if (r.peer === peer && r.outbox !== undefined) this.schedule(r.id, 0)
    }
  }

  /** Deliver the outbox of one process; on failure, back off and try again, up to the limit. */
  private async deliver(id: string): Promise<void> {
    if (!this.running) return
    const r = await this.get(id)
    const out = r?.outbox
    if (r === undefined || out === undefined) return
    let reply: hanse.v1.NegotiationReply
    try {
      const peer = peerIdFromString(r.peer)
      reply = await this.pool!.request(
        peer,
        NegotiationMessage,
        NegotiationMessage.decode(Buffer.from(out.message, 'base64')),
        NegotiationReply,
        AbortSignal.timeout(this.init.requestTimeoutMs)
      )
    } catch (err) {
      if (!this.running) return
      await this.deliveryFailed(id, out.messageId, (err as Error).message)
      return
    }
    if (reply.error?.code === 'UNAVAILABLE') {
      // the peer could not process it for now: not a refusal, retry with backoff
      await this.deliveryFailed(id, out.messageId, reply.error.message ?? 'UNAVAILABLE')
      return
    }
    await this.locks.run(id, async () => {
      const rec = await this.get(id)
      if (rec?.outbox?.messageId !== out.messageId) return
      const from = rec.state
      delete rec.outbox
      if (reply.error != null) {
        // the peer refused our message: the process cannot go on
        this.log.info({ negotiation: id, peer: rec.peer, code: reply.error.code, reason: reply.error.message }, 'peer refused negotiation message')
        const code = reply.error.code ?? ''
        this.failLocked(rec, code !== '' ? code : 'PEER_ERROR', reply.error.message ?? '', 'peer')
      } else if (rec.role === 'consumer' && rec.providerPid === '' && (reply.ack?.providerPid ?? '') !== '') {
        rec.providerPid = reply.ack?.providerPid ?? ''
      }
      // losing this write only means one more (idempotent) delivery after a crash
      await this.save(rec, { sync: rec.state !== from })
      if (rec.state !== from) this.emitTransition(rec, from)
    })
    this.kick(id)
  }

  private async deliveryFailed(id: string, messageId: string, error: string): Promise<void> {
    await this.locks.run(id, async () => {
      const r = await this.get(id)
      if (r?.outbox?.messageId !== messageId) return
      const out = r.outbox
      out.attempts++
      out.lastError = error
      if (out.attempts >= this.init.retryMaxAttempts) {
        const from = r.state
        this.log.warn({ negotiation: id, peer: r.peer, attempts: out.attempts, err: error }, 'negotiation message undeliverable; terminating')
        this.failLocked(r, 'PEER_UNREACHABLE', `could not deliver ${out.kind} to ${r.peer} after ${out.attempts} attempts: ${error}`, 'local')
        await this.save(r)
        this.emitTransition(r, from)
        return
      }
      const delay = Math.min(this.init.retryMaxDelayMs, this.init.retryInitialDelayMs * 2 ** (out.attempts - 1))
      out.nextAttemptAt = this.c.clock.now() + delay
      this.log.debug({ negotiation: id, attempts: out.attempts, retryInMs: delay, err: error }, 'negotiation message not delivered; will retry')
      await this.save(r, { sync: false })
      this.schedule(id, delay)
    })
  }

  /* ---------------- driving: the steps that are ours to take ---------------- */

  private kick(id: string): void {
    if (!this.running) return
    setImmediate(() => {
      this.drive(id).catch((err: unknown) => {
        this.log.error({ err, negotiation: id }, 'negotiation step failed')
      })
    })
  }

  private async drive(id: string): Promise<void> {
    await this.act(id, undefined, async rec => {
      await this.step(rec)
    })
  }

  /** Take the next step that is ours, if any (it may queue a message and change the state). */
  private async step(r: NegotiationRecord): Promise<void> {
    if (r.outbox !== undefined || TERMINAL.has(r.state)) return
    if (r.role === 'provider') await this.providerStep(r)
    else await this.consumerStep(r)
  }

  private async providerStep(r: NegotiationRecord): Promise<void> {
    if (r.state === 'VERIFIED') {
      this.sendLocked(r, 'finalized', { event: { consumerPid: r.consumerPid, providerPid: r.providerPid, type: hanse.v1.NegotiationEvent.Type.FINALIZED } })
      return
    }
    if (r.state !== 'REQUESTED' && r.state !== 'ACCEPTED') return
    const offer = this.c.datasets.offer(r.offerId)
    if (offer === undefined) {
      this.terminateLocked(r, 'OFFER_WITHDRAWN', `offer '${r.offerId}' is no longer offered`)
      return
    }
    const peer = peerIdFromString(r.peer)
    const decision = evaluatePolicy(offer.policy, 'negotiation', {
      now: this.c.clock.now(),
      peer: r.peer,
      purposes: r.purposes,
      member: this.c.members?.(peer)
    })
    if (!decision.allowed) {
      if (r.state === 'REQUESTED' || r.state === 'ACCEPTED') this.terminateLocked(r, 'POLICY_DENIED', decision.reasons.join('; '))
      return
    }
    if (r.state === 'REQUESTED') {
      if (r.approval === 'manual') return // the operator decides (approve / reject)
      const broader = withinOffer(r.terms, offer.policy)
      if (broader.length > 0) {
        // counter-offer the offer's own terms (DSP: REQUESTED → OFFERED)
        r.terms = offer.policy
        this.sendLocked(r, 'offer', {
          contractOffer: {
            providerPid: r.providerPid,
            consumerPid: r.consumerPid,
            offerId: r.offerId,
            terms: policyToWire(offer.policy, `urn:hanse:policy:${offer.policy.name}`)
          }
        })
        this.log.info({ negotiation: r.id, peer: r.peer, reasons: broader }, 'counter-offer: requested terms are broader than the offer')
        return
      }
    }
    await this.agreeLocked(r, offer.dataset.sha256)
  }

  private async agreeLocked(r: NegotiationRecord, datasetSha256: string): Promise<void> {
    const now = this.c.clock.now()
    const agreementId = `urn:uuid:${randomUUID()}`
    const bytes = hanse.v1.Agreement.encode({
      agreementId,
      offerId: r.offerId,
      datasetId: r.datasetId,
      datasetSha256,
      policy: policyToWire(r.terms, `urn:hanse:agreement:${agreementId}`),
      assigner: this.c.signer.peerId,
      assignee: r.peer,
      purposes: r.purposes,
      timestamp: now,
      validUntil: validUntil(r.terms, now),
      consumerPid: r.consumerPid,
      providerPid: r.providerPid
    }).finish()
    const signature = await signAgreement(this.c.signer, 'provider', bytes)
    r.agreementId = agreementId
    r.agreement = { bytes: Buffer.from(bytes).toString('base64'), providerSignature: Buffer.from(signature).toString('base64') }
    this.sendLocked(r, 'agreement', {
      contractAgreement: { consumerPid: r.consumerPid, providerPid: r.providerPid, agreement: bytes, providerSignature: signature }
    })
  }

  private async consumerStep(r: NegotiationRecord): Promise<void> {
    if (r.state === 'OFFERED' && r.acceptCounterOffers) {
      this.sendLocked(r, 'accepted', { event: { consumerPid: r.consumerPid, providerPid: r.providerPid, type: hanse.v1.NegotiationEvent.Type.ACCEPTED } })
      return
    }
    if (r.state === 'AGREED' && r.agreement !== undefined && r.agreement.consumerSignature === undefined) {
      const bytes = Buffer.from(r.agreement.bytes, 'base64')
      const signature = await signAgreement(this.c.signer, 'consumer', bytes)
      r.agreement.consumerSignature = Buffer.from(signature).toString('base64')
      this.sendLocked(r, 'verification', { verification: { consumerPid: r.consumerPid, providerPid: r.providerPid, consumerSignature: signature } })
    }
  }

  /* ---------------- receiving ---------------- */

  private async serve(framed: FramedStream, peer: PeerId): Promise<void> {
    while (true) {
      const msg = await framed.read(NegotiationMessage)
      if (msg === undefined) return
      const reply = await this.receive(msg, peer.toString()).catch((err: unknown) => {
        if (err instanceof HanseError) return { error: { code: err.code, message: err.message } }
        this.log.error({ err, peer: peer.toString() }, 'negotiation message failed')
        // nothing was decided (the state change and its ledger entry are written together or
        // not at all): the sender keeps its message and tries again later
        return { error: { code: 'UNAVAILABLE', message: 'the message could not be processed now (e.g. a storage failure); send it again later' } }
      })
      await framed.write(NegotiationReply, { messageId: msg.messageId, ...reply })
    }
  }

  /** Process one message from `peer`; returns the ack, or throws a NegotiationError. */
  async receive(msg: Msg, peer: string): Promise<Omit<Reply, 'messageId'>> {
    if (!isToken(msg.messageId)) throw new NegotiationError('BAD_REQUEST', 'message_id must be 1 to 128 characters of letters, digits and ._:@/+~=#-')
    const kind = kindOf(msg)
    if (kind === undefined) throw new NegotiationError('BAD_REQUEST', 'the message has no body')
    const ids = pidsOf(msg)
    // nothing a peer sends is stored before its form is checked (ids, offer, purposes, codes)
    for (const [name, v] of [
      ['consumer_pid', ids.consumerPid],
      ['provider_pid', ids.providerPid]
    ] as const) {
      if (v !== '' && !isToken(v))
        throw new NegotiationError('BAD_REQUEST', `${name} ${shown(v)} is not a process id (1 to 128 characters of letters, digits and ._:@/+~=#-)`)
    }
    const offerId = msg.contractRequest?.offerId ?? msg.contractOffer?.offerId
    if (offerId !== undefined && offerId !== null && !isToken(offerId, 256))
      throw new NegotiationError('BAD_REQUEST', `offer_id ${shown(offerId)} is not an offer id`)
    const purposes = msg.contractRequest?.purposes ?? []
    if (purposes.length > 32 || purposes.some(p => !isText(p, 128)))
      throw new NegotiationError('BAD_REQUEST', 'purposes: at most 32, each 1 to 128 characters without control characters')
    const t = msg.termination
    if (t != null && (t.code ?? '') !== '' && !/^[A-Z][A-Z0-9_]{0,63}$/.test(t.code ?? ''))
      throw new NegotiationError('BAD_REQUEST', `termination code ${shown(t.code)} is not a code (A-Z, 0-9, _)`)

    // which of our processes is it about?
    let localId: string | undefined
    let index: string | undefined
    const myRole: Role = kind === 'termination' ? await this.roleForTermination(ids, peer) : senderOf(kind) === 'consumer' ? 'provider' : 'consumer'
    const mine = myRole === 'provider' ? ids.providerPid : ids.consumerPid
    const theirs = myRole === 'provider' ? ids.consumerPid : ids.providerPid
    if (theirs === '') throw new NegotiationError('BAD_REQUEST', `${myRole === 'provider' ? 'consumer_pid' : 'provider_pid'} is required`)
    if (mine === '') {
      // only the first message of a process comes without our id
      if (!(kind === 'request' && myRole === 'provider') && !(kind === 'offer' && myRole === 'consumer')) {
        throw new NegotiationError('BAD_REQUEST', `${myRole === 'provider' ? 'provider_pid' : 'consumer_pid'} is required`)
      }
      index = `r:${peer}:${theirs}`
      localId = await this.lookupIndex(index)
    } else {
      localId = mine
    }

    if (localId === undefined) return await this.create(msg, kind, peer, theirs, index as string)

    return await this.locks.run(localId, async () => {
      const r = await this.get(localId)
      // a process of another peer is as good as absent: never reveal or touch it
      if (r === undefined || r.peer !== peer || r.role !== myRole || (myRole === 'provider' ? r.consumerPid : r.providerPid || theirs) !== theirs) {
        throw new NegotiationError('NEGOTIATION_NOT_FOUND', `no negotiation ${localId} with this peer`, 404)
      }
      const dup = r.replies[msg.messageId]
      if (dup !== undefined) return { ack: toPbAck(dup) }
      const sender: Role = myRole === 'provider' ? 'consumer' : 'provider'
      const to = transition(kind, sender, r.state)
      if (to === undefined) throw new NegotiationError('INVALID_TRANSITION', `a ${sender} cannot send ${kind} while the negotiation is ${r.state}`, 409)
      if (r.providerPid === '' && myRole === 'consumer') r.providerPid = theirs
      const from = r.state
      const failure = await this.apply(r, msg, kind)
      if (failure !== undefined) {
        // a bad agreement or verification ends the process here; the error reply ends it on the
        // sender's side too (it fails a process whose message is refused)
        this.failLocked(r, failure.code, failure.message, 'local')
        await this.save(r)
        this.emitTransition(r, from)
        throw new NegotiationError(failure.code, failure.message, 422)
      }
      this.setState(r, to)
      delete r.outbox // a legal message from the peer means it has what we sent
      const ack: Ack = { consumerPid: r.consumerPid, providerPid: r.providerPid, state: r.state }
      remember(r, msg.messageId, ack)
      await this.stepAndSave(r, from, to)
      return { ack: toPbAck(ack) }
    })
  }

  /**
   * After an incoming transition: take our own next step right away and persist both with one
   * synced write (a synced LevelDB write costs about 1 ms here; a negotiation needs five on its
   * critical path this way instead of nine). The acknowledgement still reports the state the
   * message led to, as DSP expects.
   */
  private async stepAndSave(r: NegotiationRecord, from: NegotiationState | 'start', to: NegotiationState, index?: string): Promise<void> {
    await this.step(r)
    // the state our step reached, taken now: while the save below is in flight the peer's
    // answer to a message sent ahead may move the (cached) record further under another lock
    const reached = r.state
    if (r.outbox?.kind === 'agreement') {
      await this.saveWhileSending(r, index)
    } else {
      await this.save(r, { index })
      if (r.outbox !== undefined) void this.deliver(r.id)
    }
    this.emitTransition(r, from, to)
    if (reached !== to) this.emitTransition(r, to, reached)
  }

  /**
   * Send the outbox message while its synced write is still in flight; nothing is acknowledged
   * and no reply is processed before the write completes (both wait for this process's lock).
   * Used only where losing the write in a crash is harmless: the consumer's first request and
   * the provider's agreement. Without the record, the other side's next message is answered
   * NEGOTIATION_NOT_FOUND and it ends the negotiation; nothing is finalized anywhere. (The
   * verification and the finalization are never sent ahead: one side could end FINALIZED alone.)
   * Saves about one synced write (≈1 ms here) per message on the critical path.
   */
  private async saveWhileSending(r: NegotiationRecord, index?: string): Promise<void> {
    this.cachePut(r)
    const saved = this.save(r, { index })
    void this.deliver(r.id)
    await saved
  }

  private async roleForTermination(ids: { consumerPid: string; providerPid: string }, peer: string): Promise<Role> {
    if (ids.providerPid !== '') {
      const r = await this.get(ids.providerPid)
      if (r?.role === 'provider' && r.peer === peer) return 'provider'
    }
    return 'consumer'
  }

  /** Message-specific checks and effects; returns a failure that terminates the process. */
  private async apply(r: NegotiationRecord, msg: Msg, kind: MessageKind): Promise<{ code: string; message: string } | undefined> {
    switch (kind) {
      case 'request': {
        const req = msg.contractRequest!
        const terms = policyFromWire(req.terms ?? {}, '')
        const problem = checkTerms(terms)
        if (problem !== undefined) throw new NegotiationError('BAD_REQUEST', `invalid terms: ${problem}`)
        r.terms = terms
        r.purposes = [...(req.purposes ?? [])]
        return undefined
      }
      case 'offer': {
        const terms = policyFromWire(msg.contractOffer!.terms ?? {}, '')
        const problem = checkTerms(terms)
        if (problem !== undefined) throw new NegotiationError('BAD_REQUEST', `invalid terms: ${problem}`)
        r.terms = terms
        return undefined
      }
      case 'agreement': {
        const ca = msg.contractAgreement!
        const bytes = ca.agreement ?? new Uint8Array()
        const sig = ca.providerSignature ?? new Uint8Array()
        if (!(await verifySignature(r.peer, 'provider', bytes, sig)))
          return { code: 'SIGNATURE_INVALID', message: 'the provider signature on the agreement does not verify' }
        let view
        try {
          view = decodeAgreement(bytes)
        } catch {
          return { code: 'AGREEMENT_INVALID', message: 'the agreement does not decode' }
        }
        const problems: string[] = []
        if (view.assigner !== r.peer) problems.push('assigner is not the provider')
        if (view.assignee !== this.c.signer.peerId) problems.push('assignee is not this node')
        if (view.offerId !== r.offerId) problems.push('offer id differs')
        if (view.consumerPid !== r.consumerPid) problems.push('consumer_pid differs')
        // the dataset id names what we receive (and, sanitised, where): bounded printable text
        if (!isText(view.datasetId, 256)) problems.push(`dataset id ${shown(view.datasetId)} is empty, longer than 256 characters or has control characters`)
        if (!isToken(view.agreementId, 256)) problems.push(`agreement id ${shown(view.agreementId)} is not an id`)
        if (JSON.stringify(policyToWire(view.policy, '')) !== JSON.stringify(policyToWire(r.terms, '')))
          problems.push('the agreed policy is not the terms on the table')
        if (problems.length > 0) return { code: 'AGREEMENT_INVALID', message: problems.join('; ') }
        r.agreementId = view.agreementId
        r.datasetId = view.datasetId
        r.agreement = { bytes: Buffer.from(bytes).toString('base64'), providerSignature: Buffer.from(sig).toString('base64') }
        return undefined
      }
      case 'verification': {
        const sig = msg.verification!.consumerSignature ?? new Uint8Array()
        if (r.agreement === undefined) return { code: 'AGREEMENT_INVALID', message: 'no agreement to verify' }
        if (!(await verifySignature(r.peer, 'consumer', Buffer.from(r.agreement.bytes, 'base64'), sig)))
          return { code: 'SIGNATURE_INVALID', message: 'the consumer signature on the agreement does not verify' }
        r.agreement.consumerSignature = Buffer.from(sig).toString('base64')
        return undefined
      }
      case 'finalized':
        return r.agreement?.consumerSignature === undefined ? { code: 'AGREEMENT_INVALID', message: 'finalized without a verified agreement' } : undefined
      case 'termination': {
        const t = msg.termination!
        r.termination = { code: (t.code ?? '') || 'TERMINATED', reason: withoutControlChars((t.reason ?? '').slice(0, 4000), ' '), by: 'peer' }
        return undefined
      }
      default:
        return undefined
    }
  }

  /** A new process started by the peer: a consumer's first request, or a provider's offer. */
  private async create(msg: Msg, kind: MessageKind, peer: string, theirs: string, index: string): Promise<Omit<Reply, 'messageId'>> {
    // serialize creation per remote process, so a duplicate first message finds the first one's record
    return await this.locks.run(index, async () => {
      const existing = await this.lookupIndex(index)
      if (existing !== undefined) {
        const r = await this.get(existing)
        const dup = r?.replies[msg.messageId]
        if (dup !== undefined) return { ack: toPbAck(dup) }
        throw new NegotiationError('INVALID_TRANSITION', `negotiation ${theirs} exists already`, 409)
      }
      if ((this.openByPeer.get(peer)?.size ?? 0) >= this.init.maxOpenPerPeer) {
        throw new NegotiationError(
          'TOO_MANY_NEGOTIATIONS',
          `this peer has ${this.init.maxOpenPerPeer} open negotiations with this node; finish or terminate some first`,
          429
        )
      }
      const now = this.c.clock.now()
      const id = `urn:uuid:${randomUUID()}`
      let r: NegotiationRecord
      if (kind === 'request') {
        const offerId = msg.contractRequest?.offerId ?? ''
        const offer = this.c.datasets.offer(offerId)
        if (offer === undefined) throw new NegotiationError('OFFER_NOT_FOUND', `no offer '${offerId.slice(0, 200)}'`, 404)
        // an offer the consumer may not even see is unknown to it
        if (!evaluatePolicy(offer.policy, 'catalog', { now, peer, member: this.c.members?.(peerIdFromString(peer)) }).allowed) {
          throw new NegotiationError('OFFER_NOT_FOUND', `no offer '${offerId}'`, 404)
        }
        r = this.blank(id, 'provider', peer, theirs, id, offerId, offer.dataset.id, now)
        r.approval = offer.approval
      } else {
        if (!isToken(msg.contractOffer?.offerId, 256)) throw new NegotiationError('BAD_REQUEST', 'offer_id is required')
        r = this.blank(id, 'consumer', peer, id, theirs, msg.contractOffer?.offerId ?? '', '', now)
        r.acceptCounterOffers = false // an unsolicited offer waits for the operator
      }
      const to = transition(kind, kind === 'request' ? 'consumer' : 'provider', 'start') as NegotiationState
      await this.apply(r, msg, kind)
      this.setState(r, to)
      const ack: Ack = { consumerPid: r.consumerPid, providerPid: r.providerPid, state: r.state }
      remember(r, msg.messageId, ack)
      await this.stepAndSave(r, 'start', to, index)
      return { ack: toPbAck(ack) }
    })
  }

  private blank(
    id: string,
    role: Role,
    peer: string,
    consumerPid: string,
    providerPid: string,
    offerId: string,
    datasetId: string,
    now: number
  ): NegotiationRecord {
    return {
      id,
      role,
      peer,
      consumerPid,
      providerPid,
      offerId,
      datasetId,
      state: 'REQUESTED',
      stateCount: 0,
      stateTimestamp: now,
      createdAt: now,
      purposes: [],
      terms: { name: '', description: '', access: [], permissions: [], prohibitions: [], duties: [] },
      approval: 'auto',
      acceptCounterOffers: true,
      replies: {},
      history: []
    }
  }
}

function agreementRecord(r: NegotiationRecord): AgreementRecord | undefined {
  if (r.agreement?.consumerSignature === undefined || r.agreementId === undefined) return undefined
  const view = decodeAgreement(Buffer.from(r.agreement.bytes, 'base64'))
  return {
    agreementId: r.agreementId,
    negotiationId: r.id,
    role: r.role,
    peer: r.peer,
    offerId: r.offerId,
    datasetId: view.datasetId,
    bytes: r.agreement.bytes,
    providerSignature: r.agreement.providerSignature,
    consumerSignature: r.agreement.consumerSignature,
    timestamp: Date.parse(view.timestamp),
    validUntil: view.validUntil === null ? 0 : Date.parse(view.validUntil),
    finalizedAt: r.stateTimestamp
  }
}

function remember(r: NegotiationRecord, messageId: string, ack: Ack): void {
  r.replies[messageId] = ack
  const keys = Object.keys(r.replies)
  if (keys.length > MAX_REPLIES) for (const k of keys.slice(0, keys.length - MAX_REPLIES)) delete r.replies[k]
}

function toPbAck(a: Ack): hanse.v1.NegotiationAck.$Properties {
  return { consumerPid: a.consumerPid, providerPid: a.providerPid, state: PB_STATE[a.state] }
}

function kindOf(m: Msg): MessageKind | undefined {
  switch (m.body) {
    case 'contractRequest':
      return 'request'
    case 'contractOffer':
      return 'offer'
    case 'contractAgreement':
      return 'agreement'
    case 'verification':
      return 'verification'
    case 'termination':
      return 'termination'
    case 'event':
      if (m.event?.type === hanse.v1.NegotiationEvent.Type.ACCEPTED) return 'accepted'
      if (m.event?.type === hanse.v1.NegotiationEvent.Type.FINALIZED) return 'finalized'
      return undefined
    default:
      return undefined
  }
}

function senderOf(kind: Exclude<MessageKind, 'termination'>): Role {
  return kind === 'request' || kind === 'accepted' || kind === 'verification' ? 'consumer' : 'provider'
}

function pidsOf(m: Msg): { consumerPid: string; providerPid: string } {
  const b = m.contractRequest ?? m.contractOffer ?? m.event ?? m.contractAgreement ?? m.verification ?? m.termination
  return { consumerPid: b?.consumerPid ?? '', providerPid: b?.providerPid ?? '' }
}
