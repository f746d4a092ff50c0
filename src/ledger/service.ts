import { RelayedError } from '../errors/index.ts'
import type { PeerId } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import type { Logger } from '../logging/index.ts'
import type { Metrics } from '../metrics/index.ts'
import { hanse, openFramed, serveProtocol, type FramedStream, type ProtocolHost } from '../wire/index.ts'
import { STREAM_IDLE_TIMEOUTS_MS } from '../wire/timeouts.ts'
import type { Ledger } from './ledger.ts'
import { canonicalBody, entryView, LedgerError, openCheckpoint, type CheckpointView } from './entry.ts'
import { sha256 } from './digest.ts'
import { leafHash, verifyConsistency, verifyInclusion } from './merkle.ts'
import { Account, compareAccounts, type AuditFinding } from './accounts.ts'
import { KeyedLimiter } from '../lock/index.ts'

export { compareAccounts, type AuditFinding }

export const LEDGER_PROTOCOL = '/hanse/ledger/1.0.0'

const { LedgerRequest, LedgerResponse } = hanse.v1

/** Audit pages stay well under the 1 MiB message limit. */
const PAGE_BYTES = 512 * 1024
const MAX_FROM_SIZES = 64
const MAX_AGREEMENTS = 1024
/**
 * An audit stops after this many of the partner's entries fail their proofs: the partner's
 * checkpoint names its own size, so without a bound a partner could send bad entries for as long
 * as it liked, each one a finding held in memory.
 */
const MAX_BAD_ENTRIES = 1000
/**
 * Transfers whose checkpoint exchange this node recorded, remembered so a repeat is answered
 * without a second ledger entry (after a restart, at most one more each).
 */
const MAX_EXCHANGED_REMEMBERED = 10_000

export interface LedgerServiceComponents {
  host: ProtocolHost
  ledger: Ledger
  /** Who an agreement is with (the negotiation component answers): only shared ones are shown. */
  agreements: { agreement: (id: string) => Promise<{ peer: string } | undefined> }
  /**
   * Whether this node has a transfer with the peer under the agreement, known to both by this id
   * (either binding): a checkpoint exchange is recorded only for one.
   */
  transfers: { shared: (peer: string, agreementId: string, transferId: string) => Promise<boolean> }
  logger: Logger
  metrics: Metrics
  /** This node's peer ID: a partner's audit entries must be about its dealings with us. */
  selfId: string
  /**
   * Partners reached another way than libp2p (DSP participants that are hanse nodes): one
   * request, one response, the same protobuf messages; and who this node is to them.
   */
  remote?: LedgerRemote
}

/** The ledger protocol on another binding (see LedgerServiceComponents.remote). */
export interface LedgerRemote {
  reaches(peer: string): boolean
  ask(peer: string, request: Uint8Array, signal: AbortSignal): Promise<Uint8Array>
  /** This node's id as `peer` knows it. */
  selfId(peer: string): string
}

export interface LedgerServiceInit {
  /** Per request, both as server (idle stream) and as client. */
  timeoutMs: number
  /** Entries per audit page at most. */
  pageSize: number
  /** Audits this node runs at once (as client, and pages it serves at once); one per peer. */
  maxAudits: number
}

const defaults: LedgerServiceInit = { timeoutMs: STREAM_IDLE_TIMEOUTS_MS.ledger, pageSize: 500, maxAudits: 2 }

export interface AuditReport {
  peer: string
  ok: boolean
  /** The peer's checkpoint this audit proved against. */
  checkpoint: { size: number; root: string; time: number }
  /** Sizes of the earlier checkpoints of the peer that were checked for consistency. */
  checkedCheckpoints: number[]
  sharedAgreements: number
  /** Peer entries received, hash and inclusion checked. */
  entriesChecked: number
  /**
   * What the comparison covered: every entry of both sides about agreements between the two, up
   * to this node's ledger size `mineSize` and the peer's checkpoint; `pending` items were
   * recorded on one side after the last checkpoint exchange that makes them due on the other.
   */
  coverage: { complete: true; mineSize: number; theirSize: number; pages: number; pending: number; pendingSample: string[] }
  ms: number
  findings: AuditFinding[]
  /** The audit.result entry in this node's ledger. */
  ledgerSeq: number
}

