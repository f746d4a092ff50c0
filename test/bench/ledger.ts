import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Level } from 'level'
import type { Report } from './report.ts'
import { round } from './report.ts'
import { benchDir } from './util.ts'
import { encodeRanges, ledgerDefaults, MIN_STORED_LEVEL, openLedgerDir } from '../../src/ledger/index.ts'

const WRITERS = 64

/** A payload the size of a typical transfer.state entry. */
const payload = (i: number): Record<string, unknown> => ({
  role: 'provider',
  from: 'STARTED',
  state: 'COMPLETED',
  dataset: 'weather-2026',
  bytes: 1048576 * (i % 100),
  size: 104857600,
  sha256: 'a'.repeat(64)
})

interface RawSubs {
  entries: ReturnType<Level<string, unknown>['sublevel']>
  index: ReturnType<Level<string, unknown>['sublevel']>
  nodes: ReturnType<Level<string, unknown>['sublevel']>
}

/** Synced group commits of bare LevelDB by WRITERS concurrent loops, `put` adding each entry's operations; appends/s. */
async function rawGroupCommit(
  path: string,
  n: number,
  put: (b: ReturnType<Level<string, unknown>['batch']>, seq: number, subs: RawSubs) => void
): Promise<number> {
  const raw = new Level<string, unknown>(path, { valueEncoding: 'json' })
  await raw.open()
  const subs: RawSubs = {
    entries: raw.sublevel('ledger', { valueEncoding: 'view' }),
    index: raw.sublevel('ledgerindex', { valueEncoding: 'utf8' }),
    nodes: raw.sublevel('ledgernodes', { valueEncoding: 'view' })
  }
  let pending: Array<() => void> = []
  let flushing = false
  let seq = 0
  const flush = async (): Promise<void> => {
    flushing = true
    while (pending.length > 0) {
      const waiters = pending
      pending = []
      const b = raw.batch()
      for (let i = 0; i < waiters.length; i++) put(b, seq++, subs)
      await b.write({ sync: true })
      for (const w of waiters) w()
    }
    flushing = false
  }
  try {
    return await concurrently(n, WRITERS, async () => {
      await new Promise<void>(resolve => {
        pending.push(resolve)
        if (!flushing) void flush()
      })
    })
  } finally {
    await raw.close()
  }
}

/**
 * Resident anonymous memory (Linux: RssAnon), so that the LevelDB table files a scan maps in,
 * which are the page cache's, do not count as the process's memory; elsewhere all of RSS.
 */
function anonRss(): number {
  try {
    const m = /RssAnon:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))
    if (m !== null) return Number(m[1]) * 1024
  } catch {
    /* not Linux */
  }
  return process.memoryUsage.rss()
}

/** `n` operations by `writers` concurrent loops; returns operations per second. */
async function concurrently(n: number, writers: number, op: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0
  const t0 = performance.now()
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (next < n) await op(next++)
    })
  )
  return n / ((performance.now() - t0) / 1000)
}

/**
 * Durable appends per second with 64 concurrent writers (group commit), next to LevelDB itself
 * doing the same synced group commits of same-sized values without the ledger's work (hash
 * chain, Merkle nodes, index); and `verify` entries per second over 1,000,000 entries (100,000
 * quick) next to a bare LevelDB scan of the same data.
 */
