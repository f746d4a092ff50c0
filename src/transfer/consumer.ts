import { createHash, randomUUID } from 'node:crypto'
import { mkdir, open, rm } from 'node:fs/promises'
import { dirname, isAbsolute, resolve } from 'node:path'
import { backoffDelay } from '../clock/backoff.ts'
import { HanseError, RelayedError } from '../errors/index.ts'
import { verifyPeerSignature } from '../identity/index.ts'
import { KeyedLimiter } from '../lock/index.ts'
import { hasControlChars, isInside, resolveInside, safeName, safeRelativePath, UnsafePathError } from '../paths/index.ts'
import { Uint8ArrayList } from 'uint8arraylist'
import { decodeFrame, hanse, type FramedStream } from '../wire/index.ts'
import { chunkCount, takeChunk } from './chunks.ts'
import { checkFileList, exists, isFileSystemError, placeVerified, tagOf, writeAll } from './finish.ts'
import { fileSystemProbe, spaceCheck } from './space.ts'
import { LOCAL_RESUMABLE, moveTo, TRANSIENT, TransferError, type TransferRecord } from './records.ts'
import { DELIVERY_PREFIX, RECEIPT_PREFIX, SideBase, withPrefix, type TransferSide } from './side.ts'

/** Chunk writes a download keeps in flight while it receives the next chunks. */
const WRITE_DEPTH = 4
/** A chunk in more pieces than this is joined before it is hashed and written. */
const MAX_PIECES = 256

const { TransferRequest, TransferFrame, Receipt, ReceiptBody, ChunkAck } = hanse.v1

/**
 * The consumer side of a transfer: a download verifies every chunk against the list in
 * TransferStart, writes `<dest>.part`, resumes from the last verified chunk, checks the whole
 * and moves it into place; a download the network cut short is retried with backoff.
 */
export class TransferConsumer extends SideBase {
  /** Downloads running here. */
  private readonly active = new Map<string, AbortController>()
  /** Downloads waiting for their next automatic retry: attempt count and timer. */
  private readonly retries = new Map<string, { attempt: number; timer?: NodeJS.Timeout }>()
  /** Destinations of downloads not yet COMPLETED or TERMINATED, with the transfer filling each. */
  private readonly destinations = new Map<string, string>()
  /** At most maxStreamsPerPeer downloads per provider at once (its inbound stream limit). */
  private readonly downloads: KeyedLimiter
  /** Throws DISK_FULL when a download would eat into the data dir disk's reserve (space.ts). */
  private readonly checkSpace: (dest: string, need: number) => Promise<void>

  constructor(side: TransferSide) {
    super(side)
    this.downloads = new KeyedLimiter(this.init.maxStreamsPerPeer)
    this.checkSpace = spaceCheck(this.c.space ?? fileSystemProbe, { dataDir: this.init.dataDir, reserveBytes: this.init.diskReserveBytes })
  }

  /** A record was saved: a download that has ended no longer holds its destination. */
  saved(r: TransferRecord): void {
    if (r.role === 'consumer' && (r.state === 'COMPLETED' || r.state === 'TERMINATED') && this.destinations.get(r.dest) === r.id)
      this.destinations.delete(r.dest)
  }

  /** At start: the destinations of unfinished downloads are taken. */
  claim(r: TransferRecord): void {
    if (r.role === 'consumer' && r.state !== 'COMPLETED' && r.state !== 'TERMINATED') this.destinations.set(r.dest, r.id)
  }

  isActive(id: string): boolean {
    return this.active.has(id)
  }

  /** Stop every download (they stay resumable) and every pending retry. */
  stop(): void {
    for (const r of this.retries.values()) clearTimeout(r.timer)
    this.retries.clear()
    for (const ctl of this.active.values()) ctl.abort(new TransferError('NODE_STOPPING', 'the node is stopping'))
  }