/**
 * `/hanse/ledger/1.0.0`: partners swap signed checkpoints at the end of each transfer, and an
 * audit asks a partner to prove (RFC 6962 consistency proofs) that its current ledger extends
 * every checkpoint it gave us, and to show its entries about our shared agreements (each with
 * an inclusion proof) so both sides' accounts can be compared.
 */
export class LedgerService {
  private readonly c: LedgerServiceComponents
  private readonly init: LedgerServiceInit
  private running = false
  /** Audits run one per peer and `maxAudits` in all; pages are served `maxAudits` at a time. */
  private readonly auditing = new Set<string>()
  private readonly audits: KeyedLimiter
  private readonly pages: KeyedLimiter
  private readonly proofCaches = new Map<string, { at: number; cache: Map<string, Buffer> }>()
  /** peer, agreement and transfer of the exchanges recorded lately, oldest first. */
  private readonly exchanged = new Set<string>()

  constructor(components: LedgerServiceComponents, init: Partial<LedgerServiceInit> = {}) {
    this.c = components
    this.init = { ...defaults, ...init }
    this.audits = new KeyedLimiter(this.init.maxAudits)
    this.pages = new KeyedLimiter(this.init.maxAudits)
  }

  async start(): Promise<void> {
    if (this.running) return
    await serveProtocol(
      { host: this.c.host, logger: this.c.logger, metrics: this.c.metrics },
      {
        protocol: LEDGER_PROTOCOL,
        maxInboundStreams: 8,
        maxFrameBytes: 64 * 1024,
        idleTimeoutMs: this.init.timeoutMs
      },
      async (framed, peer) => {
        await this.serve(framed, peer)
      }
    )
    this.running = true
  }

  async stop(): Promise<void> {
    if (!this.running) return
    this.running = false
    await this.c.host.unhandle(LEDGER_PROTOCOL)
  }

  // ------------------------------------------------------------ server

  private async serve(framed: FramedStream, peer: PeerId): Promise<void> {
    const req = await framed.read(LedgerRequest)
    if (req === undefined) return
    await framed.write(LedgerResponse, await this.answer(req, peer.toString()))
  }

  /**
   * The answer to one ledger request from `peer` (whichever binding carried it): a checkpoint
   * exchange, or an audit page. Refusals are answers with an error, never exceptions.
   */
  async answer(req: hanse.v1.LedgerRequest, peer: string): Promise<hanse.v1.ILedgerResponse> {
    if (req.exchange != null) {
      const info = { agreementId: (req.exchange.agreementId ?? '').slice(0, 256), transferId: (req.exchange.transferId ?? '').slice(0, 128) }
      // each recorded exchange is a synced ledger entry: only one that ends a transfer of ours
      // with this peer is recorded, once, so a peer cannot grow our ledger by asking
      const key = `${peer}\n${info.agreementId}\n${info.transferId}`
      if (!this.exchanged.has(key) && !(await this.c.transfers.shared(peer, info.agreementId, info.transferId))) {
        return { error: { code: 'TRANSFER_NOT_FOUND', message: 'a checkpoint exchange must name a transfer between us (its agreement and transfer id)' } }
      }
      let theirs: CheckpointView
      try {
        theirs = await openCheckpoint(req.exchange.checkpoint, peer)
      } catch (err) {
        return { error: { code: 'CHECKPOINT_INVALID', message: (err as Error).message } }
      }
      if (!this.exchanged.has(key)) {
        // remembered before the write, so a repeat arriving meanwhile is not written twice;
        // forgotten again if the write fails, so the next exchange of this transfer is
        this.exchanged.add(key)
        if (this.exchanged.size > MAX_EXCHANGED_REMEMBERED) this.exchanged.delete(this.exchanged.values().next().value as string)
        try {
          await this.c.ledger.recordPeerCheckpoint(theirs, info, peer)
        } catch (err) {
          this.exchanged.delete(key)
          throw err
        }
      }
      const mine = await this.c.ledger.checkpoint()
      return { exchange: { checkpoint: this.c.ledger.wireCheckpoint(mine) } }
    }
    if (req.audit != null) {
      try {
        const audit = req.audit
        return await this.pages.run('all', async () => await this.auditPage(audit, peer))
      } catch (err) {
        // a request we cannot answer (sizes beyond the ledger, ...) gets its reason, not a reset
        if (!(err instanceof LedgerError)) throw err
        return { error: { code: err.code, message: err.message } }
      }
    }
    return { error: { code: 'BAD_REQUEST', message: 'expected exchange or audit' } }
  }

