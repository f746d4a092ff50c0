import { createHash, randomUUID } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { link, lstat, mkdir, open, rename, rm, unlink } from 'node:fs/promises'
import { dirname, isAbsolute, resolve } from 'node:path'
import type { PeerId } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { Throttle, type Logger } from '../logging/index.ts'
import type { Metrics } from '../metrics/index.ts'
import type { Clock } from '../clock/index.ts'
import type { Store } from '../store/index.ts'
import { HanseError } from '../errors/index.ts'
import { verifyPeerSignature, type Signer } from '../identity/index.ts'
import { KeyedLimiter, KeyedLock } from '../lock/index.ts'
import { evaluatePolicy, type MemberFacts } from '../policy/index.ts'
import type { DatasetRegistry } from '../catalog/index.ts'
import { manifestDigest, sha256File } from '../catalog/index.ts'
import type { UsageLog } from '../ledger/index.ts'
import { decodeAgreement, type AgreementRecord } from '../negotiation/index.ts'
import { FramedStream, hanse, isToken, serveProtocol, shown, type ProtocolHost } from '../wire/index.ts'
import { STREAM_IDLE_TIMEOUTS_MS } from '../wire/timeouts.ts'
import { chunkCount, chunkFrame, DatasetChangedError, readChunks, segments } from './chunks.ts'
import { hasControlChars, isInside, resolveInside, safeName, safeRelativePath, UnsafePathError } from '../paths/index.ts'

export const TRANSFER_PROTOCOL = '/hanse/transfer/1.0.0'

/** Chunk writes a download keeps in flight while it receives the next chunks. */
const WRITE_DEPTH = 4

const { TransferRequest, TransferFrame, Receipt, ReceiptBody } = hanse.v1

const RECEIPT_PREFIX = new TextEncoder().encode('hanse/receipt/v1\n')
const DELIVERY_PREFIX = new TextEncoder().encode('hanse/delivery/v1\n')
const withPrefix = (prefix: Uint8Array, body: Uint8Array): Uint8Array => Buffer.concat([prefix, body])

export type TransferState = 'REQUESTED' | 'STARTED' | 'SUSPENDED' | 'COMPLETED' | 'TERMINATED'

export class TransferError extends HanseError {
  constructor(code: string, message: string, status = 400) {
    super(code, message, { status })
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
}

export const transferDefaults: Omit<TransferInit, 'receiveDir'> = {
  chunkSizeBytes: 1024 * 1024,
  recheckEveryBytes: 8 * 1024 * 1024,
  recheckEveryMs: 2_000,
  checkpointEveryChunks: 16,
  maxStreamsPerPeer: 8,
  maxConcurrent: 64,
  idleTimeoutMs: STREAM_IDLE_TIMEOUTS_MS.transfer,
  hashRunChunks: 4096,
  retryAttempts: 8,
  retryBaseMs: 500,
  retryMaxMs: 30_000,
  abandonAfterMs: 600_000
}

/**
 * Failures of the path, not of the data or the agreement: the download is SUSPENDED and retried
 * from its last verified chunk. Everything else (a refusal, a corrupt chunk, a protocol error)
 * ends it, with the code, until the operator resumes it.
 */
const TRANSIENT = new Set(['STREAM_CLOSED', 'PEER_CLOSED', 'STREAM_TIMEOUT', 'FRAME_TRUNCATED', 'TRANSFER_FAILED', 'BUSY'])

/**
 * Failures on this side that the operator can fix (free space, move a file away, fix
 * permissions) and then resume: SUSPENDED, but not retried by themselves.
 */
const LOCAL_RESUMABLE = new Set(['DISK_FULL', 'DESTINATION_EXISTS', 'DESTINATION_UNWRITABLE', 'FINISH_FAILED', 'DATASET_CHANGED', 'CHUNK_CORRUPT'])

/** Files a directory dataset may have; bounds the consumer's work for one TransferStart. */
const MAX_FILES = 1_000_000

export interface TransferComponents {
  host: ProtocolHost
  store: Store
  datasets: DatasetRegistry
  agreements: { agreement: (id: string) => Promise<AgreementRecord | undefined> }
  logger: Logger
  metrics: Metrics
  clock: Clock
  /** Signs receipts (consumer) and delivery records (provider) with the node key. */
  signer: Signer
  members?: (peer: PeerId) => MemberFacts | undefined
  /** Trust mode `members`: a peer without current membership facts gets nothing, also mid-stream. */
  memberRequired?: boolean
  /** State changes, refusals and receipts are written here with the record, atomically. */
  ledger?: UsageLog
  /** After a completed download: swap signed ledger checkpoints with the provider. */
  checkpoints?: { exchange: (peer: string, info: { agreementId: string; transferId: string }) => Promise<void> }
}

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

interface Usage {
  count: number
  volume: number
  transfers: string[]
}

/** The hashes of the chunks from `from` to the end of its run. */
type HashRuns = (from: number) => Promise<Buffer[]>

export interface Progress {
  id: string
  bytes: number
  size: number
  state: TransferState
}

/**
 * Pull transfers over `/hanse/transfer/1.0.0`: the provider checks the agreement and its policy
 * before the first byte and again while streaming; the consumer verifies every chunk against the
 * list in TransferStart, writes `<dest>.part`, resumes from the last verified chunk, checks the
 * whole SHA-256 and renames atomically.
 */
export class TransferService extends EventEmitter<{ progress: [Progress]; state: [TransferRecord] }> {
  private readonly c: TransferComponents
  private readonly init: TransferInit
  private readonly log: Logger
  private readonly locks = new KeyedLock()
  /** Downloads running here (consumer). */
  private readonly active = new Map<string, AbortController>()
  /** Transfers being served (provider), by record id: how the operator stops one. */
  private readonly serving = new Map<string, AbortController>()
  /** The records of transfers running now, both sides (progress and rate without a read). */
  private readonly live = new Map<string, TransferRecord>()
  /** Downloads waiting for their next automatic retry: attempt count and timer. */
  private readonly retries = new Map<string, { attempt: number; timer?: NodeJS.Timeout }>()
  /** Refusals are written (and logged) once per peer, code and second, with the count of the rest. */
  private readonly refusals = new Throttle({ windowMs: 1_000 })
  /** Provider: transfers whose consumer went away, by record id, with when (see abandonAfterMs). */
  private readonly gone = new Map<string, number>()
  private readonly downloads: KeyedLimiter
  /** Consumer: destinations of downloads not yet COMPLETED or TERMINATED, with the transfer filling each. */
  private readonly destinations = new Map<string, string>()
  private sweeper: NodeJS.Timeout | undefined
  private running = false

  constructor(components: TransferComponents, init: Partial<TransferInit> & { receiveDir: string }) {
    super()
    this.c = components
    this.init = { ...transferDefaults, ...init }
    this.log = components.logger
    this.downloads = new KeyedLimiter(this.init.maxStreamsPerPeer)
  }

