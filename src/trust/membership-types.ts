/** What the membership service (membership.ts) is given and says about peers. */
import type { PeerId } from '@libp2p/interface'
import type { ErrorCode } from '../errors/index.ts'
import type { Clock } from '../clock/index.ts'
import type { UsageLog } from '../ledger/index.ts'
import type { Logger } from '../logging/index.ts'
import type { Metrics } from '../metrics/index.ts'
import type { MemberFacts } from '../policy/index.ts'
import type { ProtocolHost } from '../wire/index.ts'
import type { CredentialView } from './credential.ts'

/** `valid`: a verified, current credential. Anything else grants nothing. */
export type MemberState = 'valid' | 'pending' | 'missing' | 'invalid' | 'expired' | 'revoked'

export interface PeerMembership {
  state: MemberState
  /** Why not valid: a stable code (CREDENTIAL_EXPIRED, ...) and a sentence. */
  code?: ErrorCode
  /** No verdict: the peer did not answer (yet); it is asked again. */
  noAnswer?: boolean
  reason?: string
  credential?: CredentialView
  facts?: MemberFacts
  /** The DID a W3C membership credential names (admitted by presentation), else undefined. */
  did?: string
  expiresAt?: number
  checkedAt: number
  /** The peer's verdict on our credential, from its answer. */
  acceptsUs?: boolean
  theirReason?: string
}

export interface MembershipHost extends ProtocolHost {
  addEventListener: (type: 'peer:connect', fn: (evt: CustomEvent<PeerId>) => void) => void
  removeEventListener: (type: 'peer:connect', fn: (evt: CustomEvent<PeerId>) => void) => void
  getConnections: (peer?: PeerId) => unknown[]
}

/** A peer's membership proved by W3C credentials (see `VcMembership.verify`). */
export interface VcMember {
  did: string
  facts: MemberFacts
  view: CredentialView
  expiresAt: number
  /** Check it again (the issuer's status list, the validity); throws a CredentialError-coded error when it no longer holds. */
  recheck: () => Promise<void>
}

/**
 * Membership as W3C Verifiable Credentials on libp2p (DCP's credentials, pushed in the hello
 * instead of queried from a CredentialService): implemented by the DCP component.
 */
export interface VcMembership {
  /** This node's presentation for `peer` (audience: the did:key of its peer key), or undefined without credentials. */
  present: (peer: string) => string | undefined
  /** Verify a peer's presentation: holder key = the peer's libp2p key, a trusted issuer, subject = holder, status. */
  verify: (peer: string, presentation: string) => Promise<VcMember>
  /** This node's own credential, as people read it, or undefined. */
  own: () => { view: CredentialView; expiresAt: number } | undefined
}

export interface MembershipComponents {
  host: MembershipHost
  selfId: string
  logger: Logger
  metrics: Metrics
  clock: Clock
  ledger?: Pick<UsageLog, 'append'>
  /** Membership by W3C credentials besides (or instead of) hanse-credential/1 files. */
  vc?: VcMembership
}

export interface MembershipInit {
  /** Authority ids trusted to admit members. */
  authorities: readonly string[]
  /** This node's credential file (required to be admitted by others). */
  credentialFile?: string
  /** The authority's signed revocation list; reloaded when it changes. */
  revocationListFile?: string
  /** How often the revocation list file and credential expiries are checked. */
  recheckMs: number
  /** How long a membership exchange may take. */
  helloTimeoutMs: number
  /** Warn this many days before the node's own credential expires. */
  expiryWarningDays: number
}

/** The state a peer is in when its credential failed with one of these codes (else `invalid`). */
export const STATE_BY_CODE: Record<string, MemberState> = {
  CREDENTIAL_MISSING: 'missing',
  CREDENTIAL_EXPIRED: 'expired',
  CREDENTIAL_REVOKED: 'revoked'
}

/** The codes a failed credential check keeps as they are (membership.ts makes any other CREDENTIAL_MALFORMED). */
const CREDENTIAL_CODES = new Set<string>([
  'CREDENTIAL_MISSING',
  'CREDENTIAL_MALFORMED',
  'CREDENTIAL_BAD_SIGNATURE',
  'CREDENTIAL_UNKNOWN_AUTHORITY',
  'CREDENTIAL_WRONG_PEER',
  'CREDENTIAL_EXPIRED',
  'CREDENTIAL_NOT_YET_VALID',
  'CREDENTIAL_REVOKED',
  'PRESENTATION_INVALID',
  'STATUS_LIST_INVALID',
  'DID_UNRESOLVABLE',
  'DID_DOCUMENT_INVALID',
  'DID_KEY_NOT_FOUND',
  'DID_INVALID'
])

export function isCredentialCode(code: string | undefined): code is ErrorCode {
  return code !== undefined && CREDENTIAL_CODES.has(code)
}
