/*
 * The forms of identifiers that arrive from peers. Every one is checked before it is stored or
 * used: a process id, message id or offer id is a bounded token of IRI-safe characters
 * (`urn:uuid:…` is the usual one); a dataset id is any bounded text without control characters
 * (it is only ever shown, or turned into a file name by `safeName`).
 */
import { hasControlChars, withoutControlChars } from '../paths/index.ts'

/** Process ids (consumerPid, providerPid), message ids, transfer and agreement ids. */
const TOKEN = /^[A-Za-z0-9][A-Za-z0-9._:@/+~=#-]*$/

export function isToken(s: unknown, max = 128): s is string {
  return typeof s === 'string' && s.length >= 1 && s.length <= max && TOKEN.test(s)
}

export function isText(s: unknown, max: number, min = 1): s is string {
  return typeof s === 'string' && s.length >= min && s.length <= max && !hasControlChars(s)
}

/** A short, printable rendering of a value a peer sent, for error messages and logs. */
export function shown(s: unknown, max = 80): string {
  const str = typeof s === 'string' ? s : String(s)
  const clean = withoutControlChars(str)
  return JSON.stringify(clean.length > max ? `${clean.slice(0, max)}…` : clean)
}
