import { policyFromWire, policyToWire, type Policy } from '../policy/index.ts'
import { withoutControlChars } from '../paths/index.ts'
import { hanse, isText, isToken, shown } from '../wire/index.ts'
import { NegotiationError } from './errors.ts'
import type { Ack, Pids } from './records.ts'
import type { MessageKind, NegotiationState, Role } from './states.ts'

/*
 * The negotiation messages as the protocol core sees them, whatever binding carried them: the
 * DSP 2025-1 contract negotiation messages (ContractRequestMessage, ContractOfferMessage,
 * ContractNegotiationEventMessage accepted/finalized, ContractAgreementMessage,
 * ContractAgreementVerificationMessage, ContractNegotiationTerminationMessage), with terms as a
 * Policy. A binding decodes its wire form into these and encodes them back; the outbox keeps a
 * message to send as its protobuf encoding (the libp2p wire form, defined once in proto/), so a
 * process waiting for delivery survives a restart in the form earlier versions stored. Terms
 * keep their policy uid (`termsId`), so a message read back from the outbox goes out exactly as
 * it was first encoded.
 * https://eclipse-dataspace-protocol-base.github.io/DataspaceProtocol/2025-1/#contract-negotiation-protocol
 */

export type { Pids }

export type NegotiationMessage = Pids & { messageId: string } & (
    | { kind: 'request'; offerId: string; terms: Policy; termsId: string; purposes: string[]; datasetId?: string }
    | { kind: 'offer'; offerId: string; terms: Policy; termsId: string; datasetId?: string }
    | { kind: 'accepted' }
    | { kind: 'finalized' }
    | { kind: 'agreement'; agreement: Uint8Array; providerSignature: Uint8Array }
    | { kind: 'verification'; consumerSignature: Uint8Array }
    | { kind: 'termination'; code: string; reason: string }
  )

/** What the receiver answers: the state its process reached, or a refusal with a code. */
export type NegotiationReply = { ack: Ack } | { error: { code: string; message: string } }

/** A message to send, before it gets its id. */
export type Outgoing = NegotiationMessage extends infer M ? (M extends NegotiationMessage ? Omit<M, 'messageId'> : never) : never

const MAX_REASON = 4000

/** Who sends a message of `kind` (a termination can come from either side). */
export function senderOf(kind: Exclude<MessageKind, 'termination'>): Role {
  return kind === 'request' || kind === 'accepted' || kind === 'verification' ? 'consumer' : 'provider'
}

/**
 * Checks the form of everything a peer sent before any of it is stored or used: ids are
 * bounded tokens, purposes bounded text, codes upper-case identifiers. Throws BAD_REQUEST.
 */
export function checkMessage(m: NegotiationMessage): void {
  if (!isToken(m.messageId)) throw new NegotiationError('BAD_REQUEST', 'message_id must be 1 to 128 characters of letters, digits and ._:@/+~=#-')
  for (const [name, v] of [
    ['consumer_pid', m.consumerPid],
    ['provider_pid', m.providerPid]
  ] as const) {
    if (v !== '' && !isToken(v))
      throw new NegotiationError('BAD_REQUEST', `${name} ${shown(v)} is not a process id (1 to 128 characters of letters, digits and ._:@/+~=#-)`)
  }
  if ((m.kind === 'request' || m.kind === 'offer') && m.offerId !== '' && !isToken(m.offerId, 256))
    throw new NegotiationError('BAD_REQUEST', `offer_id ${shown(m.offerId)} is not an offer id`)
  if (m.kind === 'request' && (m.purposes.length > 32 || m.purposes.some(p => !isText(p, 128))))
    throw new NegotiationError('BAD_REQUEST', 'purposes: at most 32, each 1 to 128 characters without control characters')
  if (m.kind === 'termination' && m.code !== '' && !/^[A-Z][A-Z0-9_]{0,63}$/.test(m.code))
    throw new NegotiationError('BAD_REQUEST', `termination code ${shown(m.code)} is not a code (A-Z, 0-9, _)`)
}

/* ---------------- the protobuf form (libp2p wire, outbox) ---------------- */

const { NegotiationEvent } = hanse.v1
type PbMessage = hanse.v1.NegotiationMessage.$Properties

const PB_STATE: Record<NegotiationState, hanse.v1.NegotiationState> = {
  REQUESTED: hanse.v1.NegotiationState.REQUESTED,
  OFFERED: hanse.v1.NegotiationState.OFFERED,
  ACCEPTED: hanse.v1.NegotiationState.ACCEPTED,
  AGREED: hanse.v1.NegotiationState.AGREED,
  VERIFIED: hanse.v1.NegotiationState.VERIFIED,
  FINALIZED: hanse.v1.NegotiationState.FINALIZED,
  TERMINATED: hanse.v1.NegotiationState.TERMINATED
}
const STATE_OF_PB = new Map(Object.entries(PB_STATE).map(([k, v]) => [v, k as NegotiationState]))

