import { peerIdFromString } from '@libp2p/peer-id'
import type { PrivateKey } from '@libp2p/interface'
import { hanse } from '../wire/index.ts'
import { HanseError, type ErrorCode } from '../errors/index.ts'
import { verifyPeerSignature } from '../identity/index.ts'
import type { MemberFacts } from '../policy/index.ts'

const { MembershipCredential, SignedCredential, RevocationList, SignedRevocationList } = hanse.v1

export const CREDENTIAL_PREFIX = new TextEncoder().encode('hanse/credential/v1\n')
export const REVOCATIONS_PREFIX = new TextEncoder().encode('hanse/revocations/v1\n')

/** Why a credential does not count; `code` is stable, `message` is for people. */
export class CredentialError extends HanseError {
  declare readonly code: ErrorCode
  constructor(code: ErrorCode, message: string) {
    super(code, message)
  }
}

/** Who a credential is for and what it says about them. */
interface CredentialSubject {
  credentialId: string
  peerId: string
  orgName: string
  orgId: string
  country: string
  attributes: Record<string, string>
}

/** A credential as people read it (files, API, CLI). */
export interface CredentialView extends CredentialSubject {
  issuedAt: string
  expiresAt: string
  authorityId: string
}

/** A verified credential: what it says, and its raw signed form. */
export interface VerifiedCredential {
  view: CredentialView
  facts: MemberFacts
  issuedAt: number
  expiresAt: number
  signed: hanse.v1.ISignedCredential
}

export interface RevocationState {
  authorityId: string
  serial: number
  issuedAt: number
  /** peer ID -> revoked_at and reason */
  revoked: Map<string, { at: number; reason: string }>
}

export const COUNTRY = /^[A-Z]{2}$/
export const ATTRIBUTE_KEY = /^[A-Za-z][\w-]{0,63}$/

/** What an authority signs (times in ms since the epoch). */
export interface IssueInput extends CredentialSubject {
  issuedAt: number
  expiresAt: number
}

/** Sign a credential with the authority key (the authority id is the key's peer ID). */
export async function issueCredential(authorityKey: PrivateKey, authorityId: string, c: IssueInput): Promise<hanse.v1.ISignedCredential> {
  if (!COUNTRY.test(c.country)) throw new CredentialError('BAD_ARGUMENT', `country must be an ISO 3166-1 alpha-2 code such as DE, not "${c.country}"`)
  for (const k of Object.keys(c.attributes))
    if (!ATTRIBUTE_KEY.test(k)) throw new CredentialError('BAD_ARGUMENT', `attribute key "${k}" must start with a letter and hold letters, digits, _ or -`)
  try {
    peerIdFromString(c.peerId)
  } catch {
    throw new CredentialError('BAD_ARGUMENT', `not a peer ID: ${c.peerId}`)
  }
  if (!(c.expiresAt > c.issuedAt)) throw new CredentialError('BAD_ARGUMENT', 'a credential must expire after it is issued')
  const body = MembershipCredential.encode({
    credentialId: c.credentialId,
    peerId: c.peerId,
    orgName: c.orgName,
    orgId: c.orgId,
    country: c.country,
    attributes: Object.keys(c.attributes)
      .sort()
      .map(key => ({ key, value: c.attributes[key] })),
    issuedAt: c.issuedAt,
    expiresAt: c.expiresAt,
    authorityId
  }).finish()
  return { body, signature: await authorityKey.sign(Buffer.concat([CREDENTIAL_PREFIX, body])) }
}

export interface VerifyContext {
  /** Authority ids this node trusts. */
  authorities: readonly string[]
  /** The peer the credential must belong to (the connection's proven peer ID). */
  peerId: string
  now: number
  /** Revocation lists by authority id. */
  revocations: ReadonlyMap<string, RevocationState>
}

/**
 * Check a signed credential: it decodes, comes from a trusted authority whose signature holds,
 * names this peer, is valid now, and is not revoked. Throws a CredentialError saying which.
 */
