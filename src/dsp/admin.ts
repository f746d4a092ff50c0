import type { FastifyInstance } from 'fastify'
import { HanseError } from '../errors/index.ts'
import { narrowing, negotiationView, termsSchema, type NegotiationManager, type TermsBody } from '../negotiation/index.ts'
import { fromOdrl, summarizeTerms, type Policy } from '../policy/index.ts'
import type { DspClient } from './client.ts'
import type { DspNegotiationBinding } from './negotiation.ts'
import type { DspTransfers } from './transfer.ts'
import type { DspTransferRecord } from './transfer-records.ts'

/*
 * hanse as a DSP consumer, on the admin API: read a connector's catalogue and negotiate one of
 * its offers. The counterparty is named by its URL; the node finds its DSP base through the
 * version document and learns its participant id from the catalogue.
 */

export interface DspOfferView {
  offerId: string
  datasetId: string
  title: string
  /** The terms in hanse's model, or why hanse cannot evaluate them (it will not negotiate those). */
  policy: Policy | null
  summary: string
  problems: string[]
}

export interface DspCatalogView {
  url: string
  base: string
  participantId: string
  offers: DspOfferView[]
}

const MAX_URL = 2048

function checkUrl(url: string): string {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    throw new HanseError('BAD_REQUEST', `url ${JSON.stringify(url.slice(0, 100))} is not a URL`)
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.username !== '' || u.password !== '')
    throw new HanseError('BAD_REQUEST', 'url must be an http(s) URL without credentials')
  return url
}

/** A connector's catalogue, with every offer read into hanse's policy model where it can be. */
export async function dspCatalog(client: DspClient, url: string, filter?: string[]): Promise<DspCatalogView> {
  const base = await client.discover(checkUrl(url))
  const { participantId, datasets } = await client.catalog(base, base, filter)
  const offers: DspOfferView[] = []
  for (const d of datasets) {
    const title = typeof d['dct:title'] === 'string' ? d['dct:title'] : typeof d.title === 'string' ? d.title : ''
    for (const o of (d.hasPolicy as Array<Record<string, unknown>> | undefined) ?? []) {
      const read = fromOdrl(o, String(o['@id']))
      offers.push({
        offerId: String(o['@id']),
        datasetId: String(d['@id']),
        title,
        policy: 'policy' in read ? read.policy : null,
        summary: 'policy' in read ? summarizeTerms(read.policy) : 'terms hanse cannot evaluate',
        problems: 'problems' in read ? read.problems : []
      })
    }
  }
  return { url, base, participantId, offers }
}

const dspUrl = { type: 'string', minLength: 1, maxLength: MAX_URL } as const

export function dspTransferView(r: DspTransferRecord): Record<string, unknown> {
  return {
    id: r.id,
    role: r.role,
    binding: 'dsp',
    peer: r.peer,
    agreementId: r.agreementId,
    datasetId: r.datasetId,
    state: r.state,
    consumerPid: r.consumerPid,
    providerPid: r.providerPid,
    bytes: r.bytes,
    dest: r.dest ?? null,
    error: r.error ?? null,
    createdAt: new Date(r.createdAt).toISOString()
  }
}

