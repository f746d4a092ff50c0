import type { Clock } from '../clock/index.ts'
import { HanseError } from '../errors/index.ts'
import type { UsageLog } from '../ledger/index.ts'
import { KeyedLock, Waiters } from '../lock/index.ts'
import type { Logger } from '../logging/index.ts'
import type { Store } from '../store/index.ts'
import { canMove, type TransferState } from '../transfer/index.ts'
import type { DspClient } from './client.ts'
import { pidsOf, stopped, type DspTransferRecord } from './transfer-records.ts'
import { DspError } from './server.ts'
import { DSP_CONTEXT } from './types.ts'

export interface DspTransferProcessesComponents {
  store: Store
  client: DspClient
  clock: Clock
  logger: Logger
  ledger?: UsageLog
}

/** The key under which a provider finds its process for a consumer's consumerPid (a repeated request is the same process). */
export function consumerIndex(participant: string, consumerPid: string): string {
  return `t:${participant}:${consumerPid}`
}

/**
 * The stored DSP transfer processes of both roles: reads, waits, the state changes (each written
 * with its `transfer.state` ledger entry in one synced batch, as over libp2p), the messages to
 * the counterparty, and one lock per process that every change of it takes. The provider and
 * consumer sides (transfer-provider.ts, transfer-consumer.ts) build on it.
 */
export class DspTransferProcesses {
  readonly locks = new KeyedLock()
  private readonly c: DspTransferProcessesComponents
  private readonly waiters = new Waiters<DspTransferRecord>()
  private readonly stopping = new AbortController()
  private readonly moveListeners: Array<(r: DspTransferRecord) => void> = []

  constructor(components: DspTransferProcessesComponents) {
    this.c = components
  }

  private get records() {
    return this.c.store.sublevel<DspTransferRecord>('dsptransfers')
  }

  async get(id: string): Promise<DspTransferRecord | undefined> {
    return await this.records.get(id)
  }

  /**
   * A process with `participant` by its consumerPid: a provider's through the index its request
   * wrote, a consumer's by its id (which is its consumerPid).
   */
  async byConsumerPid(participant: string, consumerPid: string): Promise<DspTransferRecord | undefined> {
    if (consumerPid === '') return undefined
    const indexed = await this.c.store.sublevel<string>('dspaddresses').get(consumerIndex(participant, consumerPid))
    for (const id of indexed === undefined ? [consumerPid] : [indexed, consumerPid]) {
      const r = await this.get(id)
      if (r !== undefined && r.peer === participant && r.consumerPid === consumerPid) return r
    }
    return undefined
  }

  async list(): Promise<DspTransferRecord[]> {
    const out: DspTransferRecord[] = []
    for await (const v of this.records.values()) out.push(v)
    return out.sort((a, b) => b.createdAt - a.createdAt)
  }

  /**
   * Wait until a transfer is final or waits for its operator (or what `until` says; or
   * `timeoutMs` passes, or `signal` aborts); returns it as it is then.
   */
  async waitFor(id: string, timeoutMs: number, until: (r: DspTransferRecord) => boolean = stopped, signal?: AbortSignal): Promise<DspTransferRecord> {
    // listen first, then look: a change in between is not missed
    const ctl = new AbortController()
    const waiting = this.waiters.wait(id, until, timeoutMs, AbortSignal.any([ctl.signal, this.stopping.signal, ...(signal === undefined ? [] : [signal])]))
    const now = await this.get(id)
    if (now === undefined || until(now)) {
      ctl.abort()
      if (now === undefined) throw new HanseError('TRANSFER_NOT_FOUND', `no DSP transfer ${id}`)
      return now
    }
    return (await waiting) ?? ((await this.get(id)) as DspTransferRecord)
  }

  /** Callers waiting for a transfer get it as it is now. */
  stop(): void {
    this.stopping.abort()
  }

  /** Be told of every state change once it is on disk. */
  onMove(listener: (r: DspTransferRecord) => void): void {
    this.moveListeners.push(listener)
  }

