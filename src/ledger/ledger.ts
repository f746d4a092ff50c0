import type { Sublevel } from '../store/index.ts'
import type { hanse } from '../wire/index.ts'
import { consistencyPath, inclusionPath, leafHash, nodeHash, rootOf, splitPoint } from './merkle.ts'
import {
  canonicalJson,
  decodeEntry,
  entryView,
  LedgerError,
  openCheckpoint,
  sealEntry,
  seqKey,
  signCheckpoint,
  toWire,
  ZERO_HASH,
  type CheckpointView,
  type EntryView,
  type LedgerInput
} from './entry.ts'
import { chainFields, unseal } from './layout.ts'
import { sha256 } from './digest.ts'
import {
  isPow2,
  ledgerDefaults,
  MIN_STORED_LEVEL,
  PROOF_CACHE_MAX,
  LedgerCorruptError,
  nodeKey,
  type Head,
  type LedgerComponents,
  type LedgerInit,
  type LedgerQuery,
  type UsageLog,
  type VerifyReport
} from './types.ts'
import { verifyLedger } from './verify.ts'
import { SeqIndex } from './seq-index.ts'
import type { StoreBatch } from '../store/index.ts'

export {
  LedgerCorruptError,
  PROOF_CACHE_MAX,
  type LedgerComponents,
  type LedgerInit,
  type LedgerQuery,
  type UsageLog,
  type VerifyProblem,
  type VerifyReport
} from './types.ts'

/**
 * The usage ledger (DESIGN.md section 7, proto/hanse/v1/ledger.proto): an append-only hash
 * chain of entries in LevelDB that are also the leaves of an RFC 6962 Merkle tree, whose
 * perfect subtrees of 16 leaves and more are stored as they complete, so proofs need O(log^2 n)
 * reads (and a range read of at most 16 entries for the levels below, MIN_STORED_LEVEL).
 *
 * Appends go through the store's group commit: seq, chain and tree are advanced while the batch
 * is built and rolled back if it fails, and an append resolves only after the synced write.
 */
export class Ledger implements UsageLog {
  private readonly c: LedgerComponents
  private readonly init: LedgerInit
  private staged: Head = { size: 0, lastHash: ZERO_HASH, stack: [] }
  private durable: Head = { size: 0, lastHash: ZERO_HASH, stack: [] }
  /** Heads of batches sealed but not yet written, oldest first (with when their entries were staged). */
  private sealed: Array<Head & { stagedAt?: number[] }> = []
  /** When each entry of the batch being built was staged (for the append latency metric). */
  private stagedAt: number[] = []
  private headDirty = false
  private unlisten: (() => void) | undefined
  /** The last staged hash and its hex (see stage). */
  private hexOf: Buffer | undefined
  private hex = ''
  /** Which entries are about which agreement and peer. */
  private readonly seqIndex: SeqIndex

  constructor(components: LedgerComponents, init: Partial<LedgerInit> = {}) {
    this.c = components
    this.init = { ...ledgerDefaults, ...init }
    this.seqIndex = new SeqIndex(
      { store: components.store, entries: after => this.scan(after >= 0 ? { gt: seqKey(after) } : {}) },
      { flushEntries: this.init.indexFlushEntries }
    )
  }

  private get entries(): Sublevel<Uint8Array> {
    return this.c.store.sublevel<Uint8Array>('ledger')
  }
  private get nodes(): Sublevel<Uint8Array> {
    return this.c.store.sublevel<Uint8Array>('ledgernodes')
  }
  private get checkpoints(): Sublevel<CheckpointView> {
    return this.c.store.sublevel<CheckpointView>('checkpoints')
  }

  /** Durable entries. */
  get size(): number {
    return this.durable.size
  }

