import type { ErrorCode } from '../errors/index.ts'
import { EventEmitter } from 'node:events'
import { peerIdFromString } from '@libp2p/peer-id'
import { KeyedLock, Waiters } from '../lock/index.ts'
import type { Logger } from '../logging/index.ts'
import { TransferConsumer } from './consumer.ts'
import { TransferProvider } from './provider.ts'
import { moveTo, TRANSIENT, TransferError, transferDefaults, type Progress, type TransferInit, type TransferRecord } from './records.ts'
import { TransferRepository } from './repository.ts'
import type { TransferComponents, TransferSide } from './side.ts'

/**
 * Pull transfers (DSP transfer process, pull): the provider checks the agreement and its policy
 * before the first byte and again while streaming; the consumer verifies every chunk, resumes
 * from the last verified one, checks the whole SHA-256 and moves it into place atomically.
 *
 * This class wires the parts and is the operator API: `TransferProvider` and `TransferConsumer`
 * (the two sides), `TransferRepository` (records and their ledger entries), the transition
 * table in `records.ts`, and a `TransferDataPlane` (a libp2p stream per transfer today).
 */
export class TransferService extends EventEmitter<{ progress: [Progress]; state: [TransferRecord] }> {
  private readonly c: TransferComponents
  private readonly init: TransferInit
  private readonly log: Logger
  private readonly side: TransferSide
  private readonly repository: TransferRepository
  private readonly provider: TransferProvider
  private readonly consumer: TransferConsumer
  private running = false

  constructor(components: TransferComponents, init: Partial<TransferInit> & { receiveDir: string }) {
    super()
    this.c = components
    this.init = { ...transferDefaults, ...init }
    this.log = components.logger
    const waiters = new Waiters<TransferRecord>()
    this.repository = new TransferRepository({
      store: components.store,
      clock: components.clock,
      ledger: components.ledger,
      saved: r => {
        this.consumer.saved(r)
        this.emit('state', structuredClone(r))
        waiters.notify(r.id, r)
      }
    })
    this.side = {
      c: components,
      init: this.init,
      log: this.log,
      locks: new KeyedLock(),
      live: new Map(),
      repository: this.repository,
      events: this,
      waiters,
      running: () => this.running
    }
    this.provider = new TransferProvider(this.side)
    this.consumer = new TransferConsumer(this.side)
  }

  async start(): Promise<void> {
    if (this.running) return
    this.running = true
    await this.c.dataPlane.serve(
      async (framed, peer) => {
        await this.provider.serve(framed, peerIdFromString(peer))
      },
      { maxStreamsPerPeer: this.init.maxStreamsPerPeer, idleTimeoutMs: this.init.idleTimeoutMs }
    )
    // downloads cut short by a stop or a crash continue from their last verified chunk; on the
    // provider side, a transfer that was being sent is waiting for its consumer to come back
    for (const r of await this.list()) {
      this.consumer.claim(r)
      if (r.role === 'provider' && (r.state === 'STARTED' || (r.state === 'SUSPENDED' && r.error?.code === 'CONSUMER_GONE'))) {
        await this.provider.consumerGone(r, 'the node stopped while sending it')
        continue
      }
      if (r.role !== 'consumer') continue
      const interrupted =
        r.state === 'REQUESTED' ||
        r.state === 'STARTED' ||
        (r.state === 'SUSPENDED' && (r.error?.code === 'NODE_STOPPING' || TRANSIENT.has(r.error?.code ?? '')))
      if (!interrupted) continue
      this.log.info({ transfer: r.id, verifiedChunks: r.verifiedChunks }, 'resuming interrupted transfer')
      moveTo(r, 'REQUESTED')
      await this.repository.save(r)
      await this.consumer.fetch({ agreementId: r.agreementId, id: r.id })
    }
  }

  /** Let go of the buffers kept for the next transfers (a quiet node, src/memory); returns their bytes. */
  releaseIdle(): number {
    return this.provider.releaseIdle()
  }

