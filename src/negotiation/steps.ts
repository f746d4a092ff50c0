import { evaluatePolicy, policyToWire, type MemberFacts, type Policy } from '../policy/index.ts'
import { hanse, isText, isToken, shown } from '../wire/index.ts'
import { decodeAgreement, type AgreementView } from './agreement.ts'
import type { NegotiationMessage } from './messages.ts'
import type { NegotiationRecord } from './records.ts'
import { TERMINAL } from './states.ts'
import { validUntil, withinOffer } from './terms.ts'

/*
 * The decisions of the negotiation, without I/O: given a process (and, for the provider, the
 * offer and who the consumer is), what is the next step that is ours to take? The manager
 * carries the decision out (signs, queues the message, persists). One function per role, one
 * branch per state, in the manner of EDC's state-machine processors.
 */

export type Step =
  /** Nothing is ours to do now (waiting for the peer, the operator, or done). */
  | { do: 'wait' }
  /** Provider: counter-offer the offer's own terms (REQUESTED → OFFERED). */
  | { do: 'offer'; terms: Policy; reasons: string[] }
  /** Provider: build and sign the agreement (REQUESTED/ACCEPTED → AGREED). */
  | { do: 'agree'; datasetSha256: string }
  /** Provider: VERIFIED → FINALIZED. */
  | { do: 'finalize' }
  /** Consumer: accept the counter-offer (OFFERED → ACCEPTED). */
  | { do: 'accept' }
  /** Consumer: countersign the agreement (AGREED → VERIFIED). */
  | { do: 'verify' }
  /** End the process with this code. */
  | { do: 'terminate'; code: string; reason: string }

/** What the provider's step needs to know besides the process. */
export interface ProviderFacts {
  /** The offer asked for, as offered now (undefined: withdrawn). */
  offer: { policy: Policy; dataset: { sha256: string } } | undefined
  now: number
  member: MemberFacts | undefined
}

export function nextStep(r: NegotiationRecord, facts: () => ProviderFacts): Step {
  if (r.outbox !== undefined || TERMINAL.has(r.state)) return { do: 'wait' }
  return r.role === 'provider' ? providerStep(r, facts()) : consumerStep(r)
}

export function providerStep(r: NegotiationRecord, f: ProviderFacts): Step {
  if (r.state === 'VERIFIED') return { do: 'finalize' }
  if (r.state !== 'REQUESTED' && r.state !== 'ACCEPTED') return { do: 'wait' }
  if (f.offer === undefined) return { do: 'terminate', code: 'OFFER_WITHDRAWN', reason: `offer '${r.offerId}' is no longer offered` }
  const decision = evaluatePolicy(f.offer.policy, 'negotiation', { now: f.now, peer: r.peer, purposes: r.purposes, member: f.member })
  if (!decision.allowed) return { do: 'terminate', code: 'POLICY_DENIED', reason: decision.reasons.join('; ') }
  if (r.state === 'REQUESTED') {
    if (r.approval === 'manual') return { do: 'wait' } // the operator decides (approve / reject)
    const broader = withinOffer(r.terms, f.offer.policy)
    if (broader.length > 0) return { do: 'offer', terms: f.offer.policy, reasons: broader }
  }
  return { do: 'agree', datasetSha256: f.offer.dataset.sha256 }
}

export function consumerStep(r: NegotiationRecord): Step {
  if (r.state === 'OFFERED' && r.acceptCounterOffers) return { do: 'accept' }
  if (r.state === 'AGREED' && r.agreement !== undefined && r.agreement.consumerSignature === undefined) return { do: 'verify' }
  return { do: 'wait' }
}

/** The Agreement the provider signs: the terms on the table, for this consumer, from now. */
export function buildAgreement(r: NegotiationRecord, ids: { agreementId: string; provider: string }, datasetSha256: string, now: number): Uint8Array {
  return hanse.v1.Agreement.encode({
    agreementId: ids.agreementId,
    offerId: r.offerId,
    datasetId: r.datasetId,
    datasetSha256,
    policy: policyToWire(r.terms, `urn:hanse:agreement:${ids.agreementId}`),
    assigner: ids.provider,
    assignee: r.peer,
    purposes: r.purposes,
    timestamp: now,
    validUntil: validUntil(r.terms, now),
    consumerPid: r.consumerPid,
    providerPid: r.providerPid
  }).finish()
}

/**
 * Consumer: what is wrong with an agreement the provider sent (its signature already checked),
 * or an empty list. It must be for this process, between these two, on the terms on the table.
 */
export function checkAgreement(
  r: NegotiationRecord,
  m: Extract<NegotiationMessage, { kind: 'agreement' }>,
  self: string
): { view: AgreementView } | { problem: string } {
  let view: AgreementView
  try {
    view = decodeAgreement(m.agreement)
  } catch {
    return { problem: 'the agreement does not decode' }
  }
  const problems: string[] = []
  if (view.assigner !== r.peer) problems.push('assigner is not the provider')
  if (view.assignee !== self) problems.push('assignee is not this node')
  // a DSP agreement from another connector names no offer (ODRL agreements carry none)
  if (view.offerId !== r.offerId && view.offerId !== '') problems.push('offer id differs')
  if (view.consumerPid !== r.consumerPid) problems.push('consumer_pid differs')
  // the dataset id names what we receive (and, sanitised, where): bounded printable text
  if (!isText(view.datasetId, 256)) problems.push(`dataset id ${shown(view.datasetId)} is empty, longer than 256 characters or has control characters`)
  if (!isToken(view.agreementId, 256)) problems.push(`agreement id ${shown(view.agreementId)} is not an id`)
  if (JSON.stringify(policyToWire(view.policy, '')) !== JSON.stringify(policyToWire(r.terms, '')))
    problems.push('the agreed policy is not the terms on the table')
  return problems.length > 0 ? { problem: problems.join('; ') } : { view }
}