  async start(): Promise<void> {
    if (this.unlisten !== undefined) return
    // the head is read back from the log itself: the last entry and the stored subtrees
    let size = 0
    let lastHash = ZERO_HASH
    for await (const [key, value] of this.entries.iterator({ reverse: true, limit: 1 })) {
      const parts = unseal(value)
      if (typeof parts === 'string') throw new LedgerError('LEDGER_CORRUPT', `ledger entry ${key}: ${parts}; run \`hanse ledger verify\``)
      size = parseInt(key, 16) + 1
      lastHash = Buffer.from(parts.hash)
    }
    const stack: Buffer[] = []
    let start = 0
    for (let bit = 2 ** Math.floor(Math.log2(Math.max(size, 1))); bit >= 1 && start < size; bit /= 2) {
      if (Math.floor(size / bit) % 2 === 1) {
        stack.push(await this.subtree(start, start + bit))
        start += bit
      }
    }
    this.staged = { size, lastHash, stack }
    this.durable = { size, lastHash, stack: [...stack] }
    await this.seqIndex.start(size)
    this.unlisten = this.c.store.onBatch({
      sealed: batch => {
        // the head as of this batch: durable once its write lands
        const snap = { ...this.staged, stack: [...this.staged.stack], stagedAt: this.stagedAt }
        this.stagedAt = []
        this.sealed.push(snap)
        if (this.headDirty) {
          // one head record per batch, written with the entries (truncation shows against it)
          batch.put('ledgerHead', { size: snap.size, hash: snap.lastHash.toString('hex') }, { sublevel: this.c.store.sublevel('meta') })
          this.headDirty = false
        }
        this.seqIndex.sealed(batch, snap.size)
      },
      written: () => {
        this.seqIndex.written()
        const done = this.sealed.shift()
        if (done !== undefined) {
          // append latency: from staging to the synced write, for every entry (staged or appended)
          const now = performance.now()
          for (const t of done.stagedAt ?? []) this.c.metrics?.ledgerAppendSeconds.observe((now - t) / 1000)
          this.durable = { size: done.size, lastHash: done.lastHash, stack: done.stack }
        }
        this.c.metrics?.ledgerEntries.set(this.durable.size)
      },
      failed: () => {
        // this batch and any built on it are gone: back to what is on disk
        this.sealed = []
        this.stagedAt = []
        this.headDirty = false
        this.staged = { ...this.durable, stack: [...this.durable.stack] }
        this.seqIndex.failed(this.durable.size)
      }
    })
    this.c.metrics?.ledgerEntries.set(size)
    if (this.init.checkAtStart) {
      const built = await this.seqIndex.backfillPeers()
      if (built !== undefined && size > 0) this.c.logger.info({ entries: size, indexed: built }, 'ledger: per-peer index built')
    }
    if (this.init.checkAtStart) {
      try {
        await this.checkAtStart(size, lastHash, stack)
      } catch (err) {
        await this.stop()
        throw err
      }
    }
  }

