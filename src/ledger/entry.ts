import { sha256, sha256Bin } from './digest.ts'
import { HASH_TAG } from './layout.ts'
import { peerIdFromString } from '@libp2p/peer-id'
import { hanse } from '../wire/index.ts'
import { HanseError, type ErrorCode } from '../errors/index.ts'
import { sameKey, verifyPeerSignature } from '../identity/index.ts'
import type { Signer } from '../identity/index.ts'

const { LedgerEntry, Checkpoint, SignedCheckpoint } = hanse.v1

export class LedgerError extends HanseError {
  declare readonly code: ErrorCode
  constructor(code: ErrorCode, message: string) {
    super(code, message)
  }
}

/** What a component hands the ledger; the ledger adds seq, time and the hashes. */
export interface LedgerInput {
  type: string
  peer?: string
  agreementId?: string
  transferId?: string
  payload?: Record<string, unknown>
}

/** The fields every entry has, whatever form it is in. */
interface EntryHeader {
  seq: number
  time: number
  type: string
  peer: string
  agreementId: string
  transferId: string
}

/** An entry as the API, the CLI and exports show it. */
export interface EntryView extends EntryHeader {
  payload: Record<string, unknown>
  prevHash: string
  hash: string
}

export const ZERO_HASH = Buffer.alloc(32)

/** JSON with object keys sorted at every level and undefined dropped: one text per value. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value))
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys)
  if (v !== null && typeof v === 'object' && !(v instanceof Uint8Array)) {
    const out: Record<string, unknown> = {}
    for (const k of Object.keys(v).sort()) {
      const x = (v as Record<string, unknown>)[k]
      // (a primitive is its own sorted copy: no call for it)
      if (x !== undefined) out[k] = x !== null && typeof x === 'object' ? sortKeys(x) : x
    }
    return out
  }
  return v
}

/** An entry before it is sealed: payload as canonical JSON, bytes or the text itself (UTF-8 on the wire). */
export interface EntryFields extends EntryHeader {
  payload: Uint8Array | string
  prevHash: Uint8Array
}

/**
 * The canonical encoding (ledger.proto): proto3 defaults are left out explicitly, since the
 * generated encoder writes any field that is set, zero or not.
 */
export function canonicalBody(f: EntryFields): Uint8Array {
  const m: hanse.v1.ILedgerEntry = {}
  if (f.seq !== 0) m.seq = f.seq
  if (f.time !== 0) m.time = f.time
  if (f.type !== '') m.type = f.type
  if (f.peer !== '') m.peer = f.peer
  if (f.agreementId !== '') m.agreementId = f.agreementId
  if (f.transferId !== '') m.transferId = f.transferId
  if (f.payload.length > 0) m.payload = typeof f.payload === 'string' ? Buffer.from(f.payload, 'utf8') : f.payload
  if (f.prevHash.length > 0) m.prevHash = f.prevHash
  return LedgerEntry.encode(m).finish()
}

/**
 * The stored form: canonical body, then field 9 with the body's SHA-256 (`hash` is a view of its
 * last 32 bytes). Every append runs this, so it writes the protobuf wire format
 * (https://protobuf.dev/programming-guides/encoding/) straight into one buffer: the same bytes
 * as `canonicalBody` (a property test compares them) without protobufjs's writer, which makes
 * an object per field, and two copies. A seq or time that is not a non-negative safe integer
 * (a negative int64 takes ten bytes) goes through `canonicalBody`.
 */
export function sealEntry(f: EntryFields): { stored: Buffer; hash: Buffer } {
  if (!Number.isSafeInteger(f.seq) || f.seq < 0 || !Number.isSafeInteger(f.time) || f.time < 0) {
    const body = canonicalBody(f)
    const hash = sha256(body)
    return { stored: Buffer.concat([body, HASH_TAG, hash]), hash }
  }
  const typeLen = Buffer.byteLength(f.type)
  const peerLen = Buffer.byteLength(f.peer)
  const agreementLen = Buffer.byteLength(f.agreementId)
  const transferLen = Buffer.byteLength(f.transferId)
  const payloadLen = typeof f.payload === 'string' ? Buffer.byteLength(f.payload) : f.payload.length
  const n =
    (f.seq === 0 ? 0 : 1 + varintLength(f.seq)) +
    (f.time === 0 ? 0 : 1 + varintLength(f.time)) +
    fieldLength(typeLen) +
    fieldLength(peerLen) +
    fieldLength(agreementLen) +
    fieldLength(transferLen) +
    fieldLength(payloadLen) +
    fieldLength(f.prevHash.length)
  const buf = Buffer.allocUnsafe(n + HASH_TAG.length + 32)
  let pos = 0
  if (f.seq !== 0) pos = writeVarint(buf, writeVarint(buf, pos, 0x08), f.seq)
  if (f.time !== 0) pos = writeVarint(buf, writeVarint(buf, pos, 0x10), f.time)
  pos = writeString(buf, pos, 0x1a, f.type, typeLen)
  pos = writeString(buf, pos, 0x22, f.peer, peerLen)
  pos = writeString(buf, pos, 0x2a, f.agreementId, agreementLen)
  pos = writeString(buf, pos, 0x32, f.transferId, transferLen)
  pos = typeof f.payload === 'string' ? writeString(buf, pos, 0x3a, f.payload, payloadLen) : writeBytes(buf, pos, 0x3a, f.payload)
  pos = writeBytes(buf, pos, 0x42, f.prevHash)
  // (allocUnsafe: a byte not written would store whatever the memory held)
  if (pos !== n) throw new LedgerError('INTERNAL', `sealing an entry wrote ${pos} bytes of ${n}`)
  buf[pos] = HASH_TAG[0] as number
  buf[pos + 1] = HASH_TAG[1] as number
  buf.write(sha256Bin(buf.subarray(0, pos)), pos + 2, 32, 'latin1')
  return { stored: buf, hash: buf.subarray(pos + 2) }
}