  private get transfers(): ReturnType<Store['sublevel']> {
    return this.c.store.sublevel<unknown>('transfers')
  }

  async start(): Promise<void> {
    if (this.running) return
    this.running = true
    await serveProtocol(
      { host: this.c.host, logger: this.log, metrics: this.c.metrics },
      {
        protocol: TRANSFER_PROTOCOL,
        maxInboundStreams: this.init.maxStreamsPerPeer,
        maxFrameBytes: 64 * 1024,
        idleTimeoutMs: this.init.idleTimeoutMs
      },
      async (framed, peer) => {
        await this.serve(framed, peer)
      }
    )
    // downloads cut short by a stop or a crash continue from their last verified chunk; on the
    // provider side, a transfer that was being sent is waiting for its consumer to come back
    for (const r of await this.list()) {
      if (r.role === 'consumer' && r.state !== 'COMPLETED' && r.state !== 'TERMINATED') this.destinations.set(r.dest, r.id)
      if (r.role === 'provider' && (r.state === 'STARTED' || (r.state === 'SUSPENDED' && r.error?.code === 'CONSUMER_GONE'))) {
        await this.consumerGone(r, 'the node stopped while sending it')
        continue
      }
      if (r.role !== 'consumer') continue
      const interrupted =
        r.state === 'REQUESTED' ||
        r.state === 'STARTED' ||
        (r.state === 'SUSPENDED' && (r.error?.code === 'NODE_STOPPING' || TRANSIENT.has(r.error?.code ?? '')))
      if (!interrupted) continue
      this.log.info({ transfer: r.id, verifiedChunks: r.verifiedChunks }, 'resuming interrupted transfer')
      r.state = 'REQUESTED'
      delete r.error
      await this.save(r)
      await this.fetch({ agreementId: r.agreementId, id: r.id })
    }
  }

  async stop(): Promise<void> {
    if (!this.running) return
    this.running = false
    clearInterval(this.sweeper)
    this.sweeper = undefined
    await this.c.host.unhandle(TRANSFER_PROTOCOL)
    for (const r of this.retries.values()) clearTimeout(r.timer)
    this.retries.clear()
    // running downloads stop cleanly and stay resumable
    for (const ctl of this.active.values()) ctl.abort(new TransferError('NODE_STOPPING', 'the node is stopping'))
    await this.locks.idle()
    // refusals counted but not yet written: one summary entry per peer and code
    for (const [key, suppressed] of this.refusals.drain()) {
      const [peer, code] = key.split('\n')
      await this.c.ledger?.append({ type: 'transfer.refused', peer, payload: { scope: 'transfer', code, suppressed, summary: true } }).catch(() => {})
    }
  }

  async get(id: string): Promise<TransferRecord | undefined> {
    return (await this.transfers.get(id)) as TransferRecord | undefined
  }

  async list(): Promise<TransferRecord[]> {
    const out: TransferRecord[] = []
    for await (const v of this.transfers.values()) out.push(v as TransferRecord)
    return out.sort((a, b) => b.createdAt - a.createdAt)
  }

  private async save(r: TransferRecord, sync = true): Promise<void> {
    r.updatedAt = this.c.clock.now()
    if (r.role === 'consumer' && (r.state === 'COMPLETED' || r.state === 'TERMINATED') && this.destinations.get(r.dest) === r.id)
      this.destinations.delete(r.dest)
    const ledger = this.c.ledger
    const logState = ledger !== undefined && r.loggedState !== r.state
    // a consumer records the receipt it signed and sent even when the provider's countersigned
    // delivery record never came back (the stream was cut): the provider may well hold it
    const logReceipt = ledger !== undefined && r.receipt !== undefined && r.receiptLogged !== true
    if (ledger !== undefined && (logState || logReceipt)) {
      // a state change and its ledger entry are one synced write: both or neither
      const next = { ...r, loggedState: r.state, receiptLogged: r.receiptLogged === true || logReceipt }
      await this.c.store.commit(b => {
        const base = { peer: r.peer, agreementId: r.agreementId, transferId: wireTransferId(r) }
        if (logState) {
          ledger.stage(b, {
            ...base,
            type: 'transfer.state',
            payload: {
              role: r.role,
              from: r.loggedState ?? null,
              state: r.state,
              dataset: r.datasetId,
              bytes: r.bytes,
              size: r.size,
              sha256: r.sha256 === '' ? undefined : r.sha256,
              error: r.error
            }
          })
        }
        if (logReceipt) {
          const body = hanse.v1.ReceiptBody.decode(Buffer.from(r.receipt?.body ?? '', 'base64'))
          ledger.stage(b, {
            ...base,
            type: 'transfer.receipt',
            payload: {
              role: r.role,
              bytes: Number(body.bytes),
              sha256: body.sha256,
              time: Number(body.time),
              consumer: body.consumer,
              provider: body.provider,
              body: r.receipt?.body,
              consumerSignature: r.receipt?.consumerSignature,
              providerSignature: r.receipt?.providerSignature
            }
          })
        }
        b.put(r.id, next, { sublevel: this.transfers as any })
      })
      r.loggedState = next.loggedState
      r.receiptLogged = next.receiptLogged
    } else if (sync) {
      await this.c.store.commit(b => {
        b.put(r.id, r, { sublevel: this.transfers as any })
      })
    } else {
      await this.transfers.put(r.id, r)
    }
    this.emit('state', structuredClone(r))
  }

  /* ---------------- provider ---------------- */