  /**
   * The cheap, bounded start check: the recorded head matches the last entry, the last own
   * signed checkpoint is covered and has the root the stored tree gives, and the last
   * `tailEntries` entries hash, link and sit where they say. `verify` is the full check.
   */
  private async checkAtStart(size: number, lastHash: Buffer, stack: Buffer[]): Promise<void> {
    const head = await this.c.store.sublevel<{ size: number; hash?: string }>('meta').get('ledgerHead')
    if (head !== undefined && head.size !== size)
      throw new LedgerCorruptError(
        `the recorded head says ${head.size} entries, the store holds ${size}${head.size > size ? ` (entries ${size} to ${head.size - 1} are gone)` : ''}`
      )
    if (head?.hash !== undefined && size > 0 && head.hash !== lastHash.toString('hex'))
      throw new LedgerCorruptError(`the last entry (${size - 1}) is not the one recorded as the head`)
    const cp = await this.lastOwnCheckpoint()
    if (cp !== undefined) {
      if (cp.size > size) throw new LedgerCorruptError(`this node signed a checkpoint of ${cp.size} entries, the store holds ${size}`)
      let root: string
      try {
        root = (cp.size === size ? rootOf(stack) : cp.size === 0 ? rootOf([]) : await this.subtree(0, cp.size)).toString('hex')
      } catch (err) {
        throw new LedgerCorruptError((err as Error).message)
      }
      if (root !== cp.root) throw new LedgerCorruptError(`the entries up to ${cp.size} no longer have the Merkle root this node signed at that size`)
      try {
        await openCheckpoint(toWire(cp), this.c.signer.peerId)
      } catch (err) {
        throw new LedgerCorruptError(`own checkpoint at size ${cp.size}: ${(err as Error).message}`)
      }
    }
    // the tail, newest first: each entry hashes to its hash, says its own seq and links to the one before
    let newer: { seq: number; prevHash: Buffer } | undefined
    let expect = size - 1
    for await (const [key, value] of this.entries.iterator({ reverse: true, limit: this.init.tailEntries + 1 })) {
      const at = parseInt(key, 16)
      if (at !== expect) throw new LedgerCorruptError(`entry ${expect} is missing (the next one stored is ${at})`)
      const parts = unseal(value)
      if (typeof parts === 'string') throw new LedgerCorruptError(`entry ${at}: ${parts}`)
      if (!sha256(parts.body).equals(parts.hash)) throw new LedgerCorruptError(`entry ${at} was changed: its content does not hash to its recorded hash`)
      const link = chainFields(parts.body)
      if (typeof link === 'string' || link.seq !== at) throw new LedgerCorruptError(`entry ${at} is damaged or misplaced`)
      if (newer !== undefined && !newer.prevHash.equals(parts.hash)) throw new LedgerCorruptError(`entry ${newer.seq} does not follow entry ${at}`)
      newer = { seq: at, prevHash: Buffer.from(parts.body.subarray(link.prevStart, link.prevEnd)) }
      expect--
    }
  }

  async stop(): Promise<void> {
    this.unlisten?.()
    this.unlisten = undefined
  }

  async append(input: LedgerInput): Promise<EntryView> {
    let view: EntryView | undefined
    await this.c.store.commit(b => {
      view = this.stage(b, input)
    })
    return view as EntryView
  }

  stage(batch: StoreBatch, input: LedgerInput): EntryView {
    if (!this.c.store.applying) throw new LedgerError('LEDGER_MISUSE', 'ledger entries can only be staged inside Store.commit')
    if (this.unlisten === undefined) throw new LedgerError('LEDGER_CLOSED', 'the ledger is not started')
    const json = canonicalJson(input.payload ?? {})
    // (the text goes into the entry as it is: an empty object is no payload)
    const payload = json === '{}' ? '' : json
    const payloadBytes = Buffer.byteLength(payload)
    if (payloadBytes > this.init.maxPayloadBytes)
      throw new LedgerError('LEDGER_PAYLOAD_TOO_LARGE', `ledger payload of ${payloadBytes} bytes for ${input.type} exceeds ${this.init.maxPayloadBytes}`)
    const head = this.staged
    const seq = head.size
    const fields = {
      seq,
      time: this.c.clock.now(),
      type: input.type,
      peer: input.peer ?? '',
      agreementId: input.agreementId ?? '',
      transferId: input.transferId ?? '',
      payload,
      prevHash: head.lastHash
    }
    const { stored, hash } = sealEntry(fields)
    const key = seqKey(seq)
    batch.put(key, stored, { sublevel: this.entries })
    this.seqIndex.add(seq, fields.peer, fields.agreementId)
    // the tree: combine with the subtrees this leaf completes, storing each new one of 16
    // leaves or more
    let cur = leafHash(hash)
    let n = seq
    let level = 0
    while (n % 2 === 1) {
      cur = nodeHash(head.stack.pop() as Buffer, cur)
      level++
      n = Math.floor(n / 2)
      if (level >= MIN_STORED_LEVEL) batch.put(nodeKey(level, (seq + 1) / 2 ** level - 1), cur, { sublevel: this.nodes })
    }
    head.stack.push(cur)
    head.size = seq + 1
    // the view's hex digests: this entry's prev hash is the last one's hash, already in hex
    const prevHex = this.hexOf === head.lastHash ? this.hex : head.lastHash.toString('hex')
    const hashHex = hash.toString('hex')
    this.hexOf = hash
    this.hex = hashHex
    head.lastHash = hash
    this.headDirty = true
    if (this.c.metrics !== undefined) {
      this.stagedAt.push(performance.now())
      this.c.metrics.ledgerAppends.inc({ type: input.type })
    }
    return {
      seq,
      time: fields.time,
      type: fields.type,
      peer: fields.peer,
      agreementId: fields.agreementId,
      transferId: fields.transferId,
      payload: input.payload ?? {},
      prevHash: prevHex,
      hash: hashHex
    }
  }