  async stop(): Promise<void> {
    if (!this.running) return
    this.running = false
    await this.c.dataPlane.stop()
    // running downloads stop cleanly and stay resumable
    this.consumer.stop()
    await this.side.locks.idle()
    await this.provider.stop()
  }

  async get(id: string): Promise<TransferRecord | undefined> {
    return await this.repository.get(id)
  }

  async list(): Promise<TransferRecord[]> {
    return await this.repository.list()
  }

  /**
   * Whether this node has a transfer with `peer` under `agreementId` that both sides know as
   * `transferId` (the consumer's id): what a checkpoint exchange must name to be recorded.
   */
  async shared(peer: string, agreementId: string, transferId: string): Promise<boolean> {
    if (transferId === '' || transferId.includes('@')) return false
    // the provider keeps the consumer's id with the consumer's peer id; the consumer its own id
    for (const id of [`${transferId}@${peer}`, transferId]) {
      const r = await this.repository.get(id)
      if (r !== undefined && r.peer === peer && r.agreementId === agreementId) return true
    }
    return false
  }

  /** Start (or, with the id of an unfinished one, resume) fetching an agreement's dataset. */
  async fetch(opts: { agreementId: string; dest?: string; id?: string; overwrite?: boolean }): Promise<TransferRecord> {
    return await this.consumer.fetch(opts)
  }

  /** Resume a SUSPENDED download from its last verified chunk. */
  async resume(id: string): Promise<TransferRecord> {
    return await this.consumer.resume(id)
  }

  /** Wait until a transfer is COMPLETED, TERMINATED or SUSPENDED. */
  async waitFor(id: string, timeoutMs: number): Promise<TransferRecord> {
    return await this.consumer.waitFor(id, timeoutMs)
  }

  /** Stop a running transfer, either side; it stays resumable (SUSPENDED). */
  async suspend(id: string): Promise<TransferRecord> {
    const r = await this.halt(id, new TransferError('SUSPENDED', 'suspended by the operator'))
    if (r.role === 'consumer' && r.state === 'SUSPENDED' && r.error?.code !== 'SUSPENDED') {
      // it was waiting for a retry: now it waits for the operator
      r.error = { code: 'SUSPENDED', message: 'suspended by the operator' }
      await this.repository.save(r)
    }
    return r
  }

  /** End a transfer, either side; a terminated download is not resumed. */
  async terminate(id: string): Promise<TransferRecord> {
    const r = await this.halt(id, new TransferError('TERMINATED_BY_USER', 'terminated by the operator'))
    if (r.role === 'consumer' && r.state !== 'COMPLETED' && r.state !== 'TERMINATED') {
      moveTo(r, 'TERMINATED', { code: 'TERMINATED_BY_USER', message: 'terminated by the operator' })
      await this.consumer.discardPartial(r)
      await this.repository.save(r)
    }
    return r
  }

  /** Provider: end every transfer being sent to this peer now (it lost its membership). */
  async endPeer(peer: string, code: ErrorCode, message: string): Promise<number> {
    return await this.provider.endPeer(peer, code, message)
  }

  /** Transfers running now with their average rate since they started (metrics). */
  activeTransfers(): Array<{ role: string; bytesPerSecond: number }> {
    const now = this.c.clock.now()
    return [...this.side.live.values()].map(r => {
      const secs = r.startedAt === undefined ? 0 : (now - r.startedAt) / 1000
      return { role: r.role, bytesPerSecond: secs > 0 ? r.bytes / secs : 0 }
    })
  }

  private async halt(id: string, reason: TransferError): Promise<TransferRecord> {
    const r = await this.repository.get(id)
    if (r === undefined) throw new TransferError('TRANSFER_NOT_FOUND', `no transfer ${id}`)
    if (r.role === 'consumer') await this.consumer.halt(id, reason)
    else if (this.provider.isServing(id)) await this.provider.halt(id, reason)
    else throw new TransferError('INVALID_TRANSITION', `transfer ${id} is not being sent (${r.state})`)
    return (await this.repository.get(id)) ?? r
  }
}
