import type { ErrorCode } from '../errors/index.ts'
import { verifySignature } from './agreement.ts'
import { NegotiationError } from './errors.ts'
import type { NegotiationMessage } from './messages.ts'
import type { NegotiationRecord } from './records.ts'
import { checkAgreement } from './steps.ts'
import { checkTerms } from './terms.ts'

/**
 * What an incoming message (legal in the process's state) does to the process: the terms it
 * puts on the table, the agreement and signatures it carries, checked. Throws BAD_REQUEST for a
 * malformed message (nothing changes); returns a failure that ends the process (a signature or
 * agreement that does not check out).
 */
export async function applyMessage(
  r: NegotiationRecord,
  msg: NegotiationMessage,
  self: { id: string; peerSigns: boolean }
): Promise<{ code: ErrorCode; message: string } | undefined> {
  switch (msg.kind) {
    case 'request':
    case 'offer': {
      const problem = checkTerms(msg.terms)
      if (problem !== undefined) throw new NegotiationError('BAD_REQUEST', `invalid terms: ${problem}`)
      r.terms = msg.terms
      if (msg.kind === 'request') r.purposes = [...msg.purposes]
      return undefined
    }
    case 'agreement': {
      // a connector whose id names no key (did:web, a URN) cannot sign: its DSP message is the record
      if (self.peerSigns && !(await verifySignature(r.peer, 'provider', msg.agreement, msg.providerSignature)))
        return { code: 'SIGNATURE_INVALID', message: 'the provider signature on the agreement does not verify' }
      const checked = checkAgreement(r, msg, self.id)
      if ('problem' in checked) return { code: 'AGREEMENT_INVALID', message: checked.problem }
      r.agreementId = checked.view.agreementId
      r.datasetId = checked.view.datasetId
      r.agreement = { bytes: Buffer.from(msg.agreement).toString('base64'), providerSignature: Buffer.from(msg.providerSignature).toString('base64') }
      return undefined
    }
    case 'verification': {
      if (r.agreement === undefined) return { code: 'AGREEMENT_INVALID', message: 'no agreement to verify' }
      if (self.peerSigns && !(await verifySignature(r.peer, 'consumer', Buffer.from(r.agreement.bytes, 'base64'), msg.consumerSignature)))
        return { code: 'SIGNATURE_INVALID', message: 'the consumer signature on the agreement does not verify' }
      r.agreement.consumerSignature = Buffer.from(msg.consumerSignature).toString('base64')
      return undefined
    }
    case 'finalized':
      return r.agreement?.consumerSignature === undefined ? { code: 'AGREEMENT_INVALID', message: 'finalized without a verified agreement' } : undefined
    case 'termination':
      r.termination = { code: msg.code || 'TERMINATED', reason: msg.reason, by: 'peer' }
      return undefined
    default:
      return undefined
  }
}
