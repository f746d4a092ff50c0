import { gunzipSync, gzipSync } from 'node:zlib'
import { HanseError } from '../errors/index.ts'

/*
 * Bitstring Status List v1.0 (https://www.w3.org/TR/vc-bitstring-status-list/): a revocation list
 * is a bitstring of at least 16 KiB (131,072 entries), index 0 the left-most bit of the first byte,
 * GZIP-compressed and multibase base64url-encoded (`u` prefix, no padding) as `encodedList`. An
 * issuer publishes it inside a BitstringStatusListCredential; a credential points at its bit with a
 * BitstringStatusListEntry.
 */

/** The smallest list the specification allows (privacy: a list says little about one holder). */
export const MIN_LIST_BYTES = 16 * 1024
/** The largest list hanse decodes (16 Mi entries); a bigger one would be a GZIP bomb, not a list. */
export const MAX_LIST_BYTES = 2 * 1024 * 1024

export function emptyStatusList(bytes = MIN_LIST_BYTES): Uint8Array {
  return new Uint8Array(Math.max(MIN_LIST_BYTES, bytes))
}

export function encodeStatusList(bits: Uint8Array): string {
  if (bits.length < MIN_LIST_BYTES) throw new HanseError('STATUS_LIST_INVALID', `a status list has at least ${MIN_LIST_BYTES} bytes`)
  return `u${gzipSync(bits).toString('base64url')}`
}

export function decodeStatusList(encodedList: unknown): Uint8Array {
  if (typeof encodedList !== 'string' || !encodedList.startsWith('u') || !/^u[\w-]+$/.test(encodedList) || encodedList.length > MAX_LIST_BYTES)
    throw new HanseError('STATUS_LIST_INVALID', 'encodedList must be a multibase base64url string (starting with u)')
  let bits: Buffer
  try {
    bits = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'), { maxOutputLength: MAX_LIST_BYTES })
  } catch (err) {
    throw new HanseError('STATUS_LIST_INVALID', `encodedList does not decompress (or exceeds ${MAX_LIST_BYTES} bytes): ${(err as Error).message}`)
  }
  if (bits.length < MIN_LIST_BYTES) throw new HanseError('STATUS_LIST_INVALID', `the status list has ${bits.length} bytes, fewer than ${MIN_LIST_BYTES}`)
  return new Uint8Array(bits.buffer, bits.byteOffset, bits.length)
}

export function statusBit(bits: Uint8Array, index: number): boolean {
  if (!Number.isSafeInteger(index) || index < 0 || index >= bits.length * 8)
    throw new HanseError('STATUS_LIST_INVALID', `status index ${index} is outside the list of ${bits.length * 8} entries`)
  return ((bits[index >> 3] as number) & (0x80 >> (index & 7))) !== 0
}

export function setStatusBit(bits: Uint8Array, index: number, on: boolean): void {
  statusBit(bits, index)
  const mask = 0x80 >> (index & 7)
  bits[index >> 3] = on ? (bits[index >> 3] as number) | mask : (bits[index >> 3] as number) & ~mask
}

/** The credentialStatus entry of a credential whose revocation bit is `index` of the list at `url`. */
export function statusEntry(url: string, index: number): Record<string, unknown> {
  return { id: `${url}#${index}`, type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: String(index), statusListCredential: url }
}

/** A credentialStatus entry read from a credential: where its list is and which bit, or why not. */
export function readStatusEntry(v: unknown): { url: string; index: number; purpose: string } | { problem: string } {
  const entries = Array.isArray(v) ? v : [v]
  for (const e of entries) {
    if (typeof e !== 'object' || e === null) continue
    const s = e as Record<string, unknown>
    if (s.type !== 'BitstringStatusListEntry') continue
    const index = Number(s.statusListIndex)
    if (typeof s.statusListIndex !== 'string' || !/^\d{1,9}$/.test(s.statusListIndex))
      return { problem: 'statusListIndex is not a non-negative integer string' }
    if (typeof s.statusListCredential !== 'string' || !/^https?:\/\/\S{1,2000}$/.test(s.statusListCredential))
      return { problem: 'statusListCredential is not an http(s) URL' }
    return { url: s.statusListCredential, index, purpose: typeof s.statusPurpose === 'string' ? s.statusPurpose : 'revocation' }
  }
  return { problem: 'no BitstringStatusListEntry' }
}