export function toPb(m: NegotiationMessage): PbMessage {
  const pids = { consumerPid: m.consumerPid, providerPid: m.providerPid }
  const base = { messageId: m.messageId }
  switch (m.kind) {
    case 'request':
      return {
        ...base,
        contractRequest: { ...pids, offerId: m.offerId, terms: policyToWire(m.terms, m.termsId), purposes: m.purposes, datasetId: m.datasetId ?? '' }
      }
    case 'offer':
      return { ...base, contractOffer: { ...pids, offerId: m.offerId, terms: policyToWire(m.terms, m.termsId), datasetId: m.datasetId ?? '' } }
    case 'accepted':
      return { ...base, event: { ...pids, type: NegotiationEvent.Type.ACCEPTED } }
    case 'finalized':
      return { ...base, event: { ...pids, type: NegotiationEvent.Type.FINALIZED } }
    case 'agreement':
      return { ...base, contractAgreement: { ...pids, agreement: m.agreement, providerSignature: m.providerSignature } }
    case 'verification':
      return { ...base, verification: { ...pids, consumerSignature: m.consumerSignature } }
    case 'termination':
      return { ...base, termination: { ...pids, code: m.code, reason: m.reason.slice(0, MAX_REASON) } }
  }
}

/** The neutral form of a decoded protobuf message; BAD_REQUEST when it has no known body. */
export function fromPb(m: hanse.v1.NegotiationMessage): NegotiationMessage {
  const messageId = m.messageId ?? ''
  const pids = (b: { consumerPid?: string | null; providerPid?: string | null } | null | undefined): Pids => ({
    consumerPid: b?.consumerPid ?? '',
    providerPid: b?.providerPid ?? ''
  })
  switch (m.body) {
    case 'contractRequest': {
      const b = m.contractRequest
      return {
        messageId,
        kind: 'request',
        ...pids(b),
        offerId: b?.offerId ?? '',
        terms: policyFromWire(b?.terms ?? {}, ''),
        termsId: b?.terms?.uid ?? '',
        purposes: [...(b?.purposes ?? [])],
        datasetId: b?.datasetId ?? ''
      }
    }
    case 'contractOffer': {
      const b = m.contractOffer
      return {
        messageId,
        kind: 'offer',
        ...pids(b),
        offerId: b?.offerId ?? '',
        terms: policyFromWire(b?.terms ?? {}, ''),
        termsId: b?.terms?.uid ?? '',
        datasetId: b?.datasetId ?? ''
      }
    }
    case 'event':
      if (m.event?.type === NegotiationEvent.Type.ACCEPTED) return { messageId, kind: 'accepted', ...pids(m.event) }
      if (m.event?.type === NegotiationEvent.Type.FINALIZED) return { messageId, kind: 'finalized', ...pids(m.event) }
      break
    case 'contractAgreement': {
      const b = m.contractAgreement
      return {
        messageId,
        kind: 'agreement',
        ...pids(b),
        agreement: b?.agreement ?? new Uint8Array(),
        providerSignature: b?.providerSignature ?? new Uint8Array()
      }
    }
    case 'verification':
      return { messageId, kind: 'verification', ...pids(m.verification), consumerSignature: m.verification?.consumerSignature ?? new Uint8Array() }
    case 'termination': {
      const b = m.termination
      // a peer's reason is shown to operators and logged: bounded, no control characters
      return { messageId, kind: 'termination', ...pids(b), code: b?.code ?? '', reason: withoutControlChars((b?.reason ?? '').slice(0, MAX_REASON), ' ') }
    }
  }
  throw new NegotiationError('BAD_REQUEST', 'the message has no body')
}

export function encodeMessage(m: NegotiationMessage): Uint8Array {
  return hanse.v1.NegotiationMessage.encode(toPb(m)).finish()
}

export function decodeMessage(bytes: Uint8Array): NegotiationMessage {
  return fromPb(hanse.v1.NegotiationMessage.decode(bytes))
}

export function replyToPb(messageId: string, r: NegotiationReply): hanse.v1.NegotiationReply.$Properties {
  if ('error' in r) return { messageId, error: r.error }
  return { messageId, ack: { consumerPid: r.ack.consumerPid, providerPid: r.ack.providerPid, state: PB_STATE[r.ack.state] } }
}

export function replyFromPb(r: hanse.v1.NegotiationReply): NegotiationReply {
  if (r.error != null) return { error: { code: r.error.code ?? '', message: r.error.message ?? '' } }
  const a = r.ack
  return {
    ack: {
      consumerPid: a?.consumerPid ?? '',
      providerPid: a?.providerPid ?? '',
      state: STATE_OF_PB.get(a?.state ?? hanse.v1.NegotiationState.REQUESTED) ?? 'REQUESTED'
    }
  }
}
