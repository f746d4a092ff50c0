export {
  MembershipService,
  MEMBERSHIP_PROTOCOL,
  type MemberState,
  type PeerMembership,
  type MembershipInit,
  type MembershipComponents,
  type VcMember,
  type VcMembership
} from './membership.ts'
export {
  CredentialError,
  verifyCredential,
  verifyRevocations,
  issueCredential,
  signRevocations,
  credentialFile,
  signedFromCredentialFile,
  signedFromRevocationsFile,
  type CredentialView,
  type VerifiedCredential,
  type RevocationState,
  type CredentialFile,
  type RevocationsFile
} from './credential.ts'
export { initAuthority, loadAuthority, issue, revoke, AUTHORITY_KEY, AUTHORITY_INFO, REVOCATIONS, type Authority } from './authority.ts'
export { gatedHost, type PeerGate } from './gate.ts'
export { initIssuer, loadIssuer, issueVc, revokeVc, DID_DOCUMENT, ISSUED, STATUS_JWT, VC_INFO, type IssuerInfo } from './vc-authority.ts'
