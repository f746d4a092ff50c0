import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { Uint8ArrayList } from 'uint8arraylist'
import { chunkFrame, takeChunk } from '../../src/transfer/chunks.ts'
import { hanse } from '../../src/wire/index.ts'

describe('hand-encoded chunk frames', () => {
  it('decode with the generated codec to the same index and bytes, with a correct length prefix', () => {
    fc.assert(
      fc.property(fc.nat(2 ** 31 - 1), fc.uint8Array({ maxLength: 70_000 }), (index, data) => {
        const bytes = chunkFrame(index, data).subarray()
        let len = 0
        let shift = 0
        let p = 0
        while (true) {
          const b = bytes[p++] as number
          len += (b & 0x7f) * 2 ** shift
          if ((b & 0x80) === 0) break
          shift += 7
        }
        expect(len).toBe(bytes.length - p)
        const frame = hanse.v1.TransferFrame.decode(bytes.subarray(p))
        expect(frame.chunk?.index ?? 0).toBe(index)
        expect(Buffer.from(frame.chunk?.data ?? []).equals(Buffer.from(data))).toBe(true)
      }),
      { seed: 3, numRuns: 200 }
    )
  })

  /** A frame's bytes (without its length prefix) cut into pieces at the given points. */
  function pieces(bytes: Uint8Array, cuts: number[]): Uint8ArrayList {
    const at = [...new Set(cuts.map(c => c % (bytes.length + 1)))].sort((a, b) => a - b)
    const list = new Uint8ArrayList()
    let from = 0
    for (const c of [...at, bytes.length]) {
      if (c > from) list.append(bytes.subarray(from, c))
      from = c
    }
    return list
  }
  const withoutPrefix = (list: Uint8ArrayList): Uint8Array => {
    const bytes = list.subarray()
    let p = 0
    while (((bytes[p++] as number) & 0x80) !== 0);
    return bytes.subarray(p)
  }

  it('are read back without joining their pieces, however the bytes were cut', () => {
    fc.assert(
      fc.property(fc.nat(2 ** 32 - 1), fc.uint8Array({ minLength: 1, maxLength: 70_000 }), fc.array(fc.nat(), { maxLength: 20 }), (index, data, cuts) => {
        const got = takeChunk(pieces(withoutPrefix(chunkFrame(index, data)), cuts))
        expect(got?.index).toBe(index)
        expect(Buffer.from(got?.data.subarray() ?? []).equals(Buffer.from(data))).toBe(true)
      }),
      { seed: 5, numRuns: 300 }
    )
  })

  it("take the generated encoder's chunks too, and leave every other frame to the decoder", () => {
    const { TransferFrame } = hanse.v1
    const enc = (m: Parameters<typeof TransferFrame.encode>[0]): Uint8Array => TransferFrame.encode(m).finish()
    // the generated encoder writes the same layout for a chunk
    expect(takeChunk(new Uint8ArrayList(enc({ chunk: { index: 7, data: Buffer.from('abc') } })))?.index).toBe(7)
    // not chunks, or chunks in another layout: undefined (decoded as a whole by the caller)
    const others = [
      enc({ completion: { bytesSent: 5 } }),
      enc({ hashes: { from: 1, hashes: [Buffer.alloc(32)] } }),
      enc({ termination: { code: 'X', reason: 'y' } }),
      // data before index
      Uint8Array.from([0x12, 0x07, 0x12, 0x03, 0x61, 0x62, 0x63, 0x08, 0x07]),
      // trailing bytes after the chunk
      Uint8Array.from([0x12, 0x05, 0x12, 0x03, 0x61, 0x62, 0x63, 0x00]),
      // inner length longer than the frame, data length longer than the frame
      Uint8Array.from([0x12, 0x09, 0x12, 0x03, 0x61, 0x62, 0x63]),
      Uint8Array.from([0x12, 0x05, 0x12, 0x09, 0x61, 0x62, 0x63]),
      // an over-long inner length of 0 that ends the frame, an index with nothing after it
      Uint8Array.from([0x12, 0x80, 0x80, 0x00]),
      Uint8Array.from([0x12, 0x02, 0x08, 0x01]),
      // a varint that never ends, an index beyond 32 bits
      Uint8Array.from([0x12, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
      Uint8Array.from([0x12, 0x0a, 0x08, 0xff, 0xff, 0xff, 0xff, 0x7f, 0x12, 0x01, 0x61, 0x00]),
      new Uint8Array()
    ]
    for (const bytes of others) expect(takeChunk(new Uint8ArrayList(bytes))).toBeUndefined()
  })
})
