import { join } from 'node:path'
import { Level } from 'level'
import type { AbstractSublevel } from 'abstract-level'
import { HanseError } from '../errors/index.ts'
import type { Clock } from '../clock/index.ts'

/**
 * Every sublevel the node uses is declared here, once, with its value encoding, so two
 * components can never write into the same key space by accident and the on-disk layout
 * is readable from one place. Later components add their entry here.
 */
export const SUBLEVELS = {
  /**
   * Store metadata: `schemaVersion`, `createdAt`; the ledger's `ledgerHead` (size and last hash),
   * `ledgerIndexedTo` (every entry below it is in `ledgerindex`) and `ledgerPeerIndex` (the
   * one-time per-peer backfill is done).
   */
  meta: 'json',
  /** Peers we have seen, for the peers view and reconnects. */
  peers: 'json',
  /** SHA-256 of dataset files keyed by absolute path, valid while size and mtime match. */
  digests: 'json',
  /** Negotiation processes `p:<local pid>`, and `r:<peer>:<remote pid>` pointing at the local pid. */
  negotiations: 'json',
  /** Finalized agreements by agreement id, with the signed bytes and both signatures. */
  agreements: 'json',
  /** Provider: uses per agreement (transfers started, bytes reserved), checked by policies. */
  usage: 'json',
  /** Transfers on both sides, by transfer id. */
  transfers: 'json',
  /** Per-chunk SHA-256 of datasets in runs: `<digest>:<chunk size>:<run length>:<run>` and `...:done`. */
  chunkhashes: 'json',
  /** libp2p's datastore: the peer store (addresses of peers met) and DHT records survive restarts. */
  libp2p: 'view',
  /** The usage ledger: entries (proto LedgerEntry) keyed by seq as 16 hex digits. */
  ledger: 'view',
  /**
   * Ledger Merkle tree: perfect subtree hashes `<level>.<index>` (base 36) from level 4 up
   * (MIN_STORED_LEVEL: subtrees of 16 entries and more; smaller ones are hashed from their entries).
   */
  ledgernodes: 'view',
  /**
   * Ledger index (ledger/seq-index.ts): `a:<agreement id>:<seq>` and `p:<peer>:<seq>` -> the seqs
   * of a group of entries about that agreement or with that peer, as hex ranges (`1a-1f,24`),
   * keyed by the group's last seq, written once per `indexFlushEntries` (4,096) entries. Older
   * ledgers' keys of one entry each (value '') read as groups of one.
   */
  ledgerindex: 'utf8',
  /** Signed ledger checkpoints: `own:<size>` (ours), `peer:<peer id>:<size>` (received). */
  checkpoints: 'json',
  /**
   * DSP addresses and indexes: `p:<participant id>` -> a provider's DSP base URL,
   * `c:<participant id>:<consumer pid>` -> a consumer's callback URL, `t:<participant id>:<consumer
   * pid>` -> the provider's transfer process for that request.
   */
  dspaddresses: 'utf8',
  /** DSP transfer processes (both roles) by local pid. */
  dsptransfers: 'json'
} as const satisfies Record<string, 'json' | 'utf8' | 'view'>

export type SublevelName = keyof typeof SUBLEVELS

/** On-disk layout version. Bump it with a migration when the layout changes. */
export const SCHEMA_VERSION = 1

export class DataDirLockedError extends HanseError {
  constructor(dataDir: string, cause?: unknown) {
    super('DATA_DIR_LOCKED', `another hanse node is using ${dataDir}; stop it first, or give this node its own dataDir`, { cause })
  }
}

export class StoreSchemaError extends HanseError {
  constructor(dataDir: string, found: unknown) {
    super(
      'STORE_SCHEMA_UNSUPPORTED',
      `the store in ${dataDir} has schema version ${String(found)}, this hanse supports ${SCHEMA_VERSION}; use a hanse release that matches the data dir`
    )
  }
}

export class StoreOpenError extends HanseError {
  constructor(dataDir: string, cause: unknown) {
    super(
      'STORE_OPEN_FAILED',
      `cannot open the store in ${dataDir}: ${reasons(cause)}; if LevelDB reports corruption, stop, move the data dir aside and restore it from a backup (README, Operations)`,
      { cause }
    )
  }
}

/** An error and its causes, innermost last: LevelDB's own reason sits in `cause`. */
function reasons(err: unknown): string {
  const out: string[] = []
  let cur: unknown = err
  for (let i = 0; i < 5 && cur !== undefined && cur !== null; i++) {
    const msg = (cur as Error).message ?? String(cur)
    if (msg !== '' && !out.includes(msg)) out.push(msg)
    cur = (cur as Error).cause
  }
  return out.join(': ')
}

/** Told, synchronously and in order, how each group-commit batch ended (see Store.commit). */
export interface BatchListener {
  /** No more commits join this batch; a last put may still be added. */
  sealed?: (batch: ReturnType<Level<string, unknown>['batch']>) => void
  written: () => void
  failed: () => void
}

