import { decodeAgreement, type NegotiationMessage } from '../negotiation/index.ts'
import { fromOdrl, policyToWire, toDspOffer, type Constraint, type Policy } from '../policy/index.ts'
import { hanse, isText } from '../wire/index.ts'
import { DSP_CONTEXT } from './types.ts'
import type { DspType } from './validate.ts'

/*
 * DSP negotiation messages (compacted JSON-LD, already schema-checked) ↔ the protocol core's
 * neutral messages. https://eclipse-dataspace-protocol-base.github.io/DataspaceProtocol/2025-1/#contract-negotiation-protocol
 */

/** hanse's own terms next to the DSP ones (full IRIs: the DSP context has no hanse prefix). */
export const HANSE_NS = 'https://w3id.org/hanse/ns#'
const PURPOSES = `${HANSE_NS}purposes`
const SIGNED = `${HANSE_NS}signedAgreement`
const CONSUMER_SIGNATURE = `${HANSE_NS}consumerSignature`

const MAX_REASON = 4000
const MAX_B64 = 256 * 1024

/** A message with the callback address it came with, if any. */
export interface Addressed {
  message: NegotiationMessage
  callbackAddress?: string
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '')

function b64(v: unknown, what: string): Uint8Array {
  if (typeof v !== 'string' || v.length > MAX_B64 || !/^[A-Za-z0-9+/]*={0,2}$/.test(v)) throw new Error(`${what} is not base64`)
  return new Uint8Array(Buffer.from(v, 'base64'))
}

function callbackOf(body: Record<string, unknown>): string | undefined {
  const v = body.callbackAddress
  if (v === undefined) return undefined
  let url: URL
  try {
    url = new URL(str(v))
  } catch {
    throw new Error('callbackAddress is not a URL')
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username !== '' || url.password !== '' || str(v).length > 2048)
    throw new Error('callbackAddress must be an http(s) URL without credentials, at most 2048 characters')
  return str(v)
}

/** Purposes the consumer commits to: hanse's list when sent, else the offer's own purpose values. */
function purposesOf(body: Record<string, unknown>, terms: Policy): string[] {
  const declared = body[PURPOSES]
  if (declared !== undefined) {
    if (!Array.isArray(declared) || declared.length > 32 || !declared.every(p => isText(p, 128)))
      throw new Error(`${PURPOSES}: at most 32 purposes of 1 to 128 characters`)
    return declared as string[]
  }
  // a connector that sends back an offer limited to purposes commits to those purposes
  const out = new Set<string>()
  const visit = (c: Constraint): void => {
    if ('logical' in c) return
    if (c.leftOperand === 'purpose' && (c.operator === 'eq' || c.operator === 'isAnyOf' || c.operator === 'isPartOf'))
      for (const v of c.rightOperand) out.add(v)
  }
  for (const r of terms.permissions) for (const c of r.constraints) visit(c)
  return [...out]
}

function termsOf(offer: Record<string, unknown>, what: string): Policy {
  const parsed = fromOdrl(offer, str(offer['@id']) || what)
  if ('problems' in parsed) throw new Error(`${what}: terms hanse cannot evaluate: ${parsed.problems.slice(0, 3).join('; ')}`)
  return parsed.policy
}

/** The neutral message of a schema-valid DSP negotiation message. Throws on what the core cannot take. */
export function fromDspMessage(type: DspType, body: Record<string, unknown>, messageId: string): Addressed {
  const pids = { consumerPid: str(body.consumerPid), providerPid: str(body.providerPid) }
  const callbackAddress = callbackOf(body)
  switch (type) {
    case 'ContractRequestMessage': {
      const offer = body.offer as Record<string, unknown>
      const terms = termsOf(offer, 'offer')
      return {
        callbackAddress,
        message: {
          messageId,
          kind: 'request',
          ...pids,
          offerId: str(offer['@id']),
          terms,
          termsId: str(offer['@id']),
          purposes: purposesOf(body, terms),
          datasetId: str(offer.target)
        }
      }
    }
    case 'ContractOfferMessage': {
      const offer = body.offer as Record<string, unknown>
      return {
        callbackAddress,
        message: {
          messageId,
          kind: 'offer',
          ...pids,
          offerId: str(offer['@id']),
          terms: termsOf(offer, 'offer'),
          termsId: str(offer['@id']),
          datasetId: str(offer.target)
        }
      }
    }
    case 'ContractNegotiationEventMessage':
      return { message: { messageId, kind: str(body.eventType) === 'ACCEPTED' ? 'accepted' : 'finalized', ...pids } }
    case 'ContractAgreementMessage': {
      const signed = body[SIGNED] as { bytes?: unknown; signature?: unknown } | undefined
      if (signed !== undefined) {
        return {
          message: {
            messageId,
            kind: 'agreement',
            ...pids,
            agreement: b64(signed.bytes, 'agreement bytes'),
            providerSignature: b64(signed.signature, 'agreement signature')
          }
        }
      }
      // another connector's agreement: its DSP form is the record; the core checks it as ours
      const a = body.agreement as Record<string, unknown>
      const policy = termsOf(a, 'agreement')
      const bytes = hanse.v1.Agreement.encode({
        agreementId: str(a['@id']),
        offerId: '',
        datasetId: str(a.target),
        datasetSha256: '',
        policy: policyToWire(policy, str(a['@id'])),
        assigner: str(a.assigner),
        assignee: str(a.assignee),
        purposes: [],
        timestamp: Date.parse(str(a.timestamp)) || 0,
        validUntil: 0,
        consumerPid: pids.consumerPid,
        providerPid: pids.providerPid
      }).finish()
      return { message: { messageId, kind: 'agreement', ...pids, agreement: bytes, providerSignature: new Uint8Array() } }
    }
    case 'ContractAgreementVerificationMessage':
      return {
        message: {
          messageId,
          kind: 'verification',
          ...pids,
          consumerSignature: body[CONSUMER_SIGNATURE] === undefined ? new Uint8Array() : b64(body[CONSUMER_SIGNATURE], 'consumer signature')
        }
      }
    case 'ContractNegotiationTerminationMessage': {
      const code = str(body.code)
      const reasons = Array.isArray(body.reason) ? body.reason.map(r => (typeof r === 'string' ? r : JSON.stringify(r))).join('; ') : ''
      const ours = /^[A-Z][A-Z0-9_]{0,63}$/.test(code)
      return {
        message: {
          messageId,
          kind: 'termination',
          ...pids,
          code: ours ? code : 'TERMINATED',
          reason: ((ours || code === '' ? '' : `${code.slice(0, 64)}: `) + reasons).replace(/[\p{Cc}]/gu, ' ').slice(0, MAX_REASON)
        }
      }
    }
    default:
      throw new Error(`${type} is not a negotiation message`)
  }
}

