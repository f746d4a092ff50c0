import { join } from 'node:path'
import { Level } from 'level'
import type { Report } from './report.ts'
import { round } from './report.ts'
import { benchDir } from './util.ts'
import { openLedgerDir } from '../../src/ledger/index.ts'

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
    // baseline: raw LevelDB, one synced batch per group of concurrent writers
    const raw = new Level<string, Uint8Array>(join(dir, 'raw'), { valueEncoding: 'view' })
    await raw.open()
    const value = Buffer.alloc(330, 7)
    let pending: Array<() => void> = []
    let flushing = false
    let seq = 0
    const flush = async (): Promise<void> => {
      flushing = true
      while (pending.length > 0) {
        const waiters = pending
        pending = []
        const b = raw.batch()
        for (let i = 0; i < waiters.length; i++) b.put(String(seq++).padStart(16, '0'), value)
        await b.write({ sync: true })
        for (const w of waiters) w()
      }
      flushing = false
    }
    const rawRate = await concurrently(appends, WRITERS, async () => {
      await new Promise<void>(resolve => {
        pending.push(resolve)
        if (!flushing) void flush()
      })
    })
    await raw.close()

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
        note: 'target >= 50,000/s'
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
      let heapPeak = heap0
      const sampler = setInterval(() => {
        heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)
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
        note: 'target >= 200,000/s'
      })
      report.add({
        name: 'ledger_verify_heap_growth',
        value: round((heapPeak - heap0) / 1024 / 1024, 1),
        unit: 'MiB',
        note: `over ${v.entries} entries: streams in bounded memory`
      })
    } finally {
      await close()
    }
  } finally {
    remove()
  }
}
