import { parentPort, workerData } from 'node:worker_threads'
import { EntryChain, type PackedBatch } from './chain.ts'

/**
 * The thread `verify` hands the per-entry checks to on a large ledger (verify.ts): batches come
 * in order, each answered in order with its BatchResult. Loads only the chain's light modules.
 */
const chain = new EntryChain((workerData as { head: { size: number; hash: string } | undefined }).head)
parentPort?.on('message', (m: { batch: PackedBatch; rootsAt: number[] }) => {
  parentPort?.postMessage(chain.check(m.batch, m.rootsAt))
})
