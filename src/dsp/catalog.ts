import type { FastifyInstance } from 'fastify'
import type { DatasetInfo, OfferInfo } from '../catalog/index.ts'
import { toDspOffer, type MemberFacts } from '../policy/index.ts'
import { DspError, type DspRequestContext, type DspRoutes } from './server.ts'
import { DSP_CONTEXT, HTTP_PULL } from './types.ts'

/*
 * The catalogue over DSP (provider side): `POST <base>/catalog/request` and
 * `GET <base>/catalog/datasets/:id`, showing a counterparty what its participant id may see
 * under the offers' access policies, exactly as the libp2p catalogue shows a peer.
 * https://eclipse-dataspace-protocol-base.github.io/DataspaceProtocol/2025-1/#catalog-http
 */

/** What the DSP catalogue needs from the catalogue component. */
export interface DspCatalogSource {
  offersFor(who: { peer: string; member?: MemberFacts }, query?: string, offerId?: string): OfferInfo[]
  /** Counts what was served (the ledger's `catalog.served`). */
  countServed?(peer: string, offers: number): void
}

const DCT = 'dct:'
const DCAT = 'dcat:'
const MAX_FILTER_WORDS = 16
const MAX_WORD = 64

/** The DataService entry of this node's DSP endpoint. */
export function dataService(baseUrl: string): Record<string, unknown> {
  return { '@id': baseUrl, '@type': 'DataService', endpointURL: baseUrl }
}

/**
 * One dataset with its offers, as DCAT under the DSP context. `service` is the DataService's id
 * inside a catalogue, or the DataService itself for a dataset asked for alone.
 */
export function datasetDocument(dataset: DatasetInfo, offers: readonly OfferInfo[], service: string | Record<string, unknown>): Record<string, unknown> {
  const doc: Record<string, unknown> = { '@id': dataset.id, '@type': 'Dataset' }
  doc[`${DCT}title`] = dataset.title
  if (dataset.description !== '') doc[`${DCT}description`] = dataset.description
  if (dataset.keywords.length > 0) doc[`${DCAT}keyword`] = [...dataset.keywords]
  if (dataset.license !== '') doc[`${DCT}license`] = dataset.license
  doc[`${DCAT}mediaType`] = dataset.directory ? 'application/x-directory' : dataset.mediaType
  doc[`${DCAT}byteSize`] = String(dataset.byteSize)
  doc.hasPolicy = offers.map(o => toDspOffer(o.policy, o.id))
  doc.distribution = [{ '@type': 'Distribution', format: HTTP_PULL, accessService: service }]
  return doc
}

/** Offers grouped by dataset, datasets in id order. */
function byDataset(offers: readonly OfferInfo[]): Array<{ dataset: DatasetInfo; offers: OfferInfo[] }> {
  const groups = new Map<string, { dataset: DatasetInfo; offers: OfferInfo[] }>()
  for (const o of offers) {
    const g = groups.get(o.dataset.id)
    if (g === undefined) groups.set(o.dataset.id, { dataset: o.dataset, offers: [o] })
    else g.offers.push(o)
  }
  return [...groups.values()].sort((a, b) => (a.dataset.id < b.dataset.id ? -1 : a.dataset.id > b.dataset.id ? 1 : 0))
}

/**
 * Paging (the binding leaves the link's form to us): `continuationToken` is `a.<id>` (the page
 * after dataset `<id>`) or `b.<id>` (the page before it), the id base64url-encoded. Keyset
 * paging stays right when datasets come and go between pages.
 */
type Cursor = { after: string } | { before: string } | undefined

function parseCursor(token: unknown): Cursor {
  if (token === undefined) return undefined
  if (typeof token !== 'string' || token.length > 400 || !/^[ab]\.[A-Za-z0-9_-]+$/.test(token))
    throw new DspError('DSP_INVALID_MESSAGE', 'continuationToken is not one this node issued')
  const id = Buffer.from(token.slice(2), 'base64url').toString('utf8')
  return token.startsWith('a.') ? { after: id } : { before: id }
}