  /**
   * Subtree hashes for one asker's audit at one size, kept across its pages (the pages of an
   * audit prove against the same tree, and neighbouring entries share most of their paths);
   * dropped a minute after last use, at most one per audit that may run at once.
   */
  private proofCache(asker: string, size: number): Map<string, Buffer> {
    const now = Date.now()
    for (const [k, v] of this.proofCaches) if (now - v.at > 60_000) this.proofCaches.delete(k)
    const key = `${asker}:${size}`
    let hit = this.proofCaches.get(key)
    if (hit === undefined) {
      hit = { at: now, cache: new Map() }
      this.proofCaches.set(key, hit)
      if (this.proofCaches.size > this.init.maxAudits) this.proofCaches.delete(this.proofCaches.keys().next().value as string)
    }
    hit.at = now
    return hit.cache
  }

  private async auditPage(a: hanse.v1.IAuditRequest, asker: string): Promise<hanse.v1.ILedgerResponse> {
    const ledger = this.c.ledger
    const size = Number(a.atSize ?? 0) > 0 ? Number(a.atSize) : ledger.size
    if (size > ledger.size) return { error: { code: 'BAD_REQUEST', message: `at_size ${size} is beyond this ledger (${ledger.size} entries)` } }
    const fromSizes = (a.fromSizes ?? []).map(Number).slice(0, MAX_FROM_SIZES)
    const ids = (a.agreementIds ?? []).slice(0, MAX_AGREEMENTS)
    if ((a.fromSizes ?? []).length > MAX_FROM_SIZES || (a.agreementIds ?? []).length > MAX_AGREEMENTS) {
      return { error: { code: 'BAD_REQUEST', message: `at most ${MAX_FROM_SIZES} checkpoints and ${MAX_AGREEMENTS} agreements per audit request` } }
    }
    const checkpoint = await ledger.checkpointAt(size)
    const consistency: hanse.v1.IConsistencyProof[] = []
    // consistency proofs go with the first page only (the asker checks them once)
    if (Number(a.afterSeq ?? -1) < 0) {
      for (const from of fromSizes) {
        if (from > size) continue
        consistency.push({ fromSize: from, hashes: await ledger.consistencyProof(from, size) })
      }
    }
    // the matching entries, in seq order, one page
    const after = Number(a.afterSeq ?? -1)
    const limit = Math.max(1, Math.min(Number(a.limit ?? this.init.pageSize) || this.init.pageSize, this.init.pageSize))
    let ordered: number[]
    if (a.allShared === true) {
      // every entry about our dealings with the asker, through the per-peer index: each page
      // costs what it returns, whatever the number of agreements
      ordered = await ledger.seqsWithPeer(asker, after, size, limit + 1)
    } else {
      // only agreements we have with the asker: nobody reads our dealings with others
      const shared: string[] = []
      for (const id of ids) {
        const rec = await this.c.agreements.agreement(id)
        if (rec !== undefined && rec.peer === asker) shared.push(id)
      }
      const seqs = new Set<number>()
      for (const id of shared) for (const seq of await ledger.seqsAbout(id, after, size, limit + 1)) seqs.add(seq)
      ordered = [...seqs].sort((x, y) => x - y)
    }
    const entries: hanse.v1.IAuditProofEntry[] = []
    let bytes = 0
    const cache = this.proofCache(asker, size)
    const page = ordered.slice(0, limit)
    // the stretch of the ledger the page covers, and each entry's neighbours, in one read (only
    // when it is dense enough to pay off: entries of one busy partner are close together)
    const lo = (page[0] ?? 0) - 1
    const hi = Math.min(size - 1, (page.at(-1) ?? 0) + 1)
    const ranged = page.length > 0 && hi - lo <= 8 * page.length ? await ledger.rawRange(lo, hi, cache, size) : undefined
    for (const seq of page) {
      const entry = ranged?.get(seq) ?? (await ledger.raw(seq))
      if (entry === undefined) break
      bytes += (entry.payload?.length ?? 0) + 200 + 34 * 40
      if (bytes > PAGE_BYTES && entries.length > 0) break
      entries.push({ entry, inclusion: await ledger.inclusionPath(seq, size, cache) })
    }
    return { audit: { checkpoint: ledger.wireCheckpoint(checkpoint), consistency, entries, more: entries.length < ordered.length } }
  }

