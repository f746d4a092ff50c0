import { HanseError, type ErrorCode } from '../errors/index.ts'
import { STREAM_IDLE_TIMEOUTS_MS } from '../wire/timeouts.ts'
import { CONFIG_DEFAULTS } from '../config/defaults.ts'

/*
 * The transfer process (DSP 2025-1 transfer process states, pull): its record, its transition
 * table, its errors. Shared by the provider and consumer sides and whatever data plane carries
 * the bytes.
 * https://eclipse-dataspace-protocol-base.github.io/DataspaceProtocol/2025-1/#transfer-process-protocol
 */

export type TransferState = 'REQUESTED' | 'STARTED' | 'SUSPENDED' | 'COMPLETED' | 'TERMINATED'

/**
 * Which state may follow which. COMPLETED and TERMINATED are final (as in DSP: a new fetch is a
 * new transfer); SUSPENDED resumes through REQUESTED, never straight to COMPLETED. REQUESTED and
 * STARTED go back to REQUESTED when an interrupted download restarts.
 */
export const TRANSITIONS: Readonly<Record<TransferState, readonly TransferState[]>> = {
  REQUESTED: ['REQUESTED', 'STARTED', 'SUSPENDED', 'TERMINATED'],
  STARTED: ['REQUESTED', 'STARTED', 'COMPLETED', 'SUSPENDED', 'TERMINATED'],
  SUSPENDED: ['REQUESTED', 'SUSPENDED', 'TERMINATED'],
  COMPLETED: [],
  TERMINATED: []
}

export function canMove(from: TransferState, to: TransferState): boolean {
  return TRANSITIONS[from].includes(to)
}

/**
 * Move a record to `to` (with the error that explains it, or none); an illegal move is a bug in
 * the caller and throws INVALID_TRANSITION without changing the record.
 */
export function moveTo(
  r: { id: string; state: TransferState; error?: { code: string; message: string } },
  to: TransferState,
  error?: { code: string; message: string }
): void {
  if (!canMove(r.state, to)) throw new TransferError('INVALID_TRANSITION', `transfer ${r.id} cannot go from ${r.state} to ${to}`)
  r.state = to
  if (error === undefined) delete r.error
  else r.error = error
}

export class TransferError extends HanseError {
  declare readonly code: ErrorCode
  constructor(code: ErrorCode, message: string) {
    super(code, message)
  }
}

export interface TransferInit {
  /** Bytes per chunk: the unit of verification and of resumption. */
  chunkSizeBytes: number
  /** The provider re-checks the agreement's policy at least this often while streaming... */
  recheckEveryBytes: number
  /** ...and at least this often in time. */
  recheckEveryMs: number
  /** The consumer fsyncs the .part file and records progress every this many chunks. */
  checkpointEveryChunks: number
  /** Concurrent transfer streams per peer connection. */
  maxStreamsPerPeer: number
  /** Transfers this node serves at once, over all peers; more are refused with BUSY. */
  maxConcurrent: number
  idleTimeoutMs: number
  /** Where received datasets go unless the request names a destination: `<receiveDir>/<provider>/<dataset>`. */
  receiveDir: string
  /** The node's data dir: no download may land in it (outside receiveDir) or replace it. */
  dataDir?: string
  /** Chunk hashes per run (TransferStart, ChunkHashes): bounds frames and the consumer's memory. */
  hashRunChunks: number
  /** A download cut by the network (connection lost, provider silent) is retried this many times... */
  retryAttempts: number
  /** ...after a backoff that doubles from this... */
  retryBaseMs: number
  /** ...up to this. Any verified progress starts the count again. */
  retryMaxMs: number
  /** Provider: a transfer whose consumer went away is ended (ABANDONED) when not resumed within this. */
  abandonAfterMs: number
  /**
   * Provider: read buffers per transfer whose consumer acknowledges chunks (ring.ts), in bytes
   * (at least two chunks). More than the stream keeps in flight (the consumer's yamux window, 2
   * MiB, plus MAX_PENDING_WRITE_BYTES, 8 MiB, plus the chunk being read), so that waiting for
   * an ack is rare...
   */
  sendBufferBytes: number
  /**
   * ...while the transfers being served together share this many: a transfer that starts
   * while n are served gets sendBuffersTotalBytes / n (at most sendBufferBytes).
   */
  sendBuffersTotalBytes: number
  /** Consumer: a download onto the data dir's disk stops (DISK_FULL) while this much would still be free (space.ts). */
  diskReserveBytes: number
}

/** The configurable ones come from the config schema (one place); the rest are protocol limits. */
export const transferDefaults: Omit<TransferInit, 'receiveDir'> = {
  ...CONFIG_DEFAULTS.transfer,
  checkpointEveryChunks: 16,
  sendBufferBytes: 16 * 1024 * 1024,
  sendBuffersTotalBytes: 64 * 1024 * 1024,
  idleTimeoutMs: STREAM_IDLE_TIMEOUTS_MS.transfer
}

/**
 * Failures of the path, not of the data or the agreement: the download is SUSPENDED and retried
 * from its last verified chunk. Everything else (a refusal, a corrupt chunk, a protocol error)
 * ends it, with the code, until the operator resumes it.
 */
export const TRANSIENT = new Set(['STREAM_CLOSED', 'PEER_CLOSED', 'STREAM_TIMEOUT', 'FRAME_TRUNCATED', 'TRANSFER_FAILED', 'BUSY'])

/**
 * Failures on this side that the operator can fix (free space, move a file away, fix
 * permissions) and then resume: SUSPENDED, but not retried by themselves.
 */
export const LOCAL_RESUMABLE = new Set(['DISK_FULL', 'DESTINATION_EXISTS', 'DESTINATION_UNWRITABLE', 'FINISH_FAILED', 'DATASET_CHANGED', 'CHUNK_CORRUPT'])

/** Files a directory dataset may have; bounds the consumer's work for one TransferStart. */
export const MAX_FILES = 1_000_000

/** A transfer as either side records it. */
export interface TransferRecord {
  id: string
  role: 'consumer' | 'provider'
  agreementId: string
  peer: string
  datasetId: string
  state: TransferState
  dest: string
  /** Consumer: the operator asked to replace what is at `dest` (else an existing one is never touched). */
  overwrite?: boolean
  /** Consumer: `<dest>.part` was created by this transfer (so it may resume, and remove, it). */
  partCreated?: boolean
  size: number
  sha256: string
  chunkSize: number
  /** Consumer: chunks verified and on disk, from chunk 0 without gaps. */
  verifiedChunks: number
  /** Bytes verified (consumer) or sent (provider). */
  bytes: number
  directory: boolean
  files: Array<{ path: string; size: number }>
  createdAt: number
  updatedAt: number
  startedAt?: number
  completedAt?: number
  error?: { code: string; message: string }
  /** The signed receipt (consumer) and delivery record (provider) over one ReceiptBody (base64). */
  receipt?: { body: string; consumerSignature: string; providerSignature: string | null }
  /** The last state (and whether the receipt) written to the usage ledger. */
  loggedState?: TransferState
  receiptLogged?: boolean
}

/** The transfer id both sides use on the wire and in their ledgers (the consumer's). */
export function wireTransferId(r: TransferRecord): string {
  return r.role === 'provider' ? r.id.slice(0, r.id.lastIndexOf('@')) : r.id
}

export interface Usage {
  count: number
  volume: number
  transfers: string[]
}

/** The hashes of the chunks from `from` to the end of its run. */
export type HashRuns = (from: number) => Promise<Buffer[]>

export interface Progress {
  id: string
  bytes: number
  size: number
  state: TransferState
}