  private async serve(framed: FramedStream, peer: PeerId): Promise<void> {
    const req = await framed.read(TransferRequest)
    if (req === undefined) return
    const refuse = async (code: string, reason: string): Promise<void> => {
      this.c.metrics.transferRefusals.inc({ code })
      if (code === 'POLICY_DENIED' || code === 'MEMBERSHIP_INVALID') this.c.metrics.policyDenials.inc({ scope: 'transfer', code })
      // a peer repeating a refused request cannot make us write (and fsync) an entry each time
      const suppressed = this.refusals.hit(`${peer.toString()}\n${code}`)
      if (suppressed !== undefined) {
        this.log.info({ peer: peer.toString(), agreement: shown(req.agreementId), code, reason, ...(suppressed > 0 ? { suppressed } : {}) }, 'transfer refused')
        await this.c.ledger
          ?.append({
            type: code === 'POLICY_DENIED' ? 'policy.denied' : 'transfer.refused',
            peer: peer.toString(),
            agreementId: isToken(req.agreementId, 256) ? req.agreementId : undefined,
            transferId: isToken(req.transferId) ? req.transferId : undefined,
            payload: { scope: 'transfer', code, reasons: reason.split('; '), ...(suppressed > 0 ? { suppressed } : {}) }
          })
          .catch((err: Error) => {
            this.log.error({ err }, 'could not write the refusal to the ledger')
          })
      }
      await framed.write(TransferFrame, { termination: { code, reason } })
    }
    if (!isToken(req.transferId) || !isToken(req.agreementId, 256))
      return await refuse('BAD_REQUEST', 'transfer_id (1 to 128 characters) and agreement_id (1 to 256) are required, of letters, digits and ._:@/+~=#-')
    if (this.serving.size >= this.init.maxConcurrent) return await refuse('BUSY', `this node serves ${this.init.maxConcurrent} transfers already; resume later`)
    const agreement = await this.c.agreements.agreement(req.agreementId)
    // another consumer's agreement is as unknown as a missing one
    if (agreement === undefined || agreement.role !== 'provider' || agreement.peer !== peer.toString()) {
      return await refuse('AGREEMENT_NOT_FOUND', `no agreement ${req.agreementId} with this peer`)
    }
    if (this.c.memberRequired === true && this.c.members?.(peer) === undefined)
      return await refuse('MEMBERSHIP_INVALID', 'the requesting peer is not a verified member of the data space')
    const dataset = this.c.datasets.datasets.find(d => d.id === agreement.datasetId)
    if (dataset === undefined) return await refuse('DATASET_UNAVAILABLE', `dataset '${agreement.datasetId}' is no longer offered`)
    const view = decodeAgreement(Buffer.from(agreement.bytes, 'base64'))
    const chunkSize = this.init.chunkSizeBytes
    const total = chunkCount(dataset.byteSize, chunkSize)
    const first = Math.min(req.resumeFromChunk, total)

    // decide, and count the use, under one lock per agreement: k allowed uses means k transfers
    const ctx = (u: Usage): Parameters<typeof evaluatePolicy>[2] => ({
      now: this.c.clock.now(),
      peer: peer.toString(),
      purposes: view.purposes,
      agreedAt: agreement.timestamp,
      count: u.count,
      volume: u.volume,
      member: this.c.members?.(peer)
    })
    const decision = await this.locks.run(`usage:${agreement.agreementId}`, async () => {
      const usage = (await this.c.store.sublevel<Usage>('usage').get(agreement.agreementId)) ?? { count: 0, volume: 0, transfers: [] }
      const resuming = usage.transfers.includes(req.transferId)
      const next: Usage = resuming
        ? usage
        : { count: usage.count + 1, volume: usage.volume + dataset.byteSize, transfers: [...usage.transfers.slice(-999), req.transferId] }
      const d = evaluatePolicy(view.policy, 'transfer', ctx(next))
      if (d.allowed && !resuming) {
        // the use is on disk before the first byte leaves
        await this.c.store.commit(b => {
          b.put(agreement.agreementId, next, { sublevel: this.c.store.sublevel('usage') as any })
        })
      }
      return { ...d, usage: next }
    })
    if (!decision.allowed) return await refuse('POLICY_DENIED', decision.reasons.join('; '))

    const segs = segments(dataset)
    let hashRun: HashRuns
    try {
      hashRun = await this.chunkHashesOf(dataset.id, dataset.sha256, segs, chunkSize)
    } catch (err) {
      if (err instanceof DatasetChangedError) return await refuse(err.code, err.message)
      throw err
    }
    const rec: TransferRecord = {
      id: `${req.transferId}@${peer.toString()}`,
      role: 'provider',
      agreementId: agreement.agreementId,
      peer: peer.toString(),
      datasetId: dataset.id,
      state: 'STARTED',
      dest: '',
      size: dataset.byteSize,
      sha256: dataset.sha256,
      chunkSize,
      verifiedChunks: 0,
      bytes: first * chunkSize,
      directory: dataset.directory,
      files: dataset.files.map(f => ({ path: f.path, size: f.size })),
      createdAt: this.c.clock.now(),
      updatedAt: this.c.clock.now(),
      startedAt: this.c.clock.now()
    }
    await this.save(rec, false)
    const ctl = new AbortController()
    this.serving.set(rec.id, ctl)
    this.live.set(rec.id, rec)
    this.gone.delete(rec.id)
    try {
      await framed.write(TransferFrame, {
        start: {
          transferId: req.transferId,
          size: dataset.byteSize,
          sha256: dataset.sha256,
          chunkSize,
          chunkHashes: first < total ? await hashRun(first) : [],
          firstChunk: first,
          totalChunks: total,
          directory: dataset.directory,
          files: dataset.files.map(f => ({ path: f.path, size: f.size, sha256: f.sha256 }))
        }
      })
      await this.stream(framed, rec, view.policy, () => ctx(decision.usage), segs, first, hashRun, ctl.signal)
    } catch (err) {
      // the consumer reset the stream or vanished mid-transfer: not final yet (it may resume)
      if (rec.state === 'STARTED') await this.consumerGone(rec, (err as Error).message).catch(() => {})
      throw err
    } finally {
      this.serving.delete(rec.id)
      this.live.delete(rec.id)
    }
  }

  /**
   * Provider: the consumer went away mid-transfer. The record is SUSPENDED (and the ledger says
   * so); unless the consumer resumes within `abandonAfterMs`, the sweep ends it as ABANDONED.
   */
  private async consumerGone(rec: TransferRecord, why: string): Promise<void> {
    rec.state = 'SUSPENDED'
    rec.error = {
      code: 'CONSUMER_GONE',
      message: `the consumer's stream ended mid-transfer (${why.slice(0, 200)}); it ends unless resumed within ${Math.round(this.init.abandonAfterMs / 1000)} s`
    }
    await this.save(rec, false)
    this.gone.set(rec.id, this.c.clock.now())
    this.sweepLater()
  }

  private sweepLater(): void {
    if (this.sweeper !== undefined || !this.running) return
    this.sweeper = setInterval(
      () => {
        void this.sweep().catch((err: unknown) => {
          this.log.warn({ err }, 'transfer sweep failed')
        })
      },
      Math.max(50, Math.min(30_000, this.init.abandonAfterMs / 4))
    )
    this.sweeper.unref()
  }

  /** End the provider records whose consumer did not come back in time. */
  private async sweep(): Promise<void> {
    const now = this.c.clock.now()
    for (const [id, since] of [...this.gone]) {
      if (now - since < this.init.abandonAfterMs) continue
      this.gone.delete(id)
      await this.locks.run(`provider:${id}`, async () => {
        const r = await this.get(id)
        if (r === undefined || r.state !== 'SUSPENDED' || r.error?.code !== 'CONSUMER_GONE' || this.serving.has(id)) return
        r.state = 'TERMINATED'
        r.error = { code: 'ABANDONED', message: `the consumer did not resume within ${Math.round(this.init.abandonAfterMs / 1000)} s` }
        await this.save(r, false)
        this.log.info({ transfer: id, peer: r.peer, bytes: r.bytes }, 'transfer abandoned by its consumer')
      })
    }
    if (this.gone.size === 0) {
      clearInterval(this.sweeper)
      this.sweeper = undefined
    }
  }

