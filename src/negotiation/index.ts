/**
 * Contract negotiation (the DSP state machine) on any binding (libp2p: `/hanse/negotiation/1.0.0`),
 * and agreements.
 */
export {
  NegotiationManager,
  NegotiationError,
  type NegotiationInit,
  type NegotiationComponents,
  type StartNegotiation,
  type TransitionEvent
} from './manager.ts'
export { RoutedNegotiationBinding, type NegotiationBinding, type InboundNegotiation } from './binding.ts'
export type { NegotiationMessage, NegotiationReply } from './messages.ts'
export { Libp2pNegotiationBinding, NEGOTIATION_PROTOCOL, type Libp2pNegotiationInit } from './libp2p.ts'
export { providerStep, consumerStep, nextStep, type Step, type ProviderFacts } from './steps.ts'
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
export { negotiationRoutes, negotiationView, narrowing, termsSchema, type TermsBody } from './routes.ts'
export { usageRoutes, usageSummary } from './usage.ts'
export type { NegotiationRecord, AgreementRecord, Ack } from './records.ts'
