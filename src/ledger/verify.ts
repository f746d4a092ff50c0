import type { Store, Sublevel } from '../store/index.ts'
import { chainFields, openCheckpoint, sha256, toWire, unseal, ZERO_HASH, type CheckpointView } from './entry.ts'
import { leafHash, nodeHash, rootOf } from './merkle.ts'
import type { VerifyReport } from './types.ts'

/** What verification reads: the raw entries in seq order, the own checkpoints, the head. */
export interface VerifyParts {
  scan: () => AsyncGenerator<Array<[string, Uint8Array]>>
  checkpoints: Sublevel<CheckpointView>
  store: Store
  selfId: string
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
  let lastCp: CheckpointView | undefined
  let checked = 0
  const stack: Buffer[] = []
  let expected = 0
  let prev: Uint8Array = ZERO_HASH
  const fail = (seq: number, code: string, message: string): VerifyReport => ({
    ok: false,
    entries: expected,
    root: rootOf(stack).toString('hex'),
    checkpoints: checked,
    ms: performance.now() - t0,
    problem: { seq, code, message }
  })
  try {
    for await (const batch of p.scan())
      for (const [key, value] of batch) {
        const at = parseInt(key, 16)
        if (key.length !== 16 || !Number.isInteger(at)) return fail(expected, 'BAD_KEY', `a ledger key "${key}" is not a sequence number`)
        if (at > expected) return fail(expected, 'ENTRY_MISSING', `entry ${expected} is missing (the next one stored is ${at})`)
        const parts = unseal(value)
        if (typeof parts === 'string') return fail(at, 'ENTRY_DAMAGED', `entry ${at}: ${parts}`)
        if (!sha256(parts.body).equals(parts.hash)) return fail(at, 'HASH_MISMATCH', `entry ${at} was changed: its content does not hash to its recorded hash`)
        const link = chainFields(parts.body)
        if (typeof link === 'string') return fail(at, 'ENTRY_DAMAGED', `entry ${at} does not decode: ${link}`)
        if (link.seq !== at) return fail(at, 'ENTRY_MOVED', `the entry stored at ${at} says it is entry ${link.seq} (entries were reordered or copied)`)
        if (!Buffer.from(link.prevHash.buffer, link.prevHash.byteOffset, link.prevHash.byteLength).equals(prev))
          return fail(
            at,
            'CHAIN_BROKEN',
            `entry ${at} does not follow entry ${at - 1}: its prev_hash is not entry ${at - 1}'s hash (entry ${at - 1} or ${at} was rewritten)`
          )
        prev = parts.hash
        // the tree
        let cur = leafHash(parts.hash)
        let n = at
        while (n % 2 === 1) {
          cur = nodeHash(stack.pop() as Buffer, cur)
          n = Math.floor(n / 2)
        }
        stack.push(cur)
        expected = at + 1
        while (nextCp !== undefined && nextCp.size <= expected) {
          const cp: CheckpointView = nextCp
          lastCp = cp
          nextCp = await own.next()
          if (cp.size < expected) continue
          if (rootOf(stack).toString('hex') !== cp.root)
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
        // (after the checkpoints: a rewritten history is named as such, not as a head mismatch)
        if (head !== undefined && at === head.size - 1 && Buffer.from(parts.hash).toString('hex') !== head.hash)
          return fail(at, 'HEAD_MISMATCH', `the last entry (${at}) is not the one recorded as the head`)
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
    return { ok: true, entries: expected, root: rootOf(stack).toString('hex'), checkpoints: checked, ms: performance.now() - t0 }
  } finally {
    await own.close()
  }
}
