import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto'
import type { DatasetInfo } from '../catalog/index.ts'
import type { Clock } from '../clock/index.ts'
import { HanseError } from '../errors/index.ts'
import type { UsageLog } from '../ledger/index.ts'
import { KeyedLock, Waiters } from '../lock/index.ts'
import type { Logger } from '../logging/index.ts'
import { decodeAgreement, type AgreementRecord } from '../negotiation/index.ts'
import type { MemberFacts } from '../policy/index.ts'
import type { Store } from '../store/index.ts'
import { admitUse, canMove, destinationOf, exists, type TransferState, type Usage } from '../transfer/index.ts'
import type { DspClient } from './client.ts'
import { pull } from './dataplane.ts'
import { addressOf, FINAL, pidsOf, reasonOf, type DspTransferRecord, type TransferMessageType } from './transfer-records.ts'
import { DspError } from './server.ts'
import { DSP_CONTEXT, HTTP_PULL } from './types.ts'

/*
 * The transfer process over DSP's HTTPS binding, both roles, with hanse's HTTP data plane for
 * `HttpData-PULL`: the provider's start message carries a data address (an URL on this node's
 * DSP listener and a bearer token bound to the transfer); the consumer GETs the data with
 * `Range`, so a cut download resumes where it stopped. The provider counts the use against the
 * agreement's policy before the start message goes out (the usage record libp2p transfers share)
 * and re-checks the policy on every GET. Each state change is written with its
 * `transfer.state` ledger entry in one synced batch, as over libp2p.
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
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex')

export class DspTransfers {
  private readonly c: DspTransferComponents
  private readonly locks = new KeyedLock()
  private readonly waiters = new Waiters<DspTransferRecord>()
  /** Consumer downloads running, by record id. */
  private readonly running = new Map<string, AbortController>()
  /** Provider: data responses under way, by record id (closed when the process leaves STARTED). */
  private readonly serving = new Map<string, Set<{ destroy: (err?: Error) => void }>>()
  private readonly stopping = new AbortController()

  constructor(components: DspTransferComponents) {
    this.c = components
  }

  private get records() {
    return this.c.store.sublevel<DspTransferRecord>('dsptransfers')
  }

  async get(id: string): Promise<DspTransferRecord | undefined> {
    return await this.records.get(id)
  }

  async list(): Promise<DspTransferRecord[]> {
    const out: DspTransferRecord[] = []
    for await (const v of this.records.values()) out.push(v)
    return out.sort((a, b) => b.createdAt - a.createdAt)
  }

  /** Wait until a transfer is final (or `timeoutMs` passes); returns it as it is then. */
  async waitFor(id: string, timeoutMs: number): Promise<DspTransferRecord> {
    // listen first, then look: a change in between is not missed
    const ctl = new AbortController()
    const waiting = this.waiters.wait(id, r => FINAL.has(r.state), timeoutMs, AbortSignal.any([ctl.signal, this.stopping.signal]))
    const now = await this.get(id)
    if (now === undefined || FINAL.has(now.state)) {
      ctl.abort()
      if (now === undefined) throw new HanseError('TRANSFER_NOT_FOUND', `no DSP transfer ${id}`)
      return now
    }
    return (await waiting) ?? ((await this.get(id)) as DspTransferRecord)
  }

  /**
   * After a restart, take up what was under way: a provider's admitted-but-unstarted transfer is
   * admitted (a use already counted is not counted again), a consumer's started download resumes
   * from its .part files. Called once the listener runs (the start message needs its URL).
   */
  async start(): Promise<void> {
    for (const r of await this.list()) {
      if (r.role === 'provider' && r.state === 'REQUESTED') setImmediate(() => void this.admit(r.id, true))
      if (r.role === 'consumer' && r.state === 'STARTED') setImmediate(() => void this.download(r.id))
    }
  }

  stop(): void {
    // callers waiting for a transfer get it as it is now
    this.stopping.abort()
    for (const ctl of this.running.values()) ctl.abort(new HanseError('NODE_STOPPING', 'the node is stopping'))
    this.running.clear()
  }

  /** A state change and its ledger entry, in one synced batch. */
  private async move(r: DspTransferRecord, to: TransferState, error?: { code: string; message: string }, index?: string): Promise<void> {
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
    // a suspended, completed or terminated process serves no more bytes, not even those under way
    if (r.role === 'provider' && to !== 'STARTED') this.closeData(r.id, `transfer ${to.toLowerCase()}`)
  }

  /** Provider: a data response under way for transfer `id`, closed if the process leaves STARTED. */
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

  /**
   * Provider: end every open transfer of `participant` (its membership was revoked or expired):
   * TERMINATED with `error`, the data it is reading cut, the consumer told. Returns how many.
   */
  async endFor(participant: string, error: { code: string; message: string }): Promise<number> {
    let n = 0
    for (const found of await this.list()) {
      if (found.role !== 'provider' || found.peer !== participant || FINAL.has(found.state)) continue
      const ended = await this.locks.run(found.id, async () => {
        const r = await this.get(found.id)
        if (r === undefined || FINAL.has(r.state)) return false
        await this.move(r, 'TERMINATED', error)
        return true
      })
      if (!ended) continue
      n++
      void this.tell(found, 'termination', { '@type': 'TransferTerminationMessage', code: error.code, reason: [error.message] })
    }
    return n
  }

  /* ---------------- provider ---------------- */

  /** Provider: a TransferRequestMessage from `who` (201 with the process; admission follows). */
  async requested(who: string, body: Record<string, unknown>): Promise<DspTransferRecord> {
    const consumerPid = String(body.consumerPid)
    const agreementId = String(body.agreementId)
    const pids = { consumerPid, providerPid: '' }
    if (body.format !== HTTP_PULL)
      throw new DspError('TRANSFER_FORMAT_UNSUPPORTED', `format ${JSON.stringify(body.format)} is not offered; hanse serves ${HTTP_PULL}`, pids, 400)
    const callback = String(body.callbackAddress ?? '')
    if (!/^https?:\/\/[^\s]{1,2040}$/.test(callback)) throw new DspError('DSP_INVALID_MESSAGE', 'callbackAddress must be an http(s) URL', pids)
    // a repeated request (the consumer retrying a POST whose answer it lost) is the same process
    const index = `t:${who}:${consumerPid}`
    const known = await this.c.store.sublevel<string>('dspaddresses').get(index)
    const existing = known === undefined ? undefined : await this.get(known)
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
    await this.move(r, 'REQUESTED', undefined, index)
    setImmediate(() => {
      void this.admit(r.id, true)
    })
    return r
  }

  /**
   * Count the use (when `count`) and start: a token, the state STARTED, the start message with
   * the data address. A refused policy ends it TERMINATED, and the consumer is told.
   */
  private async admit(id: string, count: boolean): Promise<void> {
    let start: DspTransferRecord | undefined
    let token = ''
    await this.locks.run(id, async () => {
      const r = await this.get(id)
      if (r === undefined || r.state !== 'REQUESTED') return
      const agreement = await this.c.agreement(r.agreementId)
      const dataset = this.c.dataset(r.datasetId)
      if (agreement === undefined || dataset === undefined) {
        await this.move(r, 'TERMINATED', { code: 'DATASET_UNAVAILABLE', message: `dataset '${r.datasetId}' is no longer offered` })
        return
      }
      const decision = await this.useOf(agreement, dataset, r.id, count)
      if (!decision.allowed) {
        await this.move(r, 'TERMINATED', { code: 'POLICY_DENIED', message: decision.reasons.join('; ') })
        return
      }
      token = randomBytes(32).toString('base64url')
      r.tokenSha256 = sha256(token)
      r.sha256 = dataset.sha256
      await this.move(r, 'STARTED')
      start = r
    })
    const r = start ?? (await this.get(id))
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
      await this.tell(r, 'start', { '@type': 'TransferStartMessage', dataAddress })
    } else if (r.state === 'TERMINATED') {
      await this.tell(r, 'termination', {
        '@type': 'TransferTerminationMessage',
        code: r.error?.code ?? 'TERMINATED',
        reason: [r.error?.message ?? 'terminated']
      })
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
      { store: this.c.store, locks: this.locks },
      { agreementId: agreement.agreementId, transferId, byteSize: dataset.byteSize, policy: view.policy, count, context }
    )
  }

  /** Send a message to the counterparty (provider: the consumer's callback; consumer: the provider's base). */
  private async tell(r: DspTransferRecord, what: string, body: Record<string, unknown>): Promise<boolean> {
    const pid = r.role === 'provider' ? r.consumerPid : r.providerPid
    const url = `${r.address}/transfers/${encodeURIComponent(pid)}/${what}`
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const res = await this.c.client.request(
          'POST',
          url,
          { '@context': [DSP_CONTEXT], consumerPid: r.consumerPid, providerPid: r.providerPid, ...body },
          r.peer
        )
        if (res.status < 300) return true
        this.c.logger.info({ transfer: r.id, url, status: res.status }, 'DSP transfer message refused')
        return false
      } catch (err) {
        this.c.logger.debug({ err, transfer: r.id, url }, 'DSP transfer message not delivered; retrying')
        await new Promise(resolve => setTimeout(resolve, 200 * 2 ** attempt))
      }
    }
    return false
  }

  /** The data plane's check of a GET: the token, the state, the policy now. */
  async authorizeData(id: string, header: string | undefined): Promise<{ record: DspTransferRecord; dataset: DatasetInfo }> {
    const r = await this.get(id)
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
      await this.locks.run(r.id, async () => {
        const now = await this.get(r.id)
        if (now?.state === 'STARTED') await this.move(now, 'TERMINATED', { code: 'POLICY_DENIED', message: d.reasons.join('; ') })
      })
      throw new HanseError('POLICY_DENIED', d.reasons.join('; '))
    }
    return { record: r, dataset }
  }

  /* ---------------- consumer ---------------- */

  /** Fetch the dataset of an agreement made over DSP. Returns the record (REQUESTED). */
  async fetch(agreementId: string, dest?: string): Promise<DspTransferRecord> {
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
    await this.move(r, 'REQUESTED')
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
    await this.locks.run(id, async () => {
      const now = (await this.get(id)) as DspTransferRecord
      if (now.providerPid !== '') return
      now.providerPid = String((res.body as { providerPid: string }).providerPid)
      await this.c.store.commit(b => b.put(id, now, { sublevel: this.records }))
    })
    return (await this.get(id)) as DspTransferRecord
  }

  /** Consumer: pull from the data address, resuming where a cut download stopped; then complete. */
  private async download(id: string): Promise<void> {
    if (this.running.has(id)) return
    const ctl = new AbortController()
    this.running.set(id, ctl)
    try {
      const r = await this.get(id)
      if (r?.dataAddress === undefined || r.state !== 'STARTED') return
      const result = await pull({ logger: this.c.logger }, { record: r, receiveDir: this.c.receiveDir, signal: ctl.signal, ca: this.c.ca })
      await this.locks.run(id, async () => {
        const now = (await this.get(id)) as DspTransferRecord
        if (now.state !== 'STARTED') return
        now.bytes = result.bytes
        now.dest = result.dest
        if (result.error !== undefined) await this.move(now, 'TERMINATED', result.error)
        else await this.move(now, 'COMPLETED')
      })
      const done = (await this.get(id)) as DspTransferRecord
      if (done.state === 'COMPLETED') {
        await this.tell(done, 'completion', { '@type': 'TransferCompletionMessage' })
        // both accounts of this transfer are complete now: from here an audit may expect it
        await this.c.exchange?.(done.peer, { agreementId: done.agreementId, transferId: done.consumerPid }).catch((err: Error) => {
          this.c.logger.info({ err, transfer: done.id }, 'checkpoint exchange after the transfer failed; the next audit counts it as pending')
        })
      } else
        await this.tell(done, 'termination', {
          '@type': 'TransferTerminationMessage',
          code: done.error?.code ?? 'TERMINATED',
          reason: [done.error?.message ?? '']
        })
    } finally {
      this.running.delete(id)
    }
  }

  /* ---------------- routes ---------------- */

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
    const found = await this.visible(pid, role, participant)
    // the provider's start may overtake the answer to our request (which names its pid)
    const providerPidKnown = found.providerPid !== ''
    if (body.consumerPid !== found.consumerPid || (providerPidKnown && body.providerPid !== found.providerPid))
      throw new DspError('DSP_INVALID_MESSAGE', 'consumerPid and providerPid must be those of this transfer', pidsOf(found))
    let resume = false
    await this.locks.run(found.id, async () => {
      const r = (await this.get(found.id)) as DspTransferRecord
      if (r.providerPid === '' && typeof body.providerPid === 'string') r.providerPid = body.providerPid.slice(0, 256)
      const error = { code: typeof body.code === 'string' ? body.code.slice(0, 64) : 'TERMINATED', message: reasonOf(body) }
      switch (type) {
        case 'TransferStartMessage':
          if (role === 'provider') {
            // the consumer resumes a suspended transfer: it is admitted again (no second use)
            if (r.state !== 'SUSPENDED') throw new DspError('INVALID_TRANSITION', `transfer is ${r.state}, not SUSPENDED`, pidsOf(r), 400)
            await this.move(r, 'REQUESTED')
          } else {
            // DSP: a provider starts a REQUESTED process, or resumes a SUSPENDED one
            if (r.state !== 'REQUESTED' && r.state !== 'SUSPENDED' && r.state !== 'STARTED')
              throw new DspError('INVALID_TRANSITION', `transfer is ${r.state}, not REQUESTED or SUSPENDED`, pidsOf(r), 400)
            const address = addressOf(body.dataAddress)
            if (address === undefined) throw new DspError('DSP_INVALID_MESSAGE', `dataAddress must name an http(s) endpoint for ${HTTP_PULL}`, pidsOf(r))
            r.dataAddress = address
            await this.move(r, 'STARTED')
          }
          resume = true
          break
        case 'TransferCompletionMessage':
          if (r.state !== 'STARTED') throw new DspError('INVALID_TRANSITION', `transfer is ${r.state}, not STARTED`, pidsOf(r), 400)
          await this.move(r, 'COMPLETED')
          break
        case 'TransferSuspensionMessage':
          // DSP's state machine: only a STARTED process is suspended
          if (r.state !== 'STARTED') throw new DspError('INVALID_TRANSITION', `transfer is ${r.state}, not STARTED`, pidsOf(r), 400)
          this.running.get(r.id)?.abort(new HanseError('SUSPENDED', 'suspended by the counterparty'))
          await this.move(r, 'SUSPENDED', error)
          break
        case 'TransferTerminationMessage':
          if (FINAL.has(r.state)) throw new DspError('INVALID_TRANSITION', `transfer is ${r.state}`, pidsOf(r), 400)
          this.running.get(r.id)?.abort(new HanseError('TRANSFER_FAILED', 'terminated by the counterparty'))
          await this.move(r, 'TERMINATED', error)
          break
      }
    })
    if (resume)
      setImmediate(() => {
        void (role === 'provider' ? this.admit(found.id, false) : this.download(found.id))
      })
    return (await this.get(found.id)) as DspTransferRecord
  }
}
