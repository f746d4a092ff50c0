/**
 * W3C Verifiable Credentials as DCP's `vc20-bssl/jwt` profile uses them: VC DM 2.0 credentials
 * and presentations with enveloping JOSE proofs (`vc+jwt`, `vp+jwt`), Bitstring Status Lists for
 * revocation, and the data space's MembershipCredential.
 */
export {
  HANSE_VC_CONTEXT,
  MEMBERSHIP_TYPE,
  VC_V2_CONTEXT,
  issuerOf,
  kidOf,
  signCredential,
  signPresentation,
  verifyCredential,
  verifyPresentation,
  type Credential,
  type VerifiedCredential
} from './credential.ts'
export {
  MAX_LIST_BYTES,
  MIN_LIST_BYTES,
  decodeStatusList,
  emptyStatusList,
  encodeStatusList,
  readStatusEntry,
  setStatusBit,
  statusBit,
  statusEntry
} from './status.ts'
export { StatusLists, membershipCredential, membershipFacts, statusListCredential, type MembershipClaims, type StatusListsInit } from './membership.ts'