  private async stream(
    framed: FramedStream,
    rec: TransferRecord,
    policy: Parameters<typeof evaluatePolicy>[0],
    context: () => Parameters<typeof evaluatePolicy>[2],
    segs: ReturnType<typeof segments>,
    first: number,
    hashRun: HashRuns,
    signal: AbortSignal
  ): Promise<void> {
    try {
      await this.sendChunks(framed, rec, policy, context, segs, first, hashRun, signal)
    } catch (err) {
      // a file of the dataset changed, vanished or became a link: nothing of it is sent
      if (!(err instanceof DatasetChangedError)) throw err
      this.log.warn({ transfer: rec.id, err }, 'dataset changed while it was being sent; transfer ended')
      await this.endServing(framed, rec, err.code, err.message)
    }
  }

  private async sendChunks(
    framed: FramedStream,
    rec: TransferRecord,
    policy: Parameters<typeof evaluatePolicy>[0],
    context: () => Parameters<typeof evaluatePolicy>[2],
    segs: ReturnType<typeof segments>,
    first: number,
    hashRun: HashRuns,
    signal: AbortSignal
  ): Promise<void> {
    const chunkSize = rec.chunkSize
    const peer = peerIdFromString(rec.peer)
    const transferId = wireTransferId(rec)
    const run = this.init.hashRunChunks
    // TransferStart carried the hashes up to the end of the first run
    let hashedUpTo = (Math.floor(first / run) + 1) * run
    let sinceCheck = 0
    let lastCheck = this.c.clock.now()
    for await (const { index, data } of readChunks(segs, chunkSize, first)) {
      if (index >= hashedUpTo && !signal.aborted) {
        // the next run of hashes goes before the first chunk it covers
        await framed.write(TransferFrame, { hashes: { from: index, hashes: await hashRun(index) } })
        hashedUpTo = (Math.floor(index / run) + 1) * run
      }
      if (signal.aborted) {
        // the operator suspended or terminated it (or the peer lost its membership): tell the
        // consumer why, send nothing more
        const reason = signal.reason as TransferError
        await this.endServing(framed, rec, reason.code, reason.message)
        return
      }
      if (sinceCheck >= this.init.recheckEveryBytes || this.c.clock.now() - lastCheck >= this.init.recheckEveryMs) {
        if (this.c.memberRequired === true && this.c.members?.(peer) === undefined) {
          // revoked or expired since the transfer began
          await this.endServing(framed, rec, 'MEMBERSHIP_INVALID', 'the consumer is no longer a verified member of the data space')
          return
        }
        const d = evaluatePolicy(policy, 'transfer', context())
        if (!d.allowed) {
          rec.state = 'TERMINATED'
          rec.error = { code: 'POLICY_DENIED', message: d.reasons.join('; ') }
          await this.save(rec, false)
          await this.c.ledger?.append({
            type: 'policy.denied',
            peer: rec.peer,
            agreementId: rec.agreementId,
            transferId,
            payload: { scope: 'transfer', code: 'POLICY_DENIED', reasons: d.reasons, bytesSent: rec.bytes, midStream: true }
          })
          this.c.metrics.transferRefusals.inc({ code: 'POLICY_DENIED' })
          await framed.write(TransferFrame, { termination: { code: 'POLICY_DENIED', reason: d.reasons.join('; ') } })
          return
        }
        sinceCheck = 0
        lastCheck = this.c.clock.now()
      }
      try {
        await framed.sendPrefixed(chunkFrame(index, data), signal)
      } catch (err) {
        if (!signal.aborted) throw err
        // stopped while the consumer was not reading: there is no room for a termination
        // message, so the stream is reset instead
        const reason = signal.reason as TransferError
        rec.state = reason.code === 'SUSPENDED' ? 'SUSPENDED' : 'TERMINATED'
        rec.error = { code: reason.code, message: reason.message }
        await this.save(rec, false)
        framed.abort(reason)
        return
      }
      sinceCheck += data.length
      rec.bytes += data.length
      this.c.metrics.bytesSent.inc(data.length)
    }
    await framed.write(TransferFrame, { completion: { bytesSent: rec.bytes - first * chunkSize } })
    rec.state = 'COMPLETED'
    rec.completedAt = this.c.clock.now()
    await this.save(rec, false)
    this.log.info({ transfer: rec.id, peer: rec.peer, dataset: rec.datasetId, bytes: rec.size }, 'transfer sent')
    await this.takeReceipt(framed, peer, transferId, rec)
  }

  /** Provider: stop sending (SUSPENDED stays resumable, anything else ends it) and say why. */
  private async endServing(framed: FramedStream, rec: TransferRecord, code: string, message: string): Promise<void> {
    rec.state = code === 'SUSPENDED' ? 'SUSPENDED' : 'TERMINATED'
    rec.error = { code, message }
    await this.save(rec, false)
    if (code !== 'SUSPENDED') this.c.metrics.transferRefusals.inc({ code })
    try {
      // a consumer that stopped reading leaves no room for it: give up after a moment and reset
      await framed.write(TransferFrame, { termination: { code, reason: message } }, AbortSignal.timeout(2_000))
    } catch {
      framed.abort(new TransferError(code, message))
    }
  }

  /** Provider: end every transfer being sent to this peer now (it lost its membership). */
  async endPeer(peer: string, code: string, message: string): Promise<number> {
    const ids = [...this.serving.keys()].filter(id => id.endsWith(`@${peer}`))
    await Promise.all(ids.map(async id => await this.halt(id, new TransferError(code, message)).catch(() => {})))
    return ids.length
  }

  /** Provider: the consumer's signed receipt, answered with our signed delivery record. */
  private async takeReceipt(framed: FramedStream, peer: PeerId, transferId: string, rec: TransferRecord): Promise<void> {
    const receipt = await framed.read(Receipt)
    if (receipt === undefined) {
      this.log.warn({ transfer: rec.id, peer: peer.toString() }, 'consumer closed without a receipt')
      return
    }
    const body = receipt.body ?? new Uint8Array()
    const sig = receipt.consumerSignature ?? new Uint8Array()
    let b: hanse.v1.ReceiptBody | undefined
    try {
      b = ReceiptBody.decode(body)
    } catch {
      b = undefined
    }
    const ok =
      b !== undefined &&
      b.transferId === transferId &&
      b.agreementId === rec.agreementId &&
      b.consumer === peer.toString() &&
      b.provider === this.c.signer.peerId &&
      Number(b.bytes) === rec.size &&
      b.sha256 === rec.sha256 &&
      (await verifyPeerSignature(peer.toString(), RECEIPT_PREFIX, body, sig))
    if (!ok) {
      this.log.warn({ transfer: rec.id, peer: peer.toString() }, 'invalid receipt refused')
      await framed.write(TransferFrame, {
        termination: { code: 'RECEIPT_INVALID', reason: 'the receipt does not match the transfer or its signature does not verify' }
      })
      return
    }
    const providerSignature = await this.c.signer.sign(withPrefix(DELIVERY_PREFIX, body))
    rec.receipt = {
      body: Buffer.from(body).toString('base64'),
      consumerSignature: Buffer.from(sig).toString('base64'),
      providerSignature: Buffer.from(providerSignature).toString('base64')
    }
    await this.save(rec)
    await framed.write(TransferFrame, { delivery: { body, consumerSignature: sig, providerSignature } })
  }

