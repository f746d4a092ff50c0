import { describe, expect, it } from 'vitest'
import { parsePolicy, type Policy } from '../../src/policy/index.ts'
import { consumerStep, nextStep, providerStep, type ProviderFacts } from '../../src/negotiation/index.ts'
import { narrowTerms } from '../../src/negotiation/terms.ts'
import { blank } from '../../src/negotiation/records.ts'
import type { NegotiationRecord } from '../../src/negotiation/records.ts'
import type { NegotiationState } from '../../src/negotiation/states.ts'
import { canMove, TRANSITIONS, type TransferState } from '../../src/transfer/index.ts'
import { moveTo } from '../../src/transfer/records.ts'
import { decodeMessage, encodeMessage } from '../../src/negotiation/messages.ts'

/*
 * The decisions of the protocol core without any I/O: a process in, a step out.
 */

const NOW = Date.UTC(2026, 11, 1)
const offerPolicy: Policy = parsePolicy(
  { permissions: [{ action: 'use', constraints: [{ leftOperand: 'purpose', operator: 'isAnyOf', rightOperand: ['research', 'quality'] }] }] },
  'offer.yaml',
  'research-only'
)
const offer = { policy: offerPolicy, dataset: { sha256: 'ab'.repeat(32) } }
const facts = (over: Partial<ProviderFacts> = {}): ProviderFacts => ({ offer, now: NOW, member: undefined, ...over })

function process(role: 'provider' | 'consumer', state: NegotiationState, over: Partial<NegotiationRecord> = {}): NegotiationRecord {
  const r = blank('urn:uuid:p', role, '12D3KooWpeer', { consumerPid: 'urn:uuid:c', providerPid: 'urn:uuid:p' }, 'offer-1', 'data', NOW)
  return { ...r, state, purposes: ['research'], terms: narrowTerms(offerPolicy, { purposes: ['research'] }), ...over }
}

describe('narrowTerms', () => {
  it('adds the narrowing to each use permission, once', () => {
    const exact = parsePolicy(
      { permissions: [{ action: 'use', constraints: [{ leftOperand: 'purpose', operator: 'isAnyOf', rightOperand: ['research'] }] }] },
      'offer.yaml',
      'research'
    )
    // the offer's own purpose asked for as it is: nothing to add
    expect(narrowTerms(exact, { purposes: ['research'] }).permissions[0]?.constraints).toEqual(exact.permissions[0]?.constraints)
    // a narrower purpose and a use limit are added after the offer's constraints
    expect(narrowTerms(offerPolicy, { purposes: ['research'], maxUses: 3 }).permissions[0]?.constraints).toEqual([
      { leftOperand: 'purpose', operator: 'isAnyOf', rightOperand: ['research', 'quality'] },
      { leftOperand: 'purpose', operator: 'isAnyOf', rightOperand: ['research'] },
      { leftOperand: 'count', operator: 'lteq', rightOperand: ['3'] }
    ])
  })
})

describe('providerStep', () => {
  it('agrees to terms within the offer, with the dataset digest', () => {
    expect(providerStep(process('provider', 'REQUESTED'), facts())).toEqual({ do: 'agree', datasetSha256: offer.dataset.sha256 })
    expect(providerStep(process('provider', 'ACCEPTED'), facts())).toEqual({ do: 'agree', datasetSha256: offer.dataset.sha256 })
  })

  it('terminates with the reasons when the policy denies the declared purpose', () => {
    const step = providerStep(process('provider', 'REQUESTED', { purposes: ['marketing'] }), facts())
    expect(step.do).toBe('terminate')
    expect(step).toMatchObject({ code: 'POLICY_DENIED' })
    expect((step as { reason: string }).reason).toContain('marketing')
  })

  it('terminates when the offer was withdrawn', () => {
    expect(providerStep(process('provider', 'REQUESTED'), facts({ offer: undefined }))).toMatchObject({ do: 'terminate', code: 'OFFER_WITHDRAWN' })
  })

  it('counter-offers the offer itself when the request drops one of its constraints', () => {
    const broad = parsePolicy({ permissions: [{ action: 'use' }] }, 'req.yaml', 'anything')
    const step = providerStep(process('provider', 'REQUESTED', { terms: broad }), facts())
    expect(step.do).toBe('offer')
    expect(step).toMatchObject({ terms: offerPolicy })
    expect((step as { reasons: string[] }).reasons.length).toBeGreaterThan(0)
  })

  it('waits for the operator on manual approval, and finalizes a verified agreement', () => {
    expect(providerStep(process('provider', 'REQUESTED', { approval: 'manual' }), facts())).toEqual({ do: 'wait' })
    expect(providerStep(process('provider', 'REQUESTED', { approval: 'approved' }), facts()).do).toBe('agree')
    expect(providerStep(process('provider', 'VERIFIED'), facts())).toEqual({ do: 'finalize' })
    for (const s of ['OFFERED', 'AGREED'] as const) expect(providerStep(process('provider', s), facts())).toEqual({ do: 'wait' })
  })
})

