import type { FastifyInstance } from 'fastify'
import { HanseError } from '../errors/index.ts'
import type { Ledger } from '../ledger/index.ts'
import type { Constraint, Policy } from '../policy/index.ts'
import { decodeAgreement } from './agreement.ts'
import type { AgreementRecord } from './records.ts'

/*
 * Usage accounting: what each agreement has been used for so far, read from the ledger. It
 * lives with the agreements (this component) and reads the ledger below it; the ledger itself
 * knows entries, not agreements.
 */

/** The `count` limits of a policy: "at most N transfers". */
function countLimits(cs: readonly Constraint[]): number[] {
  const out: number[] = []
  for (const c of cs) {
    if ('logical' in c) {
      if (c.logical === 'and') out.push(...countLimits(c.constraints))
      continue
    }
    if (c.leftOperand !== 'count') continue
    const n = Number(c.rightOperand[0])
    if (c.operator === 'lteq' || c.operator === 'eq') out.push(n)
    else if (c.operator === 'lt') out.push(n - 1)
  }
  return out
}

/** Per agreement: transfers, bytes, remaining uses and expiry, from the ledger. */
export async function usageSummary(ledger: Ledger, agreements: AgreementRecord[], now: number): Promise<Array<Record<string, unknown>>> {
  const out: Array<Record<string, unknown>> = []
  for (const a of agreements) {
    const started = new Set<string>()
    const completed = new Set<string>()
    let bytes = 0
    let denials = 0
    for await (const e of ledger.query({ agreement: a.agreementId })) {
      if (e.type === 'transfer.state' && e.payload.state === 'STARTED') started.add(e.transferId)
      if (e.type === 'transfer.state' && e.payload.state === 'COMPLETED' && !completed.has(e.transferId)) {
        completed.add(e.transferId)
        bytes += Number(e.payload.size ?? 0)
      }
      if (e.type === 'policy.denied') denials++
    }
    let policy: Policy | undefined
    try {
      policy = decodeAgreement(Buffer.from(a.bytes, 'base64')).policy
    } catch {
      policy = undefined
    }
    const limits = policy === undefined ? [] : policy.permissions.flatMap(r => countLimits(r.constraints))
    const maxUses = limits.length === 0 ? null : Math.min(...limits)
    out.push({
      agreementId: a.agreementId,
      role: a.role,
      peer: a.peer,
      datasetId: a.datasetId,
      transfers: started.size,
      completed: completed.size,
      bytes,
      denials,
      maxUses,
      remainingUses: maxUses === null ? null : Math.max(0, maxUses - started.size),
      validUntil: a.validUntil === 0 ? null : new Date(a.validUntil).toISOString(),
      expired: a.validUntil !== 0 && a.validUntil <= now
    })
  }
  return out
}

/** `GET /v1/ledger/usage`: the summary above for every agreement, or one. */
export function usageRoutes(c: { ledger: Ledger; agreements: { agreements: () => Promise<AgreementRecord[]> }; now: () => number }) {
  const { ledger } = c
  return (app: FastifyInstance): void => {
    app.get<{ Querystring: { agreement?: string } }>(
      '/v1/ledger/usage',
      {
        schema: {
          summary: 'Per agreement: transfers, bytes, remaining uses, expiry',
          querystring: { type: 'object', additionalProperties: false, properties: { agreement: { type: 'string', maxLength: 256 } } }
        }
      },
      async req => {
        const all = await c.agreements.agreements()
        const list = req.query.agreement === undefined ? all : all.filter(a => a.agreementId === req.query.agreement)
        if (req.query.agreement !== undefined && list.length === 0) throw new HanseError('AGREEMENT_NOT_FOUND', `no agreement ${req.query.agreement}`)
        return { usage: await usageSummary(ledger, list, c.now()) }
      }
    )
  }
}