  /**
   * The chunk hashes of a dataset, computed in one read pass the first time it is transferred
   * with this chunk size and kept in the store in runs of `hashRunChunks`; returns a lookup of
   * the run that holds a chunk, from that chunk to the end of the run.
   */
  private async chunkHashesOf(datasetId: string, sha256: string, segs: ReturnType<typeof segments>, chunkSize: number): Promise<HashRuns> {
    const run = this.init.hashRunChunks
    const prefix = `${sha256}:${chunkSize}:${run}:`
    const cache = this.c.store.sublevel<string[] | { runs: number }>('chunkhashes')
    await this.locks.run(`hash:${prefix}`, async () => {
      // (checked inside the lock: a second transfer of a new dataset waits for the first's pass)
      if ((await cache.get(`${prefix}done`)) !== undefined) return
      let runs = 0
      let current: string[] = []
      for await (const { data } of readChunks(segs, chunkSize, 0)) {
        current.push(createHash('sha256').update(data).digest('hex'))
        if (current.length === run) {
          await cache.put(`${prefix}${runs++}`, current)
          current = []
        }
      }
      if (current.length > 0) await cache.put(`${prefix}${runs++}`, current)
      await cache.put(`${prefix}done`, { runs })
      this.log.debug({ dataset: datasetId, runs }, 'chunk hashes computed')
    })
    return async (from: number) => {
      const k = Math.floor(from / run)
      const hex = (await cache.get(`${prefix}${k}`)) as string[] | undefined
      if (hex === undefined) throw new TransferError('INTERNAL', `chunk hashes of ${datasetId} run ${k} are missing`)
      return hex.slice(from - k * run).map(h => Buffer.from(h, 'hex'))
    }
  }

  /* ---------------- consumer ---------------- */

  /** Start (or, with the id of an unfinished one, resume) fetching an agreement's dataset. */
  async fetch(opts: { agreementId: string; dest?: string; id?: string; overwrite?: boolean }): Promise<TransferRecord> {
    let r: TransferRecord | undefined = opts.id === undefined ? undefined : await this.get(opts.id)
    if (r === undefined) {
      const a = await this.c.agreements.agreement(opts.agreementId)
      if (a === undefined || a.role !== 'consumer')
        throw new TransferError('AGREEMENT_NOT_FOUND', `no agreement ${opts.agreementId} as consumer on this node`, 404)
      const dest = this.destination(a.peer, a.datasetId, opts.dest)
      const id = opts.id ?? `urn:uuid:${randomUUID()}`
      await this.checkDestination(dest, opts.overwrite === true, id)
      const now = this.c.clock.now()
      r = {
        id,
        role: 'consumer',
        agreementId: a.agreementId,
        peer: a.peer,
        datasetId: a.datasetId,
        state: 'REQUESTED',
        dest,
        overwrite: opts.overwrite === true,
        size: 0,
        sha256: '',
        chunkSize: 0,
        verifiedChunks: 0,
        bytes: 0,
        directory: false,
        files: [],
        createdAt: now,
        updatedAt: now
      }
      await this.save(r)
    }
    if (r.role !== 'consumer') throw new TransferError('TRANSFER_NOT_FOUND', `no download ${r.id}`, 404)
    if (r.state === 'COMPLETED' || r.state === 'TERMINATED') return r
    const rec = r
    const ctl = new AbortController()
    this.active.set(rec.id, ctl)
    this.live.set(rec.id, rec)
    const before = rec.verifiedChunks
    void this.locks.run(`transfer:${rec.id}`, async () => {
      try {
        // at most maxStreamsPerPeer downloads per provider at once (its inbound stream limit);
        // the rest wait here in REQUESTED instead of being refused and retried
        await this.downloads.run(rec.peer, async () => {
          ctl.signal.throwIfAborted()
          await this.download(rec, ctl.signal)
        })
        this.retries.delete(rec.id)
        // both ledgers now hold this transfer: each side keeps the other's signed checkpoint
        await this.c.checkpoints?.exchange(rec.peer, { agreementId: rec.agreementId, transferId: rec.id }).catch((err: Error) => {
          this.log.warn({ transfer: rec.id, err: err.message }, 'ledger checkpoint exchange failed')
        })
      } catch (err) {
        const stopped = ctl.signal.aborted
        // when we stopped it, why we stopped it is what counts, not how the stream ended
        const e = (stopped ? ctl.signal.reason : err) as Error & { code?: string }
        const code =
          e.code === 'ENOSPC'
            ? 'DISK_FULL'
            : e instanceof HanseError
              ? e.code
              : isFileSystemError(e)
                ? 'DESTINATION_UNWRITABLE'
                : stopped
                  ? 'SUSPENDED'
                  : 'TRANSFER_FAILED'
        const transient = !stopped && TRANSIENT.has(code)
        // suspended here, by the provider, by a stop, by the network or by something the
        // operator can fix on this side: resumable; anything else ends it
        rec.state =
          code === 'SUSPENDED' || code === 'NODE_STOPPING' || LOCAL_RESUMABLE.has(code) || transient || (stopped && code !== 'TERMINATED_BY_USER')
            ? 'SUSPENDED'
            : 'TERMINATED'
        rec.error = {
          code,
          message:
            code === 'DISK_FULL'
              ? `no space left for ${rec.dest}.part; free some and resume (verified chunks are kept)`
              : code === 'DESTINATION_UNWRITABLE'
                ? `cannot write ${rec.dest}: ${e.message}; fix it and resume`
                : e.message
        }
        if (!stopped) this.log.warn({ transfer: rec.id, code: rec.error.code, err: e.message, verifiedChunks: rec.verifiedChunks }, 'transfer failed')
        // a terminated download is final: its partial data goes (it was ours; nothing else is touched)
        if (rec.state === 'TERMINATED') await this.discardPartial(rec)
        await this.save(rec).catch(() => {})
        if (transient) this.retryLater(rec, rec.verifiedChunks > before)
      } finally {
        this.active.delete(rec.id)
        this.live.delete(rec.id)
      }
    })
    return structuredClone(rec)
  }

  /** Transfers running now with their average rate since they started (metrics). */
  activeTransfers(): Array<{ role: string; bytesPerSecond: number }> {
    const now = this.c.clock.now()
    return [...this.live.values()].map(r => {
      const secs = r.startedAt === undefined ? 0 : (now - r.startedAt) / 1000
      return { role: r.role, bytesPerSecond: secs > 0 ? r.bytes / secs : 0 }
    })
  }

