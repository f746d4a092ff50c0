import { createHash } from 'node:crypto'
import { link, lstat, mkdir, open, rename, rm, unlink } from 'node:fs/promises'
import { dirname } from 'node:path'
import { manifestDigest, sha256File } from '../catalog/index.ts'
import { HanseError } from '../errors/index.ts'
import { inParallel } from '../lock/index.ts'
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
 * The files are written first and made durable together afterwards (their syncs run in
 * parallel, so the file system can commit them in a few journal transactions instead of one
 * per file), then the directories that name them: the tree is durable before it is renamed
 * into place, at a fraction of the cost of one sync per file.
 */
export async function splitDirectory(r: TransferRecord, part: string, dir: string): Promise<string> {
  // only an earlier attempt of this transfer can have made this name (it carries the transfer's tag)
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  const files: Array<{ path: string; size: number; sha256: string }> = []
  const written: string[] = []
  const dirs = new Set<string>([dir])
  let offset = 0
  const src = await open(part, 'r')
  const buf = Buffer.allocUnsafe(1024 * 1024)
  try {
    for (const f of r.files) {
      const target = resolveInside(dir, safeRelativePath(f.path, 'file in the dataset'), 'file in the dataset')
      for (let d = dirname(target); d.length > dir.length; d = dirname(d)) dirs.add(d)
      await mkdir(dirname(target), { recursive: true })
      const out = await open(target, 'wx')
      const h = createHash('sha256')
      try {
        for (let left = f.size, pos = offset; left > 0; ) {
          const { bytesRead } = await src.read(buf, 0, Math.min(buf.length, left), pos)
          if (bytesRead === 0) throw new TransferError('PROTOCOL_ERROR', 'the file list does not add up to the data received')
          h.update(buf.subarray(0, bytesRead))
          await out.write(buf, 0, bytesRead)
          pos += bytesRead
          left -= bytesRead
        }
      } finally {
        await out.close()
      }
      written.push(target)
      files.push({ path: f.path, size: f.size, sha256: h.digest('hex') })
      offset += f.size
    }
    if (offset !== (await src.stat()).size) throw new TransferError('PROTOCOL_ERROR', 'the file list does not add up to the data received')
  } finally {
    await src.close()
  }
  await inParallel(written, 16, async p => {
    await syncPath(p, true)
  })
  // deepest first: a directory's entry in its parent is synced after its own contents
  for (const d of [...dirs].sort((a, b) => b.length - a.length)) await syncPath(d, false)
  return manifestDigest(files)
}

/** Consumer: where a download goes (see `TransferInit.receiveDir`); never into the node's own files. */

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