  // ------------------------------------------------------------ reading

  async get(seq: number): Promise<EntryView | undefined> {
    const raw = await this.entries.get(seqKey(seq))
    return raw === undefined ? undefined : entryView(decodeEntry(raw))
  }

  /** Several entries in one read (an audit's own side: the seqs from the per-peer index). */
  async getMany(seqs: readonly number[]): Promise<EntryView[]> {
    const raws = await this.entries.getMany(seqs.map(seqKey))
    return raws.filter((r): r is Uint8Array => r !== undefined).map(r => entryView(decodeEntry(r)))
  }

  /** The raw entry (for audits: the peer re-checks its hash). */
  async raw(seq: number): Promise<hanse.v1.LedgerEntry | undefined> {
    const raw = await this.entries.get(seqKey(seq))
    return raw === undefined ? undefined : decodeEntry(raw)
  }

  /**
   * The raw entries from `from` to `to` (inclusive) in one range read, and the leaf hash of each
   * put into `cache` (the keys `inclusionPath` uses): an audit page proves many entries of one
   * stretch of the ledger, whose level-0 siblings are exactly these leaves.
   */
  async rawRange(from: number, to: number, cache: Map<string, Buffer>, treeSize = this.durable.size): Promise<Map<number, hanse.v1.LedgerEntry>> {
    const out = new Map<number, hanse.v1.LedgerEntry>()
    const it = this.entries.iterator({ gte: seqKey(Math.max(0, from)), lte: seqKey(to) })
    try {
      while (true) {
        const batch = await it.nextv(1000)
        if (batch.length === 0) break
        for (const [key, value] of batch) {
          const seq = parseInt(key, 16)
          const e = decodeEntry(value)
          out.set(seq, e)
          if (cache.size < PROOF_CACHE_MAX) cache.set(`${seq}-${seq + 1}`, leafHash(Buffer.from(e.hash ?? [])))
        }
      }
    } finally {
      await it.close()
    }
    // the subtrees below the stored levels that these leaves make up, hashed from them
    for (let level = 1; level < MIN_STORED_LEVEL && 2 ** level <= treeSize; level++) {
      const w = 2 ** level
      for (let i = Math.floor(Math.max(0, from) / w); (i + 1) * w <= Math.min(to + 1, treeSize) && cache.size < PROOF_CACHE_MAX; i++) {
        const left = cache.get(`${i * w}-${i * w + w / 2}`)
        const right = cache.get(`${i * w + w / 2}-${(i + 1) * w}`)
        if (left !== undefined && right !== undefined) cache.set(`${i * w}-${(i + 1) * w}`, nodeHash(left, right))
      }
    }
    // and the stored subtrees over that stretch, level by level, in one multi-get: the siblings
    // an inclusion path needs above those
    const keys: string[] = []
    const ranges: string[] = []
    for (let level = MIN_STORED_LEVEL; 2 ** level <= treeSize; level++) {
      const w = 2 ** level
      for (let i = Math.max(0, Math.floor(from / w) - 1); i <= Math.floor(to / w) + 1; i++) {
        if ((i + 1) * w > treeSize || cache.has(`${i * w}-${(i + 1) * w}`)) continue
        keys.push(nodeKey(level, i))
        ranges.push(`${i * w}-${(i + 1) * w}`)
      }
    }
    if (keys.length > 0 && cache.size < PROOF_CACHE_MAX) {
      const values = await this.nodes.getMany(keys)
      values.forEach((v, i) => {
        if (v !== undefined) cache.set(ranges[i] as string, Buffer.from(v))
      })
    }
    return out
  }

