import type { Clock } from '../clock/index.ts'
import { HanseError } from '../errors/index.ts'
import type { Signer } from '../identity/index.ts'
import type { Logger } from '../logging/index.ts'
import type { Metrics } from '../metrics/index.ts'
import type { Store, StoreBatch } from '../store/index.ts'
import type { EntryView, LedgerInput } from './entry.ts'

type Batch = StoreBatch

/** The one interface components log through: they do not know the ledger's internals. */
export interface UsageLog {
  /** Append one entry; resolves once it is on disk (synced, group-committed). */
  append: (input: LedgerInput) => Promise<EntryView>
  /**
   * Add an entry to a batch being built inside `Store.commit`, so a state change and its
   * ledger entry are written atomically (both or neither).
   */
  stage: (batch: Batch, input: LedgerInput) => EntryView
}

export interface LedgerComponents {
  store: Store
  clock: Clock
  signer: Signer
  logger: Logger
  metrics?: Metrics
}

export interface LedgerInit {
  /** Largest payload accepted, as JSON bytes (entries travel in audit pages). */
  maxPayloadBytes: number
  /**
   * At start, check the head record, the last own checkpoint and the last `tailEntries` of the
   * chain, and refuse to start when they do not hold (off for `hanse ledger verify`, which
   * must open a damaged ledger to say what is wrong).
   */
  checkAtStart: boolean
  tailEntries: number
  /**
   * `verify` checks the entries on a worker thread from this many entries on; below, starting
   * the thread (about 0.1 s here) costs more than it saves.
   */
  verifyWorkerFrom: number
  /**
   * The agreement and peer index is written once this many entries have been appended since it
   * last was, one key per agreement and per peer for all of them (seq-index.ts); until then it
   * is in memory, and a start reads that many entries at most to rebuild it.
   */
  indexFlushEntries: number
}

/** Subtree hashes one audit keeps for its proofs (about 150 bytes each: at most ~7 MiB). */
export const PROOF_CACHE_MAX = 50_000

export const ledgerDefaults: LedgerInit = {
  maxPayloadBytes: 16 * 1024,
  checkAtStart: true,
  tailEntries: 256,
  verifyWorkerFrom: 20_000,
  indexFlushEntries: 4096
}

/** The ledger is damaged: the node does not start on it (the message says how to recover). */
export class LedgerCorruptError extends HanseError {
  constructor(problem: string) {
    super(
      'LEDGER_CORRUPT',
      `the usage ledger is damaged: ${problem}. The node does not start on a damaged ledger. ` +
        'Run `hanse ledger verify` to name the first bad entry, then stop, move the data dir aside (keep it as evidence) and restore the last backup of it ' +
        '(README, Operations: backup and restore)'
    )
  }
}

export interface LedgerQuery {
  type?: string
  peer?: string
  agreement?: string
  /** Time range, ms since the epoch, inclusive. */
  since?: number
  until?: number
  /** Entries with seq > afterSeq. */
  afterSeq?: number
}

export interface VerifyProblem {
  seq: number
  code: string
  message: string
}

export interface VerifyReport {
  ok: boolean
  entries: number
  root: string
  /** Own signed checkpoints whose root was recomputed and matched. */
  checkpoints: number
  ms: number
  problem?: VerifyProblem
}

export interface Head {
  size: number
  lastHash: Buffer
  stack: Buffer[]
}

/**
 * The lowest level of the Merkle tree whose subtrees are stored (level 4: 16 leaves). Smaller
 * subtrees are hashed again from their entries when a proof needs them (one range read of at
 * most 16 entries): storing every node was one more put per entry in every synced batch, on
 * average, and 7 of every 8 of them were levels 1 to 3 (tiled logs go further: they keep one
 * level in eight and hash the levels between again, https://research.swtch.com/tlog#tiling_a_log).
 * Ledgers written with the lower levels stored keep them; nothing reads them.
 */
export const MIN_STORED_LEVEL = 4

export const isPow2 = (n: number): boolean => n > 0 && Number.isInteger(Math.log2(n))
export const nodeKey = (level: number, index: number): string => `${level.toString(36)}.${index.toString(36)}`
