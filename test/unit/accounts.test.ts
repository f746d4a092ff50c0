import { describe, expect, it } from 'vitest'
import { Account, compareAccounts } from '../../src/ledger/accounts.ts'
import type { EntryView } from '../../src/ledger/index.ts'

let seq = 0
const entry = (type: string, agreementId: string, transferId: string, payload: Record<string, unknown>): EntryView =>
  ({ seq: seq++, time: 0, type, peer: 'p', agreementId, transferId, payload, hash: '', prevHash: '' }) as unknown as EntryView

/** One side's entries of a finished transfer t under agreement a. */
function transfer(a: string, t: string, role: 'consumer' | 'provider'): EntryView[] {
  return [
    entry('transfer.state', a, t, { role, state: 'COMPLETED', size: 10, sha256: 'x' }),
    entry('transfer.receipt', a, t, { role, bytes: 10, sha256: 'x', consumerSignature: 'c', providerSignature: 'p' })
  ]
}

const account = (list: EntryView[]): Account => {
  const acc = new Account()
  for (const e of list) acc.add(e)
  return acc
}

describe('audit comparison at a consistent cut', () => {
  it('what the other side recorded after the last exchange is pending, not missing', () => {
    // both sides: agreement a1 with transfer t1 exchanged; mine also has t2 done (its exchange
    // not yet recorded) and agreement a2 just signed; theirs has neither yet
    const mine = account([
      entry('agreement.signed', 'a1', '', { agreementSha256: 'h1' }),
      ...transfer('a1', 't1', 'consumer'),
      entry('checkpoint.received', 'a1', 't1', {}),
      ...transfer('a1', 't2', 'consumer'),
      entry('agreement.signed', 'a2', '', { agreementSha256: 'h2' })
    ])
    const theirs = account([entry('agreement.signed', 'a1', '', { agreementSha256: 'h1' }), ...transfer('a1', 't1', 'provider')])
    const r = compareAccounts('peer', mine, theirs)
    expect(r.findings).toEqual([])
    expect(r.pending).toBe(3)
  })

  it('what an exchange made due and is missing or different is a finding', () => {
    const mine = account([
      entry('agreement.signed', 'a1', '', { agreementSha256: 'h1' }),
      ...transfer('a1', 't1', 'consumer'),
      entry('checkpoint.received', 'a1', 't1', {})
    ])
    const dropped = account([entry('agreement.signed', 'a1', '', { agreementSha256: 'h1' }), transfer('a1', 't1', 'provider')[0]!])
    expect(compareAccounts('peer', mine, dropped).findings.map(f => f.code)).toEqual(['MISSING_RECEIPT'])
    const none = account([])
    expect(
      compareAccounts('peer', mine, none)
        .findings.map(f => f.code)
        .sort()
    ).toEqual(['MISSING_AGREEMENT', 'MISSING_RECEIPT', 'MISSING_TRANSFER'])
    const other = account([entry('agreement.signed', 'a1', '', { agreementSha256: 'OTHER' }), ...transfer('a1', 't1', 'provider')])
    expect(compareAccounts('peer', mine, other).findings.map(f => f.code)).toEqual(['DISAGREEMENT'])
    // our own receipt the provider never countersigned (its delivery record never came): it may
    // never have reached the provider, so it is pending, not evidence
    const unsigned = account([
      entry('agreement.signed', 'a1', '', { agreementSha256: 'h1' }),
      transfer('a1', 't1', 'consumer')[0]!,
      entry('transfer.receipt', 'a1', 't1', { role: 'consumer', bytes: 10, sha256: 'x', providerSignature: null }),
      entry('checkpoint.received', 'a1', 't1', {})
    ])
    expect(
      compareAccounts('peer', unsigned, account([entry('agreement.signed', 'a1', '', { agreementSha256: 'h1' }), transfer('a1', 't1', 'provider')[0]!]))
    ).toMatchObject({ findings: [], pending: 1 })
    // a receipt they hold that we lack, for an exchanged transfer
    const mineNoReceipt = account([
      entry('agreement.signed', 'a1', '', { agreementSha256: 'h1' }),
      transfer('a1', 't1', 'consumer')[0]!,
      entry('checkpoint.received', 'a1', 't1', {})
    ])
    expect(
      compareAccounts(
        'peer',
        mineNoReceipt,
        account([entry('agreement.signed', 'a1', '', { agreementSha256: 'h1' }), ...transfer('a1', 't1', 'provider')])
      ).findings.map(f => f.code)
    ).toEqual(['MISSING_RECEIPT'])
  })
})
