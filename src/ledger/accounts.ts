import type { EntryView } from './entry.ts'

/** One thing an audit found wrong; `code` is stable, `message` is for people. */
export interface AuditFinding {
  code: 'REWRITTEN_HISTORY' | 'BAD_ENTRY' | 'MISSING_RECEIPT' | 'MISSING_AGREEMENT' | 'DISAGREEMENT' | 'MISSING_TRANSFER'
  message: string
  agreementId?: string
  transferId?: string
  seq?: number
}

/**
 * One side's account of its dealings with a partner, kept compact (a few fields per agreement
 * and transfer, never the entries), so an audit's memory grows with the number of agreements
 * and transfers, not with the entries read.
 *
 * `exchanged` says which transfers (and so agreements) are due on both sides: at the end of a
 * transfer the consumer, after its receipt, swaps signed checkpoints with the provider, and each
 * side records the other's (`checkpoint.received`). Both accounts of a transfer are complete by
 * then, so what a side recorded after such an exchange must be in the other's ledger; anything
 * newer may simply not have happened there yet and is pending, not missing.
 */
export class Account {
  readonly agreements = new Map<string, string | undefined>()
  /** `countersigned`: the provider's delivery signature is on it (a consumer may hold only its own). */
  readonly receipts = new Map<string, { bytes: unknown; sha256: unknown; agreementId: string; transferId: string; countersigned: boolean }>()
  readonly completed = new Map<string, { size: unknown; sha256: unknown; agreementId: string; transferId: string }>()
  readonly exchangedTransfers = new Set<string>()
  readonly exchangedAgreements = new Set<string>()
  entries = 0

  add(e: EntryView): void {
    if (e.agreementId === '') return
    this.entries++
    const key = `${e.agreementId}/${e.transferId}`
    switch (e.type) {
      case 'agreement.signed':
        this.agreements.set(e.agreementId, e.payload.agreementSha256 as string | undefined)
        break
      case 'transfer.receipt':
        this.receipts.set(key, {
          bytes: e.payload.bytes,
          sha256: e.payload.sha256,
          agreementId: e.agreementId,
          transferId: e.transferId,
          countersigned: typeof e.payload.providerSignature === 'string' || e.payload.role === 'provider'
        })
        break
      case 'transfer.state':
        if (e.payload.state === 'COMPLETED')
          this.completed.set(key, { size: e.payload.size, sha256: e.payload.sha256, agreementId: e.agreementId, transferId: e.transferId })
        break
      case 'checkpoint.received':
        this.exchangedAgreements.add(e.agreementId)
        if (e.transferId !== '') this.exchangedTransfers.add(key)
        break
    }
  }

  /** Agreements either account knows of. */
  static shared(a: Account, b: Account): number {
    return new Set([...a.agreements.keys(), ...b.agreements.keys()]).size
  }
}

/**
 * Compare this node's account (`mine`) with the partner's (`theirs`), both taken at a fixed cut.
 * A difference counts only for what the checkpoint exchanges in `mine` say is due on both
 * sides; the rest is returned as `pending` (recorded on one side, not yet due on the other).
 */
export function compareAccounts(peer: string, mine: Account, theirs: Account): { findings: AuditFinding[]; pending: number; pendingSample: string[] } {
  const findings: AuditFinding[] = []
  let pending = 0
  const pendingSample: string[] = []
  // what is pending, a few of each, so an operator can see why
  const hold = (what: string): void => {
    pending++
    if (pendingSample.length < 10) pendingSample.push(what)
  }
  const dueAgreement = (id: string): boolean => mine.exchangedAgreements.has(id)
  const dueTransfer = (key: string): boolean => mine.exchangedTransfers.has(key)

  for (const [id, sha] of mine.agreements) {
    if (!theirs.agreements.has(id)) {
      if (dueAgreement(id)) findings.push({ code: 'MISSING_AGREEMENT', agreementId: id, message: `${peer} has no record of signing agreement ${id}` })
      else hold(`agreement ${id} (not yet at ${peer})`)
    } else if (theirs.agreements.get(id) !== sha) {
      findings.push({ code: 'DISAGREEMENT', agreementId: id, message: `${peer} signed different agreement bytes for ${id}` })
    }
  }
  for (const id of theirs.agreements.keys()) {
    if (mine.agreements.has(id)) continue
    if (dueAgreement(id))
      findings.push({ code: 'MISSING_AGREEMENT', agreementId: id, message: `${peer} holds agreement ${id}, which this node's ledger lacks` })
    else hold(`agreement ${id} (not yet here)`)
  }
  for (const [key, e] of mine.receipts) {
    const t = theirs.receipts.get(key)
    if (t === undefined) {
      // a receipt the provider never countersigned may never have reached it: not evidence
      if (dueTransfer(key) && e.countersigned)
        findings.push({
          code: 'MISSING_RECEIPT',
          agreementId: e.agreementId,
          transferId: e.transferId,
          message: `${peer} has no receipt for transfer ${e.transferId}, which this node has signed by both parties`
        })
      else hold(`receipt ${key} (${e.countersigned ? 'not yet' : 'never countersigned'} at ${peer})`)
    } else if (t.bytes !== e.bytes || t.sha256 !== e.sha256) {
      findings.push({
        code: 'DISAGREEMENT',
        agreementId: e.agreementId,
        transferId: e.transferId,
        message: `receipts for transfer ${e.transferId} differ: here ${String(e.bytes)} bytes ${String(e.sha256)}, at ${peer} ${String(t.bytes)} bytes ${String(t.sha256)}`
      })
    }
  }
  for (const [key, t] of theirs.receipts) {
    if (mine.receipts.has(key)) continue
    if (dueTransfer(key))
      findings.push({
        code: 'MISSING_RECEIPT',
        agreementId: t.agreementId,
        transferId: t.transferId,
        message: `${peer} holds a receipt for transfer ${t.transferId} that this node's ledger lacks`
      })
    else hold(`receipt ${key} (not yet here)`)
  }
  for (const [key, e] of mine.completed) {
    const t = theirs.completed.get(key)
    if (t === undefined) {
      // a provider logs COMPLETED when it sent everything; a consumer after verifying
      if (dueTransfer(key))
        findings.push({
          code: 'MISSING_TRANSFER',
          agreementId: e.agreementId,
          transferId: e.transferId,
          message: `${peer} has no completed transfer ${e.transferId}`
        })
      else hold(`completed transfer ${key} (not yet at ${peer})`)
    } else if (t.size !== e.size || t.sha256 !== e.sha256) {
      findings.push({
        code: 'DISAGREEMENT',
        agreementId: e.agreementId,
        transferId: e.transferId,
        message: `transfer ${e.transferId}: here ${String(e.size)} bytes ${String(e.sha256)}, at ${peer} ${String(t.size)} bytes ${String(t.sha256)}`
      })
    }
  }
  return { findings, pending, pendingSample }
}