export interface StoreInit {
  /** The node's data dir; LevelDB lives in `<dataDir>/db`. */
  dataDir: string
}

/** A typed view on one sublevel; values are JSON-encoded unless the registry says otherwise. */
export type Sublevel<V = unknown> = AbstractSublevel<Level<string, unknown>, string | Uint8Array, string, V>
// biome-ignore lint/suspicious/noExplicitAny: one map holds sublevels of every value type; `sublevel<V>` types each on the way out
type Sub = Sublevel<any>

/** A batch across sublevels (see `Store.batch`). */
export type StoreBatch = ReturnType<Level<string, unknown>['batch']>

/** A group-commit batch being built and the commits waiting for it. */
interface Building {
  batch: StoreBatch
  items: Array<{ resolve: () => void; reject: (err: unknown) => void }>
}

/** The node's LevelDB, opened once, with named sublevels from the registry above. */
export class Store {
  readonly path: string
  private readonly dataDir: string
  private db: Level<string, unknown> | undefined
  private readonly subs = new Map<SublevelName, Sub>()
  /** The group-commit batch being built while the previous one is written. */
  private building: Building | undefined
  private flushing: Promise<void> | undefined
  /** Set while the batch being built waits (see `commit`'s `lingerMs`) before its write starts. */
  private lingering: NodeJS.Timeout | undefined
  /** When the lingering batch's write starts at the latest (performance.now()). */
  private lingerUntil = 0
  private readonly batchListeners: BatchListener[] = []
  private applyingNow = false

  private readonly clock: Clock

  constructor(components: { clock: Clock }, init: StoreInit) {
    this.clock = components.clock
    this.dataDir = init.dataDir
    this.path = join(init.dataDir, 'db')
  }

  get isOpen(): boolean {
    return this.db?.status === 'open'
  }

  async start(): Promise<void> {
    if (this.db !== undefined) return
    const db = new Level<string, unknown>(this.path, { valueEncoding: 'json' })
    try {
      await db.open()
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause
      if (cause?.code === 'LEVEL_LOCKED') throw new DataDirLockedError(this.dataDir, err)
      throw new StoreOpenError(this.dataDir, err)
    }
    this.db = db
    try {
      // every sublevel open before anything reads: a sublevel made on first use opens a tick
      // later, and a synchronous read (`getSync`) of one still opening throws
      for (const name of Object.keys(SUBLEVELS) as SublevelName[]) await this.sublevel(name).open()
      await this.checkSchema()
    } catch (err) {
      await db.close()
      this.db = undefined
      throw err
    }
  }

  async stop(): Promise<void> {
    const db = this.db
    if (db === undefined) return
    // acknowledged writes first, and those still lingering
    this.startFlush()
    await this.flushing
    this.db = undefined
    this.subs.clear()
    await db.close()
  }

  /** A sublevel by its registered name. */
  sublevel<V = unknown>(name: SublevelName): Sublevel<V> {
    const db = this.db
    if (db === undefined) throw new HanseError('STORE_CLOSED', 'the store is not open')
    let sub = this.subs.get(name)
    if (sub === undefined) {
      sub = db.sublevel<string, unknown>(name, { valueEncoding: SUBLEVELS[name] }) as Sub
      this.subs.set(name, sub)
    }
    return sub as Sublevel<V>
  }

  /**
   * Durable write with group commit: `apply` adds its operations at once to the batch being
   * built, shared with every other commit made while the previous batch is being synced; the
   * promise resolves once its batch is on disk. A lone writer pays one fsync as before; many
   * concurrent writers share one, and building the next batch overlaps the current fsync.
   * Values are encoded when `apply` puts them (later changes to the objects do not leak in).
   * If a batch fails, its commits fail, and so do those already built on top of it.
   *
   * `lingerMs`: on an idle store, the write waits up to that long for company: the next commit
   * without it (or the linger's end, or `stop`) starts the write, and all share one fsync. For a
   * write whose own caller can wait but whose next step is near: a negotiation's transition
   * whose message already went out, and whose answer brings the next transition in a
   * millisecond or two (two synced writes become one: on this VM each costs ~1 ms when the
   * machine has been idle in between).
   */
  async commit(apply: (batch: ReturnType<Store['batch']>) => void, opts: { lingerMs?: number } = {}): Promise<void> {
    return await new Promise<void>((resolve, reject) => {
      let building: Building
      try {
        // a callback that throws fails its own commit only (callbacks check before they put)
        building = this.addToNext(apply)
      } catch (err) {
        reject(err)
        return
      }
      building.items.push({ resolve, reject })
      if (this.flushing !== undefined) return
      if ((opts.lingerMs ?? 0) > 0) this.linger(opts.lingerMs as number)
      else this.startFlush()
    })
  }

