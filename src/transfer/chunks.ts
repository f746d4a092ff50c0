import { open, realpath, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { Uint8ArrayList } from 'uint8arraylist'
import { encodeVarint } from '../wire/index.ts'
import { HanseError } from '../errors/index.ts'
import { openInside } from '../paths/index.ts'
import type { DatasetInfo } from '../catalog/index.ts'

/**
 * The byte stream of a dataset: one file, or a directory's files concatenated in manifest order.
 * A directory's file is named by its root and relative path, so it can be opened without
 * following links and checked to stay inside the root.
 */
export interface Segment {
  path: string
  size: number
  root?: string
  rel?: string[]
}

export function segments(d: DatasetInfo): Segment[] {
  if (!d.directory) return [{ path: d.source, size: d.byteSize }]
  return d.files.map(f => ({ path: join(d.source, ...f.path.split('/')), size: f.size, root: d.source, rel: f.path.split('/') }))
}

/** The dataset on disk is no longer what was described (a file changed, vanished or became a link). */
export class DatasetChangedError extends HanseError {
  constructor(detail: string) {
    super('DATASET_CHANGED', `the dataset changed on the provider since it was described: ${detail}`)
  }
}

/**
 * Open one segment, checked to be the regular file of the size described. A directory's files
 * are opened inside its root, resolved once per read (`realRoots`): with the stat the open
 * takes anyway, a small file costs five file system calls (each a trip through libuv's
 * threads) instead of seven.
 */
async function openSegment(seg: Segment, realRoots: Map<string, string>): Promise<FileHandle> {
  let opened: { fh: FileHandle; size: number; isFile: boolean }
  try {
    if (seg.root !== undefined && seg.rel !== undefined) {
      let realRoot = realRoots.get(seg.root)
      if (realRoot === undefined) {
        realRoot = await realpath(seg.root)
        realRoots.set(seg.root, realRoot)
      }
      opened = { ...(await openInside(seg.root, seg.rel, realRoot)), isFile: true }
    } else {
      const fh = await open(seg.path, 'r')
      const st = await fh.stat().catch(async (err: unknown) => {
        await fh.close()
        throw err
      })
      opened = { fh, size: st.size, isFile: st.isFile() }
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException
    if (e instanceof HanseError) throw new DatasetChangedError(e.message)
    throw new DatasetChangedError(e.code === 'ELOOP' ? `${seg.path} is now a symbolic link` : `${seg.path}: ${e.code ?? e.message}`)
  }
  if (!opened.isFile || opened.size !== seg.size) {
    await opened.fh.close()
    throw new DatasetChangedError(`${seg.path} is ${opened.isFile ? `${opened.size} bytes, not ${seg.size}` : 'not a regular file'}`)
  }
  return opened.fh
}

/** A directory's files up to this size are read whole ahead of their turn (see readChunks). */
const SMALL_FILE_BYTES = 64 * 1024
/** How many small files are read ahead at most (at most 1 MiB held). */
const READ_AHEAD_FILES = 16

/** A small file read whole: open and checked as openSegment does, read, closed. */
async function readSmall(seg: Segment, realRoots: Map<string, string>): Promise<Buffer> {
  const fh = await openSegment(seg, realRoots)
  try {
    const data = Buffer.allocUnsafe(seg.size)
    for (let got = 0; got < seg.size; ) {
      const { bytesRead } = await fh.read(data, got, seg.size - got, got)
      if (bytesRead === 0) throw new DatasetChangedError(`${seg.path} is shorter than when it was described`)
      got += bytesRead
    }
    return data
  } finally {
    await fh.close()
  }
}

/**
 * Read the dataset's chunks from `firstChunk` on, each into the buffer `take` gives for it (a
 * fresh one by default). A buffer may be given again once its chunk has been consumed: the reader
 * of a yielded chunk decides when (a hash pass at once; a provider once the chunk is acknowledged,
 * see ring.ts). A directory of small files costs five file system calls a file, each a trip
 * through libuv's threads; made one after the other they left those threads mostly idle, so the
 * next small files (up to 16, 64 KiB each) are read whole while the current one is copied, and
 * any error is still met in order, at its file.
 */
export async function* readChunks(
  segs: Segment[],
  chunkSize: number,
  firstChunk: number,
  take: (index: number) => Buffer | Promise<Buffer> = () => Buffer.allocUnsafe(chunkSize)
): AsyncGenerator<{ index: number; data: Uint8Array }> {
  let offset = firstChunk * chunkSize
  let index = firstChunk
  // taken when the chunk's first byte is read (none for the chunk after the last)
  let buf: Buffer | undefined
  let filled = 0
  let base = 0
  const realRoots = new Map<string, string>()
  const small = (seg: Segment | undefined): boolean => seg !== undefined && seg.size > 0 && seg.size <= SMALL_FILE_BYTES && seg.root !== undefined
  // small files being read ahead, by segment number; a failure waits for its turn (caught here
  // so that a generator left early leaves no unhandled rejection behind)
  const ahead = new Map<number, Promise<Buffer>>()
  let scheduled = 0
  const readAhead = (from: number): void => {
    scheduled = Math.max(scheduled, from)
    while (scheduled < segs.length && ahead.size < READ_AHEAD_FILES) {
      const seg = segs[scheduled] as Segment
      if (small(seg)) {
        const p = readSmall(seg, realRoots)
        p.catch(() => {})
        ahead.set(scheduled, p)
      }
      scheduled++
    }
  }
  for (let n = 0; n < segs.length; n++) {
    const seg = segs[n] as Segment
    const segStart = base
    base += seg.size
    if (base <= offset) continue
    let pos = offset - segStart
    // a small file was read whole ahead of its turn; a larger one is read into its chunks in place
    let data: Buffer | undefined
    let fh: FileHandle | undefined
    if (small(seg)) {
      const pending = ahead.get(n) ?? readSmall(seg, realRoots)
      ahead.delete(n)
      readAhead(n + 1)
      data = await pending
    } else fh = await openSegment(seg, realRoots)
    try {
      while (pos < seg.size) {
        const want = Math.min(chunkSize - filled, seg.size - pos)
        buf ??= await take(index)
        const got = data !== undefined ? data.copy(buf, filled, pos, pos + want) : (await (fh as FileHandle).read(buf, filled, want, pos)).bytesRead
        if (got === 0) throw new DatasetChangedError(`${seg.path} is shorter than when it was described`)
        filled += got
        pos += got
        offset += got
        if (filled === chunkSize) {
          yield { index, data: buf }
          filled = 0
          index++
          buf = undefined
        }
      }
    } finally {
      await fh?.close()
    }
  }
  if (filled > 0 && buf !== undefined) yield { index, data: buf.subarray(0, filled) }
}

export function chunkCount(size: number, chunkSize: number): number {
  return Math.ceil(size / chunkSize)
}

/**
 * A length-prefixed `TransferFrame { chunk: { index, data } }` (see transfer.proto), encoded by
 * hand so the chunk's bytes go to the stream as they are instead of being copied into a
 * protobuf writer: field 2 (chunk, length-delimited) holding field 1 (index, varint) and
 * field 2 (data, length-delimited).
 */
export function chunkFrame(index: number, data: Uint8Array): Uint8ArrayList {
  const indexField = index === 0 ? [] : [0x08, ...encodeVarint(index)]
  const dataHeader = [0x12, ...encodeVarint(data.length)]
  const innerLen = indexField.length + dataHeader.length + data.length
  const outerHeader = [0x12, ...encodeVarint(innerLen)]
  const frameLen = outerHeader.length + innerLen
  return new Uint8ArrayList(Uint8Array.from([...encodeVarint(frameLen), ...outerHeader, ...indexField, ...dataHeader]), data)
}

/**
 * The mirror of `chunkFrame`: a chunk frame in exactly that layout, its data left in the pieces
 * it arrived in (a 1 MiB chunk comes as sixteen 64 KiB pieces; joining them would copy and
 * allocate a megabyte per chunk). Anything else, including a valid chunk frame encoded another
 * way (protobuf allows field order and defaults to vary), is undefined: the caller decodes it
 * as a whole.
 */
export function takeChunk(frame: Uint8ArrayList): { index: number; data: Uint8ArrayList } | undefined {
  const end = frame.byteLength
  if (end < 4 || frame.get(0) !== 0x12) return undefined
  const inner = readVarint(frame, 1)
  if (inner === undefined || inner.next + inner.value !== end) return undefined
  let pos = inner.next
  let index = 0
  // (an over-long varint can make the inner length 0 and end the frame here)
  if (pos >= end) return undefined
  if (frame.get(pos) === 0x08) {
    const i = readVarint(frame, pos + 1)
    if (i === undefined) return undefined
    index = i.value
    pos = i.next
  }
  if (pos >= end || frame.get(pos) !== 0x12) return undefined
  const len = readVarint(frame, pos + 1)
  if (len === undefined || len.next + len.value !== end) return undefined
  return { index, data: frame.sublist(len.next, end) }
}

/** A varint of at most 5 bytes (< 2^32) at `pos`, within the list; undefined otherwise. */
function readVarint(list: Uint8ArrayList, pos: number): { value: number; next: number } | undefined {
  let value = 0
  for (let i = 0; i < 5 && pos + i < list.byteLength; i++) {
    const b = list.get(pos + i)
    value += (b & 0x7f) * 2 ** (7 * i)
    if ((b & 0x80) === 0) return value <= 0xffffffff ? { value, next: pos + i + 1 } : undefined
  }
  return undefined
}
