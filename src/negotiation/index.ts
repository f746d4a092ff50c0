/**
 * Contract negotiation (DSP state machine) over `/hanse/negotiation/1.0.0`, and agreements.
 */
export {
  NegotiationManager,
  NegotiationError,
  NEGOTIATION_PROTOCOL,
  negotiationDefaults,
  type NegotiationInit,
  type StartNegotiation,
  type TransitionEvent
} from './manager.ts'
export { STATES, TERMINAL, transition, ALL_KINDS, type NegotiationState, type Role, type MessageKind } from './states.ts'
export { narrowTerms, withinOffer, validUntil, checkTerms, type Narrowing } from './terms.ts'
export {
  exportAgreement,
  verifyExport,
  decodeAgreement,
  signAgreement,
  verifySignature,
  ed25519Pem,
  AgreementInvalidError,
  type AgreementView
} from './agreement.ts'
export { negotiationRoutes, negotiationView } from './routes.ts'
export { usageRoutes, usageSummary } from './usage.ts'
export type { NegotiationRecord, AgreementRecord } from './records.ts'