  /** Schedule the next automatic resume of a download the network cut short. */
  private retryLater(r: TransferRecord, progressed: boolean): void {
    const prev = this.retries.get(r.id)
    const attempt = progressed || prev === undefined ? 1 : prev.attempt + 1
    if (!this.running || attempt > this.init.retryAttempts) {
      this.retries.delete(r.id)
      if (this.running) this.log.warn({ transfer: r.id, attempts: this.init.retryAttempts }, 'transfer left suspended after its retries; resume it by hand')
      return
    }
    const delay = Math.min(this.init.retryMaxMs, this.init.retryBaseMs * 2 ** (attempt - 1))
    const timer = setTimeout(() => {
      void (async () => {
        const cur = await this.get(r.id)
        // the operator may have resumed, terminated or suspended it meanwhile
        if (!this.running || cur === undefined || cur.state !== 'SUSPENDED' || !TRANSIENT.has(cur.error?.code ?? '') || this.active.has(r.id)) return
        this.log.info({ transfer: r.id, attempt, verifiedChunks: cur.verifiedChunks }, 'retrying transfer')
        await this.resume(r.id)
      })().catch((err: Error) => {
        this.log.warn({ transfer: r.id, err: err.message }, 'transfer retry failed')
      })
    }, delay)
    timer.unref()
    this.retries.set(r.id, { attempt, timer })
  }

  /** Stop a running transfer, either side; it stays resumable (SUSPENDED). */
  async suspend(id: string): Promise<TransferRecord> {
    const r = await this.halt(id, new TransferError('SUSPENDED', 'suspended by the operator'))
    if (r.role === 'consumer' && r.state === 'SUSPENDED' && r.error?.code !== 'SUSPENDED') {
      // it was waiting for a retry: now it waits for the operator
      r.error = { code: 'SUSPENDED', message: 'suspended by the operator' }
      await this.save(r)
    }
    return r
  }

  /** End a transfer, either side; a terminated download is not resumed. */
  async terminate(id: string): Promise<TransferRecord> {
    const r = await this.halt(id, new TransferError('TERMINATED_BY_USER', 'terminated by the operator'))
    if (r.role === 'consumer' && r.state !== 'COMPLETED' && r.state !== 'TERMINATED') {
      r.state = 'TERMINATED'
      r.error = { code: 'TERMINATED_BY_USER', message: 'terminated by the operator' }
      await this.discardPartial(r)
      await this.save(r)
    }
    return r
  }

  private async halt(id: string, reason: TransferError): Promise<TransferRecord> {
    clearTimeout(this.retries.get(id)?.timer)
    this.retries.delete(id)
    const r = await this.get(id)
    if (r === undefined) throw new TransferError('TRANSFER_NOT_FOUND', `no transfer ${id}`, 404)
    if (r.role === 'consumer') {
      this.active.get(id)?.abort(reason)
      await this.locks.run(`transfer:${id}`, async () => {})
    } else {
      const ctl = this.serving.get(id)
      if (ctl === undefined) throw new TransferError('INVALID_TRANSITION', `transfer ${id} is not being sent (${r.state})`, 409)
      ctl.abort(reason)
      const deadline = Date.now() + 10_000
      while (this.serving.has(id) && Date.now() < deadline) await new Promise(resolve => setTimeout(resolve, 10))
    }
    return (await this.get(id)) ?? r
  }

  async resume(id: string): Promise<TransferRecord> {
    const r = await this.get(id)
    if (r === undefined || r.role !== 'consumer') throw new TransferError('TRANSFER_NOT_FOUND', `no download ${id}`, 404)
    // already running (an automatic retry got there first): nothing to do
    if (this.active.has(id) && (r.state === 'REQUESTED' || r.state === 'STARTED')) return r
    // TERMINATED is final, as in DSP (a new fetch starts a new transfer)
    if (r.state === 'TERMINATED')
      throw new TransferError(
        'INVALID_TRANSITION',
        `transfer ${id} is TERMINATED${r.error === undefined ? '' : ` (${r.error.code})`} and cannot be resumed; fetch the agreement again to start a new transfer`,
        409
      )
    if (r.state !== 'SUSPENDED') throw new TransferError('INVALID_TRANSITION', `transfer ${id} is ${r.state}; only a SUSPENDED transfer can be resumed`, 409)
    clearTimeout(this.retries.get(id)?.timer)
    r.state = 'REQUESTED'
    delete r.error
    await this.save(r)
    return await this.fetch({ agreementId: r.agreementId, id })
  }

  /** Wait until a download is COMPLETED, TERMINATED or SUSPENDED. */
  async waitFor(id: string, timeoutMs: number): Promise<TransferRecord> {
    const done = (r: TransferRecord | undefined): boolean =>
      r !== undefined && (r.state === 'COMPLETED' || r.state === 'TERMINATED' || r.state === 'SUSPENDED') && !this.active.has(id)
    const deadline = Date.now() + timeoutMs
    while (true) {
      await this.locks.run(`transfer:${id}`, async () => {})
      const r = await this.get(id)
      if (r === undefined) throw new TransferError('TRANSFER_NOT_FOUND', `no transfer ${id}`, 404)
      if (done(r) || Date.now() > deadline) return r
      await new Promise(resolve => setTimeout(resolve, 20))
    }
  }