export async function verifyCredential(signed: hanse.v1.ISignedCredential | null | undefined, ctx: VerifyContext): Promise<VerifiedCredential> {
  const body = signed?.body ?? new Uint8Array()
  const signature = signed?.signature ?? new Uint8Array()
  if (body.length === 0) throw new CredentialError('CREDENTIAL_MISSING', 'no membership credential was presented')
  let c: hanse.v1.MembershipCredential
  try {
    c = MembershipCredential.decode(body)
  } catch (err) {
    throw new CredentialError('CREDENTIAL_MALFORMED', `the credential does not decode: ${(err as Error).message}`)
  }
  const authority = c.authorityId ?? ''
  if (!ctx.authorities.includes(authority))
    throw new CredentialError('CREDENTIAL_UNKNOWN_AUTHORITY', `the credential is issued by ${authority || '(nobody)'}, not by an authority this node trusts`)
  if (!(await verifyPeerSignature(authority, CREDENTIAL_PREFIX, body, signature)))
    throw new CredentialError('CREDENTIAL_BAD_SIGNATURE', `the credential's signature does not verify with the key of authority ${authority}`)
  if (c.peerId !== ctx.peerId) throw new CredentialError('CREDENTIAL_WRONG_PEER', `the credential is for peer ${c.peerId ?? ''}, not for ${ctx.peerId}`)
  const issuedAt = Number(c.issuedAt ?? 0)
  const expiresAt = Number(c.expiresAt ?? 0)
  if (ctx.now < issuedAt) throw new CredentialError('CREDENTIAL_NOT_YET_VALID', `the credential is valid from ${new Date(issuedAt).toISOString()}`)
  if (ctx.now >= expiresAt) throw new CredentialError('CREDENTIAL_EXPIRED', `the credential expired on ${new Date(expiresAt).toISOString()}`)
  const rev = ctx.revocations.get(authority)?.revoked.get(c.peerId)
  if (rev !== undefined && issuedAt <= rev.at)
    throw new CredentialError(
      'CREDENTIAL_REVOKED',
      `the credential was revoked on ${new Date(rev.at).toISOString()}${rev.reason !== '' ? `: ${rev.reason}` : ''}`
    )
  const attributes: Record<string, string> = {}
  for (const a of c.attributes ?? []) if (a.key !== undefined && a.key !== null) attributes[a.key] = a.value ?? ''
  const view: CredentialView = {
    credentialId: c.credentialId ?? '',
    peerId: c.peerId,
    orgName: c.orgName ?? '',
    orgId: c.orgId ?? '',
    country: (c.country ?? '').toUpperCase(),
    attributes,
    issuedAt: new Date(issuedAt).toISOString(),
    expiresAt: new Date(expiresAt).toISOString(),
    authorityId: authority
  }
  return {
    view,
    facts: { orgId: view.orgId, orgName: view.orgName, country: view.country, attributes },
    issuedAt,
    expiresAt,
    signed: { body, signature }
  }
}

/** Sign a revocation list. */
export async function signRevocations(authorityKey: PrivateKey, list: RevocationState): Promise<hanse.v1.ISignedRevocationList> {
  const body = RevocationList.encode({
    authorityId: list.authorityId,
    serial: list.serial,
    issuedAt: list.issuedAt,
    revoked: [...list.revoked.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([peerId, r]) => ({ peerId, revokedAt: r.at, reason: r.reason }))
  }).finish()
  return { body, signature: await authorityKey.sign(Buffer.concat([REVOCATIONS_PREFIX, body])) }
}

/** Check a signed revocation list against the trusted authorities. */
export async function verifyRevocations(signed: hanse.v1.ISignedRevocationList | null | undefined, authorities: readonly string[]): Promise<RevocationState> {
  const body = signed?.body ?? new Uint8Array()
  let l: hanse.v1.RevocationList
  try {
    l = RevocationList.decode(body)
  } catch (err) {
    throw new CredentialError('REVOCATIONS_MALFORMED', `the revocation list does not decode: ${(err as Error).message}`)
  }
  const authority = l.authorityId ?? ''
  if (!authorities.includes(authority))
    throw new CredentialError('REVOCATIONS_UNKNOWN_AUTHORITY', `the revocation list is from ${authority || '(nobody)'}, not from an authority this node trusts`)
  if (!(await verifyPeerSignature(authority, REVOCATIONS_PREFIX, body, signed?.signature ?? new Uint8Array())))
    throw new CredentialError('REVOCATIONS_BAD_SIGNATURE', `the revocation list's signature does not verify with the key of authority ${authority}`)
  const revoked = new Map<string, { at: number; reason: string }>()
  for (const r of l.revoked ?? [])
    if (r.peerId !== undefined && r.peerId !== null) revoked.set(r.peerId, { at: Number(r.revokedAt ?? 0), reason: r.reason ?? '' })
  return { authorityId: authority, serial: Number(l.serial ?? 0), issuedAt: Number(l.issuedAt ?? 0), revoked }
}