export function dspAdminRoutes(c: {
  client: DspClient
  binding: DspNegotiationBinding
  negotiations: NegotiationManager
  transfers: DspTransfers
}): (app: FastifyInstance) => void {
  return app => {
    app.post<{ Body: { agreementId: string; out?: string }; Querystring: { wait?: string; timeoutMs?: number } }>(
      '/v1/dsp/transfers',
      {
        schema: {
          summary: 'Fetch the dataset of an agreement made over DSP (HttpData-PULL). ?wait=true answers when COMPLETED or TERMINATED',
          body: {
            type: 'object',
            additionalProperties: false,
            required: ['agreementId'],
            properties: { agreementId: { type: 'string', minLength: 1, maxLength: 256 }, out: { type: 'string', minLength: 1, maxLength: 4096 } }
          },
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: { wait: { type: 'string', enum: ['true', 'false'] }, timeoutMs: { type: 'integer', minimum: 1, maximum: 3_600_000 } }
          }
        }
      },
      async (req, reply) => {
        const r = await c.transfers.fetch(req.body.agreementId, req.body.out)
        const out = req.query.wait === 'true' ? await c.transfers.waitFor(r.id, req.query.timeoutMs ?? 600_000) : r
        return reply.status(201).send({ transfer: dspTransferView(out) })
      }
    )
    app.get('/v1/dsp/transfers', { schema: { summary: 'DSP transfer processes, both roles, newest first' } }, async () => ({
      transfers: (await c.transfers.list()).map(dspTransferView)
    }))
    app.post<{ Params: { id: string }; Querystring: { wait?: string; timeoutMs?: number } }>(
      '/v1/dsp/transfers/:id/resume',
      {
        schema: {
          summary:
            'Go on with a download this node suspended (DISK_FULL): a start message to the provider, then the rest from where it stopped. ?wait=true answers when it ends or stops again',
          params: { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 256 } } },
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: { wait: { type: 'string', enum: ['true', 'false'] }, timeoutMs: { type: 'integer', minimum: 1, maximum: 3_600_000 } }
          }
        }
      },
      async req => {
        const id = req.params.id
        if (req.query.wait !== 'true') return { transfer: dspTransferView(await c.transfers.resume(id)) }
        // the provider's start comes back (SUSPENDED → STARTED), then the download ends or stops
        // again; listening begins before the start message goes out, so neither is missed
        const timeoutMs = req.query.timeoutMs ?? 600_000
        const since = Date.now()
        const ctl = new AbortController()
        const leaving = c.transfers.waitFor(id, timeoutMs, x => x.state !== 'SUSPENDED', ctl.signal)
        try {
          await c.transfers.resume(id)
        } catch (err) {
          ctl.abort()
          await leaving.catch(() => {})
          throw err
        }
        const left = await leaving
        const end = left.state === 'SUSPENDED' ? left : await c.transfers.waitFor(id, Math.max(1, timeoutMs - (Date.now() - since)))
        return { transfer: dspTransferView(end) }
      }
    )

    app.post<{ Body: { url: string; filter?: string[] } }>(
      '/v1/dsp/catalog',
      {
        schema: {
          summary: "A DSP connector's catalogue (hanse as a DSP consumer)",
          body: {
            type: 'object',
            additionalProperties: false,
            required: ['url'],
            properties: { url: dspUrl, filter: { type: 'array', maxItems: 16, items: { type: 'string', maxLength: 64 } } }
          }
        }
      },
      async req => {
        const catalog = await dspCatalog(c.client, req.body.url, req.body.filter)
        // where this participant lives, for the negotiations that follow
        if (catalog.participantId !== '') await c.binding.rememberProvider(catalog.participantId, catalog.base)
        return { catalog }
      }
    )

    app.post<{
      Body: { url: string; offerId: string; terms?: TermsBody; acceptCounterOffers?: boolean }
      Querystring: { wait?: string; timeoutMs?: number }
    }>(
      '/v1/dsp/negotiations',
      {
        schema: {
          summary: "Negotiate one of a DSP connector's offers (consumer). ?wait=true answers when FINALIZED or TERMINATED",
          body: {
            type: 'object',
            additionalProperties: false,
            required: ['url', 'offerId'],
            properties: {
              url: dspUrl,
              offerId: { type: 'string', minLength: 1, maxLength: 256 },
              terms: termsSchema,
              acceptCounterOffers: { type: 'boolean' }
            }
          },
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: { wait: { type: 'string', enum: ['true', 'false'] }, timeoutMs: { type: 'integer', minimum: 1, maximum: 300_000 } }
          }
        }
      },
      async (req, reply) => {
        const cat = await dspCatalog(c.client, req.body.url)
        const offer = cat.offers.find(o => o.offerId === req.body.offerId)
        if (offer === undefined) throw new HanseError('OFFER_NOT_FOUND', `${cat.participantId} shows no offer '${req.body.offerId}' to this node`)
        if (offer.policy === null)
          throw new HanseError('TERMS_UNSUPPORTED', `offer '${offer.offerId}' has terms hanse cannot evaluate: ${offer.problems.join('; ')}`)
        await c.binding.rememberProvider(cat.participantId, cat.base)
        const r = await c.negotiations.request({
          peer: cat.participantId,
          offerId: offer.offerId,
          knownOffer: { policy: offer.policy, dataset: { id: offer.datasetId } },
          narrowing: narrowing(req.body.terms),
          acceptCounterOffers: req.body.acceptCounterOffers
        })
        const out = req.query.wait === 'true' ? await c.negotiations.waitFor(r.id, req.query.timeoutMs ?? 30_000) : r
        return reply.status(201).send({ negotiation: negotiationView(out) })
      }
    )
  }
}
