import { afterEach, describe, expect, it } from 'vitest'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readChunks, type Segment } from '../../src/transfer/chunks.ts'
import { cleanup, tempDir } from '../helpers.ts'

afterEach(cleanup)

/** A directory dataset of these sizes on disk, each file's bytes distinct; its segments and concatenation. */
function directory(sizes: number[]): { root: string; segs: Segment[]; whole: Buffer } {
  const root = tempDir()
  const segs: Segment[] = []
  const parts: Buffer[] = []
  sizes.forEach((size, i) => {
    const rel = [`d${i % 3}`, `f${i}.bin`]
    mkdirSync(join(root, rel[0] as string), { recursive: true })
    const data = Buffer.alloc(size)
    for (let b = 0; b < size; b++) data[b] = (i * 37 + b) & 0xff
    writeFileSync(join(root, ...rel), data)
    segs.push({ path: join(root, ...rel), size, root, rel })
    parts.push(data)
  })
  return { root, segs, whole: Buffer.concat(parts) }
}

async function collect(segs: Segment[], chunkSize: number, first: number): Promise<{ indexes: number[]; bytes: Buffer }> {
  const indexes: number[] = []
  const out: Buffer[] = []
  for await (const c of readChunks(segs, chunkSize, first)) {
    indexes.push(c.index)
    out.push(Buffer.from(c.data))
  }
  return { indexes, bytes: Buffer.concat(out) }
}

describe('reading a dataset in chunks', () => {
  it('gives the same bytes with small files read ahead, large ones read in place, empty ones, and chunks that cut files anywhere, from any chunk', async () => {
    // small files (read ahead), one over 64 KiB (read in place), empty ones in between
    const sizes = [...Array.from({ length: 60 }, (_, i) => (i * 977) % 5000), 200_000, ...Array.from({ length: 40 }, (_, i) => 1 + ((i * 7919) % 70_000))]
    const { segs, whole } = directory(sizes)
    const chunkSize = 10_007
    const total = Math.ceil(whole.length / chunkSize)
    for (const first of [0, 1, 17, total - 1]) {
      const got = await collect(segs, chunkSize, first)
      expect(got.indexes).toEqual(Array.from({ length: total - first }, (_, i) => first + i))
      expect(got.bytes.equals(whole.subarray(first * chunkSize))).toBe(true)
    }
  })

  it('meets a file that changed at its turn: every chunk before it arrives first', async () => {
    const { root, segs } = directory(Array.from({ length: 40 }, () => 1000))
    // the 30th file is gone (a read ahead of it must not end the stream early)
    rmSync(join(root, ...(segs[29]?.rel ?? [])))
    const seen: number[] = []
    await expect(
      (async () => {
        for await (const c of readChunks(segs, 1000, 0)) seen.push(c.index)
      })()
    ).rejects.toMatchObject({ code: 'DATASET_CHANGED' })
    expect(seen).toEqual(Array.from({ length: 29 }, (_, i) => i))
    // a file of another size is refused the same way
    writeFileSync(join(root, ...(segs[29]?.rel ?? [])), Buffer.alloc(999))
    await expect(collect(segs, 1000, 0)).rejects.toMatchObject({ code: 'DATASET_CHANGED' })
  })
})
