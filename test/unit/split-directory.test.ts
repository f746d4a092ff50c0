import { afterEach, describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { manifestDigest } from '../../src/catalog/index.ts'
import { splitDirectory } from '../../src/transfer/finish.ts'
import type { TransferRecord } from '../../src/transfer/index.ts'
import { cleanup, tempDir } from '../helpers.ts'

afterEach(cleanup)

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex')

/** A directory dataset as the stream carries it: the files' bytes one after the other. */
function streamOf(files: Array<{ path: string; data: Buffer }>): { list: TransferRecord['files']; bytes: Buffer } {
  return { list: files.map(f => ({ path: f.path, size: f.data.length })), bytes: Buffer.concat(files.map(f => f.data)) }
}

describe('splitting a received directory', () => {
  it('cuts the stream into its files across read blocks (empty, tiny, larger than a block), in nested directories, and returns the manifest digest', async () => {
    const dir = tempDir()
    const big = Buffer.alloc(2.5 * 1024 * 1024)
    for (let i = 0; i < big.length; i++) big[i] = (i * 31) & 0xff
    const files = [
      { path: 'empty.txt', data: Buffer.alloc(0) },
      ...Array.from({ length: 300 }, (_, i) => ({ path: `small/${i % 7}/f${i}.csv`, data: Buffer.from(`row ${i}\n`.repeat(1 + (i % 900))) })),
      { path: 'deep/a/b/c/big.bin', data: big },
      { path: 'last.txt', data: Buffer.from('the end\n') }
    ]
    const { list, bytes } = streamOf(files)
    writeFileSync(join(dir, 'data.part'), bytes)
    const out = join(dir, 'out')
    const digest = await splitDirectory({ files: list } as TransferRecord, join(dir, 'data.part'), out)
    for (const f of files) expect(readFileSync(join(out, f.path)).equals(f.data)).toBe(true)
    expect(digest).toBe(manifestDigest(files.map(f => ({ path: f.path, size: f.data.length, sha256: sha(f.data) }))))
    expect(readdirSync(join(out, 'small')).sort()).toEqual(['0', '1', '2', '3', '4', '5', '6'])
  })

  it('refuses a file list that does not add up to the data, either way', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'data.part'), Buffer.alloc(3000, 1))
    const longer = [
      { path: 'a', size: 2000 },
      { path: 'b', size: 2000 }
    ]
    await expect(splitDirectory({ files: longer } as TransferRecord, join(dir, 'data.part'), join(dir, 'x'))).rejects.toMatchObject({ code: 'PROTOCOL_ERROR' })
    const shorter = [{ path: 'a', size: 2000 }]
    await expect(splitDirectory({ files: shorter } as TransferRecord, join(dir, 'data.part'), join(dir, 'y'))).rejects.toMatchObject({ code: 'PROTOCOL_ERROR' })
    // a second attempt starts from a clean staging directory
    const exact = [
      { path: 'a', size: 2000 },
      { path: 'b', size: 1000 }
    ]
    await splitDirectory({ files: exact } as TransferRecord, join(dir, 'data.part'), join(dir, 'x'))
    expect(readdirSync(join(dir, 'x')).sort()).toEqual(['a', 'b'])
  })
})