  /** Entries in seq order, filtered; streams (bounded memory whatever the size). */
  async *query(q: LedgerQuery = {}): AsyncGenerator<EntryView> {
    const after = q.afterSeq ?? -1
    const match = (e: EntryView): boolean =>
      (q.type === undefined || e.type === q.type || (q.type.endsWith('.*') && e.type.startsWith(q.type.slice(0, -1)))) &&
      (q.peer === undefined || e.peer === q.peer) &&
      (q.since === undefined || e.time >= q.since) &&
      (q.until === undefined || e.time <= q.until)
    if (q.agreement !== undefined) {
      // through the index: only this agreement's entries are read
      for (let from = after; ; ) {
        const seqs = await this.seqsAbout(q.agreement, from, this.durable.size, 1000)
        if (seqs.length === 0) return
        for (const e of await this.getMany(seqs)) if (match(e)) yield e
        from = seqs[seqs.length - 1] as number
      }
    }
    const opts = after >= 0 ? { gt: seqKey(after) } : {}
    for await (const batch of this.scan(opts)) {
      for (const [, value] of batch) {
        const e = entryView(decodeEntry(value))
        if (match(e)) yield e
      }
    }
  }

  /**
   * Entries in key order, read a thousand at a time: one promise per entry (the plain async
   * iterator) costs more than the entry's own checks.
   */
  private async *scan(range: { gt?: string } = {}): AsyncGenerator<Array<[string, Uint8Array]>> {
    const it = this.entries.iterator(range)
    // the next read runs in LevelDB's thread while the caller works on this one
    let next = it.nextv(1000)
    try {
      while (true) {
        const batch = await next
        if (batch.length === 0) return
        next = it.nextv(1000)
        yield batch
      }
    } finally {
      // a caller that stops early leaves one read in flight: its failure is nobody's to report
      next.catch(() => undefined)
      await it.close()
    }
  }

  /**
   * Seqs of the entries about agreements with `peer` in (afterSeq, below), in seq order, from the
   * index alone: an audit between two nodes reads this, linear in what it returns.
   */
  async seqsWithPeer(peer: string, afterSeq: number, below: number, limit: number): Promise<number[]> {
    return await this.seqIndex.seqs('p', peer, afterSeq, Math.min(below, this.durable.size), limit)
  }

  /** Seqs of the entries about an agreement in (afterSeq, below), from the index alone (no entry is read). */
  async seqsAbout(agreementId: string, afterSeq: number, below: number, limit: number): Promise<number[]> {
    return await this.seqIndex.seqs('a', agreementId, afterSeq, Math.min(below, this.durable.size), limit)
  }

  // ------------------------------------------------------------ tree and proofs

  /** MTH(D[start:end]) from the stored subtrees and, below them, the entries (the ranges RFC 6962 proofs use). */
  private async subtree(start: number, end: number): Promise<Buffer> {
    const n = end - start
    if (isPow2(n) && start % n === 0 && n >= 2 ** MIN_STORED_LEVEL) {
      const level = Math.log2(n)
      const stored = await this.nodes.get(nodeKey(level, start / n))
      if (stored === undefined) throw new LedgerError('LEDGER_CORRUPT', `ledger tree node ${level}/${start / n} is missing; run \`hanse ledger verify\``)
      return Buffer.from(stored)
    }
    if (n <= 2 ** MIN_STORED_LEVEL) return await this.hashEntries(start, end)
    const k = splitPoint(n)
    return nodeHash(await this.subtree(start, start + k), await this.subtree(start + k, end))
  }