export async function benchLedger(report: Report, opts: { quick: boolean }): Promise<void> {
  const appends = opts.quick ? 20_000 : 200_000
  const total = opts.quick ? 100_000 : 1_000_000
  const { dir, remove } = benchDir('ledger')
  try {
    // baselines: raw LevelDB, one synced batch per group of concurrent writers; once with one
    // put per entry, once with the puts the ledger makes (the entry, and the Merkle nodes of 16
    // leaves and more it completes: one every 8 entries on average; every indexFlushEntries
    // entries, one index key per agreement and per peer for all of them), without the ledger's work
    const value = Buffer.alloc(330, 7)
    const node = Buffer.alloc(32, 1)
    const rawRate = await rawGroupCommit(join(dir, 'raw'), appends, (b, seq, subs) => {
      b.put(String(seq).padStart(16, '0'), value, { sublevel: subs.entries })
    })
    const every = ledgerDefaults.indexFlushEntries
    const layoutRate = await rawGroupCommit(join(dir, 'layout'), appends, (b, seq, subs) => {
      const key = seq.toString(16).padStart(16, '0')
      b.put(key, value, { sublevel: subs.entries })
      for (let n = seq, level = 1; n % 2 === 1; n = Math.floor(n / 2), level++)
        if (level >= MIN_STORED_LEVEL) b.put(`${level}.${seq.toString(36)}`, node, { sublevel: subs.nodes })
      if ((seq + 1) % every === 0) {
        // the agreements as the run below has them (i % 1000), one peer
        const groups = new Map<number, number[]>()
        for (let s = seq + 1 - every; s <= seq; s++) {
          const seqs = groups.get(s % 1000)
          if (seqs === undefined) groups.set(s % 1000, [s])
          else seqs.push(s)
        }
        for (const [a, seqs] of groups)
          b.put(`a:urn:uuid:agreement-${a}:${(seqs.at(-1) as number).toString(16).padStart(16, '0')}`, encodeRanges(seqs), { sublevel: subs.index })
        b.put(`p:12D3KooWBenchPeer:${key}`, `${(seq + 1 - every).toString(16)}-${seq.toString(16)}`, { sublevel: subs.index })
      }
    })

    const { ledger, store, close } = await openLedgerDir(join(dir, 'node'))
    try {
      const rate = await concurrently(
        appends,
        WRITERS,
        async i =>
          await ledger.append({
            type: 'transfer.state',
            peer: '12D3KooWBenchPeer',
            agreementId: `urn:uuid:agreement-${i % 1000}`,
            transferId: `urn:uuid:t-${i}`,
            payload: payload(i)
          })
      )
      report.add({
        name: 'ledger_durable_appends_64_writers',
        value: round(rate, 0),
        unit: 'appends/s',
        baseline: 'leveldb_synced_group_commit',
        baselineValue: round(rawRate, 0),
        note: 'target >= 0.8x'
      })
      report.add({
        name: 'ledger_durable_appends_vs_same_puts',
        value: round(rate, 0),
        unit: 'appends/s',
        baseline: 'leveldb_synced_group_commit_ledger_puts',
        baselineValue: round(layoutRate, 0),
        note: `the same puts (an entry, an eighth of a tree node, index keys per ${every} entries), without hashing and encoding`
      })
      // the ledger's own CPU per entry (hash chain, Merkle nodes, encoding, batch puts): with 64
      // writers waiting on one batch it is paid while the disk idles, once per batch
      let stageMs = 0
      let staged = 0
      for (let r = 0; r < 200; r++) {
        await store.commit(b => {
          const t = performance.now()
          for (let k = 0; k < WRITERS; k++, staged++)
            ledger.stage(b, { type: 'transfer.state', peer: '12D3KooWBenchPeer', agreementId: `urn:uuid:agreement-${staged % 1000}`, payload: payload(staged) })
          if (r >= 50) stageMs += performance.now() - t
        })
      }
      const stageUs = (stageMs * 1000) / (150 * WRITERS)
      report.add({ name: 'ledger_stage_cpu_per_entry', value: round(stageUs, 2), unit: 'us', note: 'in batches of 64' })
      // the floor: one-put group commit with that CPU in series, since the 64 writers of a
      // batch only append again once it is on disk (an entry must be hashed, chained and encoded
      // before the write that makes it durable)
      report.add({
        name: 'ledger_durable_appends_vs_floor',
        value: round(rate, 0),
        unit: 'appends/s',
        baseline: 'leveldb_synced_group_commit_plus_stage_cpu',
        baselineValue: round(1 / (1 / rawRate + stageUs / 1e6), 0),
        note: 'one put per entry and ledger_stage_cpu_per_entry, one after the other (the entry put, ~0.5 us, is in both)'
      })

      // fill to `total` entries quickly (still through the real append path), then verify
      await concurrently(
        total - ledger.size,
        256,
        async i =>
          await ledger.append({ type: 'negotiation.state', peer: '12D3KooWBenchPeer', agreementId: `urn:uuid:agreement-${i % 1000}`, payload: payload(i) })
      )
      await ledger.checkpoint()
      const heap0 = process.memoryUsage().heapUsed
      const rss0 = anonRss()
      let heapPeak = heap0
      let rssPeak = rss0
      const sampler = setInterval(() => {
        heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)
        rssPeak = Math.max(rssPeak, anonRss())
      }, 20)
      const v = await ledger.verify()
      clearInterval(sampler)
      if (!v.ok) throw new Error(`verify failed: ${JSON.stringify(v.problem)}`)
      // baseline: a bare scan of the same LevelDB entries, read in batches as verify reads them
      const t0 = performance.now()
      let n = 0
      const it = store.sublevel<Uint8Array>('ledger').iterator()
      for (let batch = await it.nextv(1000); batch.length > 0; batch = await it.nextv(1000)) n += batch.length
      await it.close()
      const scanRate = n / ((performance.now() - t0) / 1000)
      report.add({
        name: `ledger_verify_${total / 1000}k_entries`,
        value: round(v.entries / (v.ms / 1000), 0),
        unit: 'entries/s',
        baseline: 'leveldb_scan_same_entries',
        baselineValue: round(scanRate, 0),
        note: 'target >= 0.6x'
      })
      report.add({
        name: 'ledger_verify_heap_growth',
        value: round((heapPeak - heap0) / 1024 / 1024, 1),
        unit: 'MiB',
        note: `over ${v.entries} entries: streams in bounded memory`
      })
      report.add({
        name: 'ledger_verify_rss_growth',
        value: round((rssPeak - rss0) / 1024 / 1024, 1),
        unit: 'MiB',
        note: "the whole process's anonymous memory, its checking thread included (LevelDB maps its table files: those pages are the page cache's)"
      })
    } finally {
      await close()
    }
  } finally {
    remove()
  }
}