  /** A state change and its ledger entry, in one synced batch (the caller holds the process's lock). */
  async move(r: DspTransferRecord, to: TransferState, error?: { code: string; message: string }, index?: string): Promise<void> {
    // DSP resumes a suspended process with a start message (hanse's own transfers go through REQUESTED)
    const resumed = r.role === 'consumer' && r.state === 'SUSPENDED' && to === 'STARTED'
    if (!resumed && !canMove(r.state, to)) throw new DspError('INVALID_TRANSITION', `transfer ${r.id} cannot go from ${r.state} to ${to}`, pidsOf(r), 400)
    const from = r.loggedState ?? null
    r.state = to
    if (error !== undefined) r.error = error
    const ledger = this.c.ledger
    await this.c.store.commit(b => {
      if (ledger !== undefined)
        ledger.stage(b, {
          peer: r.peer,
          agreementId: r.agreementId,
          // one id on both sides (the consumer's pid, which both know), so audits match them
          transferId: r.consumerPid,
          type: 'transfer.state',
          payload: { role: r.role, from, state: to, dataset: r.datasetId, bytes: r.bytes, binding: 'dsp', error: r.error }
        })
      r.loggedState = to
      b.put(r.id, r, { sublevel: this.records })
      if (index !== undefined) b.put(index, r.id, { sublevel: this.c.store.sublevel<string>('dspaddresses') })
    })
    this.waiters.notify(r.id, r)
    for (const l of this.moveListeners) l(r)
  }

  /** Write a record whose state did not change (a pid learnt from the counterparty). */
  async save(r: DspTransferRecord): Promise<void> {
    await this.c.store.commit(b => b.put(r.id, r, { sublevel: this.records }))
  }

  /**
   * A process of this node's `role` side (either, when undefined) as `participant` may see it,
   * else TRANSFER_NOT_FOUND (another's is as absent).
   */
  async visible(pid: string, role: 'provider' | 'consumer' | undefined, participant: string): Promise<DspTransferRecord> {
    const r = await this.get(pid)
    if (r === undefined || (role !== undefined && r.role !== role) || r.peer !== participant)
      throw new DspError('TRANSFER_NOT_FOUND', `no transfer ${pid.slice(0, 128)}`, {}, 404)
    return r
  }

  /** Send a message to the counterparty (provider: the consumer's callback; consumer: the provider's base). */
  async tell(r: DspTransferRecord, what: string, body: Record<string, unknown>): Promise<boolean> {
    const pid = r.role === 'provider' ? r.consumerPid : r.providerPid
    const url = `${r.address}/transfers/${encodeURIComponent(pid)}/${what}`
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const res = await this.c.client.request(
          'POST',
          url,
          { '@context': [DSP_CONTEXT], consumerPid: r.consumerPid, providerPid: r.providerPid, ...body },
          r.peer,
          // a provider writes to the callback address its consumer named
          { counterpartyNamed: r.role === 'provider' }
        )
        if (res.status < 300) return true
        this.c.logger.info({ transfer: r.id, url, status: res.status }, 'DSP transfer message refused')
        return false
      } catch (err) {
        if ((err as { code?: string }).code === 'DSP_ADDRESS_FORBIDDEN') {
          // an address this node does not send to (dsp.destinations) stays one
          this.c.logger.warn({ err, transfer: r.id }, 'DSP transfer message not sent: the counterparty named an address this node does not send to')
          return false
        }
        this.c.logger.debug({ err, transfer: r.id, url }, 'DSP transfer message not delivered; retrying')
        await new Promise(resolve => setTimeout(resolve, 200 * 2 ** attempt))
      }
    }
    return false
  }

  /** The termination message for a process that ended TERMINATED here. */
  async tellTerminated(r: DspTransferRecord, fallbackReason: string): Promise<boolean> {
    return await this.tell(r, 'termination', {
      '@type': 'TransferTerminationMessage',
      code: r.error?.code ?? 'TERMINATED',
      reason: [r.error?.message ?? fallbackReason]
    })
  }
}