/** The DSP form of a neutral message: the path under the target (provider base or callback) and the body. */
export function toDspMessage(
  m: NegotiationMessage,
  o: { toProvider: boolean; callbackAddress: string; hanse: boolean }
): { path: string; body: Record<string, unknown> } {
  const base = { '@context': [DSP_CONTEXT], consumerPid: m.consumerPid, providerPid: m.providerPid }
  const enc = encodeURIComponent
  switch (m.kind) {
    case 'request': {
      const initial = m.providerPid === ''
      const body: Record<string, unknown> = {
        '@context': [DSP_CONTEXT],
        '@type': 'ContractRequestMessage',
        consumerPid: m.consumerPid,
        offer: toDspOffer(m.terms, m.offerId, m.datasetId === '' ? undefined : m.datasetId)
      }
      // exactly one of callbackAddress (first request) and providerPid (later ones)
      if (initial) body.callbackAddress = o.callbackAddress
      else body.providerPid = m.providerPid
      if (o.hanse) body[PURPOSES] = m.purposes
      return { path: initial ? '/negotiations/request' : `/negotiations/${enc(m.providerPid)}/request`, body }
    }
    case 'offer': {
      const initial = m.consumerPid === ''
      const body: Record<string, unknown> = {
        '@context': [DSP_CONTEXT],
        '@type': 'ContractOfferMessage',
        providerPid: m.providerPid,
        offer: toDspOffer(m.terms, m.offerId, m.datasetId ?? '')
      }
      if (initial) body.callbackAddress = o.callbackAddress
      else body.consumerPid = m.consumerPid
      return { path: initial ? '/negotiations/offers' : `/negotiations/${enc(m.consumerPid)}/offers`, body }
    }
    case 'accepted':
      return { path: `/negotiations/${enc(m.providerPid)}/events`, body: { ...base, '@type': 'ContractNegotiationEventMessage', eventType: 'ACCEPTED' } }
    case 'finalized':
      return { path: `/negotiations/${enc(m.consumerPid)}/events`, body: { ...base, '@type': 'ContractNegotiationEventMessage', eventType: 'FINALIZED' } }
    case 'agreement': {
      const view = decodeAgreement(m.agreement)
      const agreement: Record<string, unknown> = {
        ...toDspOffer(view.policy, view.agreementId, view.datasetId),
        '@type': 'Agreement',
        assigner: view.assigner,
        assignee: view.assignee,
        timestamp: view.timestamp
      }
      const body: Record<string, unknown> = { ...base, '@type': 'ContractAgreementMessage', agreement }
      if (o.hanse) body[SIGNED] = { bytes: Buffer.from(m.agreement).toString('base64'), signature: Buffer.from(m.providerSignature).toString('base64') }
      return { path: `/negotiations/${enc(m.consumerPid)}/agreement`, body }
    }
    case 'verification': {
      const body: Record<string, unknown> = { ...base, '@type': 'ContractAgreementVerificationMessage' }
      if (o.hanse) body[CONSUMER_SIGNATURE] = Buffer.from(m.consumerSignature).toString('base64')
      return { path: `/negotiations/${enc(m.providerPid)}/agreement/verification`, body }
    }
    case 'termination':
      return {
        path: o.toProvider ? `/negotiations/${enc(m.providerPid)}/termination` : `/negotiations/${enc(m.consumerPid)}/termination`,
        body: { ...base, '@type': 'ContractNegotiationTerminationMessage', code: m.code, reason: [m.reason] }
      }
  }
}