describe('consumerStep and nextStep', () => {
  it('accepts a counter-offer only when told to, and countersigns an agreement once', () => {
    expect(consumerStep(process('consumer', 'OFFERED'))).toEqual({ do: 'accept' })
    expect(consumerStep(process('consumer', 'OFFERED', { acceptCounterOffers: false }))).toEqual({ do: 'wait' })
    expect(consumerStep(process('consumer', 'AGREED', { agreement: { bytes: 'AA==', providerSignature: 'AA==' } }))).toEqual({ do: 'verify' })
    expect(consumerStep(process('consumer', 'AGREED', { agreement: { bytes: 'AA==', providerSignature: 'AA==', consumerSignature: 'AA==' } }))).toEqual({
      do: 'wait'
    })
  })

  it('takes no step while a message waits for delivery or the process is final', () => {
    const pending = process('provider', 'REQUESTED', {
      outbox: { messageId: 'm', kind: 'offer', message: '', attempts: 0, nextAttemptAt: NOW }
    })
    let asked = 0
    const lazy = (): ProviderFacts => {
      asked++
      return facts()
    }
    expect(nextStep(pending, lazy)).toEqual({ do: 'wait' })
    expect(nextStep(process('provider', 'FINALIZED'), lazy)).toEqual({ do: 'wait' })
    expect(nextStep(process('consumer', 'TERMINATED'), lazy)).toEqual({ do: 'wait' })
    // the provider's facts (offer, policy inputs) are only gathered when a step may need them
    expect(asked).toBe(0)
    expect(nextStep(process('provider', 'REQUESTED'), lazy).do).toBe('agree')
    expect(asked).toBe(1)
  })
})

describe('transfer transition table', () => {
  const states = Object.keys(TRANSITIONS) as TransferState[]

  it('COMPLETED and TERMINATED are final; SUSPENDED never completes directly', () => {
    for (const to of states) {
      expect(canMove('COMPLETED', to), `COMPLETED -> ${to}`).toBe(false)
      expect(canMove('TERMINATED', to), `TERMINATED -> ${to}`).toBe(false)
    }
    expect(canMove('SUSPENDED', 'COMPLETED')).toBe(false)
    expect(canMove('SUSPENDED', 'REQUESTED')).toBe(true)
    expect(canMove('STARTED', 'COMPLETED')).toBe(true)
  })

  it('moveTo refuses an illegal move with INVALID_TRANSITION and leaves the record as it was', () => {
    const r: { id: string; state: TransferState; error?: { code: string; message: string } } = {
      id: 't',
      state: 'SUSPENDED',
      error: { code: 'SUSPENDED', message: 'by hand' }
    }
    expect(() => {
      moveTo(r, 'COMPLETED')
    }).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }))
    expect(r).toEqual({ id: 't', state: 'SUSPENDED', error: { code: 'SUSPENDED', message: 'by hand' } })
    moveTo(r, 'REQUESTED')
    expect(r).toEqual({ id: 't', state: 'REQUESTED' })
    moveTo(r, 'TERMINATED', { code: 'TERMINATED_BY_USER', message: 'stop' })
    expect(r.error?.code).toBe('TERMINATED_BY_USER')
  })
})

describe('negotiation messages', () => {
  it('a message read back from the outbox encodes to the same bytes it was stored as', () => {
    const request = {
      messageId: 'm-1',
      kind: 'request' as const,
      consumerPid: 'urn:uuid:c',
      providerPid: '',
      offerId: 'offer-1',
      terms: offerPolicy,
      termsId: 'urn:hanse:terms:urn:uuid:c',
      purposes: ['research']
    }
    const offer = {
      messageId: 'm-2',
      kind: 'offer' as const,
      consumerPid: 'urn:uuid:c',
      providerPid: 'urn:uuid:p',
      offerId: 'offer-1',
      terms: offerPolicy,
      termsId: 'urn:hanse:policy:research-only'
    }
    for (const m of [request, offer]) {
      const bytes = encodeMessage(m)
      expect(Buffer.from(encodeMessage(decodeMessage(bytes))).equals(Buffer.from(bytes)), m.kind).toBe(true)
    }
  })
})