  /** MTH(D[start:end]) of a few entries (at most 16), hashed from the entries in one range read. */
  private async hashEntries(start: number, end: number): Promise<Buffer> {
    const corrupt = (seq: number, what: string): LedgerError => new LedgerError('LEDGER_CORRUPT', `ledger entry ${seq} is ${what}; run \`hanse ledger verify\``)
    if (end - start === 1) {
      // one leaf (a proof's own entry): a get costs less than an iterator
      const raw = await this.entries.get(seqKey(start))
      const parts = raw === undefined ? undefined : unseal(raw)
      if (parts === undefined) throw corrupt(start, 'missing')
      if (typeof parts === 'string') throw corrupt(start, 'damaged')
      return leafHash(parts.hash)
    }
    const leaves: Buffer[] = []
    for await (const [key, value] of this.entries.iterator({ gte: seqKey(start), lt: seqKey(end) })) {
      const expected = start + leaves.length
      if (parseInt(key, 16) !== expected) throw corrupt(expected, 'missing')
      const parts = unseal(value)
      if (typeof parts === 'string') throw corrupt(expected, 'damaged')
      leaves.push(leafHash(parts.hash))
    }
    if (leaves.length !== end - start) throw corrupt(start + leaves.length, 'missing')
    const mth = (a: number, b: number): Buffer => (b - a === 1 ? (leaves[a] as Buffer) : nodeHash(mth(a, a + splitPoint(b - a)), mth(a + splitPoint(b - a), b)))
    return mth(0, leaves.length)
  }

  private checkSize(size: number): void {
    if (!Number.isInteger(size) || size < 0 || size > this.durable.size)
      throw new LedgerError('BAD_REQUEST', `size ${size} is not within the ledger (0..${this.durable.size})`)
  }

  /** The Merkle root of the first `size` entries (default: all durable ones). */
  async root(size = this.durable.size): Promise<Buffer> {
    this.checkSize(size)
    if (size === this.durable.size) return rootOf(this.durable.stack)
    return size === 0 ? rootOf([]) : await this.subtree(0, size)
  }

  async inclusionProof(seq: number, size = this.durable.size): Promise<{ seq: number; size: number; leaf: string; root: string; path: string[] }> {
    this.checkSize(size)
    if (!Number.isInteger(seq) || seq < 0 || seq >= size) throw new LedgerError('NOT_FOUND', `entry ${seq} is not in a ledger of ${size} entries`)
    const mth = async (a: number, b: number): Promise<Uint8Array> => await this.subtree(a, b)
    const path = await inclusionPath(seq, size, mth)
    return {
      seq,
      size,
      leaf: (await this.subtree(seq, seq + 1)).toString('hex'),
      root: (await this.root(size)).toString('hex'),
      path: path.map(p => Buffer.from(p).toString('hex'))
    }
  }

  async consistencyProof(from: number, to = this.durable.size): Promise<Uint8Array[]> {
    this.checkSize(to)
    if (!Number.isInteger(from) || from < 0 || from > to) throw new LedgerError('BAD_REQUEST', `no consistency proof from size ${from} to ${to}`)
    return await consistencyPath(from, to, async (a, b) => await this.subtree(a, b))
  }

  /**
   * The audit path of `seq` in the tree of `size`. Paths of nearby entries share most of their
   * subtrees: an audit page passes one `cache` for all its entries and reads each subtree once.
   */
  async inclusionPath(seq: number, size: number, cache?: Map<string, Buffer>): Promise<Uint8Array[]> {
    return await inclusionPath(seq, size, async (a, b) => {
      if (cache === undefined) return await this.subtree(a, b)
      const key = `${a}-${b}`
      let h = cache.get(key)
      if (h === undefined) {
        h = await this.subtree(a, b)
        if (cache.size < PROOF_CACHE_MAX) cache.set(key, h)
      }
      return h
    })
  }

