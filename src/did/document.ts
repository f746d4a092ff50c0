import type { KeyObject } from 'node:crypto'
import { base58btc } from 'multiformats/bases/base58'
import { HanseError } from '../errors/index.ts'
import { keyFromJwk } from './jws.ts'

/*
 * DID documents (DID Core 1.0, https://www.w3.org/TR/did-core/): the two methods hanse resolves,
 * did:web (https://w3c-ccg.github.io/did-method-web/) and did:key
 * (https://w3c-ccg.github.io/did-key-spec/), the document a node publishes, and picking the key
 * a protocol step may use. DCP asks for `capabilityInvocation` to check a Self-Issued ID Token,
 * `authentication` for a presentation and `assertionMethod` for a credential (base.protocol.md,
 * verifiable.presentation.protocol.md).
 */

export type Relationship = 'authentication' | 'assertionMethod' | 'capabilityInvocation' | 'capabilityDelegation'

export interface VerificationMethod {
  id: string
  type: string
  controller: string
  publicKeyJwk?: Record<string, unknown>
  publicKeyMultibase?: string
}

export interface DidService {
  id: string
  type: string | string[]
  serviceEndpoint: unknown
}

export interface DidDocument {
  '@context'?: unknown
  id: string
  verificationMethod?: VerificationMethod[]
  authentication?: Array<string | VerificationMethod>
  assertionMethod?: Array<string | VerificationMethod>
  capabilityInvocation?: Array<string | VerificationMethod>
  capabilityDelegation?: Array<string | VerificationMethod>
  service?: DidService[]
}

export const DID_CONTEXT = 'https://www.w3.org/ns/did/v1'
export const DCP_CONTEXT = 'https://w3id.org/dspace-dcp/v1.0/dcp.jsonld'
const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1'
const JWK_CONTEXT = 'https://w3id.org/security/suites/jws-2020/v1'
const MAX_DID = 2048

/** A DID hanse takes from outside: `did:web:` or `did:key:`, printable, bounded. */
export function checkDid(did: string): void {
  if (did.length > MAX_DID || !/^did:(web|key):[A-Za-z0-9._:%-]+$/.test(did)) {
    throw new HanseError('DID_INVALID', `${JSON.stringify(did.slice(0, 100))} is not a did:web or did:key DID`)
  }
}

/**
 * Where a did:web document lives: `did:web:example.com` → https://example.com/.well-known/did.json,
 * `did:web:example.com:user:alice` → https://example.com/user/alice/did.json, a port percent-encoded
 * (`did:web:localhost%3A8443`).
 */
export function didWebUrl(did: string): string {
  checkDid(did)
  if (!did.startsWith('did:web:')) throw new HanseError('DID_INVALID', `${did} is not a did:web`)
  const [host = '', ...path] = did.slice('did:web:'.length).split(':')
  const authority = decodeURIComponent(host)
  // a host name (or IP) with an optional port; nothing that would change the URL's meaning
  if (!/^[A-Za-z0-9.-]+(:\d{1,5})?$/.test(authority) || authority.startsWith('.') || authority.includes('..'))
    throw new HanseError('DID_INVALID', `${did}: ${JSON.stringify(authority)} is not a host`)
  for (const p of path) {
    if (!/^[A-Za-z0-9._-]+$/.test(p) || p === '.' || p === '..') throw new HanseError('DID_INVALID', `${did}: path segment ${JSON.stringify(p)} is not allowed`)
  }
  return path.length === 0 ? `https://${authority}/.well-known/did.json` : `https://${authority}/${path.join('/')}/did.json`
}

/** The path a node serves its did:web document at, below its host (see didWebUrl). */
export function didWebPath(did: string): string {
  return new URL(didWebUrl(did)).pathname
}

/** The did:key document of an Ed25519 did:key, as its method defines it (all relationships). */
export function didKeyDocument(did: string): DidDocument {
  checkDid(did)
  const fragment = did.slice('did:key:'.length)
  let bytes: Uint8Array
  try {
    bytes = base58btc.decode(fragment)
  } catch {
    throw new HanseError('DID_INVALID', `${did} does not decode`)
  }
  if (bytes.length !== 34 || bytes[0] !== 0xed || bytes[1] !== 0x01) throw new HanseError('DID_INVALID', `${did} is not an Ed25519 did:key`)
  const id = `${did}#${fragment}`
  const vm: VerificationMethod = { id, type: 'Multikey', controller: did, publicKeyMultibase: fragment }
  return {
    '@context': [DID_CONTEXT, MULTIKEY_CONTEXT],
    id: did,
    verificationMethod: [vm],
    authentication: [id],
    assertionMethod: [id],
    capabilityInvocation: [id],
    capabilityDelegation: [id]
  }
}

/**
 * The document a hanse node publishes for its DID: its Ed25519 key as a JsonWebKey with the
 * relationships DCP uses, its CredentialService, and the libp2p peer ID of the same key.
 */
