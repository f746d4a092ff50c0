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

/*
 * Known answers from outside this code: the RFC 6962 reference vectors of Certificate
 * Transparency (the leaves, tree heads for sizes 0 to 8, and inclusion and consistency proofs
 * used by the CT reference implementation's merkle_tree tests and the Go transparency-dev
 * merkle package). A tree that agrees only with itself proves nothing to anyone else.
 */
describe('RFC 6962 reference vectors', () => {
  const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')
  const unhex = (s: string): Buffer => Buffer.from(s, 'hex')
  const data = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(unhex)
  const ct = data.map(d => leafHash(d))
  const roots = [
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
    'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
    'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
    'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
    '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
    'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
    '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328'
  ]
  const ctMth = (start: number, end: number): Buffer => {
    const n = end - start
    if (n === 0) return EMPTY_ROOT
    if (n === 1) return ct[start] as Buffer
    const k = splitPoint(n)
    return nodeHash(ctMth(start, start + k), ctMth(start + k, end))
  }
  const ctLookup = async (a: number, b: number): Promise<Buffer> => ctMth(a, b)
  /** The perfect subtrees of the first n reference leaves, as the ledger keeps them. */
  const ctStack = (n: number): Buffer[] => {
    const out: Buffer[] = []
    let start = 0
    for (let bit = 8; bit >= 1; bit /= 2) {
      if ((n & bit) === 0) continue
      out.push(ctMth(start, start + bit))
      start += bit
    }
    return out
  }
  // (leaf index, tree size, audit path)
  const inclusion: Array<[number, number, string[]]> = [
    [
      0,
      8,
      [
        '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
        '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
        '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4'
      ]
    ],
    [
      5,
      8,
      [
        'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
        'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
        'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7'
      ]
    ],
    [2, 3, ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125']],
    [
      1,
      5,
      [
        '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
        '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
        'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b'
      ]
    ]
  ]
  // (old size, new size, consistency proof)
  const consistency: Array<[number, number, string[]]> = [
    [1, 1, []],
    [
      1,
      8,
      [
        '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
        '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
        '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4'
      ]
    ],
    [
      6,
      8,
      [
        '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
        'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
        'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7'
      ]
    ],
    [2, 5, ['5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', 'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b']]
  ]

  it('the tree heads of sizes 0 to 8, from the stack of perfect subtrees the ledger keeps', () => {
    expect(hex(EMPTY_ROOT)).toBe(roots[0])
    for (let n = 0; n <= 8; n++) expect(hex(rootOf(ctStack(n))), `size ${n}`).toBe(roots[n])
  })

  it('the reference inclusion proofs: produced identically, and they verify', async () => {
    for (const [index, size, path] of inclusion) {
      const got = await inclusionPath(index, size, ctLookup)
      expect(got.map(hex), `leaf ${index} of ${size}`).toEqual(path)
      expect(verifyInclusion(ct[index] as Buffer, index, size, path.map(unhex), unhex(roots[size] as string))).toBe(true)
      expect(verifyInclusion(ct[index] as Buffer, index, size, path.map(unhex), unhex(roots[0] as string))).toBe(false)
    }
  })

  it('the reference consistency proofs: produced identically, and they verify', async () => {
    for (const [m, n, proof] of consistency) {
      const got = await consistencyPath(m, n, ctLookup)
      expect(got.map(hex), `${m} -> ${n}`).toEqual(proof)
      expect(verifyConsistency(m, n, unhex(roots[m] as string), unhex(roots[n] as string), proof.map(unhex))).toBe(true)
    }
  })
})