  // ------------------------------------------------------------ checkpoints

  /** A signed checkpoint of everything durable now (the last one again if nothing changed). */
  async checkpoint(): Promise<CheckpointView> {
    // size and root of the same moment: appends may land while we wait below
    const size = this.durable.size
    const root = rootOf(this.durable.stack)
    const last = await this.lastOwnCheckpoint()
    if (last !== undefined && last.size === size) return last
    const cp = await signCheckpoint(this.c.signer, { size, root, time: this.c.clock.now() })
    await this.c.store.commit(b => {
      b.put(`own:${seqKey(size)}`, cp, { sublevel: this.checkpoints })
    })
    return cp
  }

  async lastOwnCheckpoint(): Promise<CheckpointView | undefined> {
    for await (const v of this.checkpoints.values({ gte: 'own:', lt: 'own:\xff', reverse: true, limit: 1 })) return v
    return undefined
  }

  /** A signed checkpoint at an earlier size (not stored: an audit page proves against it). */
  async checkpointAt(size: number): Promise<CheckpointView> {
    if (size === this.durable.size) return await this.checkpoint()
    return await signCheckpoint(this.c.signer, { size, root: await this.root(size), time: this.c.clock.now() })
  }

  /** Keep a partner's checkpoint (its signature checked out) and log that we got it, in one write. */
  async recordPeerCheckpoint(cp: CheckpointView, info: { agreementId?: string; transferId?: string } = {}, peer = cp.node): Promise<void> {
    // kept under the id the partner has on the binding it was met on (a DSP partner: its did:key)
    await this.c.store.commit(b => {
      this.stage(b, {
        type: 'checkpoint.received',
        peer,
        agreementId: info.agreementId,
        transferId: info.transferId,
        payload: { size: cp.size, root: cp.root, time: cp.time, signature: cp.signature }
      })
      b.put(`peer:${peer}:${seqKey(cp.size)}`, cp, { sublevel: this.checkpoints })
    })
  }

  /** After an audit: log its result and, if the peer's history held, keep only its newest checkpoint. */
  async recordAudit(peer: string, result: Record<string, unknown>, keep: CheckpointView | undefined): Promise<EntryView> {
    const stale = keep === undefined ? [] : (await this.peerCheckpoints(peer)).filter(cp => cp.size !== keep.size)
    let view: EntryView | undefined
    await this.c.store.commit(b => {
      view = this.stage(b, { type: 'audit.result', peer, payload: result })
      if (keep === undefined) return
      for (const cp of stale) b.del(`peer:${peer}:${seqKey(cp.size)}`, { sublevel: this.checkpoints })
      b.put(`peer:${peer}:${seqKey(keep.size)}`, keep, { sublevel: this.checkpoints })
    })
    return view as EntryView
  }

  /** Partner checkpoints we hold, smallest size first. */
  async peerCheckpoints(peer: string): Promise<CheckpointView[]> {
    const out: CheckpointView[] = []
    for await (const v of this.checkpoints.values({ gte: `peer:${peer}:`, lt: `peer:${peer}:\xff` })) out.push(v)
    return out
  }

  wireCheckpoint(cp: CheckpointView): hanse.v1.ISignedCheckpoint {
    return toWire(cp)
  }

  // ------------------------------------------------------------ verification

  /** Recompute everything offline-checkable (see `verifyLedger`). */
  async verify(): Promise<VerifyReport> {
    return await verifyLedger({
      scan: () => this.scan(),
      checkpoints: this.checkpoints,
      store: this.c.store,
      selfId: this.c.signer.peerId,
      workerFrom: this.init.verifyWorkerFrom
    })
  }
}

export { openCheckpoint }