export function nodeDidDocument(o: { did: string; publicKey: Uint8Array; credentialService?: string; peerId?: string }): DidDocument {
  const id = `${o.did}#key-1`
  const doc: DidDocument = {
    '@context': [DID_CONTEXT, JWK_CONTEXT, DCP_CONTEXT],
    id: o.did,
    verificationMethod: [
      { id, type: 'JsonWebKey2020', controller: o.did, publicKeyJwk: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(o.publicKey).toString('base64url') } }
    ],
    authentication: [id],
    assertionMethod: [id],
    capabilityInvocation: [id]
  }
  const service: DidService[] = []
  if (o.credentialService !== undefined) service.push({ id: `${o.did}#credential-service`, type: 'CredentialService', serviceEndpoint: o.credentialService })
  // the node's network identity: the same key, as a libp2p peer ID (the membership exchange proves it)
  if (o.peerId !== undefined) service.push({ id: `${o.did}#libp2p`, type: 'HanseLibp2pPeer', serviceEndpoint: `urn:libp2p:${o.peerId}` })
  if (service.length > 0) doc.service = service
  return doc
}

/** What is wrong with a fetched document for `did`, or undefined (shape only; keys are checked when used). */
export function documentProblem(did: string, doc: unknown): string | undefined {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return 'it is not a JSON object'
  const d = doc as Record<string, unknown>
  if (d.id !== did) return `its id ${JSON.stringify(String(d.id).slice(0, 100))} is not ${did}`
  if (d.verificationMethod !== undefined && !Array.isArray(d.verificationMethod)) return 'verificationMethod is not an array'
  for (const r of ['authentication', 'assertionMethod', 'capabilityInvocation', 'capabilityDelegation', 'service'])
    if (d[r] !== undefined && !Array.isArray(d[r])) return `${r} is not an array`
  return undefined
}

/** An absolute verification method id (`#key-1` is relative to the document). */
function absolute(doc: DidDocument, id: string): string {
  return id.startsWith('#') ? `${doc.id}${id}` : id
}

/**
 * The key to check a signature with: the method `kid` names (or, without a kid, the only method
 * the document has), which must belong to this DID and hold `relationship`. Throws DID_KEY_NOT_FOUND.
 */
export function keyFor(doc: DidDocument, kid: string | undefined, relationship: Relationship): { id: string; key: KeyObject } {
  const methods = new Map<string, VerificationMethod>()
  for (const vm of doc.verificationMethod ?? []) if (typeof vm?.id === 'string') methods.set(absolute(doc, vm.id), vm)
  const related = new Set<string>()
  for (const entry of doc[relationship] ?? []) {
    if (typeof entry === 'string') related.add(absolute(doc, entry))
    else if (typeof entry?.id === 'string') {
      methods.set(absolute(doc, entry.id), entry)
      related.add(absolute(doc, entry.id))
    }
  }
  let id: string
  if (kid === undefined) {
    // DCP base protocol: without a kid, the document must have exactly one method
    if (methods.size !== 1) throw new HanseError('DID_KEY_NOT_FOUND', `${doc.id}: no kid given and the document has ${methods.size} verification methods`)
    id = [...methods.keys()][0] as string
  } else {
    // a kid may be absolute (did#frag), relative (#frag) or the bare fragment
    id = kid.startsWith('did:') ? kid : absolute(doc, kid.startsWith('#') ? kid : `#${kid}`)
  }
  const vm = methods.get(id)
  if (vm === undefined) throw new HanseError('DID_KEY_NOT_FOUND', `${doc.id} has no verification method ${id}`)
  if (!id.startsWith(`${doc.id}#`) || (vm.controller !== undefined && vm.controller !== doc.id))
    throw new HanseError('DID_KEY_NOT_FOUND', `${id} is not a key of ${doc.id}`)
  if (!related.has(id)) throw new HanseError('DID_KEY_NOT_FOUND', `${id} does not have the ${relationship} relationship`)
  const key = keyOf(vm)
  if (key === undefined) throw new HanseError('DID_KEY_NOT_FOUND', `${id} is not a key hanse can use (a public JWK, or an Ed25519 Multikey)`)
  return { id, key }
}

function keyOf(vm: VerificationMethod): KeyObject | undefined {
  if (vm.publicKeyJwk !== undefined) return keyFromJwk(vm.publicKeyJwk)
  if (typeof vm.publicKeyMultibase === 'string' && vm.publicKeyMultibase.startsWith('z6Mk')) {
    try {
      const bytes = base58btc.decode(vm.publicKeyMultibase)
      if (bytes.length !== 34 || bytes[0] !== 0xed || bytes[1] !== 0x01) return undefined
      return keyFromJwk({ kty: 'OKP', crv: 'Ed25519', x: Buffer.from(bytes.subarray(2)).toString('base64url') })
    } catch {
      return undefined
    }
  }
  return undefined
}

/** A service's endpoint by type (the CredentialService, say), when it is one URL. */
export function serviceEndpoint(doc: DidDocument, type: string): string | undefined {
  for (const s of doc.service ?? []) {
    const types = Array.isArray(s.type) ? s.type : [s.type]
    if (types.includes(type) && typeof s.serviceEndpoint === 'string') return s.serviceEndpoint
  }
  return undefined
}
