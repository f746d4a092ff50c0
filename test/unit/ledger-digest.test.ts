import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createHash } from 'node:crypto'
import { binEquals, binToHex, leafBin, nodeBin, sha256, sha256Bin } from '../../src/ledger/digest.ts'
import { canonicalBody, sealEntry } from '../../src/ledger/entry.ts'
import { chainFields } from '../../src/ledger/layout.ts'
import { leafHash, nodeHash } from '../../src/ledger/merkle.ts'
import { hanse } from '../../src/wire/index.ts'

const ref = (...parts: Uint8Array[]): Buffer => {
  const h = createHash('sha256')
  for (const p of parts) h.update(p)
  return h.digest()
}
const hash32 = fc.uint8Array({ minLength: 32, maxLength: 32 })
const toBin = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1')

describe('ledger digests as binary strings', () => {
  it('give the SHA-256 of the input, of 0x00 + a leaf and of 0x01 + two children (RFC 6962)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), hash32, hash32, (data, a, b) => {
        expect(sha256(data)).toEqual(ref(data))
        expect(Buffer.from(sha256Bin(data), 'latin1')).toEqual(ref(data))
        expect(Buffer.from(leafBin(toBin(a)), 'latin1')).toEqual(ref(Buffer.from([0]), a))
        expect(Buffer.from(nodeBin(toBin(a), toBin(b)), 'latin1')).toEqual(ref(Buffer.from([1]), a, b))
        expect(leafHash(a)).toEqual(ref(Buffer.from([0]), a))
        expect(nodeHash(a, b)).toEqual(ref(Buffer.from([1]), a, b))
        expect(binToHex(toBin(a))).toBe(Buffer.from(a).toString('hex'))
      })
    )
  })

  it('compare a binary string with 32 bytes at an offset, and nothing shorter', () => {
    const bytes = Buffer.concat([Buffer.from([9, 9]), ref(Buffer.from('x'))])
    const bin = sha256Bin(Buffer.from('x'))
    expect(binEquals(bin, bytes, 2)).toBe(true)
    expect(binEquals(bin, bytes, 1)).toBe(false)
    expect(binEquals(bin, bytes, 3)).toBe(false)
    expect(binEquals(bin.slice(0, 31), bytes, 2)).toBe(false)
    bytes[33] = (bytes[33] as number) ^ 1
    expect(binEquals(bin, bytes, 2)).toBe(false)
  })
})

describe('chainFields', () => {
  const entry = fc.record({
    seq: fc.maxSafeNat(),
    time: fc.maxSafeNat(),
    type: fc.string({ maxLength: 40 }),
    peer: fc.string({ maxLength: 60 }),
    agreementId: fc.string({ maxLength: 60 }),
    transferId: fc.string({ maxLength: 60 }),
    payload: fc.uint8Array({ maxLength: 300 }),
    prevHash: fc.oneof(hash32, fc.uint8Array({ maxLength: 40 }))
  })

  it('reads seq and where prev_hash lies as the generated decoder does, in any canonical body', () => {
    fc.assert(
      fc.property(entry, f => {
        const body = canonicalBody(f)
        const decoded = hanse.v1.LedgerEntry.decode(body)
        const link = chainFields(body)
        if (typeof link === 'string') throw new Error(link)
        expect(link.seq).toBe(Number(decoded.seq))
        expect(Buffer.from(body.subarray(link.prevStart, link.prevEnd))).toEqual(Buffer.from(decoded.prevHash))
      })
    )
  })

  it('never throws and never points outside the body, whatever the bytes', () => {
    const cut = entry.chain(f => {
      const body = canonicalBody(f)
      return fc.tuple(fc.constant(body), fc.nat(body.length))
    })
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 200 }),
          cut.map(([body, n]) => body.subarray(0, n))
        ),
        bytes => {
          const link = chainFields(bytes)
          if (typeof link === 'string') return
          expect(link.prevStart).toBeGreaterThanOrEqual(0)
          expect(link.prevEnd).toBeGreaterThanOrEqual(link.prevStart)
          expect(link.prevEnd).toBeLessThanOrEqual(bytes.length)
        }
      )
    )
    expect(chainFields(Uint8Array.from([0x08]))).toMatch(/truncated or over-long varint/)
    expect(chainFields(Uint8Array.from([0x42, 0x05, 1]))).toMatch(/truncated field 8/)
    expect(chainFields(Uint8Array.from([0x0b]))).toMatch(/invalid wire type 3/)
    expect(chainFields(Uint8Array.from([0x00]))).toMatch(/bad field tag/)
    expect(chainFields(Uint8Array.from([0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]))).toMatch(/truncated or over-long varint/)
  })
})

describe('sealEntry', () => {
  // fast-check 4: strings of any code point but lone surrogates (which UTF-8 cannot carry)
  const text = (maxLength: number): fc.Arbitrary<string> => fc.string({ unit: 'grapheme', maxLength })
  const fields = fc.record({
    seq: fc.oneof(fc.nat(300), fc.maxSafeNat()),
    time: fc.oneof(fc.constant(0), fc.maxSafeNat(), fc.integer({ min: -(2 ** 40), max: -1 })),
    type: text(40),
    peer: text(60),
    agreementId: text(60),
    transferId: text(60),
    payload: fc.oneof(fc.uint8Array({ maxLength: 300 }), text(100)),
    prevHash: fc.oneof(hash32, fc.uint8Array({ maxLength: 40 }))
  })

  it('writes what the generated encoder writes: the canonical body, then field 9 with its SHA-256', () => {
    fc.assert(
      fc.property(fields, f => {
        const body = canonicalBody(f)
        const { stored, hash } = sealEntry(f)
        expect(hash).toEqual(ref(body))
        expect(stored).toEqual(Buffer.concat([body, Buffer.from([0x4a, 0x20]), ref(body)]))
        expect(Buffer.from(hanse.v1.LedgerEntry.encode(hanse.v1.LedgerEntry.decode(stored)).finish())).toEqual(stored)
      }),
      { numRuns: 500 }
    )
  })
})
