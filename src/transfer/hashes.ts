import { createHash } from 'node:crypto'
import type { KeyedLock } from '../lock/index.ts'
import type { Logger } from '../logging/index.ts'
import type { Store } from '../store/index.ts'
import { readChunks, type Segment } from './chunks.ts'
import { TransferError, type HashRuns } from './records.ts'

/**
 * The chunk hashes of a dataset, computed in one read pass the first time it is transferred
 * with this chunk size and kept in the store in runs of `run`; returns a lookup of the run that
 * holds a chunk, from that chunk to the end of the run.
 */
export async function chunkHashRuns(
  c: { store: Store; locks: KeyedLock; log: Logger },
  d: { datasetId: string; sha256: string; segs: Segment[]; chunkSize: number; run: number }
): Promise<HashRuns> {
  const { run, chunkSize } = d
  const prefix = `${d.sha256}:${chunkSize}:${run}:`
  const cache = c.store.sublevel<string[] | { runs: number }>('chunkhashes')
  await c.locks.run(`hash:${prefix}`, async () => {
    // (checked inside the lock: a second transfer of a new dataset waits for the first's pass)
    if ((await cache.get(`${prefix}done`)) !== undefined) return
    let runs = 0
    let current: string[] = []
    // each chunk is hashed before the next is read: one buffer does
    const scratch = Buffer.allocUnsafe(chunkSize)
    for await (const { data } of readChunks(d.segs, chunkSize, 0, () => scratch)) {
      current.push(createHash('sha256').update(data).digest('hex'))
      if (current.length === run) {
        await cache.put(`${prefix}${runs++}`, current)
        current = []
      }
    }
    if (current.length > 0) await cache.put(`${prefix}${runs++}`, current)
    await cache.put(`${prefix}done`, { runs })
    c.log.debug({ dataset: d.datasetId, runs }, 'chunk hashes computed')
  })
  return async (from: number) => {
    const k = Math.floor(from / run)
    const hex = (await cache.get(`${prefix}${k}`)) as string[] | undefined
    if (hex === undefined) throw new TransferError('INTERNAL', `chunk hashes of ${d.datasetId} run ${k} are missing`)
    return hex.slice(from - k * run).map(h => Buffer.from(h, 'hex'))
  }
}
