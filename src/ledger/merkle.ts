import { createHash } from 'node:crypto'
import { leafBytes, nodeBytes, sha256 } from './digest.ts'

/**
 * Merkle tree hashing and proofs as in RFC 6962 section 2.1, with the verification algorithms
 * of RFC 9162 sections 2.1.3.2 and 2.1.4.2 (https://www.rfc-editor.org/rfc/rfc9162#section-2.1).
 * The tree's leaves are the ledger entries' hashes; subtree hashes come from a lookup function,
 * so the same code serves the stored tree and an in-memory one in tests.
 */

const LEAF = Buffer.from([0x00])
const NODE = Buffer.from([0x01])

/** MTH({}) = SHA-256 of the empty string. */
export const EMPTY_ROOT = createHash('sha256').digest()

export function leafHash(entryHash: Uint8Array): Buffer {
  if (entryHash.length !== 32) return sha256(Buffer.concat([LEAF, entryHash]))
  return leafBytes(entryHash)
}

export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  if (left.length !== 32 || right.length !== 32) return sha256(Buffer.concat([NODE, left, right]))
  return nodeBytes(left, right)
}

/** The largest power of two smaller than n (n > 1). */
export function splitPoint(n: number): number {
  let k = 1
  while (k * 2 < n) k *= 2
  return k
}

/**
 * The root of a tree given the roots of its perfect subtrees, left to right (the binary
 * decomposition of its size, largest first): they fold from the right.
 */
export function rootOf(stack: readonly Uint8Array[]): Buffer {
  if (stack.length === 0) return EMPTY_ROOT
  let r: Buffer = Buffer.from(stack[stack.length - 1] as Uint8Array)
  for (let i = stack.length - 2; i >= 0; i--) r = nodeHash(stack[i] as Uint8Array, r)
  return r
}

/** MTH(D[start:end]) for any range (the lookup answers at least the ranges RFC 6962 asks for). */
export type SubtreeHash = (start: number, end: number) => Promise<Uint8Array>

/** PATH(m, D[n]): the audit path of leaf m in the tree of the first n leaves. */
export async function inclusionPath(m: number, n: number, mth: SubtreeHash, start = 0): Promise<Uint8Array[]> {
  if (m < 0 || m >= n) throw new RangeError(`leaf ${m} is not in a tree of size ${n}`)
  if (n === 1) return []
  const k = splitPoint(n)
  if (m < k) return [...(await inclusionPath(m, k, mth, start)), await mth(start + k, start + n)]
  return [...(await inclusionPath(m - k, n - k, mth, start + k)), await mth(start, start + k)]
}

/** PROOF(m, D[n]): that the tree of the first m leaves is a prefix of the tree of n leaves. */
export async function consistencyPath(m: number, n: number, mth: SubtreeHash): Promise<Uint8Array[]> {
  if (m < 0 || m > n) throw new RangeError(`no consistency proof from size ${m} to ${n}`)
  if (m === 0 || m === n) return []
  return await subproof(m, n, true, mth, 0)
}

async function subproof(m: number, n: number, b: boolean, mth: SubtreeHash, start: number): Promise<Uint8Array[]> {
  if (m === n) return b ? [] : [await mth(start, start + n)]
  const k = splitPoint(n)
  if (m <= k) return [...(await subproof(m, k, b, mth, start)), await mth(start + k, start + n)]
  return [...(await subproof(m - k, n - k, false, mth, start + k)), await mth(start, start + k)]
}

/** RFC 9162 2.1.3.2: does `path` prove leaf `index` (its leaf hash) in the tree (`size`, `root`)? */
export function verifyInclusion(leaf: Uint8Array, index: number, size: number, path: readonly Uint8Array[], root: Uint8Array): boolean {
  if (index < 0 || index >= size) return false
  let fn = index
  let sn = size - 1
  let r: Uint8Array = leaf
  for (const p of path) {
    if (sn === 0) return false
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r)
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2)
          sn = Math.floor(sn / 2)
        }
      }
    } else {
      r = nodeHash(r, p)
    }
    fn = Math.floor(fn / 2)
    sn = Math.floor(sn / 2)
  }
  return sn === 0 && Buffer.from(r).equals(root)
}

/** RFC 9162 2.1.4.2: is the tree (`m`, `oldRoot`) a prefix of the tree (`n`, `newRoot`)? */
export function verifyConsistency(m: number, n: number, oldRoot: Uint8Array, newRoot: Uint8Array, proof: readonly Uint8Array[]): boolean {
  if (m < 0 || m > n) return false
  if (m === 0) return proof.length === 0
  if (m === n) return proof.length === 0 && Buffer.from(oldRoot).equals(newRoot)
  if (proof.length === 0) return false
  const path = (m & (m - 1)) === 0 ? [oldRoot, ...proof] : [...proof]
  let fn = m - 1
  let sn = n - 1
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2)
    sn = Math.floor(sn / 2)
  }
  let fr: Uint8Array = path[0] as Uint8Array
  let sr: Uint8Array = path[0] as Uint8Array
  for (const c of path.slice(1)) {
    if (sn === 0) return false
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr)
      sr = nodeHash(c, sr)
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2)
          sn = Math.floor(sn / 2)
        }
      }
    } else {
      sr = nodeHash(sr, c)
    }
    fn = Math.floor(fn / 2)
    sn = Math.floor(sn / 2)
  }
  return sn === 0 && Buffer.from(fr).equals(oldRoot) && Buffer.from(sr).equals(newRoot)
}
