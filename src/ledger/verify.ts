import { extname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { Store, Sublevel } from '../store/index.ts'
import { HanseError } from '../errors/index.ts'
import { type BatchResult, EntryChain, type PackedBatch, packBatch } from './chain.ts'
import { openCheckpoint, toWire, type CheckpointView } from './entry.ts'
import { EMPTY_ROOT } from './merkle.ts'
import type { VerifyReport } from './types.ts'

/** What verification reads: the raw entries in seq order, the own checkpoints, the head. */
export interface VerifyParts {
  scan: () => AsyncGenerator<Array<[string, Uint8Array]>>
  checkpoints: Sublevel<CheckpointView>
  store: Store
  selfId: string
  /** From this many entries on, the per-entry checks run on a worker thread. */
  workerFrom: number
}

/**
 * Recompute everything from the entries: seq order without gaps, each hash, the chain, the
 * Merkle root at each of our signed checkpoints (and their signatures), and the recorded head.
 * Names the first bad entry. Streams: memory is O(log n) whatever the size.
 */
export async function verifyLedger(p: VerifyParts): Promise<VerifyReport> {
  const t0 = performance.now()
  // our own signed checkpoints, in size order, read alongside the entries (one per transfer:
  // there may be many, so they are not loaded up front)
  const own = p.checkpoints.values({ gte: 'own:', lt: 'own:\xff' })
  let nextCp = await own.next()
  // the recorded head before the entries: the node may append while we read (a verify of a
  // running node), and a head read afterwards could name entries the scan never saw
  const head = await p.store.sublevel<{ size: number; hash: string }>('meta').get('ledgerHead')
  const checker = (head?.size ?? 0) >= p.workerFrom ? new WorkerChecker(head) : new LocalChecker(head)
  let lastCp: CheckpointView | undefined
  let checked = 0
  let expected = 0
  let root = EMPTY_ROOT.toString('hex')
  const fail = (seq: number, code: string, message: string): VerifyReport => ({
    ok: false,
    entries: expected,
    root,
    checkpoints: checked,
    ms: performance.now() - t0,
    problem: { seq, code, message }
  })
  // batches handed to the checker and not yet answered, with the checkpoints they may reach
  const inFlight: Array<{ result: Promise<BatchResult>; cps: CheckpointView[] }> = []
  // the answer to the oldest batch: its checkpoints first (each was reached before the
  // checker's problem, if any, or at that entry before its head check), then its problem
  const settle = async (): Promise<VerifyReport | undefined> => {
    const { result, cps } = inFlight.shift() as (typeof inFlight)[number]
    const r = await result
    for (const cp of cps) {
      const reached = r.roots.find(([size]) => size === cp.size)
      if (reached === undefined) break
      const at = cp.size - 1
      // a failure here reports how far the entries held: up to this checkpoint
      expected = cp.size
      root = reached[1]
      if (reached[1] !== cp.root)
        return fail(
          at,
          'CHECKPOINT_MISMATCH',
          `the entries up to ${at} no longer have the Merkle root this node signed at size ${cp.size} (${new Date(cp.time).toISOString()}): history before entry ${at + 1} was rewritten`
        )
      try {
        await openCheckpoint(toWire(cp), p.selfId)
      } catch (err) {
        return fail(at, 'CHECKPOINT_INVALID', `own checkpoint at size ${cp.size}: ${(err as Error).message}`)
      }
      checked++
    }
    expected = r.expected
    root = r.root
    if (r.problem !== undefined) return fail(r.problem.seq, r.problem.code, r.problem.message)
    return undefined
  }
  try {
    let scanned = 0
    for await (const batch of p.scan()) {
      // the entries so far can reach at most this size (seqs without gaps from 0)
      scanned += batch.length
      const cps: CheckpointView[] = []
      while (nextCp !== undefined && nextCp.size <= scanned) {
        lastCp = nextCp
        if (nextCp.size > 0) cps.push(nextCp)
        nextCp = await own.next()
      }
      inFlight.push({
        result: checker.check(
          packBatch(batch),
          cps.map(cp => cp.size)
        ),
        cps
      })
      // bounded: a few batches ahead of the answers, so the scan and the checks overlap
      if (inFlight.length >= 3) {
        const failed = await settle()
        if (failed !== undefined) return failed
      }
    }
    while (inFlight.length > 0) {
      const failed = await settle()
      if (failed !== undefined) return failed
    }
    if (head !== undefined && head.size > expected)
      return fail(
        expected,
        'ENTRY_MISSING',
        `entries ${expected} to ${head.size - 1} are missing: the ledger was truncated (the recorded head is ${head.size} entries)`
      )
    while (nextCp !== undefined) {
      lastCp = nextCp
      nextCp = await own.next()
    }
    if (lastCp !== undefined && lastCp.size > expected)
      return fail(expected, 'ENTRY_MISSING', `entries ${expected} to ${lastCp.size - 1} are missing: this node signed a checkpoint of ${lastCp.size} entries`)
    return { ok: true, entries: expected, root, checkpoints: checked, ms: performance.now() - t0 }
  } finally {
    // answers still owed after an early return are nobody's to report
    for (const f of inFlight) f.result.catch(() => undefined)
    await checker.close()
    await own.close()
  }
}

/** Where the per-entry checks run. */
interface Checker {
  check: (batch: PackedBatch, rootsAt: number[]) => Promise<BatchResult>
  close: () => Promise<void>
}

class LocalChecker implements Checker {
  private readonly chain: EntryChain
  constructor(head: { size: number; hash: string } | undefined) {
    this.chain = new EntryChain(head)
  }
  async check(batch: PackedBatch, rootsAt: number[]): Promise<BatchResult> {
    return this.chain.check(batch, rootsAt)
  }
  async close(): Promise<void> {}
}

/**
 * The checks on a worker thread, while this one reads the next batches: on two cores the three
 * hash calls an entry (about half of verify's time on one thread) overlap the scan. Answers come
 * back in the order the batches went.
 */
class WorkerChecker implements Checker {
  private readonly worker: Worker
  private readonly waiting: Array<{ resolve: (r: BatchResult) => void; reject: (err: unknown) => void }> = []
  private failure: Error | undefined

  constructor(head: { size: number; hash: string } | undefined) {
    // the compiled build runs .js files, the sources .ts: the worker is this module's sibling
    const ext = extname(fileURLToPath(import.meta.url))
    this.worker = new Worker(new URL(`./verify-worker${ext}`, import.meta.url), { workerData: { head } })
    this.worker.on('message', (r: BatchResult) => this.waiting.shift()?.resolve(r))
    const fail = (err: Error): void => {
      this.failure = new HanseError('INTERNAL', `the ledger verification thread failed: ${err.message}`)
      for (const w of this.waiting.splice(0)) w.reject(this.failure)
    }
    this.worker.on('error', fail)
    this.worker.on('exit', code => fail(new Error(`it exited with code ${code}`)))
  }

  async check(batch: PackedBatch, rootsAt: number[]): Promise<BatchResult> {
    if (this.failure !== undefined) throw this.failure
    return await new Promise<BatchResult>((resolve, reject) => {
      this.waiting.push({ resolve, reject })
      this.worker.postMessage({ batch, rootsAt }, [batch.bytes.buffer as ArrayBuffer])
    })
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners('exit')
    await this.worker.terminate()
  }
}
