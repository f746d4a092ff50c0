import { randomUUID } from 'node:crypto'
import type { DestinationGuard } from './destinations.ts'
import type { Clock } from '../clock/index.ts'
import { HanseError } from '../errors/index.ts'
import type { Logger } from '../logging/index.ts'
import { decodeAgreement, type AgreementRecord } from '../negotiation/index.ts'
import { destinationOf, exists } from '../transfer/index.ts'
import type { DspClient } from './client.ts'
import { pull } from './dataplane.ts'
import { addressOf, pidsOf, type DspTransferRecord } from './transfer-records.ts'
import type { DspTransferProcesses } from './transfer-processes.ts'
import { DspError } from './server.ts'
import { DSP_CONTEXT, HTTP_PULL } from './types.ts'

export interface DspTransferConsumerComponents {
  processes: DspTransferProcesses
  client: DspClient
  clock: Clock
  logger: Logger
  agreement: (id: string) => Promise<AgreementRecord | undefined>
  providerBase: (participantId: string) => Promise<string | undefined>
  /** This node's DSP base URL (known once the listener runs). */
  baseUrl: () => string
  /** Extra trusted CA certificates (PEM) for providers on a private PKI (identity.ca). */
  ca?: string
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

/**
 * The consumer's side of a DSP transfer process: the request, then, once the provider's start
 * message names a data address, the download with `Range` (a cut download resumes where it
 * stopped, also after a restart), verified against the agreement's dataset digest, and the
 * completion message.
 */
export class DspTransferConsumer {
  private readonly c: DspTransferConsumerComponents
  /** Downloads running, by record id. */
  private readonly running = new Map<string, AbortController>()

  constructor(components: DspTransferConsumerComponents) {
    this.c = components
  }

  /** After a restart: a started download resumes from its .part files. */
  resume(r: DspTransferRecord): void {
    if (r.role === 'consumer' && r.state === 'STARTED') setImmediate(() => void this.download(r.id))
  }

  stop(): void {
    for (const ctl of this.running.values()) ctl.abort(new HanseError('NODE_STOPPING', 'the node is stopping'))
    this.running.clear()
  }

  /** Stop the download of `id`, if one runs (the counterparty suspended or ended the process). */
  abort(id: string, err: HanseError): void {
    this.running.get(id)?.abort(err)
  }

  /** Fetch the dataset of an agreement made over DSP. Returns the record (REQUESTED). */
  async fetch(agreementId: string, dest?: string): Promise<DspTransferRecord> {
    const p = this.c.processes
    const agreement = await this.c.agreement(agreementId)
    if (agreement === undefined || agreement.role !== 'consumer') throw new HanseError('AGREEMENT_NOT_FOUND', `no agreement ${agreementId} as consumer`)
    const base = await this.c.providerBase(agreement.peer)
    if (base === undefined) throw new HanseError('PEER_UNREACHABLE', `no DSP address known for ${agreement.peer}`)
    const view = decodeAgreement(Buffer.from(agreement.bytes, 'base64'))
    const target = destinationOf({ receiveDir: this.c.receiveDir, dataDir: this.c.dataDir }, agreement.peer, agreement.datasetId, dest)
    // refused here, before the provider counts a use for a download that could not land
    if (await exists(target)) throw new HanseError('DESTINATION_EXISTS', `${target} exists; hanse does not overwrite it (choose another --out)`)
    const id = `urn:uuid:${randomUUID()}`
    const r: DspTransferRecord = {
      id,
      role: 'consumer',
      peer: agreement.peer,
      consumerPid: id,
      providerPid: '',
      agreementId,
      datasetId: agreement.datasetId,
      state: 'REQUESTED',
      createdAt: this.c.clock.now(),
      address: base,
      dest: target,
      sha256: view.datasetSha256,
      bytes: 0
    }
    await p.move(r, 'REQUESTED')
    const res = await this.c.client.expect(
      'POST',
      `${base}/transfers/request`,
      {
        '@context': [DSP_CONTEXT],
        '@type': 'TransferRequestMessage',
        consumerPid: id,
        agreementId,
        format: HTTP_PULL,
        callbackAddress: `${this.c.baseUrl()}/callback`
      },
      agreement.peer,
      201,
      'TransferProcess'
    )
    await p.locks.run(id, async () => {
      const now = (await p.get(id)) as DspTransferRecord
      if (now.providerPid !== '') return
      now.providerPid = String((res.body as { providerPid: string }).providerPid)
      await p.save(now)
    })
    return (await p.get(id)) as DspTransferRecord
  }

