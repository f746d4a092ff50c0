import { describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import {
  consistencyPath,
  EMPTY_ROOT,
  inclusionPath,
  leafHash,
  nodeHash,
  rootOf,
  splitPoint,
  verifyConsistency,
  verifyInclusion
} from '../../src/ledger/merkle.ts'

// RFC 6962 MTH written straight from the definition, as the reference
const leaves = Array.from({ length: 70 }, (_, i) => leafHash(createHash('sha256').update(`entry ${i}`).digest()))
function mth(start: number, end: number): Buffer {
  const n = end - start
  if (n === 0) return EMPTY_ROOT
  if (n === 1) return leaves[start] as Buffer
  const k = splitPoint(n)
  return nodeHash(mth(start, start + k), mth(start + k, end))
}
const lookup = async (a: number, b: number): Promise<Buffer> => mth(a, b)

/** The perfect subtrees of the first n leaves, largest first. */
function stackOf(n: number): Buffer[] {
  const out: Buffer[] = []
  let start = 0
  for (let bit = 2 ** 10; bit >= 1; bit /= 2) {
    if ((n & bit) !== 0) {
      out.push(mth(start, start + bit))
      start += bit
    }
  }
  return out
}

describe('RFC 6962 Merkle tree', () => {
  it('the root folded from the perfect subtrees equals MTH for every size', () => {
    for (let n = 0; n <= 70; n++) expect(rootOf(stackOf(n)).equals(mth(0, n))).toBe(true)
  })

  it('every inclusion proof verifies, and fails for another leaf, index or root', async () => {
    for (let n = 1; n <= 40; n++) {
      const root = mth(0, n)
      for (let m = 0; m < n; m++) {
        const path = await inclusionPath(m, n, lookup)
        expect(verifyInclusion(leaves[m] as Buffer, m, n, path, root)).toBe(true)
        if (n > 1) {
          expect(verifyInclusion(leaves[(m + 1) % n] as Buffer, m, n, path, root)).toBe(false)
          expect(verifyInclusion(leaves[m] as Buffer, (m + 1) % n, n, path, root)).toBe(false)
        }
        expect(verifyInclusion(leaves[m] as Buffer, m, n, path, mth(0, n + 1))).toBe(false)
      }
    }
  })

  it('every consistency proof verifies, and fails for a different old root or a changed leaf', async () => {
    for (let n = 1; n <= 40; n++) {
      for (let m = 1; m <= n; m++) {
        const proof = await consistencyPath(m, n, lookup)
        expect(verifyConsistency(m, n, mth(0, m), mth(0, n), proof)).toBe(true)
        if (m < n) {
          const forged = nodeHash(mth(0, m), mth(0, m))
          expect(verifyConsistency(m, n, forged, mth(0, n), proof)).toBe(false)
          expect(verifyConsistency(m, n, mth(0, m), forged, proof)).toBe(false)
        }
      }
    }
  })

  it('matches the RFC 6962 test vector shape: one leaf, the root is the leaf hash', () => {
    expect(rootOf([leaves[0] as Buffer]).equals(leaves[0] as Buffer)).toBe(true)
    expect(EMPTY_ROOT.toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  })
})
