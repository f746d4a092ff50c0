import type { UsageLog } from '../ledger/index.ts'
import type { Clock } from '../clock/index.ts'
import type { Store, Sublevel } from '../store/index.ts'
import { hanse } from '../wire/index.ts'
import { wireTransferId, type TransferRecord } from './records.ts'

export interface TransferRepositoryComponents {
  store: Store
  clock: Clock
  /** State changes and receipts are written here with the record, atomically. */
  ledger?: UsageLog
  /** Called after every save, with the saved record. */
  saved: (r: TransferRecord) => void
}

/** The transfer records of both sides, and their ledger entries. */
export class TransferRepository {
  private readonly c: TransferRepositoryComponents

  constructor(components: TransferRepositoryComponents) {
    this.c = components
  }

  private get transfers(): Sublevel<unknown> {
    return this.c.store.sublevel<unknown>('transfers')
  }

  async get(id: string): Promise<TransferRecord | undefined> {
    return (await this.transfers.get(id)) as TransferRecord | undefined
  }

  async list(): Promise<TransferRecord[]> {
    const out: TransferRecord[] = []
    for await (const v of this.transfers.values()) out.push(v as TransferRecord)
    return out.sort((a, b) => b.createdAt - a.createdAt)
  }

  /**
   * Write a record; a state change (or a receipt) and its ledger entry are one synced write.
   * Progress without a state change may be written without sync (`sync` false).
   */
  async save(r: TransferRecord, sync = true): Promise<void> {
    r.updatedAt = this.c.clock.now()
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
        b.put(r.id, next, { sublevel: this.transfers })
      })
      r.loggedState = next.loggedState
      r.receiptLogged = next.receiptLogged
    } else if (sync) {
      await this.c.store.commit(b => {
        b.put(r.id, r, { sublevel: this.transfers })
      })
    } else {
      await this.transfers.put(r.id, r)
    }
    this.c.saved(r)
  }
}
