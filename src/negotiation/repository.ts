import { createHash } from 'node:crypto'
import type { UsageLog } from '../ledger/index.ts'
import type { Store, StoreBatch, Sublevel } from '../store/index.ts'
import { decodeAgreement } from './agreement.ts'
import type { AgreementRecord, NegotiationRecord } from './records.ts'
import { TERMINAL, type NegotiationState, type Role } from './states.ts'

/**
 * Cached processes beyond the open ones: finished processes are rarely read again, and 10,000 of
 * them (each with its history, replies and agreement) held tens of MiB on a busy provider.
 */
const CACHE_MAX = 1_000

export interface NegotiationRepositoryComponents {
  store: Store
  /** Every transition, agreement and denial is written here with the record, atomically. */
  ledger?: UsageLog
  /** Whether a process is being changed right now (it must then stay in the cache). */
  busy: (id: string) => boolean
  /** The binding a counterparty is reached by (`libp2p`, `dsp`), written into the ledger entries. */
  bindingOf?: (peer: string) => string
}

/**
 * The negotiation processes and agreements on disk, with their working copies in memory. Every
 * change is written before it counts, so the copy in memory is the one on disk; open processes
 * stay cached, finished ones leave after `CACHE_MAX` newer entries. (LevelDB reads share libuv's
 * four threads with the ~1 ms synced writes: reading a process from disk at every step made
 * negotiations several milliseconds slower.) What misses the cache is read synchronously (see
 * `lookup`): a record is a few KiB. A transition and its ledger entries are one batch.
 */
export class NegotiationRepository {
  private readonly c: NegotiationRepositoryComponents
  private readonly cache = new Map<string, NegotiationRecord>()
  private readonly indexCache = new Map<string, string>()
  /** Open processes with each peer, to refuse floods. */
  private readonly openByPeer = new Map<string, Set<string>>()

  constructor(components: NegotiationRepositoryComponents) {
    this.c = components
  }

  private get db(): Sublevel<unknown> {
    return this.c.store.sublevel<unknown>('negotiations')
  }
  private get agreementsDb(): Sublevel<unknown> {
    return this.c.store.sublevel<unknown>('agreements')
  }

  /** Every stored process, oldest key first; each is tracked and, if open, cached. */
  async *all(): AsyncGenerator<NegotiationRecord> {
    for await (const value of this.db.values({ gt: 'p:', lt: 'p;' })) {
      const r = value as NegotiationRecord
      this.track(r)
      if (!TERMINAL.has(r.state) || r.outbox !== undefined) this.put(r)
      yield r
    }
  }

  async get(id: string): Promise<NegotiationRecord | undefined> {
    const hit = this.cache.get(id)
    if (hit !== undefined) return hit
    const r = this.db.getSync(`p:${id}`) as NegotiationRecord | undefined
    if (r !== undefined) this.put(r)
    return r
  }

  /** The cached processes (every one with a message waiting is among them). */
  cached(): IterableIterator<NegotiationRecord> {
    return this.cache.values()
  }

  /** Keep a working copy (the caller writes it with `save`). */
  put(r: NegotiationRecord): void {
    this.cache.delete(r.id)
    this.cache.set(r.id, r)
    if (this.cache.size <= CACHE_MAX) return
    for (const [id, x] of this.cache) {
      if (this.cache.size <= CACHE_MAX) break
      if (TERMINAL.has(x.state) && x.outbox === undefined && !this.c.busy(id)) this.cache.delete(id)
    }
  }

  /**
   * Our process id for a key `r:<peer>:<their pid>`. Every new request misses the cache, twice
   * (before and under its lock), and finds nothing on disk either: a synchronous read, answered
   * from LevelDB's memtable and cached blocks in ~1 µs, where an asynchronous one costs ~40 µs of
   * CPU for the trip through libuv's thread pool (measured here) and queues behind the synced writes.
   */
  async lookup(key: string): Promise<string | undefined> {
    const hit = this.indexCache.get(key)
    if (hit !== undefined) return hit
    return this.db.getSync(key) as string | undefined
  }

