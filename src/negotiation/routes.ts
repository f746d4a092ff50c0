import type { FastifyInstance } from 'fastify'
import { MAX_DURATION_YEARS, parseDuration, parseBytes } from '../policy/index.ts'
import { HanseError } from '../errors/index.ts'
import { STATES, TERMINAL, type NegotiationState } from './states.ts'
import type { NegotiationManager } from './manager.ts'
import type { NegotiationRecord } from './records.ts'
import type { Narrowing } from './terms.ts'

/** The API view of a process: what an operator needs, none of the bookkeeping. */
export function negotiationView(r: NegotiationRecord): Record<string, unknown> {
  return {
    id: r.id,
    role: r.role,
    peer: r.peer,
    consumerPid: r.consumerPid,
    providerPid: r.providerPid,
    offerId: r.offerId,
    datasetId: r.datasetId,
    state: r.state,
    stateCount: r.stateCount,
    stateTimestamp: new Date(r.stateTimestamp).toISOString(),
    createdAt: new Date(r.createdAt).toISOString(),
    purposes: r.purposes,
    terms: r.terms,
    approval: r.approval,
    waitingFor: waitingFor(r),
    agreementId: r.agreementId ?? null,
    termination: r.termination ?? null,
    delivery:
      r.outbox === undefined
        ? null
        : {
            message: r.outbox.kind,
            attempts: r.outbox.attempts,
            nextAttemptAt: new Date(r.outbox.nextAttemptAt).toISOString(),
            lastError: r.outbox.lastError ?? null
          },
    history: r.history.map(h => ({ state: h.state, at: new Date(h.at).toISOString() }))
  }
}

function waitingFor(r: NegotiationRecord): string | null {
  if (TERMINAL.has(r.state)) return null
  if (r.outbox !== undefined) return 'delivery'
  if (r.role === 'provider' && r.state === 'REQUESTED' && r.approval === 'manual') return 'operator approval'
  if (r.role === 'consumer' && r.state === 'OFFERED' && !r.acceptCounterOffers) return 'operator acceptance of the counter-offer'
  return 'peer'
}

interface CreateBody {
  peer: string
  offerId: string
  terms?: { purposes?: string[]; maxUses?: number; maxVolume?: number | string; validFor?: string }
  acceptCounterOffers?: boolean
}

/** Narrower terms a consumer asks for (purposes, uses, volume, validity), as the API takes them. */
export const termsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    purposes: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 128 }, maxItems: 32 },
    maxUses: { type: 'integer', minimum: 1 },
    maxVolume: {
      anyOf: [
        { type: 'integer', minimum: 1 },
        { type: 'string', maxLength: 32 }
      ]
    },
    validFor: { type: 'string', maxLength: 64 }
  }
} as const

export type TermsBody = CreateBody['terms']

const createSchema = {
  type: 'object',
  required: ['peer', 'offerId'],
  additionalProperties: false,
  properties: {
    peer: { type: 'string', maxLength: 128 },
    offerId: { type: 'string', maxLength: 256 },
    acceptCounterOffers: { type: 'boolean' },
    terms: termsSchema
  }
} as const

export function narrowing(t: CreateBody['terms']): Narrowing | undefined {
  if (t === undefined) return undefined
  const n: Narrowing = {}
  if (t.purposes !== undefined) n.purposes = t.purposes
  if (t.maxUses !== undefined) n.maxUses = t.maxUses
  if (t.maxVolume !== undefined) {
    const v = parseBytes(t.maxVolume)
    if (v === undefined) throw new HanseError('BAD_REQUEST', `terms.maxVolume: '${String(t.maxVolume)}' is not a byte count`)
    n.maxVolume = v
  }
  if (t.validFor !== undefined) {
    if (parseDuration(t.validFor) === undefined)
      throw new HanseError('BAD_REQUEST', `terms.validFor: '${t.validFor}' is not an ISO 8601 duration of at most ${MAX_DURATION_YEARS} years such as P7D`)
    n.validFor = t.validFor
  }
  return n
}