  private async download(r: TransferRecord, signal: AbortSignal): Promise<void> {
    const peer = peerIdFromString(r.peer)
    const part = `${r.dest}.part`
    if (r.partCreated === true && !(await exists(part))) {
      // the operator removed the partial data: start over
      Object.assign(r, { partCreated: false, verifiedChunks: 0, bytes: 0 })
    }
    const stream = await this.c.host.dialProtocol(peer, TRANSFER_PROTOCOL, { signal })
    // a data frame is one chunk (4 MiB at most) plus its header
    const framed = new FramedStream(stream, { maxFrameBytes: 4 * 1024 * 1024 + 64, idleTimeoutMs: this.init.idleTimeoutMs })
    const onAbort = (): void => {
      framed.abort(signal.reason as Error)
    }
    signal.addEventListener('abort', onAbort, { once: true })
    let fh: Awaited<ReturnType<typeof open>> | undefined
    // fsync runs in the background while chunks keep coming; progress is recorded only up to
    // the chunks that the finished fsync covers
    let syncing: Promise<void> | undefined
    let clean = false
    try {
      await framed.write(TransferRequest, { agreementId: r.agreementId, transferId: r.id, resumeFromChunk: r.verifiedChunks }, signal)
      const first = await framed.read(TransferFrame, signal)
      if (first === undefined) throw new TransferError('PEER_CLOSED', 'the provider closed the stream without an answer')
      if (first.termination != null) throw new TransferError(first.termination.code || 'TERMINATED', first.termination.reason ?? '')
      const start = first.start
      if (start == null) throw new TransferError('PROTOCOL_ERROR', 'expected TransferStart')
      const size = Number(start.size)
      const chunkSize = start.chunkSize ?? 0
      const total = start.totalChunks ?? 0
      // one run of chunk hashes at a time: chunk i is checked against hashes[i - hashesFrom]
      let hashes = (start.chunkHashes ?? []).map(h => Buffer.from(h))
      let hashesFrom = start.firstChunk ?? 0
      if (
        !Number.isSafeInteger(size) ||
        size < 0 ||
        chunkSize <= 0 ||
        chunkSize > 4 * 1024 * 1024 ||
        total !== chunkCount(size, chunkSize) ||
        hashes.some(h => h.length !== 32) ||
        hashesFrom + hashes.length > total ||
        !/^[0-9a-f]{64}$/.test(start.sha256 ?? '')
      ) {
        throw new TransferError('PROTOCOL_ERROR', 'TransferStart is inconsistent (size, chunk size, count, digest or hashes)')
      }
      // the file list is checked whole before anything is written: a provider names files
      // inside the destination and nothing else
      const files = checkFileList(start.directory === true, start.files ?? [], size)
      if (r.sha256 !== '' && (r.sha256 !== start.sha256 || r.chunkSize !== chunkSize || r.size !== size)) {
        // the dataset changed since the partial download: the next resume starts over
        if (r.partCreated === true)
          await open(part, 'r+').then(async h => {
            await h.truncate(0)
            await h.close()
          })
        Object.assign(r, { verifiedChunks: 0, bytes: 0, sha256: '' })
        throw new TransferError('DATASET_CHANGED', 'the dataset changed since this transfer began; resume it to start over')
      }
      if (start.firstChunk !== r.verifiedChunks)
        throw new TransferError('PROTOCOL_ERROR', `the provider starts at chunk ${String(start.firstChunk)}, not ${r.verifiedChunks}`)
      // the partial file exists only once the provider has agreed to send: a refusal leaves nothing
      await mkdir(dirname(r.dest), { recursive: true })
      fh =
        r.partCreated === true
          ? await open(part, 'r+')
          : await open(part, r.overwrite === true ? 'w+' : 'wx+').catch((err: NodeJS.ErrnoException) => {
              if (err.code === 'EEXIST')
                throw new TransferError('DESTINATION_EXISTS', `${part} exists and is not this transfer's; move it away, or fetch with overwrite`, 409)
              throw err
            })
      Object.assign(r, {
        size,
        sha256: start.sha256 ?? '',
        chunkSize,
        directory: start.directory === true,
        files,
        state: 'STARTED' as const,
        startedAt: r.startedAt ?? this.c.clock.now(),
        partCreated: true
      })
      delete r.error
      await this.save(r)
      // drop anything past the verified prefix (a chunk written but not yet recorded); the last
      // chunk may be short, so never grow the file
      const file = fh
      await file.truncate(Math.min(size, r.verifiedChunks * chunkSize))
      // hash the whole as it arrives when we start from the beginning (no second read at the end)
      const whole = r.verifiedChunks === 0 ? createHash('sha256') : undefined
      let pending = 0
      // up to WRITE_DEPTH verified chunks are being written while the next ones arrive; a chunk
      // counts as verified (and can be checkpointed) once its write has finished, in order
      const writes: Array<{ done: Promise<unknown>; length: number }> = []
      let next = r.verifiedChunks
      const settle = async (): Promise<void> => {
        const w = writes.shift() as { done: Promise<unknown>; length: number }
        await w.done
        r.verifiedChunks++
        r.bytes += w.length
        this.c.metrics.bytesReceived.inc(w.length)
        this.emit('progress', { id: r.id, bytes: r.bytes, size, state: r.state })
        if (++pending >= this.init.checkpointEveryChunks && syncing === undefined) {
          pending = 0
          const upTo = r.verifiedChunks
          syncing = file
            .datasync()
            .then(async () => {
              await this.save({ ...r, verifiedChunks: upTo, bytes: Math.min(size, upTo * chunkSize) }, false)
            })
            .finally(() => {
              syncing = undefined
            })
        }
      }
      try {
        while (true) {
          const frame = await framed.read(TransferFrame, signal)
          if (frame === undefined) throw new TransferError('PEER_CLOSED', 'the provider closed the stream before the end')
          if (frame.termination != null) throw new TransferError(frame.termination.code || 'TERMINATED', frame.termination.reason ?? '')
          if (frame.completion != null) break
          if (frame.hashes != null) {
            const run = (frame.hashes.hashes ?? []).map(h => Buffer.from(h))
            const from = frame.hashes.from ?? 0
            if (from !== next || run.length === 0 || run.some(h => h.length !== 32) || from + run.length > total)
              throw new TransferError('PROTOCOL_ERROR', `chunk hashes for ${from}..${from + run.length - 1} do not fit chunk ${next} of ${total}`)
            hashes = run
            hashesFrom = from
            continue
          }
          const chunk = frame.chunk
          if (chunk == null) throw new TransferError('PROTOCOL_ERROR', 'expected a chunk')
          const index = chunk.index ?? 0
          const data = chunk.data ?? new Uint8Array()
          if (index !== next) throw new TransferError('PROTOCOL_ERROR', `chunk ${index} arrived where ${next} was expected`)
          const expectedLen = Math.min(chunkSize, size - index * chunkSize)
          const expected = hashes[index - hashesFrom]
          if (expected === undefined) throw new TransferError('PROTOCOL_ERROR', `chunk ${index} arrived before its hash`)
          if (data.length !== expectedLen || !createHash('sha256').update(data).digest().equals(expected)) {
            // never written: the .part file holds verified bytes only
            this.c.metrics.transferRefusals.inc({ code: 'CHUNK_CORRUPT' })
            throw new TransferError('CHUNK_CORRUPT', `chunk ${index} does not match its SHA-256; the transfer can be resumed from there`)
          }
          const done = file.write(data, 0, data.length, index * chunkSize)
          // a failed write (ENOSPC) is reported when its turn comes in settle(); until then it
          // must not count as an unhandled rejection
          done.catch(() => {})
          writes.push({ done, length: data.length })
          whole?.update(data)
          next++
          if (writes.length >= WRITE_DEPTH) await settle()
        }
        while (writes.length > 0) await settle()
      } catch (err) {
        // chunks verified before the failure still count once their writes are done
        while (writes.length > 0) {
          try {
            await settle()
          } catch {
            break
          }
        }
        throw err
      } finally {
        await Promise.allSettled(writes.map(w => w.done))
      }
      await syncing
      await file.datasync()
      if (r.verifiedChunks !== total) throw new TransferError('PROTOCOL_ERROR', `completed after ${r.verifiedChunks} of ${total} chunks`)
      await file.close().catch(() => {})
      await this.finish(r, part, whole?.digest('hex'))
      await this.giveReceipt(framed, r)
      await framed.close().catch(() => {})
      clean = true
    } finally {
      signal.removeEventListener('abort', onAbort)
      // every way out that is not the clean end resets the stream: a stream left open would
      // hold one of the provider's per-peer transfer slots until its idle timeout
      if (!clean) framed.abort(new TransferError('TRANSFER_FAILED', 'the consumer gave up on this stream'))
      // a background checkpoint must land before the caller records the final state
      await syncing?.catch(() => {})
      await fh?.close().catch(() => {})
    }
  }

