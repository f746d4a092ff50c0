import type { Policy } from '../policy/index.ts'
import type { MessageKind, NegotiationState, Role } from './states.ts'

/** A message waiting to be delivered; kept with the process so it survives a restart. */
export interface Outbox {
  messageId: string
  kind: MessageKind
  /** Base64 of the encoded NegotiationMessage. */
  message: string
  attempts: number
  nextAttemptAt: number
  lastError?: string
}

/** The two process ids of a negotiation, as every message carries them. */
export interface Pids {
  consumerPid: string
  /** Empty on a consumer's first request. */
  providerPid: string
}

export interface Ack {
  consumerPid: string
  providerPid: string
  state: NegotiationState
}

/** One side's negotiation process, as persisted. */
export interface NegotiationRecord {
  /** Local process id (consumer_pid on the consumer, provider_pid on the provider). */
  id: string
  role: Role
  /** The other party's peer ID. */
  peer: string
  consumerPid: string
  /** Empty on the consumer until the provider's first answer. */
  providerPid: string
  offerId: string
  datasetId: string
  state: NegotiationState
  /** Transitions so far (DSP state_count). */
  stateCount: number
  /** Time of the last transition, ms since the epoch (DSP state_timestamp). */
  stateTimestamp: number
  createdAt: number
  purposes: string[]
  /** The terms currently on the table: requested, counter-offered or agreed. */
  terms: Policy
  /** Provider: the offer's approval mode; `approved` once the operator said yes. */
  approval: 'auto' | 'manual' | 'approved'
  /** Consumer: accept a provider's counter-offer without asking the operator. */
  acceptCounterOffers: boolean
  agreementId?: string
  agreement?: { bytes: string; providerSignature: string; consumerSignature?: string }
  termination?: { code: string; reason: string; by: 'local' | 'peer' }
  outbox?: Outbox
  /** Acknowledgements of processed message ids, so a duplicate gets the same answer. */
  replies: Record<string, Ack>
  history: Array<{ state: NegotiationState; at: number }>
  /** How many of `history` are in the usage ledger (written in the same batch as the record). */
  logged?: number
}

export interface AgreementRecord {
  agreementId: string
  negotiationId: string
  role: Role
  peer: string
  offerId: string
  datasetId: string
  /** Base64 of the signed Agreement bytes. */
  bytes: string
  providerSignature: string
  consumerSignature: string
  timestamp: number
  validUntil: number
  finalizedAt: number
}

/** Replies remembered per process for duplicate detection. */
export const MAX_REPLIES = 32

/** The process ids of a process, as its messages carry them. */
export function pids(r: NegotiationRecord): Pids {
  return { consumerPid: r.consumerPid, providerPid: r.providerPid }
}

export function blank(id: string, role: Role, peer: string, ids: Pids, offerId: string, datasetId: string, now: number): NegotiationRecord {
  return {
    id,
    role,
    peer,
    ...ids,
    offerId,
    datasetId,
    state: 'REQUESTED',
    stateCount: 0,
    stateTimestamp: now,
    createdAt: now,
    purposes: [],
    terms: { name: '', description: '', access: [], permissions: [], prohibitions: [], duties: [] },
    approval: 'auto',
    acceptCounterOffers: true,
    replies: {},
    history: []
  }
}

export function remember(r: NegotiationRecord, messageId: string, ack: Ack): void {
  r.replies[messageId] = ack
  const keys = Object.keys(r.replies)
  if (keys.length > MAX_REPLIES) for (const k of keys.slice(0, keys.length - MAX_REPLIES)) delete r.replies[k]
}