  /**
   * The provider's start message (under the lock): DSP lets a provider start a REQUESTED
   * process or resume a SUSPENDED one; its data address must be an http(s) endpoint.
   */
  async started(r: DspTransferRecord, body: Record<string, unknown>): Promise<void> {
    if (r.state !== 'REQUESTED' && r.state !== 'SUSPENDED' && r.state !== 'STARTED')
      throw new DspError('INVALID_TRANSITION', `transfer is ${r.state}, not REQUESTED or SUSPENDED`, pidsOf(r), 400)
    const address = addressOf(body.dataAddress)
    if (address === undefined) throw new DspError('DSP_INVALID_MESSAGE', `dataAddress must name an http(s) endpoint for ${HTTP_PULL}`, pidsOf(r))
    r.dataAddress = address
    // a process this node suspended (its disk was full) goes on: that reason no longer holds
    if (r.state === 'SUSPENDED') delete r.error
    await this.c.processes.move(r, 'STARTED')
  }

  /**
   * Resume a process this node suspended: a start message to the provider (DSP 2025-1 lets the
   * consumer restart a suspended process), which answers with its own start and a data address;
   * the download then goes on from what arrived.
   */
  async restart(id: string): Promise<DspTransferRecord> {
    const p = this.c.processes
    const r = await p.get(id)
    if (r === undefined || r.role !== 'consumer') throw new HanseError('TRANSFER_NOT_FOUND', `no DSP transfer ${id} of this node as consumer`)
    if (r.state !== 'SUSPENDED') throw new HanseError('INVALID_TRANSITION', `transfer ${id} is ${r.state}, not SUSPENDED`)
    if (!(await p.tell(r, 'start', { '@type': 'TransferStartMessage' })))
      throw new HanseError('DSP_COUNTERPARTY_ERROR', `the provider did not take the start message for transfer ${id}; it stays SUSPENDED`)
    return (await p.get(id)) as DspTransferRecord
  }

  /** Pull from the data address, resuming where a cut download stopped; then complete. */
  async download(id: string): Promise<void> {
    if (this.running.has(id)) return
    const p = this.c.processes
    const ctl = new AbortController()
    this.running.set(id, ctl)
    try {
      const r = await p.get(id)
      if (r?.dataAddress === undefined || r.state !== 'STARTED') return
      const result = await pull(
        { logger: this.c.logger },
        {
          record: r,
          receiveDir: this.c.receiveDir,
          signal: ctl.signal,
          ca: this.c.ca,
          space: this.c.space,
          destinations: this.c.destinations
        }
      )
      // cut on purpose: the node is stopping (the process stays STARTED and the download goes on
      // from its .part file after the restart), or the counterparty suspended or ended the process
      // (its message changed the state; there is nothing to tell it, and a suspended one may start again)
      if (ctl.signal.aborted) return
      let endedHere = false
      await p.locks.run(id, async () => {
        const now = (await p.get(id)) as DspTransferRecord
        if (now.state !== 'STARTED') return
        now.bytes = result.bytes
        now.dest = result.dest
        // a full disk suspends (what arrived stays for the resume); any other failure ends it
        if (result.error?.code === 'DISK_FULL') await p.move(now, 'SUSPENDED', result.error)
        else if (result.error !== undefined) await p.move(now, 'TERMINATED', result.error)
        else await p.move(now, 'COMPLETED')
        endedHere = true
      })
      if (!endedHere) return
      const done = (await p.get(id)) as DspTransferRecord
      if (done.state === 'SUSPENDED') {
        // the provider stops serving it until this node sends a start message (resume)
        await p.tell(done, 'suspension', { '@type': 'TransferSuspensionMessage', code: 'DISK_FULL', reason: [done.error?.message ?? 'disk full'] })
      } else if (done.state === 'COMPLETED') {
        await p.tell(done, 'completion', { '@type': 'TransferCompletionMessage' })
        // both accounts of this transfer are complete now: from here an audit may expect it
        await this.c.exchange?.(done.peer, { agreementId: done.agreementId, transferId: done.consumerPid }).catch((err: Error) => {
          this.c.logger.info({ err, transfer: done.id }, 'checkpoint exchange after the transfer failed; the next audit counts it as pending')
        })
      } else await p.tellTerminated(done, '')
    } finally {
      this.running.delete(id)
    }
  }
}
