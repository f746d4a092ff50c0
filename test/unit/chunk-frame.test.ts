import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { chunkFrame } from '../../src/transfer/chunks.ts'
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
})
