import type { ErrorCode } from '../errors/index.ts'
import type { PeerId } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { verifyPeerSignature } from '../identity/index.ts'
import { Throttle } from '../logging/index.ts'
import { evaluatePolicy } from '../policy/index.ts'
import { decodeAgreement } from '../negotiation/index.ts'
import { hanse, isToken, shown, type FramedStream } from '../wire/index.ts'
import { chunkCount, chunkFrame, DatasetChangedError, readChunks, segments } from './chunks.ts'
import { moveTo, TransferError, wireTransferId, type HashRuns, type TransferRecord, type Usage } from './records.ts'
import { DELIVERY_PREFIX, RECEIPT_PREFIX, SideBase, withPrefix } from './side.ts'
import { chunkHashRuns } from './hashes.ts'
import { AckedBuffers, BufferPool, ringSlots } from './ring.ts'
import { admitUse } from './usage.ts'

const { TransferRequest, TransferFrame, Receipt, ReceiptBody } = hanse.v1

/** One transfer being sent: its stream, record, policy and where it starts. */
interface Sending {
  framed: FramedStream
  rec: TransferRecord
  policy: Parameters<typeof evaluatePolicy>[0]
  /** The policy context now (time, uses so far, member facts). */
  context: () => Parameters<typeof evaluatePolicy>[2]
  segs: ReturnType<typeof segments>
  first: number
  hashRun: HashRuns
  signal: AbortSignal
  /** The consumer acknowledges every chunk (both sides said so): read into a ring of buffers. */
  acks: boolean
}

/**
 * The provider side of a transfer: admission (agreement, membership, policy, the use counted
 * before the first byte), streaming with policy re-checks, the receipt, and the records of
 * transfers whose consumer went away (ended as ABANDONED unless resumed in time).
 */
export class TransferProvider extends SideBase {
  /** Transfers being served, by record id: how the operator stops one, and when it has stopped. */
  private readonly serving = new Map<string, { ctl: AbortController; done: Promise<void> }>()
  /** Refusals are written (and logged) once per peer, code and second, with the count of the rest. */
  private readonly refusals = new Throttle({ windowMs: 1_000 })
  /** Transfers whose consumer went away, by record id, with when (see abandonAfterMs). */
  private readonly gone = new Map<string, number>()
  private sweeper: NodeJS.Timeout | undefined
  /** Read buffers that finished transfers' rings leave for the next (ring.ts). */
  private readonly buffers = new BufferPool(this.init.sendBufferBytes)

  /** The node is quiet: the idle read buffers go (see src/memory); returns their bytes. */
  releaseIdle(): number {
    return this.buffers.clear()
  }

  async stop(): Promise<void> {
    clearInterval(this.sweeper)
    this.sweeper = undefined
    // refusals counted but not yet written: one summary entry per peer and code
    for (const [key, suppressed] of this.refusals.drain()) {
      const [peer, code] = key.split('\n')
      await this.c.ledger?.append({ type: 'transfer.refused', peer, payload: { scope: 'transfer', code, suppressed, summary: true } }).catch(() => {})
    }
  }

  /** Stop sending a transfer (SUSPENDED or TERMINATED, by `reason.code`); waits until it has stopped. */
  async halt(id: string, reason: TransferError): Promise<void> {
    const serving = this.serving.get(id)
    if (serving === undefined) throw new TransferError('INVALID_TRANSITION', `transfer ${id} is not being sent`)
    serving.ctl.abort(reason)
    await Promise.race([serving.done, new Promise(resolve => setTimeout(resolve, 10_000).unref())])
  }

  isServing(id: string): boolean {
    return this.serving.has(id)
  }