  // ------------------------------------------------------------ client

  private async ask(peer: string, req: hanse.v1.ILedgerRequest): Promise<hanse.v1.LedgerResponse> {
    const signal = AbortSignal.timeout(this.init.timeoutMs)
    const remote = this.c.remote
    if (remote?.reaches(peer) === true) {
      let res: hanse.v1.LedgerResponse
      try {
        res = LedgerResponse.decode(await remote.ask(peer, LedgerRequest.encode(req).finish(), signal))
      } catch (err) {
        throw err instanceof LedgerError || err instanceof RelayedError ? err : peerFailure(peer, err, signal)
      }
      if (res.error != null) throw new RelayedError(res.error.code ?? '', `${peer}: ${res.error.message ?? ''}`)
      return res
    }
    let framed: FramedStream | undefined
    try {
      framed = await openFramed(this.c.host, peerIdFromString(peer), LEDGER_PROTOCOL, {
        maxFrameBytes: 1024 * 1024,
        idleTimeoutMs: this.init.timeoutMs,
        signal
      })
    } catch (err) {
      throw peerFailure(peer, err, signal)
    }
    try {
      await framed.write(LedgerRequest, req, signal)
      const res = await framed.read(LedgerResponse, signal)
      if (res === undefined) throw new LedgerError('PEER_CLOSED', `${peer} closed the ledger stream without an answer`)
      if (res.error != null) throw new RelayedError(res.error.code ?? '', `${peer}: ${res.error.message ?? ''}`)
      await framed.close(signal).catch(() => {})
      return res
    } catch (err) {
      framed.abort(err as Error)
      // the peer's own refusal keeps its code (TRANSFER_NOT_FOUND, ...): it was reached
      throw err instanceof LedgerError || err instanceof RelayedError ? err : peerFailure(peer, err, signal)
    }
  }

  /** Give a partner our signed checkpoint and keep theirs (end of a transfer). */
  async exchange(peer: string, info: { agreementId?: string; transferId?: string } = {}): Promise<CheckpointView> {
    const mine = await this.c.ledger.checkpoint()
    const res = await this.ask(peer, {
      exchange: { checkpoint: this.c.ledger.wireCheckpoint(mine), agreementId: info.agreementId, transferId: info.transferId }
    })
    const theirs = await openCheckpoint(res.exchange?.checkpoint, peer)
    await this.c.ledger.recordPeerCheckpoint(theirs, info, peer)
    return theirs
  }

  /**
   * Audit a partner: its current ledger must extend every checkpoint it gave us, its entries
   * about our shared agreements must be in that ledger, and its account of each agreement and
   * transfer must agree with ours. The result goes into our ledger.
   */
  async audit(peer: string): Promise<AuditReport> {
    if (this.c.remote?.reaches(peer) !== true) {
      try {
        peerIdFromString(peer)
      } catch {
        throw new LedgerError('BAD_REQUEST', `not a peer ID: ${peer}`)
      }
    }
    // one audit of a peer at a time; a few in all (each holds both accounts in memory)
    if (this.auditing.has(peer)) throw new LedgerError('AUDIT_RUNNING', `an audit of ${peer} is running already; wait for its result`)
    this.auditing.add(peer)
    try {
      return await this.audits.run('all', async () => await this.auditNow(peer))
    } finally {
      this.auditing.delete(peer)
    }
  }

