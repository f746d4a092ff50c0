import { createHash } from 'node:crypto'
import { link, lstat, mkdir, open, rename, rm, unlink, type FileHandle } from 'node:fs/promises'
import { dirname } from 'node:path'
import { manifestDigest, sha256File } from '../catalog/index.ts'
import { HanseError } from '../errors/index.ts'
import { resolveInside, safeRelativePath } from '../paths/index.ts'
import { MAX_FILES, TransferError, type TransferRecord } from './records.ts'

/*
 * The consumer's file-system work once every chunk is verified: split a directory into its
 * files, check the whole digest, move the result into place durably, never over what the
 * operator did not ask to replace.
 */

/**
 * Put verified data in place: check the whole digest (a directory is split into its files on
 * the way), then link or rename it to the destination without ever replacing what is there
 * unless the operator asked to, and make the new name durable.
 */
export async function placeVerified(r: TransferRecord, part: string, streamed?: string): Promise<void> {
  const staging = `${r.dest}.partdir-${tagOf(r.id)}`
  const whole = r.directory ? await splitDirectory(r, part, staging) : (streamed ?? (await sha256File(part)))
  if (whole !== r.sha256) throw new TransferError('DIGEST_MISMATCH', `the received data has SHA-256 ${whole}, expected ${r.sha256}`)
  try {
    const existing = await lstat(r.dest).catch(() => undefined)
    if (existing !== undefined && r.overwrite !== true) {
      throw new TransferError(
        'DESTINATION_EXISTS',
        `${r.dest} appeared while the transfer ran; move it away and resume (verified data is kept), or fetch with overwrite`
      )
    }
    if (!r.directory && r.overwrite !== true && (await linkInto(part, r.dest))) {
      // link() refused nothing and replaced nothing: the .part's second name goes
      await unlink(part)
    } else if (existing === undefined) {
      await rename(r.directory ? staging : part, r.dest)
    } else {
      // asked to replace: move the old one aside, the new one in, then drop the old one
      const old = `${r.dest}.old-${tagOf(r.id)}`
      await rename(r.dest, old)
      await rename(r.directory ? staging : part, r.dest)
      await rm(old, { recursive: true, force: true })
    }
    if (r.directory) await rm(part, { force: true })
    // the new name itself is durable once its directory is
    await syncPath(dirname(r.dest), false)
  } catch (err) {
    if (err instanceof HanseError || (err as NodeJS.ErrnoException).code === 'ENOSPC') throw err
    throw new TransferError('FINISH_FAILED', `the data is verified but could not be moved to ${r.dest}: ${(err as Error).message}; fix it and resume`)
  }
}

/**
 * Write the directory's files from the verified stream into `dir`; returns the manifest digest.
 * Each file is synced and closed in the background while the next ones are written, 16 at a
 * time (the file system commits them in a few journal transactions instead of one per file),
 * then the directories that name them: the tree is durable before it is renamed into place.
 * A dataset of small files is mostly per-file calls, each a trip through libuv's threads: the
 * stream is read a MiB at a time and cut into files, a directory is made once, and a file's
 * handle serves its sync (10,000 files of 1 KiB: 4-5 calls a file instead of 8).
 */
export async function splitDirectory(r: TransferRecord, part: string, dir: string): Promise<string> {
  // only an earlier attempt of this transfer can have made this name (it carries the transfer's tag)
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  const files: Array<{ path: string; size: number; sha256: string }> = []
  const dirs = new Set<string>([dir])
  const src = await open(part, 'r')
  const stream = new BlockReader(src, (await src.stat()).size)
  const syncing = new Syncs(16)
  try {
    for (const f of r.files) {
      const target = resolveInside(dir, safeRelativePath(f.path, 'file in the dataset'), 'file in the dataset')
      if (!dirs.has(dirname(target))) {
        await mkdir(dirname(target), { recursive: true })
        for (let d = dirname(target); d.length > dir.length; d = dirname(d)) dirs.add(d)
      }
      const out = await open(target, 'wx')
      const h = createHash('sha256')
      try {
        for (let left = f.size; left > 0; ) {
          const piece = await stream.next(left)
          if (piece === undefined) throw new TransferError('PROTOCOL_ERROR', 'the file list does not add up to the data received')
          h.update(piece)
          await writeAll(out, [piece])
          left -= piece.length
        }
      } catch (err) {
        await out.close().catch(() => {})
        throw err
      }
      await syncing.add(out)
      files.push({ path: f.path, size: f.size, sha256: h.digest('hex') })
    }
    if (!stream.atEnd) throw new TransferError('PROTOCOL_ERROR', 'the file list does not add up to the data received')
    await syncing.done()
  } finally {
    await syncing.settled()
    await src.close()
  }
  // deepest first: a directory's entry in its parent is synced after its own contents
  for (const d of [...dirs].sort((a, b) => b.length - a.length)) await syncPath(d, false)
  return manifestDigest(files)
}

/** A file read front to back a MiB at a time, handed out in pieces (each valid until the next call). */
class BlockReader {
  private readonly buf = Buffer.allocUnsafe(1024 * 1024)
  private start = 0
  private end = 0
  private pos = 0
  private readonly fh: FileHandle
  private readonly size: number

  constructor(fh: FileHandle, size: number) {
    this.fh = fh
    this.size = size
  }

  get atEnd(): boolean {
    return this.start === this.end && this.pos >= this.size
  }