export function negotiationRoutes(c: { negotiations: NegotiationManager }) {
  const m = c.negotiations
  return (app: FastifyInstance): void => {
    app.post<{ Body: CreateBody; Querystring: { wait?: string; timeoutMs?: number } }>(
      '/v1/negotiations',
      {
        schema: {
          summary: 'Ask a peer for one of its offers (consumer). ?wait=true answers when the negotiation is FINALIZED or TERMINATED',
          body: createSchema,
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: { wait: { type: 'string', enum: ['true', 'false'] }, timeoutMs: { type: 'integer', minimum: 1, maximum: 300_000 } }
          }
        }
      },
      async (req, reply) => {
        const r = await m.request({
          peer: req.body.peer,
          offerId: req.body.offerId,
          narrowing: narrowing(req.body.terms),
          acceptCounterOffers: req.body.acceptCounterOffers
        })
        const out = req.query.wait === 'true' ? await m.waitFor(r.id, req.query.timeoutMs ?? 30_000) : r
        return reply.status(201).send({ negotiation: negotiationView(out) })
      }
    )

    app.get<{ Querystring: { state?: NegotiationState; role?: 'consumer' | 'provider' } }>(
      '/v1/negotiations',
      {
        schema: {
          summary: 'Negotiations, newest first',
          querystring: {
            type: 'object',
            properties: { state: { type: 'string', enum: [...STATES] }, role: { type: 'string', enum: ['consumer', 'provider'] } },
            additionalProperties: false
          }
        }
      },
      async req => ({ negotiations: (await m.list(req.query)).map(negotiationView) })
    )

    app.get<{ Params: { id: string } }>('/v1/negotiations/:id', { schema: { summary: 'One negotiation' } }, async req => {
      const r = await m.get(req.params.id)
      if (r === undefined) throw new HanseError('NEGOTIATION_NOT_FOUND', `no negotiation ${req.params.id}`)
      return { negotiation: negotiationView(r) }
    })

    const reasonBody = { type: 'object', additionalProperties: false, properties: { reason: { type: 'string', maxLength: 4000 } } } as const
    app.post<{ Params: { id: string }; Body: { reason?: string } | undefined }>(
      '/v1/negotiations/:id/terminate',
      { schema: { summary: 'End a negotiation (where this side may)', body: reasonBody } },
      async req => ({ negotiation: negotiationView(await m.terminate(req.params.id, req.body?.reason)) })
    )
    app.post<{ Params: { id: string } }>(
      '/v1/negotiations/:id/approve',
      { schema: { summary: 'Approve a request waiting for the operator (provider)' } },
      async req => ({ negotiation: negotiationView(await m.approve(req.params.id)) })
    )
    app.post<{ Params: { id: string }; Body: { reason?: string } | undefined }>(
      '/v1/negotiations/:id/reject',
      { schema: { summary: 'Reject a request waiting for the operator (provider)', body: reasonBody } },
      async req => ({ negotiation: negotiationView(await m.reject(req.params.id, req.body?.reason)) })
    )
    app.post<{ Params: { id: string } }>(
      '/v1/negotiations/:id/accept',
      { schema: { summary: "Accept the provider's counter-offer (consumer)" } },
      async req => ({ negotiation: negotiationView(await m.accept(req.params.id)) })
    )

    app.get('/v1/agreements', { schema: { summary: 'Finalized agreements, newest first' } }, async () => ({
      agreements: (await m.agreements()).map(a => ({
        agreementId: a.agreementId,
        negotiationId: a.negotiationId,
        role: a.role,
        peer: a.peer,
        binding: m.bindingOf(a.peer),
        offerId: a.offerId,
        datasetId: a.datasetId,
        timestamp: new Date(a.timestamp).toISOString(),
        validUntil: a.validUntil > 0 ? new Date(a.validUntil).toISOString() : null,
        finalizedAt: new Date(a.finalizedAt).toISOString()
      }))
    }))
    app.get<{ Params: { id: string } }>(
      '/v1/agreements/:id',
      { schema: { summary: 'One agreement as a self-contained, offline-verifiable export' } },
      async req => await m.exportAgreement(req.params.id)
    )
  }
}