  /** Start the write of the batch being built within `ms` at the latest (sooner if asked sooner). */
  private linger(ms: number): void {
    const until = performance.now() + ms
    if (this.lingering !== undefined && this.lingerUntil <= until) return
    clearTimeout(this.lingering)
    this.lingerUntil = until
    this.lingering = setTimeout(() => this.startFlush(), ms)
  }

  /** Write the batch being built now, unless a write is already under way (it follows that one). */
  private startFlush(): void {
    clearTimeout(this.lingering)
    this.lingering = undefined
    if (this.flushing === undefined && this.building !== undefined) this.flushing = this.flush()
  }

  /** Run `apply` on the batch being built (started if there is none); returns that batch. */
  private addToNext(apply: (batch: StoreBatch) => void): Building {
    if (this.building === undefined) this.building = { batch: this.batch(), items: [] }
    const building = this.building
    this.applyingNow = true
    try {
      apply(building.batch)
    } finally {
      this.applyingNow = false
    }
    return building
  }

  /**
   * A write that need not be durable (losing it in a crash is harmless). While a group commit is
   * being written or built, it joins the next batch and costs no write of its own; it resolves
   * at once, its writes queued behind every commit made before it, so nothing written later is
   * overtaken. On an idle store it is one unsynced batch write, awaited (a write of its own
   * running beside a group commit could land before it on libuv's threads). Under 32
   * negotiations in flight these were 2.8 unsynced batch writes per negotiation, each a trip
   * through the thread pool, next to 1.05 synced ones.
   *
   * `lingerMs`: on an idle store the write joins the batch being built too, and waits up to that
   * long for a commit to take it along (resolving at once, queued); for a write that goes with a
   * commit its caller is about to make (DSP: a consumer's callback address, then the
   * negotiation that needs it).
   */
  async persist(apply: (batch: ReturnType<Store['batch']>) => void, opts: { lingerMs?: number } = {}): Promise<void> {
    if (this.flushing === undefined && (opts.lingerMs ?? 0) > 0) {
      this.addToNext(apply)
      this.linger(opts.lingerMs as number)
      return
    }
    if (this.flushing === undefined && this.building === undefined) {
      const batch = this.batch()
      apply(batch)
      await batch.write()
      return
    }
    this.addToNext(apply)
  }

  /** True while commit callbacks run: a component that keeps state in step with batches (the ledger) checks it. */
  get applying(): boolean {
    return this.applyingNow
  }

  /**
   * Be told, synchronously and in order, when a group-commit batch is sealed (nothing more is
   * added to it) and how its write ended, before its commits resolve or reject: the ledger
   * keeps its durable head in step with what is on disk.
   */
  onBatch(listener: BatchListener): () => void {
    this.batchListeners.push(listener)
    return () => {
      this.batchListeners.splice(this.batchListeners.indexOf(listener), 1)
    }
  }

  private async flush(): Promise<void> {
    while (this.building !== undefined) {
      const { batch, items } = this.building
      this.building = undefined
      for (const l of this.batchListeners) l.sealed?.(batch)
      try {
        await batch.write({ sync: true })
        for (const l of this.batchListeners) l.written()
        for (const it of items) it.resolve()
        // let the writers just resolved commit again before the next batch is sealed: without
        // this turn the first of them would start a batch of its own and concurrent writers would
        // split into alternating half-size batches. A tick runs once every promise callback
        // queued meanwhile (theirs, and what they queue in turn) has run, and before any I/O:
        // setImmediate waited for the event loop's poll phase too, 0.2-0.7 ms here while the
        // next batch, already waiting, was on a negotiation's critical path
        await new Promise(resolve => process.nextTick(resolve))
      } catch (err) {
        for (const l of this.batchListeners) l.failed()
        for (const it of items) it.reject(err)
        // what was built meanwhile assumed this batch would land: it fails too
        const next = this.building as Building | undefined
        this.building = undefined
        if (next !== undefined) {
          await next.batch.close().catch(() => {})
          for (const it of next.items) it.reject(err)
        }
      }
    }
    this.flushing = undefined
  }

  /** One atomic batch across sublevels: `.put(key, value, { sublevel: store.sublevel(name) })`. */
  batch(): StoreBatch {
    const db = this.db
    if (db === undefined) throw new HanseError('STORE_CLOSED', 'the store is not open')
    return db.batch()
  }

  private async checkSchema(): Promise<void> {
    const meta = this.sublevel<unknown>('meta')
    const found = await meta.get('schemaVersion')
    if (found === undefined) {
      await meta.batch().put('schemaVersion', SCHEMA_VERSION).put('createdAt', new Date(this.clock.now()).toISOString()).write({ sync: true })
      return
    }
    if (found !== SCHEMA_VERSION) throw new StoreSchemaError(this.dataDir, found)
  }
}