  /**
   * One consistent cut: this node's account is read up to its ledger size when the audit
   * starts, the peer's up to the checkpoint of its first page; both are read in one pass each,
   * through the per-peer index, page by page (linear in the entries about the two of us).
   */
  private async auditNow(peer: string): Promise<AuditReport> {
    const t0 = performance.now()
    const ledger = this.c.ledger
    const mineSize = ledger.size
    const held = await ledger.peerCheckpoints(peer)
    const checked = held.slice(-MAX_FROM_SIZES)
    const findings: AuditFinding[] = []
    const theirs = new Account()
    const self = this.c.remote?.reaches(peer) === true ? this.c.remote.selfId(peer) : this.c.selfId
    let current: CheckpointView | undefined
    let after = -1
    let bad = 0
    let pages = 0
    let lastProgress = performance.now()
    const page = async (afterSeq: number, atSize: number): Promise<hanse.v1.LedgerResponse> =>
      await this.ask(peer, { audit: { fromSizes: checked.map(c => c.size), allShared: true, afterSeq, limit: this.init.pageSize, atSize } })
    let next: Promise<hanse.v1.LedgerResponse> | undefined = page(-1, 0)
    while (next !== undefined) {
      pages++
      const res = await next
      next = undefined
      const a = res.audit
      if (a == null) throw new LedgerError('PROTOCOL_ERROR', `${peer} did not answer the audit`)
      const cp = await openCheckpoint(a.checkpoint, peer)
      if (current === undefined) {
        current = cp
        findings.push(...checkConsistency(peer, checked, cp, a.consistency ?? []))
      } else if (cp.size !== current.size || cp.root !== current.root) {
        throw new LedgerError('PROTOCOL_ERROR', `${peer} answered audit pages for different ledgers`)
      }
      const root = Buffer.from(cp.root, 'hex')
      // ask for the next page before checking this one: the partner reads while we hash
      const list = a.entries ?? []
      const lastSeq = Number(list.at(-1)?.entry?.seq ?? -1)
      if (a.more === true && lastSeq > after) {
        next = page(lastSeq, cp.size)
        next.catch(() => {}) // awaited on the next turn; a failure then ends the audit
      }
      for (const pe of list) {
        const e = pe.entry
        if (e == null) continue
        const seq = Number(e.seq ?? 0)
        if (seq <= after) throw new LedgerError('PROTOCOL_ERROR', `${peer} sent audit entries out of order`)
        if (seq >= cp.size) throw new LedgerError('PROTOCOL_ERROR', `${peer} sent audit entry ${seq}, past the ${cp.size} entries of the ledger it signed`)
        after = seq
        const hash = sha256(
          canonicalBody({
            seq,
            time: Number(e.time ?? 0),
            type: e.type ?? '',
            peer: e.peer ?? '',
            agreementId: e.agreementId ?? '',
            transferId: e.transferId ?? '',
            payload: e.payload ?? new Uint8Array(),
            prevHash: e.prevHash ?? new Uint8Array()
          })
        )
        if (!hash.equals(Buffer.from(e.hash ?? [])) || !verifyInclusion(leafHash(hash), seq, cp.size, pe.inclusion ?? [], root)) {
          if (++bad > MAX_BAD_ENTRIES)
            throw new LedgerError(
              'PROTOCOL_ERROR',
              `${peer} sent more than ${MAX_BAD_ENTRIES} entries that are not part of the ledger it signed; the audit stopped`
            )
          findings.push({
            code: 'BAD_ENTRY',
            seq,
            agreementId: e.agreementId ?? undefined,
            message: `${peer}'s entry ${seq} is not part of the ledger it signed (hash or inclusion proof fails)`
          })
          continue
        }
        // only its dealings with us count: a peer cannot make us compare its dealings with others
        if (e.peer === self) theirs.add(entryView(e))
      }
      if (performance.now() - lastProgress > 5_000) {
        lastProgress = performance.now()
        this.c.logger.info({ peer, pages, entries: theirs.entries, of: cp.size }, 'ledger audit running')
      }
    }
    const cp = current as CheckpointView
    // our own account, at our cut, through the same index
    const mine = new Account()
    let mineAfter = -1
    while (true) {
      const seqs = await ledger.seqsWithPeer(peer, mineAfter, mineSize, 1000)
      for (const e of await ledger.getMany(seqs)) mine.add(e)
      mineAfter = seqs.at(-1) ?? mineAfter
      if (seqs.length < 1000) break
    }
    const compared = compareAccounts(peer, mine, theirs)
    findings.push(...compared.findings)
    const ok = findings.length === 0
    const rewritten = findings.some(f => f.code === 'REWRITTEN_HISTORY')
    const shared = Account.shared(mine, theirs)
    const coverage = { complete: true as const, mineSize, theirSize: cp.size, pages, pending: compared.pending, pendingSample: compared.pendingSample }
    const ms = Math.round(performance.now() - t0)
    const result = {
      ok,
      size: cp.size,
      root: cp.root,
      checkedCheckpoints: checked.map(c => c.size),
      sharedAgreements: shared,
      entriesChecked: theirs.entries,
      coverage,
      ms,
      findings: findings.slice(0, 50).map(f => ({ code: f.code, message: f.message, agreementId: f.agreementId, transferId: f.transferId })),
      findingsTotal: findings.length
    }
    // keep the newest checkpoint only when the peer's history held (otherwise the evidence stays)
    const entry = await ledger.recordAudit(peer, result, rewritten ? undefined : cp)
    this.c.logger[ok ? 'info' : 'warn'](
      { peer, size: cp.size, shared, entries: theirs.entries, pending: compared.pending, ms, findings: findings.length },
      ok ? 'ledger audit passed' : 'ledger audit found problems'
    )
    return {
      peer,
      ok,
      checkpoint: { size: cp.size, root: cp.root, time: cp.time },
      checkedCheckpoints: result.checkedCheckpoints,
      sharedAgreements: shared,
      entriesChecked: theirs.entries,
      coverage,
      ms,
      findings: findings.slice(0, 1000),
      ledgerSeq: entry.seq
    }
  }
}

