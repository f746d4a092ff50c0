import { createHash } from 'node:crypto'
import { constants } from 'node:fs'
import { open, realpath, type FileHandle } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { HanseError } from '../errors/index.ts'

/*
 * Paths that come from outside (a peer's file list or dataset id, a destination from the API)
 * never name anything outside the root they are meant for. A received path is a relative path
 * of safe segments; it is resolved and checked to stay inside its root before it is used.
 */

/** Longest file name most file systems take (ext4, xfs, btrfs: 255 bytes). */
export const MAX_SEGMENT_BYTES = 255
/** Longest relative path accepted from a peer (Linux PATH_MAX is 4096 for the whole path). */
export const MAX_RELATIVE_PATH_BYTES = 1024
export const MAX_PATH_DEPTH = 32

export class UnsafePathError extends HanseError {
  constructor(what: string, detail: string) {
    super('UNSAFE_PATH', `${what}: ${detail}`)
  }
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above
const CONTROL_ALL = /[\u0000-\u001f\u007f]/g

/** Whether text from outside holds control characters (NUL among them). */
export function hasControlChars(s: string): boolean {
  return CONTROL.test(s)
}

/** Text from outside with every control character replaced, for messages, logs and records. */
export function withoutControlChars(s: string, replacement = '?'): string {
  return s.replace(CONTROL_ALL, replacement)
}

/** Why `segment` is not a safe file name, or undefined when it is. */
export function segmentProblem(segment: string): string | undefined {
  if (segment === '') return 'empty segment'
  if (segment === '.' || segment === '..') return `'${segment}' is not allowed`
  if (hasControlChars(segment)) return 'control characters (NUL among them) are not allowed'
  if (segment.includes('/') || segment.includes('\\')) return 'path separators are not allowed in a name'
  // `C:` would be a drive on Windows; nothing hanse sends needs a colon in a file name's first two characters
  if (/^[A-Za-z]:/.test(segment)) return 'a drive letter is not allowed'
  if (Buffer.byteLength(segment) > MAX_SEGMENT_BYTES) return `a name is at most ${MAX_SEGMENT_BYTES} bytes`
  return undefined
}

/**
 * Check a '/'-separated relative path received from outside: safe segments only, bounded
 * length and depth. Returns its segments; throws UnsafePathError naming `what`.
 */
export function safeRelativePath(path: string, what = 'path'): string[] {
  if (typeof path !== 'string' || path === '') throw new UnsafePathError(what, 'it is empty')
  if (Buffer.byteLength(path) > MAX_RELATIVE_PATH_BYTES) throw new UnsafePathError(what, `it is longer than ${MAX_RELATIVE_PATH_BYTES} bytes`)
  if (path.startsWith('/') || path.startsWith('\\')) throw new UnsafePathError(what, 'it must be relative')
  const segs = path.split('/')
  if (segs.length > MAX_PATH_DEPTH) throw new UnsafePathError(what, `it is deeper than ${MAX_PATH_DEPTH} levels`)
  for (const s of segs) {
    const p = segmentProblem(s)
    if (p !== undefined) throw new UnsafePathError(what, `'${printable(path)}': ${p}`)
  }
  return segs
}

/** `root` joined with the relative `segments`, checked to stay strictly inside `root`. */
export function resolveInside(root: string, segments: readonly string[], what = 'path'): string {
  const base = resolve(root)
  const abs = resolve(base, ...segments)
  if (!isInside(base, abs) || abs === base) throw new UnsafePathError(what, `'${printable(segments.join('/'))}' leaves ${base}`)
  return abs
}

/** Whether `child` is `parent` or below it (both absolute, normalised). */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child)
  // '..' as the first segment leaves; a name that merely starts with dots ('....') does not
  return rel === '' || (!isAbsolute(rel) && rel.split(sep)[0] !== '..')
}

/**
 * A file name derived from an id chosen by someone else (a provider's dataset id): the id's
 * letters, digits, '.', '_' and '-' are kept, anything else becomes '_'. When that changed the
 * id, or it is too long, a short hash of the original keeps two different ids apart.
 */
export function safeName(id: string, fallback = 'dataset'): string {
  let name = id
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .replace(/^[.]+/, '_')
    .slice(0, 100)
  if (name === '' || name === '_') name = fallback
  if (name !== id) name = `${name}-${createHash('sha256').update(id).digest('hex').slice(0, 8)}`
  return name
}

function printable(s: string): string {
  return withoutControlChars(s).slice(0, 200)
}

/**
 * Open a file of a dataset directory for reading without following a symbolic link, and check
 * that what was opened is a regular file that still lies inside `root` (a directory on the way
 * swapped for a link after the dataset was described is caught too). On Linux the check reads
 * the path of the open descriptor itself, so there is no window between check and use.
 */
export async function openInside(root: string, segments: readonly string[], realRoot?: string): Promise<{ fh: FileHandle; size: number }> {
  const abs = resolveInside(root, segments, 'dataset file')
  const fh = await open(abs, constants.O_RDONLY | constants.O_NOFOLLOW)
  try {
    const st = await fh.stat()
    if (!st.isFile()) throw new UnsafePathError('dataset file', `${abs} is not a regular file`)
    // (a caller opening many files of one root resolves it once: `realRoot`)
    const inside = realRoot ?? (await realpath(root))
    const opened = process.platform === 'linux' ? await realpath(`/proc/self/fd/${fh.fd}`) : await realpath(abs)
    if (!isInside(inside, opened)) throw new UnsafePathError('dataset file', `${abs} resolves to ${opened}, outside the dataset`)
    return { fh, size: st.size }
  } catch (err) {
    await fh.close()
    throw err
  }
}
