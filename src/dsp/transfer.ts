import type { DatasetInfo } from '../catalog/index.ts'
import type { Clock } from '../clock/index.ts'
import { HanseError } from '../errors/index.ts'
import type { UsageLog } from '../ledger/index.ts'
import type { Logger } from '../logging/index.ts'
import type { AgreementRecord } from '../negotiation/index.ts'
import type { MemberFacts } from '../policy/index.ts'
import type { Store } from '../store/index.ts'
import type { DestinationGuard } from './destinations.ts'
import type { DspClient } from './client.ts'
import { DspTransferConsumer } from './transfer-consumer.ts'
import { DspTransferProcesses } from './transfer-processes.ts'
import { DspTransferProvider } from './transfer-provider.ts'
import { FINAL, pidsOf, reasonOf, type DspTransferRecord, type TransferMessageType } from './transfer-records.ts'
import { DspError } from './server.ts'

/*
 * The transfer process over DSP's HTTPS binding, both roles, with hanse's HTTP data plane for
 * `HttpData-PULL`: the provider's start message carries a data address (an URL on this node's
 * DSP listener and a bearer token bound to the transfer); the consumer GETs the data with
 * `Range`, so a cut download resumes where it stopped. The provider counts the use against the
 * agreement's policy before the start message goes out (the usage record libp2p transfers share)
 * and re-checks the policy on every GET. Each state change is written with its
 * `transfer.state` ledger entry in one synced batch, as over libp2p. This is the binding's
 * contract; the stored processes, the provider's and the consumer's sides are in
 * transfer-processes.ts, transfer-provider.ts and transfer-consumer.ts.
 * https://eclipse-dataspace-protocol-base.github.io/DataspaceProtocol/2025-1/#transfer-process-protocol
 */

export interface DspTransferComponents {
  store: Store
  client: DspClient
  clock: Clock
  logger: Logger
  ledger?: UsageLog
  agreement: (id: string) => Promise<AgreementRecord | undefined>
  dataset: (id: string) => DatasetInfo | undefined
  /** Extra trusted CA certificates (PEM) for providers on a private PKI (identity.ca). */
  ca?: string
  /** What a counterparty's verified membership says (DCP), for member.* and spatial constraints. */
  members?: (participantId: string) => MemberFacts | undefined
  providerBase: (participantId: string) => Promise<string | undefined>
  /** This node's DSP base URL (known once the listener runs). */
  baseUrl: () => string
  /** Where downloads go when no destination is given. */
  receiveDir: string
  /** The node's data dir: no download goes into it (but for the receive dir) or above it. */
  dataDir: string
  /** After a completed download: swap signed ledger checkpoints with the provider (hanse nodes). */
  exchange?: (peer: string, info: { agreementId: string; transferId: string }) => Promise<void>
  /** Throws DISK_FULL when a download would eat into the node store's disk reserve (transfer/space.ts). */
  space?: (dest: string, need: number) => Promise<void>
  /** Checks the data address a provider names before this node connects there (destinations.ts). */
  destinations?: DestinationGuard
}

export class DspTransfers {
  private readonly processes: DspTransferProcesses
  private readonly provider: DspTransferProvider
  private readonly consumer: DspTransferConsumer

  constructor(components: DspTransferComponents) {
    const c = components
    this.processes = new DspTransferProcesses({ store: c.store, client: c.client, clock: c.clock, logger: c.logger, ledger: c.ledger })
    const processes = this.processes
    this.provider = new DspTransferProvider({
      processes,
      store: c.store,
      clock: c.clock,
      agreement: c.agreement,
      dataset: c.dataset,
      members: c.members,
      baseUrl: c.baseUrl,
      destinations: c.destinations
    })
    this.consumer = new DspTransferConsumer({
      processes,
      client: c.client,
      clock: c.clock,
      logger: c.logger,
      agreement: c.agreement,
      providerBase: c.providerBase,
      baseUrl: c.baseUrl,
      ca: c.ca,
      receiveDir: c.receiveDir,
      dataDir: c.dataDir,
      exchange: c.exchange,
      space: c.space,
      destinations: c.destinations
    })
  }

  async get(id: string): Promise<DspTransferRecord | undefined> {
    return await this.processes.get(id)
  }

  async list(): Promise<DspTransferRecord[]> {
    return await this.processes.list()
  }

  /** Whether a transfer process with `participant` under `agreementId` has this consumerPid (see TransferService.shared). */
  async shared(participant: string, agreementId: string, consumerPid: string): Promise<boolean> {
    const r = await this.processes.byConsumerPid(participant, consumerPid)
    return r !== undefined && r.agreementId === agreementId
  }

  /** Wait until a transfer is final or waits for its operator, or `until` holds (see DspTransferProcesses.waitFor). */
  async waitFor(id: string, timeoutMs: number, until?: (r: DspTransferRecord) => boolean, signal?: AbortSignal): Promise<DspTransferRecord> {
    return await this.processes.waitFor(id, timeoutMs, until, signal)
  }