/** The peer's ledger must extend every checkpoint it gave us (RFC 6962 consistency proofs). */
function checkConsistency(peer: string, checked: CheckpointView[], cp: CheckpointView, proofs: hanse.v1.IConsistencyProof[]): AuditFinding[] {
  const findings: AuditFinding[] = []
  const root = Buffer.from(cp.root, 'hex')
  for (const old of checked) {
    const proof = proofs.find(p => Number(p.fromSize) === old.size)
    if (old.size > cp.size) {
      findings.push({
        code: 'REWRITTEN_HISTORY',
        message: `${peer} signed a ledger of ${old.size} entries on ${new Date(old.time).toISOString()} but now has only ${cp.size}: entries were removed`
      })
    } else if (proof === undefined || !verifyConsistency(old.size, cp.size, Buffer.from(old.root, 'hex'), root, proof.hashes ?? [])) {
      findings.push({
        code: 'REWRITTEN_HISTORY',
        message: `${peer}'s ledger of ${cp.size} entries does not extend the ${old.size} entries it signed on ${new Date(old.time).toISOString()}: history was rewritten`
      })
    }
  }
  return findings
}

/** What went wrong talking to a peer, as the API should say it: 504 for a timeout, else 502. */
function peerFailure(peer: string, err: unknown, signal: AbortSignal): LedgerError {
  const e = err as Error & { code?: string }
  if (signal.aborted || e.code === 'STREAM_TIMEOUT' || e.name === 'TimeoutError') return new LedgerError('PEER_TIMEOUT', `${peer} did not answer in time`)
  return new LedgerError('PEER_UNREACHABLE', `cannot reach ${peer}: ${e.message}`)
}
