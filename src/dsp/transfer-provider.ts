import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto'
import type { DatasetInfo } from '../catalog/index.ts'
import type { Clock } from '../clock/index.ts'
import { HanseError } from '../errors/index.ts'
import { decodeAgreement, type AgreementRecord } from '../negotiation/index.ts'
import type { MemberFacts } from '../policy/index.ts'
import type { Store } from '../store/index.ts'
import { admitUse, type Usage } from '../transfer/index.ts'
import { FINAL, pidsOf, type DspTransferRecord } from './transfer-records.ts'
import type { DestinationGuard } from './destinations.ts'
import { consumerIndex, type DspTransferProcesses } from './transfer-processes.ts'
import { DspError } from './server.ts'
import { HTTP_PULL } from './types.ts'

export interface DspTransferProviderComponents {
  processes: DspTransferProcesses
  store: Store
  clock: Clock
  agreement: (id: string) => Promise<AgreementRecord | undefined>
  dataset: (id: string) => DatasetInfo | undefined
  /** What a counterparty's verified membership says (DCP), for member.* and spatial constraints. */
  members?: (participantId: string) => MemberFacts | undefined
  /** This node's DSP base URL (known once the listener runs). */
  baseUrl: () => string
  /** Where a counterparty may send this node: a callback address is checked as it arrives. */
  destinations?: DestinationGuard
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex')

/**
 * The provider's side of a DSP transfer process with hanse's HTTP data plane for
 * `HttpData-PULL`: the start message carries a data address (an URL on this node's DSP listener
 * and a bearer token bound to the transfer); the use is counted against the agreement's policy
 * before the start message goes out (the usage record libp2p transfers share), and the policy is
 * checked again on every GET. A process that leaves STARTED cuts the data responses under way.
 */
export class DspTransferProvider {
  private readonly c: DspTransferProviderComponents
  /** Data responses under way, by record id (closed when the process leaves STARTED). */
  private readonly serving = new Map<string, Set<{ destroy: (err?: Error) => void }>>()

  constructor(components: DspTransferProviderComponents) {
    this.c = components
    components.processes.onMove(r => {
      // a suspended, completed or terminated process serves no more bytes, not even those under way
      if (r.role === 'provider' && r.state !== 'STARTED') this.closeData(r.id, `transfer ${r.state.toLowerCase()}`)
    })
  }

  /** After a restart: a transfer admitted but not started is admitted (a use already counted is not counted again). */
  resume(r: DspTransferRecord): void {
    if (r.role === 'provider' && r.state === 'REQUESTED') setImmediate(() => void this.admit(r.id, true))
  }

  /** A TransferRequestMessage from `who` (201 with the process; admission follows). */
  async requested(who: string, body: Record<string, unknown>): Promise<DspTransferRecord> {
    const p = this.c.processes
    const consumerPid = String(body.consumerPid)
    const agreementId = String(body.agreementId)
    const pids = { consumerPid, providerPid: '' }
    if (body.format !== HTTP_PULL)
      throw new DspError('TRANSFER_FORMAT_UNSUPPORTED', `format ${JSON.stringify(body.format)} is not offered; hanse serves ${HTTP_PULL}`, pids, 400)
    const callback = String(body.callbackAddress ?? '')
    if (!/^https?:\/\/[^\s]{1,2040}$/.test(callback)) throw new DspError('DSP_INVALID_MESSAGE', 'callbackAddress must be an http(s) URL', pids)
    // refused before the process exists and a use is counted, when this node would not send there
    try {
      this.c.destinations?.checkUrl(callback)
    } catch (err) {
      throw new DspError('DSP_ADDRESS_FORBIDDEN', (err as Error).message, pids, 400)
    }
    // a repeated request (the consumer retrying a POST whose answer it lost) is the same process
    const index = consumerIndex(who, consumerPid)
    const known = await this.c.store.sublevel<string>('dspaddresses').get(index)
    const existing = known === undefined ? undefined : await p.get(known)
    if (existing !== undefined) return existing
    const agreement = await this.c.agreement(agreementId)
    // another counterparty's agreement is as unknown as a missing one
    if (agreement === undefined || agreement.role !== 'provider' || agreement.peer !== who)
      throw new DspError('AGREEMENT_NOT_FOUND', `no agreement ${agreementId.slice(0, 256)} with this participant`, pids, 400)
    const r: DspTransferRecord = {
      id: `urn:uuid:${randomUUID()}`,
      role: 'provider',
      peer: who,
      consumerPid,
      providerPid: '',
      agreementId,
      datasetId: agreement.datasetId,
      state: 'REQUESTED',
      createdAt: this.c.clock.now(),
      address: callback.replace(/\/+$/, ''),
      sha256: '',
      bytes: 0
    }
    r.providerPid = r.id
    await p.move(r, 'REQUESTED', undefined, index)
    setImmediate(() => {
      void this.admit(r.id, true)
    })
    return r
  }

  /** The consumer resumes a suspended transfer with a start message: it is admitted again, with no second use (under the lock). */
  async restarted(r: DspTransferRecord): Promise<void> {
    if (r.state !== 'SUSPENDED') throw new DspError('INVALID_TRANSITION', `transfer is ${r.state}, not SUSPENDED`, pidsOf(r), 400)
    await this.c.processes.move(r, 'REQUESTED')
  }