  /** Up to `max` bytes at the current position; undefined at the end of the file. */
  async next(max: number): Promise<Buffer | undefined> {
    if (this.start === this.end) {
      const { bytesRead } = await this.fh.read(this.buf, 0, Math.min(this.buf.length, this.size - this.pos), this.pos)
      if (bytesRead === 0) return undefined
      this.pos += bytesRead
      this.start = 0
      this.end = bytesRead
    }
    const n = Math.min(max, this.end - this.start)
    const piece = this.buf.subarray(this.start, this.start + n)
    this.start += n
    return piece
  }
}

/** Files synced (data only) and closed in the background, `limit` at a time; the first failure is kept. */
class Syncs {
  private readonly running = new Set<Promise<void>>()
  private failure: unknown
  private readonly limit: number

  constructor(limit: number) {
    this.limit = limit
  }

  /** Sync and close `fh` in the background; waits while `limit` are running. */
  async add(fh: FileHandle): Promise<void> {
    const p: Promise<void> = fh
      .datasync()
      .finally(async () => await fh.close())
      .catch((err: unknown) => {
        this.failure ??= err
      })
      .finally(() => this.running.delete(p))
    this.running.add(p)
    if (this.running.size >= this.limit) await Promise.race(this.running)
    if (this.failure !== undefined) throw this.failure
  }

  /** Every file synced and closed; throws the first failure. */
  async done(): Promise<void> {
    await this.settled()
    if (this.failure !== undefined) throw this.failure
  }

  /** Every handle closed, whatever happened. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.running])
  }
}

/**
 * Write `pieces` in one call, at `position` or at the file's own position; a short write (a full
 * disk) is an error (ENOSPC) rather than a silently shorter file.
 */
export async function writeAll(fh: FileHandle, pieces: readonly Uint8Array[], position?: number): Promise<void> {
  let bytes = 0
  for (const p of pieces) bytes += p.length
  const { bytesWritten } = await fh.writev(pieces as Uint8Array[], position)
  if (bytesWritten !== bytes) throw Object.assign(new Error(`short write: ${bytesWritten} of ${bytes} bytes`), { code: 'ENOSPC' })
}

/** A failed file system call on this side (it names a path; network errors do not). */
export function isFileSystemError(e: Error & { code?: string; path?: unknown }): boolean {
  return typeof e.path === 'string' && typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code)
}

/**
 * Give `part` the name `dest` without ever replacing something there (link() refuses an existing
 * name: no window in which another file could be overwritten). False where the file system has
 * no hard links (FAT, some network mounts): the caller then renames after its existence check.
 */
async function linkInto(part: string, dest: string): Promise<boolean> {
  try {
    await link(part, dest)
    return true
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'EEXIST')
      throw new TransferError(
        'DESTINATION_EXISTS',
        `${dest} appeared while the transfer ran; move it away and resume (verified data is kept), or fetch with overwrite`
      )
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'EXDEV' || code === 'EMLINK') return false
    throw err
  }
}

/** fsync (or fdatasync for a file's data) by path: what the rename of a finished download needs durable. */
async function syncPath(path: string, dataOnly: boolean): Promise<void> {
  const fh = await open(path, 'r')
  try {
    await (dataOnly ? fh.datasync() : fh.sync())
  } finally {
    await fh.close()
  }
}

export async function exists(path: string): Promise<boolean> {
  return await lstat(path).then(
    () => true,
    () => false
  )
}

/** A short tag of a transfer id for the names of its temporary siblings. */
export function tagOf(id: string): string {
  return createHash('sha256').update(id).digest('hex').slice(0, 12)
}

/**
 * The provider's file list, checked before any byte is written: a single file has none; a
 * directory's paths are safe relative paths, unique, no file inside another file, and their
 * sizes add up to the dataset's size.
 */
export function checkFileList(
  directory: boolean,
  list: ReadonlyArray<{ path?: string | null; size?: number | null }>,
  size: number
): Array<{ path: string; size: number }> {
  if (!directory) {
    if (list.length > 0) throw new TransferError('PROTOCOL_ERROR', 'a single-file dataset comes with a file list')
    return []
  }
  if (list.length > MAX_FILES) throw new TransferError('PROTOCOL_ERROR', `the file list has more than ${MAX_FILES} files`)
  const out: Array<{ path: string; size: number }> = []
  const files = new Set<string>()
  const dirs = new Set<string>()
  let sum = 0
  for (const f of list) {
    const path = f.path ?? ''
    let segs: string[]
    try {
      segs = safeRelativePath(path, 'file in the dataset')
    } catch (err) {
      throw new TransferError('PROTOCOL_ERROR', (err as Error).message)
    }
    const n = Number(f.size ?? 0)
    if (!Number.isSafeInteger(n) || n < 0) throw new TransferError('PROTOCOL_ERROR', `file ${path} has an invalid size`)
    if (files.has(path) || dirs.has(path)) throw new TransferError('PROTOCOL_ERROR', `file ${path} is listed twice or is also a directory`)
    for (let i = 1; i < segs.length; i++) {
      const d = segs.slice(0, i).join('/')
      if (files.has(d)) throw new TransferError('PROTOCOL_ERROR', `file ${path} lies inside the file ${d}`)
      dirs.add(d)
    }
    files.add(path)
    sum += n
    out.push({ path, size: n })
  }
  if (sum !== size) throw new TransferError('PROTOCOL_ERROR', 'the file list does not add up to the dataset size')
  return out
}