  /** Start (or, with the id of an unfinished one, resume) fetching an agreement's dataset. */
  async fetch(opts: { agreementId: string; dest?: string; id?: string; overwrite?: boolean }): Promise<TransferRecord> {
    let r: TransferRecord | undefined = opts.id === undefined ? undefined : await this.get(opts.id)
    if (r === undefined) {
      const a = await this.c.agreements.agreement(opts.agreementId)
      if (a === undefined || a.role !== 'consumer') throw new TransferError('AGREEMENT_NOT_FOUND', `no agreement ${opts.agreementId} as consumer on this node`)
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
    if (r.role !== 'consumer') throw new TransferError('TRANSFER_NOT_FOUND', `no download ${r.id}`)
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
          this.log.warn({ transfer: rec.id, err }, 'ledger checkpoint exchange failed')
        })
      } catch (err) {
        if (rec.state === 'COMPLETED' || rec.state === 'TERMINATED') {
          // the data is in place (only recording the receipt failed), or it ended already
          this.log.warn({ transfer: rec.id, state: rec.state, err }, 'transfer bookkeeping failed after it ended')
          return
        }
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
        const to =
          code === 'SUSPENDED' || code === 'NODE_STOPPING' || LOCAL_RESUMABLE.has(code) || transient || (stopped && code !== 'TERMINATED_BY_USER')
            ? 'SUSPENDED'
            : 'TERMINATED'
        moveTo(rec, to, {
          code,
          message:
            e.code === 'ENOSPC'
              ? `no space left for ${rec.dest}.part; free some and resume (verified chunks are kept)`
              : code === 'DESTINATION_UNWRITABLE'
                ? `cannot write ${rec.dest}: ${e.message}; fix it and resume`
                : e.message
        })
        if (!stopped) this.log.warn({ transfer: rec.id, code, err: e, verifiedChunks: rec.verifiedChunks }, 'transfer failed')
        // a terminated download is final: its partial data goes (it was ours; nothing else is touched)
        if (to === 'TERMINATED') await this.discardPartial(rec)
        await this.save(rec).catch(() => {})
        if (transient) this.retryLater(rec, rec.verifiedChunks > before)
      } finally {
        this.active.delete(rec.id)
        this.live.delete(rec.id)
        this.side.waiters.notify(rec.id, rec)
      }
    })
    return structuredClone(rec)
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
    const delay = backoffDelay(attempt, { initialMs: this.init.retryBaseMs, maxMs: this.init.retryMaxMs })
    const timer = setTimeout(() => {
      void (async () => {
        const cur = await this.get(r.id)
        // the operator may have resumed, terminated or suspended it meanwhile
        if (!this.running || cur === undefined || cur.state !== 'SUSPENDED' || !TRANSIENT.has(cur.error?.code ?? '') || this.active.has(r.id)) return
        this.log.info({ transfer: r.id, attempt, verifiedChunks: cur.verifiedChunks }, 'retrying transfer')
        await this.resume(r.id)
      })().catch((err: Error) => {
        this.log.warn({ transfer: r.id, err }, 'transfer retry failed')
      })
    }, delay)
    timer.unref()
    this.retries.set(r.id, { attempt, timer })
  }

  /** Stop a download (its retries too); it ends as `reason.code` says. Waits until it has stopped. */
  async halt(id: string, reason: TransferError): Promise<void> {
    clearTimeout(this.retries.get(id)?.timer)
    this.retries.delete(id)
    this.active.get(id)?.abort(reason)
    await this.locks.run(`transfer:${id}`, async () => {})
  }

  async resume(id: string): Promise<TransferRecord> {
    const r = await this.get(id)
    if (r === undefined || r.role !== 'consumer') throw new TransferError('TRANSFER_NOT_FOUND', `no download ${id}`)
    // already running (an automatic retry got there first): nothing to do
    if (this.active.has(id) && (r.state === 'REQUESTED' || r.state === 'STARTED')) return r
    // TERMINATED is final, as in DSP (a new fetch starts a new transfer)
    if (r.state === 'TERMINATED')
      throw new TransferError(
        'INVALID_TRANSITION',
        `transfer ${id} is TERMINATED${r.error === undefined ? '' : ` (${r.error.code})`} and cannot be resumed; fetch the agreement again to start a new transfer`
      )
    if (r.state !== 'SUSPENDED') throw new TransferError('INVALID_TRANSITION', `transfer ${id} is ${r.state}; only a SUSPENDED transfer can be resumed`)
    clearTimeout(this.retries.get(id)?.timer)
    moveTo(r, 'REQUESTED')
    await this.save(r)
    return await this.fetch({ agreementId: r.agreementId, id })
  }

  /** Wait until a transfer is COMPLETED, TERMINATED or SUSPENDED (and no longer running here). */
  async waitFor(id: string, timeoutMs: number): Promise<TransferRecord> {
    const done = (r: TransferRecord): boolean => (r.state === 'COMPLETED' || r.state === 'TERMINATED' || r.state === 'SUSPENDED') && !this.active.has(id)
    const r = await this.get(id)
    if (r === undefined) throw new TransferError('TRANSFER_NOT_FOUND', `no transfer ${id}`)
    if (done(r)) return r
    // every save and every end of a download is announced; the record is read again at the end
    await this.side.waiters.wait(id, done, timeoutMs)
    return (await this.get(id)) ?? r
  }

  private async download(r: TransferRecord, signal: AbortSignal): Promise<void> {
    const part = `${r.dest}.part`
    if (r.partCreated === true && !(await exists(part))) {
      // the operator removed the partial data: start over
      Object.assign(r, { partCreated: false, verifiedChunks: 0, bytes: 0 })
    }
    const framed = await this.c.dataPlane.open(r.peer, { idleTimeoutMs: this.init.idleTimeoutMs, signal })
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
      // we offer to acknowledge chunks: the provider then reuses its read buffers (transfer.proto)
      await framed.write(TransferRequest, { agreementId: r.agreementId, transferId: r.id, resumeFromChunk: r.verifiedChunks, acks: true }, signal)
      const first = await framed.read(TransferFrame, signal)
      if (first === undefined) throw new TransferError('PEER_CLOSED', 'the provider closed the stream without an answer')
      if (first.termination != null) throw new RelayedError(first.termination.code || 'TERMINATED', first.termination.reason ?? '')
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
      // and only when the rest fits without taking the node store's reserve (a resume after the
      // operator freed space counts no new use)
      await this.checkSpace(r.dest, size - Math.min(size, r.verifiedChunks * chunkSize))
      fh =
        r.partCreated === true
          ? await open(part, 'r+')
          : await open(part, r.overwrite === true ? 'w+' : 'wx+').catch((err: NodeJS.ErrnoException) => {
              if (err.code === 'EEXIST')
                throw new TransferError('DESTINATION_EXISTS', `${part} exists and is not this transfer's; move it away, or fetch with overwrite`)
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
        this.side.events.emit('progress', { id: r.id, bytes: r.bytes, size, state: r.state })
        if (++pending >= this.init.checkpointEveryChunks && syncing === undefined) {
          pending = 0
          // the disk may fill from elsewhere meanwhile: looked at again with every checkpoint
          await this.checkSpace(r.dest, size - r.bytes)
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
          const got = await framed.nextList(signal)
          if (got === undefined) throw new TransferError('PEER_CLOSED', 'the provider closed the stream before the end')
          // chunks (nearly every frame) keep their pieces; the rest is decoded as a whole
          const fast = takeChunk(got)
          const frame = fast === undefined ? decodeFrame(TransferFrame, got.subarray()) : undefined
          if (frame?.termination != null) throw new RelayedError(frame.termination.code || 'TERMINATED', frame.termination.reason ?? '')
          if (frame?.completion != null) break
          if (frame?.hashes != null) {
            const run = (frame.hashes.hashes ?? []).map(h => Buffer.from(h))
            const from = frame.hashes.from ?? 0
            if (from !== next || run.length === 0 || run.some(h => h.length !== 32) || from + run.length > total)
              throw new TransferError('PROTOCOL_ERROR', `chunk hashes for ${from}..${from + run.length - 1} do not fit chunk ${next} of ${total}`)
            hashes = run
            hashesFrom = from
            continue
          }
          const chunk = fast ?? frame?.chunk
          if (chunk == null) throw new TransferError('PROTOCOL_ERROR', 'expected a chunk')
          const index = chunk.index ?? 0
          // a chunk sent in very many small pieces is joined (one hash update and write buffer a piece)
          const data =
            chunk.data instanceof Uint8ArrayList && fewPieces(chunk.data) ? chunk.data : new Uint8ArrayList(chunk.data?.subarray() ?? new Uint8Array())
          if (index !== next) throw new TransferError('PROTOCOL_ERROR', `chunk ${index} arrived where ${next} was expected`)
          const expectedLen = Math.min(chunkSize, size - index * chunkSize)
          const expected = hashes[index - hashesFrom]
          if (expected === undefined) throw new TransferError('PROTOCOL_ERROR', `chunk ${index} arrived before its hash`)
          if (data.byteLength !== expectedLen || !sha256Of(data).equals(expected)) {
            // never written: the .part file holds verified bytes only
            this.c.metrics.transferRefusals.inc({ code: 'CHUNK_CORRUPT' })
            throw new TransferError('CHUNK_CORRUPT', `chunk ${index} does not match its SHA-256; the transfer can be resumed from there`)
          }
          // the provider may read the next chunk into this one's buffer now
          if (start.acks === true) await framed.write(ChunkAck, { index }, signal)
          const done = writeAll(file, [...data], index * chunkSize)
          // a failed write (ENOSPC) is reported when its turn comes in settle(); until then it
          // must not count as an unhandled rejection
          done.catch(() => {})
          writes.push({ done, length: data.byteLength })
          if (whole !== undefined) for (const piece of data) whole.update(piece)
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
      // an existing destination is never replaced unless the operator asked for it; a failure
      // here keeps the verified `.part`: resume finishes the job
      await placeVerified(r, part, whole?.digest('hex'))
      moveTo(r, 'COMPLETED')
      r.completedAt = this.c.clock.now()
      await this.save(r)
      this.log.info({ transfer: r.id, dest: r.dest, bytes: r.size }, 'transfer completed and verified')
      await this.giveReceipt(framed, r)
      await framed.close().catch(() => {})
      clean = true
    } finally {
      signal.removeEventListener('abort', onAbort)
      // every way out that is not the clean end resets the stream: a stream left open would
      // hold one of the provider's per-peer transfer slots until its idle timeout
      if (!clean) framed.abort(new TransferError('TRANSFER_FAILED', 'the consumer gave up on this stream'))
      // a background checkpoint must land before the caller records the final state, and so must
      // the chunks verified since: the caller saves their count (should this sync fail, the
      // whole-file check a resume ends with still catches what did not land)
      await syncing?.catch(() => {})
      if (!clean) await fh?.datasync().catch(() => {})
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
      this.log.warn({ transfer: r.id, err }, 'receipt exchange failed')
    }
    await this.save(r)
  }

  private destination(provider: string, datasetId: string, dest: string | undefined): string {
    return destinationOf({ receiveDir: this.init.receiveDir, dataDir: this.init.dataDir }, provider, datasetId, dest)
  }

  /** Consumer: refuse a destination that exists (unless overwrite) or that another download is filling. */
  private async checkDestination(dest: string, overwrite: boolean, id: string): Promise<void> {
    const holder = this.destinations.get(dest)
    if (holder !== undefined) throw new TransferError('DESTINATION_BUSY', `transfer ${holder} is writing to ${dest}; wait for it, or terminate it first`)
    // reserved before the checks below wait, so two fetches to one path cannot both pass
    this.destinations.set(dest, id)
    try {
      if (overwrite) return
      if (await exists(dest))
        throw new TransferError('DESTINATION_EXISTS', `${dest} exists; choose another destination, or ask to overwrite it (hanse fetch --force)`)
      if (await exists(`${dest}.part`))
        throw new TransferError('DESTINATION_EXISTS', `${dest}.part exists and is not this node's; move it away or choose another destination`)
    } catch (err) {
      this.destinations.delete(dest)
      throw err
    }
  }

  /** Consumer: remove the partial data of a download that ended for good (only what it created). */
  async discardPartial(r: TransferRecord): Promise<void> {
    if (r.role !== 'consumer') return
    if (r.partCreated === true) await rm(`${r.dest}.part`, { force: true }).catch(() => {})
    await rm(`${r.dest}.partdir-${tagOf(r.id)}`, { recursive: true, force: true }).catch(() => {})
    r.partCreated = false
  }
}

/**
 * Where a download goes: by default `<receiveDir>/<provider>/<dataset>` from values this node
 * controls; a given path is absolute (the CLI resolves it) or relative to the receive dir, and
 * never the data dir, inside it (but for the receive dir) or above it. Both bindings use it.
 */
export function destinationOf(init: { receiveDir: string; dataDir?: string }, provider: string, datasetId: string, dest: string | undefined): string {
  const receive = resolve(init.receiveDir)
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
  const dataDir = init.dataDir === undefined ? undefined : resolve(init.dataDir)
  const forbidden =
    abs === receive || abs === resolve('/') || (dataDir !== undefined && (isInside(abs, dataDir) || (isInside(dataDir, abs) && !isInside(receive, abs))))
  if (forbidden)
    throw new TransferError(
      'DESTINATION_FORBIDDEN',
      `${abs} is the node's data dir, inside it, or above it; choose a path in ${receive} or outside the data dir`
    )
  return abs
}

function fewPieces(list: Uint8ArrayList): boolean {
  let n = 0
  for (const _ of list) if (++n > MAX_PIECES) return false
  return true
}

function sha256Of(data: Uint8ArrayList): Buffer {
  const h = createHash('sha256')
  for (const piece of data) h.update(piece)
  return h.digest()
}