  /**
   * After a restart, take up what was under way: a provider's admitted-but-unstarted transfer is
   * admitted (a use already counted is not counted again), a consumer's started download resumes
   * from its .part files. Called once the listener runs (the start message needs its URL).
   */
  async start(): Promise<void> {
    for (const r of await this.processes.list()) {
      this.provider.resume(r)
      this.consumer.resume(r)
    }
  }

  stop(): void {
    this.processes.stop()
    this.consumer.stop()
  }

  /* ---------------- provider ---------------- */

  /** Provider: a TransferRequestMessage from `who` (201 with the process; admission follows). */
  async requested(who: string, body: Record<string, unknown>): Promise<DspTransferRecord> {
    return await this.provider.requested(who, body)
  }

  /** Provider: a data response under way for transfer `id`, closed if the process leaves STARTED. */
  serve(id: string, res: { destroy: (err?: Error) => void; once: (event: 'close', fn: () => void) => unknown }): void {
    this.provider.serve(id, res)
  }

  /** Provider: the data plane's check of a GET: the token, the state, the policy now. */
  async authorizeData(id: string, header: string | undefined): Promise<{ record: DspTransferRecord; dataset: DatasetInfo }> {
    return await this.provider.authorizeData(id, header)
  }

  /** Provider: end every open transfer of `participant` (membership revoked or expired); returns how many. */
  async endFor(participant: string, error: { code: string; message: string }): Promise<number> {
    return await this.provider.endFor(participant, error)
  }

  /* ---------------- consumer ---------------- */

  /** Fetch the dataset of an agreement made over DSP. Returns the record (REQUESTED). */
  async fetch(agreementId: string, dest?: string): Promise<DspTransferRecord> {
    return await this.consumer.fetch(agreementId, dest)
  }

  /** Go on with a download this node suspended (DISK_FULL): see DspTransferConsumer.restart. */
  async resume(id: string): Promise<DspTransferRecord> {
    return await this.consumer.restart(id)
  }

  /* ---------------- routes ---------------- */

  /**
   * A process of this node's `role` side (either, when undefined) as `participant` may see it,
   * else TRANSFER_NOT_FOUND (another's is as absent).
   */
  async visible(pid: string, role: 'provider' | 'consumer' | undefined, participant: string): Promise<DspTransferRecord> {
    return await this.processes.visible(pid, role, participant)
  }

  /**
   * A start, completion, suspension or termination message from the counterparty, for the
   * process `pid` on this node's `role` side: checked against the process and its state, applied,
   * and (a start) followed by admission (provider) or the download (consumer).
   */
  async received(
    type: TransferMessageType,
    role: 'provider' | 'consumer',
    participant: string,
    pid: string,
    body: Record<string, unknown>
  ): Promise<DspTransferRecord> {
    const p = this.processes
    const found = await p.visible(pid, role, participant)
    // the provider's start may overtake the answer to our request (which names its pid)
    const providerPidKnown = found.providerPid !== ''
    if (body.consumerPid !== found.consumerPid || (providerPidKnown && body.providerPid !== found.providerPid))
      throw new DspError('DSP_INVALID_MESSAGE', 'consumerPid and providerPid must be those of this transfer', pidsOf(found))
    let resume = false
    await p.locks.run(found.id, async () => {
      const r = (await p.get(found.id)) as DspTransferRecord
      if (r.providerPid === '' && typeof body.providerPid === 'string') r.providerPid = body.providerPid.slice(0, 256)
      const error = { code: typeof body.code === 'string' ? body.code.slice(0, 64) : 'TERMINATED', message: reasonOf(body) }
      switch (type) {
        case 'TransferStartMessage':
          if (role === 'provider') await this.provider.restarted(r)
          else await this.consumer.started(r, body)
          resume = true
          break
        case 'TransferCompletionMessage':
          if (r.state !== 'STARTED') throw new DspError('INVALID_TRANSITION', `transfer is ${r.state}, not STARTED`, pidsOf(r), 400)
          await p.move(r, 'COMPLETED')
          break
        case 'TransferSuspensionMessage':
          // DSP's state machine: only a STARTED process is suspended
          if (r.state !== 'STARTED') throw new DspError('INVALID_TRANSITION', `transfer is ${r.state}, not STARTED`, pidsOf(r), 400)
          this.consumer.abort(r.id, new HanseError('SUSPENDED', 'suspended by the counterparty'))
          await p.move(r, 'SUSPENDED', error)
          break
        case 'TransferTerminationMessage':
          if (FINAL.has(r.state)) throw new DspError('INVALID_TRANSITION', `transfer is ${r.state}`, pidsOf(r), 400)
          this.consumer.abort(r.id, new HanseError('TRANSFER_FAILED', 'terminated by the counterparty'))
          await p.move(r, 'TERMINATED', error)
          break
      }
    })
    if (resume)
      setImmediate(() => {
        void (role === 'provider' ? this.provider.admit(found.id, false) : this.consumer.download(found.id))
      })
    return (await p.get(found.id)) as DspTransferRecord
  }
}
