import { publicKeyToProtobuf } from '@libp2p/crypto/keys'
import { HanseError } from '../errors/index.ts'
import { publicKeyOf, verifyPeerSignature, type Signer } from '../identity/index.ts'
import { hanse } from '../wire/index.ts'
import { policyFromWire, type Policy } from '../policy/index.ts'

/** Domain-separation prefixes: a signature for one role can never pass for the other. */
export const PROVIDER_PREFIX = new TextEncoder().encode('hanse/agreement/v1/provider\n')
export const CONSUMER_PREFIX = new TextEncoder().encode('hanse/agreement/v1/consumer\n')

/** Signs with the node key. */
export class AgreementInvalidError extends HanseError {
  constructor(message: string) {
    super('AGREEMENT_INVALID', message)
  }
}

export function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length)
  out.set(a, 0)
  out.set(b, a.length)
  return out
}

export function signedMessage(role: 'provider' | 'consumer', agreementBytes: Uint8Array): Uint8Array {
  return concat(role === 'provider' ? PROVIDER_PREFIX : CONSUMER_PREFIX, agreementBytes)
}

export async function signAgreement(signer: Signer, role: 'provider' | 'consumer', agreementBytes: Uint8Array): Promise<Uint8Array> {
  return await signer.sign(signedMessage(role, agreementBytes))
}

/** Verify one party's signature with the public key inside its (Ed25519) peer ID. */
export async function verifySignature(peerId: string, role: 'provider' | 'consumer', agreementBytes: Uint8Array, signature: Uint8Array): Promise<boolean> {
  return await verifyPeerSignature(peerId, role === 'provider' ? PROVIDER_PREFIX : CONSUMER_PREFIX, agreementBytes, signature)
}

export interface AgreementView {
  agreementId: string
  offerId: string
  datasetId: string
  datasetSha256: string
  policy: Policy
  assigner: string
  assignee: string
  purposes: string[]
  timestamp: string
  validUntil: string | null
  consumerPid: string
  providerPid: string
}

export function decodeAgreement(bytes: Uint8Array): AgreementView {
  let a: hanse.v1.Agreement
  try {
    a = hanse.v1.Agreement.decode(bytes)
  } catch (err) {
    throw new AgreementInvalidError(`the agreement bytes do not decode: ${(err as Error).message}`)
  }
  return {
    agreementId: a.agreementId,
    offerId: a.offerId,
    datasetId: a.datasetId,
    datasetSha256: a.datasetSha256,
    policy: policyFromWire(a.policy ?? {}, (a.policy?.uid ?? '').replace(/^urn:hanse:policy:/, '')),
    assigner: a.assigner,
    assignee: a.assignee,
    purposes: [...a.purposes],
    timestamp: new Date(Number(a.timestamp)).toISOString(),
    validUntil: Number(a.validUntil) > 0 ? new Date(Number(a.validUntil)).toISOString() : null,
    consumerPid: a.consumerPid,
    providerPid: a.providerPid
  }
}

const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64')

/** SubjectPublicKeyInfo PEM of a raw Ed25519 key (RFC 8410), for openssl and other tools. */
export function ed25519Pem(raw: Uint8Array): string {
  const der = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(raw)])
  return `-----BEGIN PUBLIC KEY-----\n${der.toString('base64')}\n-----END PUBLIC KEY-----\n`
}

function party(peerId: string, role: 'provider' | 'consumer', bytes: Uint8Array, signature: Uint8Array | undefined): Record<string, unknown> {
  // a peer ID or a did:key names its key; another connector's participant id names none
  const key = publicKeyOf(peerId)
  return {
    peerId,
    publicKey: key === undefined ? null : b64(key.raw),
    publicKeyProtobuf: key === undefined ? null : b64(publicKeyToProtobuf(key)),
    publicKeyPem: key === undefined ? null : ed25519Pem(key.raw),
    signedMessage: b64(signedMessage(role, bytes)),
    signature: signature === undefined ? null : b64(signature)
  }
}

/**
 * The self-contained export of a signed agreement: anyone can check both signatures offline,
 * with `hanse agreements verify FILE` or a standard Ed25519 tool, e.g.
 *   base64 -d <<< "$signedMessage" > msg; base64 -d <<< "$signature" > sig
 *   openssl pkeyutl -verify -pubin -inkey provider.pem -rawin -in msg -sigfile sig
 */
export function exportAgreement(bytes: Uint8Array, providerSig: Uint8Array, consumerSig: Uint8Array | undefined): Record<string, unknown> {
  const view = decodeAgreement(bytes)
  return {
    format: 'hanse-agreement-export/1',
    agreementId: view.agreementId,
    agreement: view,
    signedBytes: b64(bytes),
    provider: party(view.assigner, 'provider', bytes, providerSig),
    consumer: party(view.assignee, 'consumer', bytes, consumerSig)
  }
}

/** Check an export: the bytes decode, the parties match, both signatures verify. */
export async function verifyExport(doc: unknown): Promise<AgreementView> {
  const d = doc as { signedBytes?: unknown; provider?: { peerId?: unknown; signature?: unknown }; consumer?: { peerId?: unknown; signature?: unknown } }
  if (typeof d?.signedBytes !== 'string') throw new AgreementInvalidError('not a hanse agreement export: signedBytes is missing')
  const bytes = Buffer.from(d.signedBytes, 'base64')
  let view: AgreementView
  try {
    view = decodeAgreement(bytes)
  } catch (err) {
    throw new AgreementInvalidError(`signedBytes do not decode as an agreement: ${(err as Error).message}`)
  }
  // the readable copy must say exactly what was signed: an edited purpose or date that the
  // signatures do not cover would otherwise pass for the agreement
  const readable = (doc as { agreement?: unknown; agreementId?: unknown }).agreement
  if (readable !== undefined && canonical(readable) !== canonical(view)) {
    throw new AgreementInvalidError(
      `the readable agreement differs from the signed bytes (${differences(readable, view).join(', ')}); the signed bytes are what counts`
    )
  }
  if ((doc as { agreementId?: unknown }).agreementId !== undefined && (doc as { agreementId?: unknown }).agreementId !== view.agreementId) {
    throw new AgreementInvalidError('agreementId differs from the signed bytes')
  }
  if (d.provider?.peerId !== view.assigner) throw new AgreementInvalidError(`provider.peerId does not match the agreement's assigner ${view.assigner}`)
  if (d.consumer?.peerId !== view.assignee) throw new AgreementInvalidError(`consumer.peerId does not match the agreement's assignee ${view.assignee}`)
  for (const role of ['provider', 'consumer'] as const) {
    const sig = d[role]?.signature
    if (typeof sig !== 'string') throw new AgreementInvalidError(`the ${role} signature is missing`)
    const peer = role === 'provider' ? view.assigner : view.assignee
    if (!(await verifySignature(peer, role, bytes, Buffer.from(sig, 'base64'))))
      throw new AgreementInvalidError(`the ${role} signature does not verify against ${peer}`)
  }
  return view
}

/** JSON with sorted keys: the same value always reads the same. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x !== null && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : x
  )
}

/** The top-level fields in which two readings of an agreement differ. */
function differences(a: unknown, b: AgreementView): string[] {
  const x = (a !== null && typeof a === 'object' ? a : {}) as Record<string, unknown>
  const y = b as unknown as Record<string, unknown>
  const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])].sort()
  const out = keys.filter(k => canonical(x[k]) !== canonical(y[k]))
  return out.length > 0 ? out : ['(its shape)']
}