  /**
   * Count the use (when `count`) and start: a token, the state STARTED, the start message with
   * the data address. A refused policy ends it TERMINATED, and the consumer is told.
   */
  async admit(id: string, count: boolean): Promise<void> {
    const p = this.c.processes
    let start: DspTransferRecord | undefined
    let token = ''
    await p.locks.run(id, async () => {
      const r = await p.get(id)
      if (r === undefined || r.state !== 'REQUESTED') return
      const agreement = await this.c.agreement(r.agreementId)
      const dataset = this.c.dataset(r.datasetId)
      if (agreement === undefined || dataset === undefined) {
        await p.move(r, 'TERMINATED', { code: 'DATASET_UNAVAILABLE', message: `dataset '${r.datasetId}' is no longer offered` })
        return
      }
      const decision = await this.useOf(agreement, dataset, r.id, count)
      if (!decision.allowed) {
        await p.move(r, 'TERMINATED', { code: 'POLICY_DENIED', message: decision.reasons.join('; ') })
        return
      }
      token = randomBytes(32).toString('base64url')
      r.tokenSha256 = sha256(token)
      r.sha256 = dataset.sha256
      await p.move(r, 'STARTED')
      start = r
    })
    const r = start ?? (await p.get(id))
    if (r === undefined) return
    if (r.state === 'STARTED') {
      const dataAddress = {
        '@type': 'DataAddress',
        endpointType: 'https://w3id.org/idsa/v4.1/HTTP',
        endpoint: `${this.c.baseUrl()}/data/${encodeURIComponent(r.id)}`,
        endpointProperties: [
          { '@type': 'EndpointProperty', name: 'authorization', value: `Bearer ${token}` },
          { '@type': 'EndpointProperty', name: 'authType', value: 'bearer' },
          { '@type': 'EndpointProperty', name: 'https://w3id.org/hanse/ns#sha256', value: r.sha256 }
        ]
      }
      await p.tell(r, 'start', { '@type': 'TransferStartMessage', dataAddress })
    } else if (r.state === 'TERMINATED') {
      await p.tellTerminated(r, 'terminated')
    }
  }

  /** The provider's policy decision for one more use (counted on disk before any byte leaves). */
  private async useOf(agreement: AgreementRecord, dataset: DatasetInfo, transferId: string, count: boolean) {
    const view = decodeAgreement(Buffer.from(agreement.bytes, 'base64'))
    const context = (u: Usage) => ({
      now: this.c.clock.now(),
      peer: agreement.peer,
      member: this.c.members?.(agreement.peer),
      purposes: view.purposes,
      agreedAt: agreement.timestamp,
      count: u.count,
      volume: u.volume
    })
    return await admitUse(
      { store: this.c.store, locks: this.c.processes.locks },
      { agreementId: agreement.agreementId, transferId, byteSize: dataset.byteSize, policy: view.policy, count, context }
    )
  }

  /** A data response under way for transfer `id`, closed if the process leaves STARTED. */
  serve(id: string, res: { destroy: (err?: Error) => void; once: (event: 'close', fn: () => void) => unknown }): void {
    let set = this.serving.get(id)
    if (set === undefined) {
      set = new Set()
      this.serving.set(id, set)
    }
    set.add(res)
    res.once('close', () => {
      set.delete(res)
      if (set.size === 0 && this.serving.get(id) === set) this.serving.delete(id)
    })
  }

  private closeData(id: string, why: string): void {
    const set = this.serving.get(id)
    if (set === undefined) return
    this.serving.delete(id)
    for (const res of set) res.destroy(new Error(why))
  }

  /** The data plane's check of a GET: the token, the state, the policy now. */
  async authorizeData(id: string, header: string | undefined): Promise<{ record: DspTransferRecord; dataset: DatasetInfo }> {
    const p = this.c.processes
    const r = await p.get(id)
    const token = /^(?:Bearer\s+)?(\S{16,256})$/i.exec(header ?? '')?.[1]
    const ok = r !== undefined && r.role === 'provider' && r.tokenSha256 !== undefined && token !== undefined
    if (!ok || !timingSafeEqual(Buffer.from(sha256(token ?? '')), Buffer.from(r.tokenSha256 ?? ''.padEnd(64))))
      throw new HanseError('NOT_FOUND', 'no such data')
    if (r.state !== 'STARTED') throw new HanseError('TRANSFER_NOT_STARTED', `transfer ${r.id} is ${r.state}`)
    const agreement = await this.c.agreement(r.agreementId)
    const dataset = this.c.dataset(r.datasetId)
    if (agreement === undefined || dataset === undefined) throw new HanseError('DATASET_UNAVAILABLE', `dataset '${r.datasetId}' is no longer offered`)
    const d = await this.useOf(agreement, dataset, r.id, false)
    if (!d.allowed) {
      await p.locks.run(r.id, async () => {
        const now = await p.get(r.id)
        if (now?.state === 'STARTED') await p.move(now, 'TERMINATED', { code: 'POLICY_DENIED', message: d.reasons.join('; ') })
      })
      throw new HanseError('POLICY_DENIED', d.reasons.join('; '))
    }
    return { record: r, dataset }
  }

  /**
   * End every open transfer of `participant` (its membership was revoked or expired):
   * TERMINATED with `error`, the data it is reading cut, the consumer told. Returns how many.
   */
  async endFor(participant: string, error: { code: string; message: string }): Promise<number> {
    const p = this.c.processes
    let n = 0
    for (const found of await p.list()) {
      if (found.role !== 'provider' || found.peer !== participant || FINAL.has(found.state)) continue
      const ended = await p.locks.run(found.id, async () => {
        const r = await p.get(found.id)
        if (r === undefined || FINAL.has(r.state)) return false
        await p.move(r, 'TERMINATED', error)
        return true
      })
      if (!ended) continue
      n++
      void p.tell(found, 'termination', { '@type': 'TransferTerminationMessage', code: error.code, reason: [error.message] })
    }
    return n
  }
}
