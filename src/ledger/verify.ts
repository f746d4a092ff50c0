import type { Store, Sublevel } from '../store/index.ts'
import { binEquals, binToHex, leafBin, nodeBin, sha256Bin } from './digest.ts'
import { chainFields, NOT_SEALED, openCheckpoint, sealedBodyLength, toWire, type CheckpointView } from './entry.ts'
import { EMPTY_ROOT } from './merkle.ts'
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
  // hashes as binary strings (see digest.ts): three per entry, where the call is most of the cost
  const stack: string[] = []
  let expected = 0
  let prev = '\0'.repeat(32)
  const fail = (seq: number, code: string, message: string): VerifyReport => ({
    ok: false,
    entries: expected,
    root: rootHex(stack),
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
        const bodyLength = sealedBodyLength(value)
        if (bodyLength < 0) return fail(at, 'ENTRY_DAMAGED', `entry ${at}: ${NOT_SEALED}`)
        const body = value.subarray(0, bodyLength)
        const hash = sha256Bin(body)
        if (!binEquals(hash, value, bodyLength + 2)) return fail(at, 'HASH_MISMATCH', `entry ${at} was changed: its content does not hash to its recorded hash`)
        const link = chainFields(body)
        if (typeof link === 'string') return fail(at, 'ENTRY_DAMAGED', `entry ${at} does not decode: ${link}`)
        if (link.seq !== at) return fail(at, 'ENTRY_MOVED', `the entry stored at ${at} says it is entry ${link.seq} (entries were reordered or copied)`)
        if (link.prevEnd - link.prevStart !== 32 || !binEquals(prev, body, link.prevStart))
          return fail(
            at,
            'CHAIN_BROKEN',
            `entry ${at} does not follow entry ${at - 1}: its prev_hash is not entry ${at - 1}'s hash (entry ${at - 1} or ${at} was rewritten)`
          )
        prev = hash
        // the tree
        let cur = leafBin(hash)
        let n = at
        while (n % 2 === 1) {
          cur = nodeBin(stack.pop() as string, cur)
          n = Math.floor(n / 2)
        }
        stack.push(cur)
        expected = at + 1
        while (nextCp !== undefined && nextCp.size <= expected) {
          const cp: CheckpointView = nextCp
          lastCp = cp
          nextCp = await own.next()
          if (cp.size < expected) continue
          if (rootHex(stack) !== cp.root)
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
        if (head !== undefined && at === head.size - 1 && binToHex(hash) !== head.hash)
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
    return { ok: true, entries: expected, root: rootHex(stack), checkpoints: checked, ms: performance.now() - t0 }
  } finally {
    await own.close()
  }
}

/** `rootOf` (merkle.ts) over binary strings, as hex. */
function rootHex(stack: readonly string[]): string {
  if (stack.length === 0) return EMPTY_ROOT.toString('hex')
  let r = stack[stack.length - 1] as string
  for (let i = stack.length - 2; i >= 0; i--) r = nodeBin(stack[i] as string, r)
  return binToHex(r)
}