  async list(filter: { state?: NegotiationState; role?: Role } = {}): Promise<NegotiationRecord[]> {
    const out: NegotiationRecord[] = []
    for await (const r of this.all()) {
      if (filter.state !== undefined && r.state !== filter.state) continue
      if (filter.role !== undefined && r.role !== filter.role) continue
      out.push(r)
    }
    return out.sort((a, b) => b.createdAt - a.createdAt)
  }

  async agreement(id: string): Promise<AgreementRecord | undefined> {
    return this.agreementsDb.getSync(id) as AgreementRecord | undefined
  }

  async agreements(): Promise<AgreementRecord[]> {
    const out: AgreementRecord[] = []
    for await (const v of this.agreementsDb.values()) out.push(v as AgreementRecord)
    return out.sort((a, b) => b.finalizedAt - a.finalizedAt)
  }

  /** Open processes with `peer`. */
  openWith(peer: string): number {
    return this.openByPeer.get(peer)?.size ?? 0
  }

  /** Count a process as open or done with its peer. */
  track(r: NegotiationRecord): void {
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

  /**
   * Persist a record (synced unless told otherwise), with its index entry when new. A FINALIZED
   * record writes its agreement in the same atomic batch.
   */
  async save(r: NegotiationRecord, opts: { sync?: boolean; index?: string; lingerMs?: number } = {}): Promise<void> {
    const negotiations = this.db
    const agreements = this.agreementsDb
    const agreement = r.state === 'FINALIZED' ? agreementRecord(r) : undefined
    const ledger = this.c.ledger
    const toLog = ledger === undefined ? 0 : r.history.length - (r.logged ?? 0)
    let staged = false
    const ops = (batch: StoreBatch): void => {
      // the ledger entries first: if one cannot be staged, the transition is not written either
      if (ledger !== undefined && toLog > 0) stageLedger(ledger, batch, r, agreement, this.c.bindingOf?.(r.peer))
      batch.put(`p:${r.id}`, toLog > 0 ? { ...r, logged: r.history.length } : r, { sublevel: negotiations })
      if (opts.index !== undefined) batch.put(opts.index, r.id, { sublevel: negotiations })
      if (agreement !== undefined) batch.put(agreement.agreementId, agreement, { sublevel: agreements })
      staged = true
    }
    // a transition that goes into the ledger is always a synced write; concurrent ones share it
    // (group commit). Either way the operations are staged before the call returns
    const written = (opts.sync ?? true) || toLog > 0 ? this.c.store.commit(ops, { lingerMs: opts.lingerMs }) : this.c.store.persist(ops)
    if (staged) {
      // the working copy's bookkeeping follows what is staged, not what is on disk yet: a save
      // of this process staged before this one is written (it lands after it, in order) must
      // not log the same transitions again
      if (toLog > 0) r.logged = r.history.length
      this.put(r)
      if (opts.index !== undefined) {
        this.indexCache.set(opts.index, r.id)
        if (this.indexCache.size > CACHE_MAX) this.indexCache.delete(this.indexCache.keys().next().value as string)
      }
    }
    try {
      await written
    } catch (err) {
      // the working copy may hold a change that is not on disk: drop it, reread next time
      this.cache.delete(r.id)
      if (opts.index !== undefined) this.indexCache.delete(opts.index)
      throw err
    }
  }
}

/** Ledger entries for the transitions of `r` not logged yet, an agreement, a policy denial. */
function stageLedger(ledger: UsageLog, batch: StoreBatch, r: NegotiationRecord, agreement: AgreementRecord | undefined, binding: string | undefined): void {
  const base = { peer: r.peer, agreementId: r.agreementId }
  for (const h of r.history.slice(r.logged ?? 0)) {
    ledger.stage(batch, {
      ...base,
      type: 'negotiation.state',
      payload: {
        negotiation: r.id,
        role: r.role,
        binding,
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
          binding,
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