const cursor = (kind: 'a' | 'b', id: string): string => `${kind}.${Buffer.from(id, 'utf8').toString('base64url')}`

/** The words of a filter: DSP leaves filters to implementations; hanse takes keywords. */
function filterWords(filter: unknown): string {
  if (filter === undefined) return ''
  const ok =
    Array.isArray(filter) && filter.length <= MAX_FILTER_WORDS && filter.every(w => typeof w === 'string' && w.length <= MAX_WORD && !/[\p{Cc}]/u.test(w))
  if (!ok)
    throw new DspError(
      'DSP_FILTER_UNSUPPORTED',
      `filter must be an array of at most ${MAX_FILTER_WORDS} keywords (each up to ${MAX_WORD} characters); every keyword must occur in a dataset's title, description or keywords`
    )
  return (filter as string[]).join(' ')
}

export function dspCatalogRoutes(
  source: DspCatalogSource,
  init: { pageSize: number; members?: (participantId: string) => MemberFacts | undefined }
): DspRoutes {
  return (app: FastifyInstance, ctx: DspRequestContext) => {
    app.post('/catalog/request', async (req, reply) => {
      const who = ctx.counterparty(req)
      const msg = ctx.body<{ filter?: unknown }>(req, 'CatalogRequestMessage')
      const words = filterWords(msg.filter)
      const position = parseCursor((req.query as Record<string, unknown>).continuationToken)
      const all = byDataset(source.offersFor({ peer: who.participantId, member: init.members?.(who.participantId) }, words))
      let start = 0
      let end = all.length
      if (position !== undefined && 'after' in position) {
        start = all.findIndex(g => g.dataset.id > position.after)
        if (start < 0) start = all.length
        end = Math.min(all.length, start + init.pageSize)
      } else if (position !== undefined) {
        end = all.findIndex(g => g.dataset.id >= position.before)
        if (end < 0) end = all.length
        start = Math.max(0, end - init.pageSize)
      } else {
        end = Math.min(all.length, init.pageSize)
      }
      const page = all.slice(start, end)
      const links: string[] = []
      const first = page[0]
      const last = page[page.length - 1]
      const url = `${ctx.baseUrl}/catalog/request?continuationToken=`
      if (start > 0 && first !== undefined) links.push(`<${url}${cursor('b', first.dataset.id)}>; rel="previous"`)
      if (end < all.length && last !== undefined) links.push(`<${url}${cursor('a', last.dataset.id)}>; rel="next"`)
      if (links.length > 0) reply.header('link', links.join(', '))
      const service = dataService(ctx.baseUrl)
      const catalog: Record<string, unknown> = {
        '@context': [DSP_CONTEXT],
        '@id': `${ctx.baseUrl}/catalog`,
        '@type': 'Catalog',
        participantId: ctx.participantId,
        service: [service]
      }
      // the schema wants at least one dataset when the key is there: an empty page leaves it out
      if (page.length > 0) catalog.dataset = page.map(g => datasetDocument(g.dataset, g.offers, service['@id'] as string))
      source.countServed?.(
        who.participantId,
        page.reduce((n, g) => n + g.offers.length, 0)
      )
      return catalog
    })

    app.get('/catalog/datasets/:id', async req => {
      const who = ctx.counterparty(req)
      const { id } = req.params as { id: string }
      const offers = source.offersFor({ peer: who.participantId, member: init.members?.(who.participantId) }).filter(o => o.dataset.id === id)
      const dataset = offers[0]?.dataset
      // a dataset this counterparty may not see is answered like one that does not exist
      if (dataset === undefined) throw new DspError('NOT_FOUND', `no dataset ${JSON.stringify(id.slice(0, 128))} in this catalogue`)
      source.countServed?.(who.participantId, offers.length)
      return { '@context': [DSP_CONTEXT], ...datasetDocument(dataset, offers, dataService(ctx.baseUrl)) }
    })
  }
}
