import type { EventEmitter } from 'node:events'
import type { PeerId } from '@libp2p/interface'
import type { DatasetRegistry } from '../catalog/index.ts'
import type { Clock } from '../clock/index.ts'
import type { Signer } from '../identity/index.ts'
import type { UsageLog } from '../ledger/index.ts'
import type { KeyedLock, Waiters } from '../lock/index.ts'
import type { Logger } from '../logging/index.ts'
import type { Metrics } from '../metrics/index.ts'
import type { AgreementRecord } from '../negotiation/index.ts'
import type { MemberFacts } from '../policy/index.ts'
import type { Store } from '../store/index.ts'
import type { TransferDataPlane } from './dataplane.ts'
import type { Progress, TransferInit, TransferRecord } from './records.ts'
import type { TransferRepository } from './repository.ts'
import type { SpaceProbe } from './space.ts'

/** Domain prefixes of what each side signs: a receipt (consumer), a delivery record (provider). */
export const RECEIPT_PREFIX = new TextEncoder().encode('hanse/receipt/v1\n')
export const DELIVERY_PREFIX = new TextEncoder().encode('hanse/delivery/v1\n')
export const withPrefix = (prefix: Uint8Array, body: Uint8Array): Uint8Array => Buffer.concat([prefix, body])

export interface TransferComponents {
  /** How frames travel between provider and consumer (a libp2p stream per transfer today). */
  dataPlane: TransferDataPlane
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
  /** How free space is read (default: the file system's; a test plays a filling disk). */
  space?: SpaceProbe
}

/** What the provider and consumer sides share; the service owns it. */
export interface TransferSide {
  c: TransferComponents
  init: TransferInit
  log: Logger
  locks: KeyedLock
  /** The records of transfers running now, both sides (progress and rate without a read). */
  live: Map<string, TransferRecord>
  repository: TransferRepository
  events: EventEmitter<{ progress: [Progress]; state: [TransferRecord] }>
  /** Callers waiting for a transfer to settle: told at every save and at the end of a download. */
  waiters: Waiters<TransferRecord>
  running: () => boolean
}

/** What the provider and consumer classes share: the side's parts, reads and writes of records. */
export abstract class SideBase {
  protected readonly side: TransferSide
  protected readonly c: TransferComponents
  protected readonly init: TransferInit
  protected readonly log: Logger
  protected readonly locks: KeyedLock
  protected readonly live: Map<string, TransferRecord>

  constructor(side: TransferSide) {
    this.side = side
    this.c = side.c
    this.init = side.init
    this.log = side.log
    this.locks = side.locks
    this.live = side.live
  }

  protected get running(): boolean {
    return this.side.running()
  }

  protected async get(id: string): Promise<TransferRecord | undefined> {
    return await this.side.repository.get(id)
  }

  protected async save(r: TransferRecord, sync = true): Promise<void> {
    await this.side.repository.save(r, sync)
  }
}
