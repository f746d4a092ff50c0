import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'
import { join } from 'node:path'
import type { DatasetInfo } from '../catalog/index.ts'

/** The byte stream of a dataset: one file, or a directory's files concatenated in manifest order. */
export interface Segment { path: string, size: number }

export function segments (d: DatasetInfo): Segment[] {
  if (!d.directory) return [{ path: d.source, size: d.byteSize }]
  return d.files.map(f => ({ path: join(d.source, ...f.path.split('/')), size: f.size }))
}

/**
 * Read the dataset's bytes from `offset` on, in pieces of at most `chunkSize` that never cross a
 * chunk boundary, into one reused buffer per chunk (bounded memory whatever the size).
 */
export async function * readChunks (segs: Segment[], chunkSize: number, firstChunk: number): AsyncGenerator<{ index: number, data: Uint8Array }> {
  let offset = firstChunk * chunkSize
  let index = firstChunk
  let buf = Buffer.allocUnsafe(chunkSize)
  let filled = 0
  let base = 0
  for (const seg of segs) {
    const segStart = base
    base += seg.size
    if (base <= offset) continue
    const fh = await open(seg.path, 'r')
    try {
      let pos = offset - segStart
      while (pos < seg.size) {
        const want = Math.min(chunkSize - filled, seg.size - pos)
        const { bytesRead } = await fh.read(buf, filled, want, pos)
        if (bytesRead === 0) throw new Error(`${seg.path} is shorter than when it was described`)
        filled += bytesRead
        pos += bytesRead
        offset += bytesRead
        if (filled === chunkSize) {
          yield { index, data: buf }
          // the consumer of the generator has sent (copied) it: a fresh buffer keeps it simple and safe
          buf = Buffer.allocUnsafe(chunkSize)
          filled = 0
          index++
        }
      }
    } finally {
      await fh.close()
    }
  }
  if (filled > 0) yield { index, data: buf.subarray(0, filled) }
}

/** SHA-256 of every chunk (one read pass). */
export async function chunkHashes (segs: Segment[], chunkSize: number): Promise<Buffer[]> {
  const out: Buffer[] = []
  for await (const { data } of readChunks(segs, chunkSize, 0)) out.push(createHash('sha256').update(data).digest())
  return out
}

export function chunkCount (size: number, chunkSize: number): number {
  return Math.ceil(size / chunkSize)
}