  async serve(framed: FramedStream, peer: PeerId): Promise<void> {
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

    // decide, and count the use before the first byte (see admitUse)
    const ctx = (u: Usage): Parameters<typeof evaluatePolicy>[2] => ({
      now: this.c.clock.now(),
      peer: peer.toString(),
      purposes: view.purposes,
      agreedAt: agreement.timestamp,
      count: u.count,
      volume: u.volume,
      member: this.c.members?.(peer)
    })
    const decision = await admitUse(
      { store: this.c.store, locks: this.locks },
      { agreementId: agreement.agreementId, transferId: req.transferId, byteSize: dataset.byteSize, policy: view.policy, count: true, context: ctx }
    )
    if (!decision.allowed) return await refuse('POLICY_DENIED', decision.reasons.join('; '))

    const segs = segments(dataset)
    let hashRun: HashRuns
    try {
      hashRun = await chunkHashRuns(
        { store: this.c.store, locks: this.locks, log: this.log },
        { datasetId: dataset.id, sha256: dataset.sha256, segs, chunkSize, run: this.init.hashRunChunks }
      )
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
    const finished = Promise.withResolvers<void>()
    this.serving.set(rec.id, { ctl, done: finished.promise })
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
          files: dataset.files.map(f => ({ path: f.path, size: f.size, sha256: f.sha256 })),
          acks: req.acks === true
        }
      })
      await this.stream({
        framed,
        rec,
        policy: view.policy,
        context: () => ctx(decision.usage),
        segs,
        first,
        hashRun,
        signal: ctl.signal,
        acks: req.acks === true
      })
    } catch (err) {
      // the consumer reset the stream or vanished mid-transfer: not final yet (it may resume)
      if (rec.state === 'STARTED') await this.consumerGone(rec, (err as Error).message).catch(() => {})
      throw err
    } finally {
      this.serving.delete(rec.id)
      this.live.delete(rec.id)
      finished.resolve()
    }
  }

  /**
   * Provider: the consumer went away mid-transfer. The record is SUSPENDED (and the ledger says
   * so); unless the consumer resumes within `abandonAfterMs`, the sweep ends it as ABANDONED.
   */
  async consumerGone(rec: TransferRecord, why: string): Promise<void> {
    moveTo(rec, 'SUSPENDED', {
      code: 'CONSUMER_GONE',
      message: `the consumer's stream ended mid-transfer (${why.slice(0, 200)}); it ends unless resumed within ${Math.round(this.init.abandonAfterMs / 1000)} s`
    })
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
        moveTo(r, 'TERMINATED', { code: 'ABANDONED', message: `the consumer did not resume within ${Math.round(this.init.abandonAfterMs / 1000)} s` })
        await this.save(r, false)
        this.log.info({ transfer: id, peer: r.peer, bytes: r.bytes }, 'transfer abandoned by its consumer')
      })
    }
    if (this.gone.size === 0) {
      clearInterval(this.sweeper)
      this.sweeper = undefined
    }
  }

  private async stream(s: Sending): Promise<void> {
    const { framed, rec } = s
    try {
      await this.sendChunks(s)
    } catch (err) {
      // a file of the dataset changed, vanished or became a link: nothing of it is sent
      if (!(err instanceof DatasetChangedError)) throw err
      this.log.warn({ transfer: rec.id, err }, 'dataset changed while it was being sent; transfer ended')
      await this.endServing(framed, rec, 'DATASET_CHANGED', err.message)
    }
  }

  private async sendChunks({ framed, rec, policy, context, segs, first, hashRun, signal, acks }: Sending): Promise<void> {
    const chunkSize = rec.chunkSize
    const peer = peerIdFromString(rec.peer)
    const transferId = wireTransferId(rec)
    const run = this.init.hashRunChunks
    // TransferStart carried the hashes up to the end of the first run
    let hashedUpTo = (Math.floor(first / run) + 1) * run
    let sinceCheck = 0
    let lastCheck = this.c.clock.now()
    // with acks, chunks are read into a ring of buffers that the consumer's acks free (ring.ts);
    // the acks are read alongside, and a wrong one or a silent consumer resets the stream
    const ring = acks ? new AckedBuffers({ slots: ringSlots(chunkSize, this.serving.size, this.init), chunkSize }, first, this.buffers) : undefined
    const reading = new AbortController()
    const acked = ring?.readAcks(framed, chunkCount(rec.size, chunkSize), reading.signal)
    acked?.catch((err: Error) => {
      if (reading.signal.aborted) return
      // (a consumer that went away ends its acks too: only a wrong ack is worth a warning)
      const wrong = err instanceof TransferError && err.code === 'PROTOCOL_ERROR'
      this.log[wrong ? 'warn' : 'debug']({ transfer: rec.id, peer: rec.peer, err }, 'chunk acknowledgements ended; stream reset')
      framed.abort(err)
    })
    const take = ring !== undefined ? (index: number) => ring.take(index, signal) : undefined
    let completed = false
    try {
      for await (const { index, data } of readChunks(segs, chunkSize, first, take)) {
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
            moveTo(rec, 'TERMINATED', { code: 'POLICY_DENIED', message: d.reasons.join('; ') })
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
        const frame = chunkFrame(index, data)
        // (before sending: the ack can arrive before the send returns)
        ring?.sent(index, framed.givenBytes + frame.byteLength)
        await framed.sendPrefixed(frame, signal)
        sinceCheck += data.length
        rec.bytes += data.length
        this.c.metrics.bytesSent.inc(data.length)
      }
      completed = true
    } catch (err) {
      // (a wrong ack resets the stream: the send then fails, and the ack is the reason)
      if (!signal.aborted) throw ring?.error ?? err
      // stopped while the consumer was not reading (or not acknowledging): there is no room for
      // a termination message, so the stream is reset instead
      const reason = signal.reason as TransferError
      moveTo(rec, reason.code === 'SUSPENDED' ? 'SUSPENDED' : 'TERMINATED', { code: reason.code, message: reason.message })
      await this.save(rec, false)
      framed.abort(reason)
      return
    } finally {
      if (!completed) {
        reading.abort()
        ring?.release()
      }
    }
    await framed.write(TransferFrame, { completion: { bytesSent: rec.bytes - first * chunkSize } })
    moveTo(rec, 'COMPLETED')
    rec.completedAt = this.c.clock.now()
    await this.save(rec, false)
    this.log.info({ transfer: rec.id, peer: rec.peer, dataset: rec.datasetId, bytes: rec.size }, 'transfer sent')
    // the receipt follows the ack of the last chunk
    await acked
    ring?.release()
    await this.takeReceipt(framed, peer, transferId, rec)
  }

  /** Provider: stop sending (SUSPENDED stays resumable, anything else ends it) and say why. */
  private async endServing(framed: FramedStream, rec: TransferRecord, code: ErrorCode, message: string): Promise<void> {
    moveTo(rec, code === 'SUSPENDED' ? 'SUSPENDED' : 'TERMINATED', { code, message })
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
  async endPeer(peer: string, code: ErrorCode, message: string): Promise<number> {
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
}
