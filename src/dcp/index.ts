/**
 * The Eclipse Decentralized Claims Protocol (DCP 1.0) on hanse's DSP binding: Self-Issued ID
 * Tokens, the verifier that asks a counterparty's CredentialService for its MembershipCredential,
 * and this node's own CredentialService. https://eclipse-dataspace-dcp.github.io/decentralized-claims-protocol/
 */
export { selfIssuedIdToken, verifySelfIssued, type SelfIssuedClaims } from './tokens.ts'
export { DcpVerifier, MEMBERSHIP_SCOPE, type DcpVerifierComponents, type DcpVerifierInit, type VerifiedMember } from './verifier.ts'
export { DcpHolder, type DcpHolderComponents, type DcpHolderInit } from './holder.ts'
export { Libp2pPresentations, type Libp2pPresentationsComponents, type Libp2pPresentationsInit } from './libp2p.ts'
