/**
 * The stored form of a ledger entry, read without decoding it (ledger.proto): the canonical body,
 * then field 9 with the body's SHA-256. Kept free of heavy imports: the verify worker loads it.
 */

/** Field 9 (`hash`), length-delimited, 32 bytes: the tail of every stored entry (see ledger.proto). */
export const HASH_TAG = Buffer.from([0x4a, 0x20])
const STORED_TAIL = HASH_TAG.length + 32

export const NOT_SEALED = 'the stored bytes do not end with the entry hash'

/** The length of a stored entry's body (its hash follows at `+ 2`), or -1 if it is not sealed. */
export function sealedBodyLength(stored: Uint8Array): number {
  const n = stored.length
  if (n < STORED_TAIL || stored[n - STORED_TAIL] !== HASH_TAG[0] || stored[n - STORED_TAIL + 1] !== HASH_TAG[1]) return -1
  return n - STORED_TAIL
}

/** Split a stored entry into its body and hash, or say why it is not one. */
export function unseal(stored: Uint8Array): { body: Uint8Array; hash: Uint8Array } | string {
  const n = sealedBodyLength(stored)
  if (n < 0) return NOT_SEALED
  return { body: stored.subarray(0, n), hash: stored.subarray(n + HASH_TAG.length) }
}

/**
 * Just `seq` (field 1) and where `prev_hash` (field 8) lies in an entry's canonical body, without
 * decoding the rest: `verify` runs this once per entry, so it reads the protobuf wire format
 * (https://protobuf.dev/programming-guides/encoding/) itself instead of through protobufjs's
 * Reader, whose uint64 comes back as a Long turned into a number by way of a decimal string (a
 * fifth of verify's time). Returns why it cannot, for a damaged entry.
 */
export function chainFields(body: Uint8Array): { seq: number; prevStart: number; prevEnd: number } | string {
  let seq = 0
  let prevStart = 0
  let prevEnd = 0
  const len = body.length
  let pos = 0
  while (pos < len) {
    const tagAt = pos
    let tag = body[pos++] as number
    if (tag >= 0x80) {
      tag = readVarint(body, tagAt)
      pos = varintEnd
    }
    const field = Math.floor(tag / 8)
    const wire = tag % 8
    if (field === 0 || tag < 0) return `bad field tag at byte ${tagAt}`
    if (wire === 0 || wire === 2) {
      const at = pos
      const v = readVarint(body, pos)
      if (v < 0) return `truncated or over-long varint at byte ${at}`
      pos = varintEnd
      if (wire === 0) {
        if (field === 1) seq = v
      } else {
        if (pos + v > len) return `truncated field ${field} at byte ${at}`
        if (field === 8) {
          prevStart = pos
          prevEnd = pos + v
        }
        pos += v
      }
    } else if (wire === 1 || wire === 5) {
      pos += wire === 1 ? 8 : 4
      if (pos > len) return `truncated field ${field}`
    } else return `invalid wire type ${wire} for field ${field}`
  }
  return { seq, prevStart, prevEnd }
}

/** Where the last `readVarint` stopped (a module variable: no object per varint on this path). */
let varintEnd = 0

/** The varint at `pos` (at most 10 bytes), or -1 if it runs past the end; exact up to 2^53. */
function readVarint(bytes: Uint8Array, pos: number): number {
  let v = 0
  let mul = 1
  for (let i = 0; i < 10 && pos < bytes.length; i++) {
    const b = bytes[pos++] as number
    v += (b & 0x7f) * mul
    if (b < 0x80) {
      varintEnd = pos
      return v
    }
    mul *= 128
  }
  return -1
}