const varintLength = (v: number): number => {
  let n = 1
  while (v >= 128) {
    v = Math.floor(v / 128)
    n++
  }
  return n
}

/** Tag, length and content of a length-delimited field; proto3 leaves an empty one out. */
const fieldLength = (len: number): number => (len === 0 ? 0 : 1 + varintLength(len) + len)

function writeVarint(buf: Buffer, pos: number, v: number): number {
  while (v >= 128) {
    buf[pos++] = (v % 128) | 0x80
    v = Math.floor(v / 128)
  }
  buf[pos++] = v
  return pos
}

function writeString(buf: Buffer, pos: number, tag: number, s: string, len: number): number {
  if (len === 0) return pos
  pos = writeVarint(buf, writeVarint(buf, pos, tag), len)
  buf.write(s, pos, len, 'utf8')
  return pos + len
}

function writeBytes(buf: Buffer, pos: number, tag: number, b: Uint8Array): number {
  if (b.length === 0) return pos
  pos = writeVarint(buf, writeVarint(buf, pos, tag), b.length)
  buf.set(b, pos)
  return pos + b.length
}

export function decodeEntry(stored: Uint8Array): hanse.v1.LedgerEntry {
  return LedgerEntry.decode(stored)
}

export function entryView(e: hanse.v1.ILedgerEntry): EntryView {
  let payload: Record<string, unknown> = {}
  const raw = e.payload ?? new Uint8Array()
  if (raw.length > 0) {
    try {
      payload = JSON.parse(Buffer.from(raw).toString('utf8'))
    } catch {
      payload = { unreadable: Buffer.from(raw).toString('base64') }
    }
  }
  return {
    seq: Number(e.seq ?? 0),
    time: Number(e.time ?? 0),
    type: e.type ?? '',
    peer: e.peer ?? '',
    agreementId: e.agreementId ?? '',
    transferId: e.transferId ?? '',
    payload,
    prevHash: Buffer.from(e.prevHash ?? []).toString('hex'),
    hash: Buffer.from(e.hash ?? []).toString('hex')
  }
}

/** Keys sort in seq order: 16 hex digits cover 2^64 entries. */
export function seqKey(seq: number): string {
  return seq.toString(16).padStart(16, '0')
}

// ---------------------------------------------------------------- checkpoints

const CHECKPOINT_PREFIX = new TextEncoder().encode('hanse/checkpoint/v1\n')

/** A signed checkpoint as stored and shown: the signed bytes and what they say. */
export interface CheckpointView {
  node: string
  size: number
  root: string
  time: number
  /** Base64 of the encoded Checkpoint (what is signed, after the prefix). */
  body: string
  signature: string
}

export async function signCheckpoint(signer: Signer, c: { size: number; root: Uint8Array; time: number }): Promise<CheckpointView> {
  const body = Checkpoint.encode({ node: signer.peerId, size: c.size, root: c.root, time: c.time }).finish()
  const signature = await signer.sign(Buffer.concat([CHECKPOINT_PREFIX, body]))
  return {
    node: signer.peerId,
    size: c.size,
    root: Buffer.from(c.root).toString('hex'),
    time: c.time,
    body: Buffer.from(body).toString('base64'),
    signature: Buffer.from(signature).toString('base64')
  }
}

export function toWire(c: CheckpointView): hanse.v1.ISignedCheckpoint {
  return { body: Buffer.from(c.body, 'base64'), signature: Buffer.from(c.signature, 'base64') }
}

/**
 * Check a signed checkpoint from the wire: it decodes, names `expectedNode` (when given), and the
 * signature verifies with the key inside that node's (Ed25519) peer ID.
 */
export async function openCheckpoint(signed: hanse.v1.ISignedCheckpoint | null | undefined, expectedNode?: string): Promise<CheckpointView> {
  const body = signed?.body ?? new Uint8Array()
  const signature = signed?.signature ?? new Uint8Array()
  let c: hanse.v1.Checkpoint
  try {
    c = Checkpoint.decode(body)
  } catch (err) {
    throw new LedgerError('CHECKPOINT_INVALID', `checkpoint does not decode: ${(err as Error).message}`)
  }
  const node = c.node ?? ''
  // a hanse node signs with its node key whether a partner knows it by peer ID or by did:key
  if (expectedNode !== undefined && !sameKey(node, expectedNode))
    throw new LedgerError('CHECKPOINT_INVALID', `checkpoint is by ${node}, expected ${expectedNode}`)
  try {
    peerIdFromString(node)
  } catch {
    throw new LedgerError('CHECKPOINT_INVALID', `checkpoint names an invalid peer ID: ${node}`)
  }
  if (!(await verifyPeerSignature(node, CHECKPOINT_PREFIX, body, signature)))
    throw new LedgerError('CHECKPOINT_INVALID', `checkpoint signature by ${node} is missing, not Ed25519, or does not verify`)
  const root = c.root ?? new Uint8Array()
  if (root.length !== 32) throw new LedgerError('CHECKPOINT_INVALID', 'checkpoint root is not 32 bytes')
  return {
    node,
    size: Number(c.size ?? 0),
    root: Buffer.from(root).toString('hex'),
    time: Number(c.time ?? 0),
    body: Buffer.from(body).toString('base64'),
    signature: Buffer.from(signature).toString('base64')
  }
}

export { SignedCheckpoint }
