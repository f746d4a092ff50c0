import type { FastifyInstance } from 'fastify'
import { peerIdFromString } from '@libp2p/peer-id'
import { evaluatePolicy, toOdrl, type MemberFacts, type Policy } from '../policy/index.ts'
import { HanseError } from '../errors/index.ts'
import type { CatalogService } from './service.ts'
import type { DatasetRegistry } from './datasets.ts'

export interface CatalogRoutesComponents {
  catalog: CatalogService
  datasets: DatasetRegistry
  policies: () => ReadonlyMap<string, Policy>
  /** Verified membership facts of a peer (trust with an authority). */
  members?: (peer: string) => MemberFacts | undefined
  now: () => number
}

/** Admin API routes of the catalogue: own datasets and policies, remote and federated catalogues. */
export function catalogRoutes(c: CatalogRoutesComponents) {
  return (app: FastifyInstance): void => {
    app.get('/v1/datasets', { schema: { summary: "This node's datasets and their offers" } }, async () => ({
      datasets: c.datasets.datasets.map(d => ({
        id: d.id,
        title: d.title,
        description: d.description,
        keywords: d.keywords,
        license: d.license,
        mediaType: d.mediaType,
        source: d.source,
        directory: d.directory,
        byteSize: d.byteSize,
        fileCount: d.fileCount,
        sha256: d.sha256,
        offers: c.datasets.offers.filter(o => o.dataset.id === d.id).map(o => ({ id: o.id, policy: o.policy.name, approval: o.approval }))
      }))
    }))

    app.get<{ Querystring: { peer?: string; q?: string; refresh?: string } }>(
      '/v1/catalog',
      {
        schema: {
          summary: 'Catalogue of one peer (?peer=ID) or of every connected peer (federated, cached)',
          querystring: {
            type: 'object',
            properties: { peer: { type: 'string' }, q: { type: 'string', maxLength: 256 }, refresh: { type: 'string', enum: ['true', 'false'] } },
            additionalProperties: false
          }
        }
      },
      async req => {
        const { peer, q, refresh } = req.query
        if (peer !== undefined) {
          const id = c.catalog.parsePeer(peer)
          const offers = await c.catalog.fetchAll(id, { query: q, signal: AbortSignal.timeout(30_000) })
          return { peer, offers, total: offers.length }
        }
        return await c.catalog.federated({ query: q, refresh: refresh === 'true' })
      }
    )

    app.get<{ Params: { offerId: string }; Querystring: { peer: string; purpose?: string | string[] } }>(
      '/v1/offers/:offerId/explain',
      {
        schema: {
          summary: "Would this peer see the offer, get an agreement and a transfer now? With the reasons, from the peer's live membership facts",
          querystring: {
            type: 'object',
            additionalProperties: false,
            required: ['peer'],
            properties: { peer: { type: 'string' }, purpose: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] } }
          }
        }
      },
      async req => {
        const offer = c.datasets.offers.find(o => o.id === req.params.offerId)
        if (offer === undefined) throw new HanseError('NOT_FOUND', `no offer '${req.params.offerId}' on this node`)
        try {
          peerIdFromString(req.query.peer)
        } catch {
          throw new HanseError('BAD_REQUEST', `not a peer ID: ${req.query.peer}`)
        }
        const purposes = req.query.purpose === undefined ? [] : [req.query.purpose].flat()
        const context = { now: c.now(), peer: req.query.peer, purposes, member: c.members?.(req.query.peer), count: 1, volume: offer.dataset.byteSize }
        const scopes = (['catalog', 'negotiation', 'transfer'] as const).map(scope => ({ scope, ...evaluatePolicy(offer.policy, scope, context) }))
        return {
          offer: offer.id,
          policy: offer.policy.name,
          peer: req.query.peer,
          member: context.member ?? null,
          allowed: scopes.every(s => s.allowed),
          scopes
        }
      }
    )

    app.get('/v1/policies', { schema: { summary: 'Policies loaded from policies.dir' } }, async () => ({
      policies: [...c.policies().values()].map(p => ({
        name: p.name,
        description: p.description,
        offers: c.datasets.offers.filter(o => o.policy.name === p.name).map(o => o.id)
      }))
    }))

    app.get<{ Params: { name: string } }>('/v1/policies/:name', { schema: { summary: 'One policy, with its ODRL JSON-LD export' } }, async req => {
      const p = c.policies().get(req.params.name)
      if (p === undefined) throw new HanseError('NOT_FOUND', `no policy named '${req.params.name}'`)
      return { policy: p, odrl: toOdrl(p) }
    })
  }
}