  /** Consumer: sign what we received; keep the provider's signed delivery record. */
  private async giveReceipt(framed: FramedStream, r: TransferRecord): Promise<void> {
    const body = ReceiptBody.encode({
      transferId: r.id,
      agreementId: r.agreementId,
      consumer: this.c.signer.peerId,
      provider: r.peer,
      bytes: r.size,
      sha256: r.sha256,
      time: this.c.clock.now()
    }).finish()
    const consumerSignature = await this.c.signer.sign(withPrefix(RECEIPT_PREFIX, body))
    r.receipt = { body: Buffer.from(body).toString('base64'), consumerSignature: Buffer.from(consumerSignature).toString('base64'), providerSignature: null }
    try {
      await framed.write(Receipt, { body, consumerSignature })
      const answer = await framed.read(TransferFrame)
      const d = answer?.delivery
      if (
        d != null &&
        Buffer.from(d.body ?? []).equals(Buffer.from(body)) &&
        (await verifyPeerSignature(r.peer, DELIVERY_PREFIX, body, d.providerSignature ?? new Uint8Array()))
      ) {
        r.receipt.providerSignature = Buffer.from(d.providerSignature ?? []).toString('base64')
      } else {
        this.log.warn({ transfer: r.id, answer: answer?.termination?.code }, 'no valid delivery record from the provider')
      }
    } catch (err) {
      // the data is verified and in place; only the provider's countersignature is missing
      this.log.warn({ transfer: r.id, err: (err as Error).message }, 'receipt exchange failed')
    }
    await this.save(r)
  }

  /**
   * Verify the whole, then move it into place. An existing destination is never replaced unless
   * the operator asked for it; a directory is built in a fresh sibling and swapped in by rename.
   * A failure here keeps the verified `.part`: resume finishes the job.
   */
  private async finish(r: TransferRecord, part: string, streamed?: string): Promise<void> {
    const staging = `${r.dest}.partdir-${tagOf(r.id)}`
    const whole = r.directory ? await this.splitDirectory(r, part, staging) : (streamed ?? (await sha256File(part)))
    if (whole !== r.sha256) throw new TransferError('DIGEST_MISMATCH', `the received data has SHA-256 ${whole}, expected ${r.sha256}`)
    try {
      const existing = await lstat(r.dest).catch(() => undefined)
      if (existing !== undefined && r.overwrite !== true) {
        throw new TransferError(
          'DESTINATION_EXISTS',
          `${r.dest} appeared while the transfer ran; move it away and resume (verified data is kept), or fetch with overwrite`,
          409
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
    r.state = 'COMPLETED'
    r.completedAt = this.c.clock.now()
    await this.save(r)
    this.log.info({ transfer: r.id, dest: r.dest, bytes: r.size }, 'transfer completed and verified')
  }

  /**
   * Write the directory's files from the verified stream into `dir`; returns the manifest digest.
   * The files are written first and made durable together afterwards (their syncs run in
   * parallel, so the file system can commit them in a few journal transactions instead of one
   * per file), then the directories that name them: the tree is durable before it is renamed
   * into place, at a fraction of the cost of one sync per file.
   */
  private async splitDirectory(r: TransferRecord, part: string, dir: string): Promise<string> {
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
  private destination(provider: string, datasetId: string, dest: string | undefined): string {
    const receive = resolve(this.init.receiveDir)
    let abs: string
    if (dest === undefined) {
      // from values this node controls: the provider's peer id and a sanitised dataset id
      abs = resolveInside(receive, [safeName(provider, 'provider'), safeName(datasetId)], 'destination')
    } else {
      if (dest === '' || Buffer.byteLength(dest) > 4096 || hasControlChars(dest)) {
        throw new UnsafePathError('dest', 'expected a path of 1 to 4096 bytes without control characters')
      }
      // the CLI sends absolute paths (resolved against the caller's directory); a relative one
      // from the API lies inside the receive dir
      abs = isAbsolute(dest) ? resolve(dest) : resolveInside(receive, safeRelativePath(dest.replace(/\/+$/, ''), 'dest'), 'dest')
    }
    const dataDir = this.init.dataDir === undefined ? undefined : resolve(this.init.dataDir)
    const forbidden =
      abs === receive || abs === resolve('/') || (dataDir !== undefined && (isInside(abs, dataDir) || (isInside(dataDir, abs) && !isInside(receive, abs))))
    if (forbidden)
      throw new TransferError(
        'DESTINATION_FORBIDDEN',
        `${abs} is the node's data dir, inside it, or above it; choose a path in ${receive} or outside the data dir`,
        400
      )
    return abs
  }

  /** Consumer: refuse a destination that exists (unless overwrite) or that another download is filling. */
  private async checkDestination(dest: string, overwrite: boolean, id: string): Promise<void> {
    const holder = this.destinations.get(dest)
    if (holder !== undefined) throw new TransferError('DESTINATION_BUSY', `transfer ${holder} is writing to ${dest}; wait for it, or terminate it first`, 409)
    // reserved before the checks below wait, so two fetches to one path cannot both pass
    this.destinations.set(dest, id)
    try {
      if (overwrite) return
      if (await exists(dest))
        throw new TransferError('DESTINATION_EXISTS', `${dest} exists; choose another destination, or ask to overwrite it (hanse fetch --force)`, 409)
      if (await exists(`${dest}.part`))
        throw new TransferError('DESTINATION_EXISTS', `${dest}.part exists and is not this node's; move it away or choose another destination`, 409)
    } catch (err) {
      this.destinations.delete(dest)
      throw err
    }
  }

  /** Consumer: remove the partial data of a download that ended for good (only what it created). */
  private async discardPartial(r: TransferRecord): Promise<void> {
    if (r.role !== 'consumer') return
    if (r.partCreated === true) await rm(`${r.dest}.part`, { force: true }).catch(() => {})
    await rm(`${r.dest}.partdir-${tagOf(r.id)}`, { recursive: true, force: true }).catch(() => {})
    r.partCreated = false
  }
}

/** A failed file system call on this side (it names a path; network errors do not). */
function isFileSystemError(e: Error & { code?: string; path?: unknown }): boolean {
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
        `${dest} appeared while the transfer ran; move it away and resume (verified data is kept), or fetch with overwrite`,
        409
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

/** Run `fn` over `items`, `limit` at a time. */
async function inParallel<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await fn(items[next++] as T)
    })
  )
}

async function exists(path: string): Promise<boolean> {
  return await lstat(path).then(
    () => true,
    () => false
  )
}

/** A short tag of a transfer id for the names of its temporary siblings. */
function tagOf(id: string): string {
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