// ---------------------------------------------------------------- files

/** The credential file an authority hands a member: the signed bytes, plus a readable copy. */
export interface CredentialFile {
  format: 'hanse-credential/1'
  body: string
  signature: string
  /** For people only: verifiers read `body`. */
  credential: CredentialView
}

export interface RevocationsFile {
  format: 'hanse-revocations/1'
  body: string
  signature: string
  authorityId: string
  serial: number
  issuedAt: string
  revoked: Array<{ peerId: string; revokedAt: string; reason: string }>
}

export function credentialFile(signed: hanse.v1.ISignedCredential): CredentialFile {
  const c = MembershipCredential.decode(signed.body ?? new Uint8Array())
  return {
    format: 'hanse-credential/1',
    body: Buffer.from(signed.body ?? []).toString('base64'),
    signature: Buffer.from(signed.signature ?? []).toString('base64'),
    credential: {
      credentialId: c.credentialId,
      peerId: c.peerId,
      orgName: c.orgName,
      orgId: c.orgId,
      country: c.country,
      attributes: Object.fromEntries((c.attributes ?? []).map(a => [a.key, a.value])),
      issuedAt: new Date(Number(c.issuedAt)).toISOString(),
      expiresAt: new Date(Number(c.expiresAt)).toISOString(),
      authorityId: c.authorityId
    }
  }
}

/** Read the signed part of a credential file (any JSON shape that is not one gives a clear error). */
export function signedFromCredentialFile(text: string, file: string): hanse.v1.ISignedCredential {
  let doc: Partial<CredentialFile>
  try {
    doc = JSON.parse(text)
  } catch {
    throw new CredentialError('CREDENTIAL_MALFORMED', `${file} is not a hanse credential file (not JSON); get one with \`hanse authority issue\``)
  }
  if (doc?.format !== 'hanse-credential/1' || typeof doc.body !== 'string' || typeof doc.signature !== 'string') {
    throw new CredentialError('CREDENTIAL_MALFORMED', `${file} is not a hanse credential file (format hanse-credential/1 with body and signature)`)
  }
  return { body: Buffer.from(doc.body, 'base64'), signature: Buffer.from(doc.signature, 'base64') }
}

export function revocationsFile(signed: hanse.v1.ISignedRevocationList, state: RevocationState): RevocationsFile {
  return {
    format: 'hanse-revocations/1',
    body: Buffer.from(signed.body ?? []).toString('base64'),
    signature: Buffer.from(signed.signature ?? []).toString('base64'),
    authorityId: state.authorityId,
    serial: state.serial,
    issuedAt: new Date(state.issuedAt).toISOString(),
    revoked: [...state.revoked].map(([peerId, r]) => ({ peerId, revokedAt: new Date(r.at).toISOString(), reason: r.reason }))
  }
}

export function signedFromRevocationsFile(text: string, file: string): hanse.v1.ISignedRevocationList {
  let doc: Partial<RevocationsFile>
  try {
    doc = JSON.parse(text)
  } catch {
    throw new CredentialError('REVOCATIONS_MALFORMED', `${file} is not a hanse revocation list (not JSON)`)
  }
  if (doc?.format !== 'hanse-revocations/1' || typeof doc.body !== 'string' || typeof doc.signature !== 'string') {
    throw new CredentialError('REVOCATIONS_MALFORMED', `${file} is not a hanse revocation list (format hanse-revocations/1 with body and signature)`)
  }
  return { body: Buffer.from(doc.body, 'base64'), signature: Buffer.from(doc.signature, 'base64') }
}

export { SignedCredential, SignedRevocationList }
