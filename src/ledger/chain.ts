import { binEquals, binToHex, leafBin, nodeBin, sha256Bin } from './digest.ts'
import { chainFields, NOT_SEALED, sealedBodyLength } from './layout.ts'
import { EMPTY_ROOT } from './merkle.ts'
import type { VerifyProblem } from './types.ts'

/**
 * Entries as `verify` hands them on: keys, and the stored values packed into one buffer (so a
 * batch crosses to a worker thread as one transferable buffer, not a thousand small ones).
 */
export interface PackedBatch {
  /** The first key's seq; the keys themselves only when they are not `first`, `first + 1`, ... */
  first: number
  keys?: string[]
  /** The values back to back; value i is bytes[ends[i-1] ?? 0, ends[i]). */
  bytes: Uint8Array
  ends: Uint32Array
}

/** What checking one batch found. */
export interface BatchResult {
  /** Entries checked so far (the next expected seq). */
  expected: number
  /** The Merkle root (hex) of those entries. */
  root: string
  /** The Merkle root (hex) at each requested size the entries reached, in order. */
  roots: Array<[size: number, root: string]>
  /** The first problem, if any: checking stops there. */
  problem?: VerifyProblem
}

/** A ledger key: 16 hex digits (seqKey in entry.ts). */
const SEQ_KEY = /^[0-9a-f]{16}$/

export function packBatch(batch: ReadonlyArray<[string, Uint8Array]>): PackedBatch {
  const ends = new Uint32Array(batch.length)
  let total = 0
  // keys go across only when they are not simply consecutive seqs (a damaged ledger)
  const first = batch.length > 0 ? parseInt((batch[0] as [string, Uint8Array])[0], 16) : 0
  let consecutive = Number.isInteger(first)
  for (let i = 0; i < batch.length; i++) {
    const [key, value] = batch[i] as [string, Uint8Array]
    if (consecutive && (parseInt(key, 16) !== first + i || !SEQ_KEY.test(key))) consecutive = false
    total += value.length
    ends[i] = total
  }
  const bytes = new Uint8Array(total)
  let at = 0
  for (const [, value] of batch) {
    bytes.set(value, at)
    at += value.length
  }
  return consecutive ? { first, bytes, ends } : { first, keys: batch.map(([key]) => key), bytes, ends }
}

/**
 * The per-entry half of `verify` (verify.ts has the rest): seq order without gaps, each entry's
 * hash, the chain of prev hashes, the Merkle tree (RFC 6962) folded as the entries go by, and the
 * recorded head. Synchronous and self-contained, so the same code runs on the calling thread or
 * in a worker. Hashes are binary strings (digest.ts): three calls an entry, each costing more
 * than its hashing.
 */
export class EntryChain {
  private expected = 0
  private prev = '\0'.repeat(32)
  private readonly stack: string[] = []
  private stopped: VerifyProblem | undefined
  private readonly head: { size: number; hash: string } | undefined

  /** `head`: the recorded head as it was before the scan (the last entry must be that one). */
  constructor(head: { size: number; hash: string } | undefined) {
    this.head = head
  }

  /** Check a batch; `rootsAt`: sizes (ascending) whose root the caller wants, as reached. */
  check(batch: PackedBatch, rootsAt: readonly number[]): BatchResult {
    const roots: Array<[number, string]> = []
    if (this.stopped !== undefined) return { expected: this.expected, root: this.root(), roots, problem: this.stopped }
    let r = 0
    let start = 0
    for (let i = 0; i < batch.ends.length; i++) {
      const end = batch.ends[i] as number
      const value = batch.bytes.subarray(start, end)
      start = end
      const problem = batch.keys === undefined ? this.entry(batch.first + i, value) : this.keyed(batch.keys[i] as string, value)
      if (problem !== undefined) {
        this.stopped = problem
        return { expected: this.expected, root: this.root(), roots, problem }
      }
      while (r < rootsAt.length && (rootsAt[r] as number) < this.expected) r++
      if (r < rootsAt.length && rootsAt[r] === this.expected) roots.push([this.expected, this.root()])
      // after the root: a history rewritten before a checkpoint is named as such (verify.ts
      // checks the roots first), not as a head mismatch
      const at = this.expected - 1
      if (this.head !== undefined && at === this.head.size - 1 && binToHex(this.prev) !== this.head.hash) {
        this.stopped = { seq: at, code: 'HEAD_MISMATCH', message: `the last entry (${at}) is not the one recorded as the head` }
        return { expected: this.expected, root: this.root(), roots, problem: this.stopped }
      }
    }
    return { expected: this.expected, root: this.root(), roots }
  }

  /** The root (hex) of the entries checked so far. */
  root(): string {
    const s = this.stack
    if (s.length === 0) return EMPTY_ROOT.toString('hex')
    let r = s[s.length - 1] as string
    for (let i = s.length - 2; i >= 0; i--) r = nodeBin(s[i] as string, r)
    return binToHex(r)
  }

  private keyed(key: string, value: Uint8Array): VerifyProblem | undefined {
    const at = parseInt(key, 16)
    if (!SEQ_KEY.test(key)) return { seq: this.expected, code: 'BAD_KEY', message: `a ledger key "${key}" is not a sequence number` }
    return this.entry(at, value)
  }

  private entry(at: number, value: Uint8Array): VerifyProblem | undefined {
    const expected = this.expected
    const fail = (seq: number, code: string, message: string): VerifyProblem => ({ seq, code, message })
    if (at > expected) return fail(expected, 'ENTRY_MISSING', `entry ${expected} is missing (the next one stored is ${at})`)
    const bodyLength = sealedBodyLength(value)
    if (bodyLength < 0) return fail(at, 'ENTRY_DAMAGED', `entry ${at}: ${NOT_SEALED}`)
    const body = value.subarray(0, bodyLength)
    const hash = sha256Bin(body)
    if (!binEquals(hash, value, bodyLength + 2)) return fail(at, 'HASH_MISMATCH', `entry ${at} was changed: its content does not hash to its recorded hash`)
    const link = chainFields(body)
    if (typeof link === 'string') return fail(at, 'ENTRY_DAMAGED', `entry ${at} does not decode: ${link}`)
    if (link.seq !== at) return fail(at, 'ENTRY_MOVED', `the entry stored at ${at} says it is entry ${link.seq} (entries were reordered or copied)`)
    if (link.prevEnd - link.prevStart !== 32 || !binEquals(this.prev, body, link.prevStart))
      return fail(
        at,
        'CHAIN_BROKEN',
        `entry ${at} does not follow entry ${at - 1}: its prev_hash is not entry ${at - 1}'s hash (entry ${at - 1} or ${at} was rewritten)`
      )
    this.prev = hash
    // the tree: combine with the perfect subtrees this leaf completes
    let cur = leafBin(hash)
    let n = at
    while (n % 2 === 1) {
      cur = nodeBin(this.stack.pop() as string, cur)
      n = Math.floor(n / 2)
    }
    this.stack.push(cur)
    this.expected = at + 1
    return undefined
  }
}
