import { randomUUID } from 'node:crypto'
import type { PeerId } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import type { UsageLog } from '../ledger/index.ts'
import type { Logger } from '../logging/index.ts'
import type { Metrics } from '../metrics/index.ts'
import type { Clock } from '../clock/index.ts'
import { HanseError, RelayedError } from '../errors/index.ts'
import { KeyedLimiter } from '../lock/index.ts'
import { STREAM_IDLE_TIMEOUTS_MS } from '../wire/timeouts.ts'
import { evaluatePolicy, policyFromWire, policyToWire, type MemberFacts, type Policy } from '../policy/index.ts'
import { decodeFrame, hanse, openFramed, serveProtocol, type FramedStream, type ProtocolHost } from '../wire/index.ts'
import type { DatasetRegistry, OfferInfo } from './datasets.ts'

export const CATALOG_PROTOCOL = '/hanse/catalog/1.0.0'

const { CatalogRequest, CatalogResponse, Offer } = hanse.v1

export interface CatalogInit {
  /** Offers per page when the request says 0. */
  defaultPageSize: number
  /** Larger page sizes are clamped to this. */
  maxPageSize: number
  /** A reply page stops growing at this many encoded bytes (below the 1 MiB frame limit). */
  maxPageBytes: number
  maxQueryBytes: number
  maxRequestsPerStream: number
  maxInboundStreams: number
  /** Request frames are tiny: anything larger is refused at the length prefix. */
  maxRequestBytes: number
  idleTimeoutMs: number
  /** Per-peer timeout of the federated catalogue. */
  peerTimeoutMs: number
  /** How long a federated catalogue is served from cache. */
  cacheTtlMs: number
  /** Catalogue requests are logged per peer, summed over this window (one ledger entry per peer and window). */
  ledgerWindowMs: number
  /**
   * A peer decides how long its catalogue is: one listing of it (fetchAll) takes in at most this
   * many offers and this many encoded bytes, and fails with CATALOG_TOO_LARGE beyond them. The
   * benchmark's catalogue of 100,000 offers is some 50 MB.
   */
  maxRemoteOffers: number
  maxRemoteBytes: number
}

export const catalogDefaults: CatalogInit = {
  defaultPageSize: 100,
  maxPageSize: 500,
  maxPageBytes: 900 * 1024,
  maxQueryBytes: 256,
  maxRequestsPerStream: 64,
  maxInboundStreams: 16,
  maxRequestBytes: 4 * 1024,
  idleTimeoutMs: STREAM_IDLE_TIMEOUTS_MS.catalog,
  peerTimeoutMs: 5_000,
  cacheTtlMs: 30_000,
  ledgerWindowMs: 1_000,
  maxRemoteOffers: 100_000,
  maxRemoteBytes: 128 * 1024 * 1024
}

export interface CatalogComponents {
  host: ProtocolHost & {
    getConnections: (peer?: PeerId) => Array<{ remotePeer: PeerId }>
    peerStore: { get: (id: PeerId) => Promise<{ protocols: string[] }> }
  }
  datasets: DatasetRegistry
  logger: Logger
  metrics: Metrics
  clock: Clock
  /** Verified membership facts of a peer (trust with an authority). */
  members?: (peer: PeerId) => MemberFacts | undefined
  /** Each page served is logged (who asked, how many offers). */
  ledger?: Pick<UsageLog, 'append'>
}

/** An offer as a consumer sees it, in JSON-friendly form. */
export interface RemoteOffer {
  peer: string
  offerId: string
  manualApproval: boolean
  dataset: {
    id: string
    title: string
    description: string
    keywords: string[]
    license: string
    mediaType: string
    byteSize: number
    fileCount: number
    sha256: string
    directory: boolean
  }
  policy: Policy
}

export interface CatalogPage {
  offers: RemoteOffer[]
  nextPageToken: string
  total: number
}

export interface FederatedCatalog {
  offers: RemoteOffer[]
  peers: Array<{ peer: string; ok: boolean; offers: number; error?: { code: string; message: string } }>
  /** Peers that did not answer in time or answered with an error. */
  failed: string[]
  cached: boolean
  fetchedAt: string
}

export class CatalogError extends HanseError {
  constructor(code: 'BAD_REQUEST' | 'PEER_CLOSED' | 'PROTOCOL_ERROR' | 'PEER_UNREACHABLE' | 'PEER_TIMEOUT' | 'CATALOG_TOO_LARGE', message: string) {
    super(code, message)
  }
}

function encodeToken(offerId: string): string {
  return Buffer.from(offerId, 'utf8').toString('base64url')
}
function decodeToken(token: string): string | undefined {
  if (token === '') return ''
  if (!/^[A-Za-z0-9_-]+$/.test(token) || token.length > 512) return undefined
  return Buffer.from(token, 'base64url').toString('utf8')
}

function matches(offer: OfferInfo, words: string[]): boolean {
  return words.every(w => offer.searchText.includes(w))
}

/**
 * Serves `/hanse/catalog/1.0.0` (only the offers whose access policy the requester meets) and
 * fetches other nodes' catalogues, singly or federated.
 */
export class CatalogService {
  private readonly components: CatalogComponents
  private readonly init: CatalogInit
  private readonly log: Logger
  private readonly cache = new Map<string, { at: number; value: FederatedCatalog }>()
  /** Catalogue streams we open per peer at once (a provider serves 16 by default); more queue. */
  private readonly outbound = new KeyedLimiter(8)
  /** Offer lookups in flight, shared by concurrent callers. */
  private readonly offerLookups = new Map<string, Promise<RemoteOffer | undefined>>()
  private started = false
  /** Catalogue requests per peer since the last ledger entry. */
  private readonly served = new Map<string, { requests: number; offers: number }>()
  private servedTimer: NodeJS.Timeout | undefined

  constructor(components: CatalogComponents, init: Partial<CatalogInit> = {}) {
    this.components = components
    this.init = { ...catalogDefaults, ...init }
    this.log = components.logger
  }

  async start(): Promise<void> {
    if (this.started) return
    await serveProtocol(
      { host: this.components.host, logger: this.log, metrics: this.components.metrics },
      {
        protocol: CATALOG_PROTOCOL,
        maxInboundStreams: this.init.maxInboundStreams,
        maxFrameBytes: this.init.maxRequestBytes,
        idleTimeoutMs: this.init.idleTimeoutMs
      },
      async (framed, peer) => {
        await this.serve(framed, peer)
      }
    )
    this.started = true
  }

  async stop(): Promise<void> {
    if (!this.started) return
    this.started = false
    this.cache.clear()
    await this.components.host.unhandle(CATALOG_PROTOCOL)
    clearTimeout(this.servedTimer)
    await this.flushServed()
  }

  /**
   * Catalogue requests go into the ledger as one entry per peer and window (requests, offers
   * listed): a page answer never waits for a synced write, and a peer paging through 10,000
   * offers does not add twenty entries and fsyncs in front of everyone else's negotiations.
   */
  countServed(peer: string, offers: number): void {
    if (this.components.ledger === undefined) return
    const cur = this.served.get(peer) ?? { requests: 0, offers: 0 }
    cur.requests++
    cur.offers += offers
    this.served.set(peer, cur)
    if (this.servedTimer === undefined) {
      this.servedTimer = setTimeout(() => {
        this.servedTimer = undefined
        void this.flushServed()
      }, this.init.ledgerWindowMs)
      this.servedTimer.unref()
    }
  }

  private async flushServed(): Promise<void> {
    const ledger = this.components.ledger
    if (ledger === undefined || this.served.size === 0) return
    const batch = [...this.served]
    this.served.clear()
    await Promise.all(
      batch.map(async ([peer, c]) => {
        await ledger
          .append({ type: 'catalog.served', peer, payload: { requests: c.requests, offers: c.offers, windowMs: this.init.ledgerWindowMs } })
          .catch((err: Error) => {
            this.components.logger.error({ err }, 'could not log catalogue requests')
          })
      })
    )
  }

  /* ---------- provider side ---------- */

  private async serve(framed: FramedStream, peer: PeerId): Promise<void> {
    // one stream may page through the catalogue; the visible set is computed once per query
    let visible: { query: string; offers: OfferInfo[] } | undefined
    for (let n = 0; n < this.init.maxRequestsPerStream; n++) {
      const req = await framed.read(CatalogRequest)
      if (req === undefined) return
      const requestId = req.requestId.slice(0, 128)
      const query = req.query
      if (Buffer.byteLength(query) > this.init.maxQueryBytes) {
        this.components.metrics.catalogRequests.inc({ outcome: 'bad_request' })
        await framed.write(CatalogResponse, { requestId, error: { code: 'BAD_REQUEST', message: `query is longer than ${this.init.maxQueryBytes} bytes` } })
        continue
      }
      const after = decodeToken(req.pageToken)
      if (after === undefined) {
        this.components.metrics.catalogRequests.inc({ outcome: 'bad_request' })
        await framed.write(CatalogResponse, { requestId, error: { code: 'BAD_REQUEST', message: 'page_token is not one this node issued' } })
        continue
      }
      let page: hanse.v1.CatalogPage.$Properties
      if (query === '' && req.offerId === '') {
        // the whole catalogue: walked from the page token, never listed whole
        page = this.unfilteredPage(peer, after, req.pageSize)
      } else {
        const key = `${query}\n${req.offerId}`
        if (visible?.query !== key) visible = { query: key, offers: this.visibleOffers(peer, query, req.offerId) }
        page = this.page(visible.offers, after, req.pageSize)
      }
      this.components.metrics.catalogRequests.inc({ outcome: 'ok' })
      this.components.metrics.catalogOffersServed.inc(page.offers?.length ?? 0)
      this.countServed(peer.toString(), page.offers?.length ?? 0)
      await framed.write(CatalogResponse, { requestId, page })
    }
    await framed.write(CatalogResponse, {
      requestId: '',
      error: { code: 'TOO_MANY_REQUESTS', message: `at most ${this.init.maxRequestsPerStream} requests per stream; open a new stream` }
    })
  }

  /** Offers this peer may see that match the query, in offer-id order. */
  visibleOffers(peer: PeerId, query: string, offerId = ''): OfferInfo[] {
    return this.offersFor({ peer: peer.toString(), member: this.components.members?.(peer) }, query, offerId)
  }

  /**
   * Offers a requester may see (whichever binding asked: a libp2p peer by its peer id, a DSP
   * counterparty by its participant id), matching the query, in offer-id order.
   */
  offersFor(who: { peer: string; member?: MemberFacts }, query = '', offerId = ''): OfferInfo[] {
    const ctx = { now: this.components.clock.now(), peer: who.peer, member: who.member }
    const words = query
      .toLowerCase()
      .split(/\s+/)
      .filter(w => w !== '')
    // many offers share a policy: decide access once per policy
    const access = new Map<Policy, boolean>()
    const only = offerId === '' ? undefined : this.components.datasets.offer(offerId)
    const candidates = offerId === '' ? this.components.datasets.offers : only === undefined ? [] : [only]
    return candidates.filter(o => {
      if (!matches(o, words)) return false
      let ok = access.get(o.policy)
      if (ok === undefined) {
        ok = evaluatePolicy(o.policy, 'catalog', ctx).allowed
        access.set(o.policy, ok)
      }
      return ok
    })
  }

  /**
   * A page of every offer this peer may see, in O(page) rather than O(catalogue): access is
   * decided once per policy, the walk starts at the token by binary search over the offers
   * (sorted by id), and the total is the sum of the visible policies' offer counts.
   */
  private unfilteredPage(peer: PeerId, after: string, requested: number): hanse.v1.CatalogPage.$Properties {
    const ctx = { now: this.components.clock.now(), peer: peer.toString(), member: this.components.members?.(peer) }
    const { datasets } = this.components
    const access = new Map<Policy, boolean>()
    let total = 0
    for (const [policy, count] of datasets.offersPerPolicy) {
      const ok = evaluatePolicy(policy, 'catalog', ctx).allowed
      access.set(policy, ok)
      if (ok) total += count
    }
    return this.page(datasets.offers, after, requested, o => access.get(o.policy) === true, total)
  }

  private page(
    offers: readonly OfferInfo[],
    after: string,
    requested: number,
    visible?: (o: OfferInfo) => boolean,
    total = offers.length
  ): hanse.v1.CatalogPage.$Properties {
    const size = requested === 0 ? this.init.defaultPageSize : Math.min(requested, this.init.maxPageSize)
    // keyset paging on the offer id: stable when offers are added or removed between pages
    let start = 0
    if (after !== '') {
      let lo = 0
      let hi = offers.length
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if ((offers[mid] as OfferInfo).id <= after) lo = mid + 1
        else hi = mid
      }
      start = lo
    }
    const out: hanse.v1.Offer.$Properties[] = []
    let bytes = 0
    let i = start
    let last: OfferInfo | undefined
    for (; i < offers.length && out.length < size; i++) {
      const offer = offers[i] as OfferInfo
      if (visible !== undefined && !visible(offer)) continue
      const wire = offerToWire(offer)
      const len = Offer.encode(wire).finish().length + 8
      if (out.length > 0 && bytes + len > this.init.maxPageBytes) break
      bytes += len
      out.push(wire)
      last = offer
    }
    // more to come when the walk stopped before the end and something visible lies beyond
    let more = false
    for (let j = i; j < offers.length && !more; j++) more = visible === undefined || visible(offers[j] as OfferInfo)
    return { offers: out, nextPageToken: more && last !== undefined ? encodeToken(last.id) : '', total }
  }

  /* ---------- consumer side ---------- */

  /** One page of a peer's catalogue. */
  /** One offer by id, as this node may see it, or undefined when the peer does not show it. */
  async fetchOffer(peer: PeerId, offerId: string, signal?: AbortSignal): Promise<RemoteOffer | undefined> {
    // many negotiations for one offer at once (a script, a busy consumer) share one request
    const key = `${peer.toString()}\n${offerId}`
    let pending = this.offerLookups.get(key)
    if (pending === undefined) {
      pending = this.fetchPage(peer, { offerId, signal }).then(page => page.offers.find(o => o.offerId === offerId))
      this.offerLookups.set(key, pending)
      const forget = (): void => {
        if (this.offerLookups.get(key) === pending) this.offerLookups.delete(key)
      }
      pending.then(forget, forget)
    }
    return await pending
  }

  async fetchPage(
    peer: PeerId,
    opts: { query?: string; pageSize?: number; pageToken?: string; offerId?: string; signal?: AbortSignal } = {}
  ): Promise<CatalogPage> {
    return await this.outbound.run(peer.toString(), async () => await this.fetchPageNow(peer, opts))
  }

  private async fetchPageNow(
    peer: PeerId,
    opts: { query?: string; pageSize?: number; pageToken?: string; offerId?: string; signal?: AbortSignal }
  ): Promise<CatalogPage> {
    opts.signal?.throwIfAborted()
    const framed = await openFramed(this.components.host, peer, CATALOG_PROTOCOL, { signal: opts.signal, idleTimeoutMs: this.init.peerTimeoutMs })
    try {
      const [page] = await this.request(framed, peer, opts)
      await framed.close(opts.signal)
      return page
    } catch (err) {
      framed.abort(err as Error)
      throw err
    }
  }

  /** A peer's whole catalogue, page by page over one stream. */
  async fetchAll(peer: PeerId, opts: { query?: string; pageSize?: number; signal?: AbortSignal } = {}): Promise<RemoteOffer[]> {
    return await this.outbound.run(peer.toString(), async () => await this.fetchAllNow(peer, opts))
  }

  private async fetchAllNow(peer: PeerId, opts: { query?: string; pageSize?: number; signal?: AbortSignal }): Promise<RemoteOffer[]> {
    const all: RemoteOffer[] = []
    let bytes = 0
    let token = ''
    // the provider serves a bounded number of requests per stream: a long listing goes on on a new one
    do {
      opts.signal?.throwIfAborted()
      const framed = await openFramed(this.components.host, peer, CATALOG_PROTOCOL, { signal: opts.signal, idleTimeoutMs: this.init.peerTimeoutMs })
      try {
        for (let n = 0; n < this.init.maxRequestsPerStream; n++) {
          const [page, size] = await this.request(framed, peer, { ...opts, pageToken: token })
          all.push(...page.offers)
          bytes += size
          if (all.length > this.init.maxRemoteOffers || bytes > this.init.maxRemoteBytes) {
            throw new CatalogError(
              'CATALOG_TOO_LARGE',
              `peer ${peer.toString()} shows more than ${this.init.maxRemoteOffers} offers or ${Math.round(this.init.maxRemoteBytes / 1024 / 1024)} MiB in one listing; ask it with a query`
            )
          }
          token = page.nextPageToken
          if (token === '') break
        }
        await framed.close(opts.signal)
      } catch (err) {
        framed.abort(err as Error)
        throw err
      }
    } while (token !== '')
    return all
  }

  private async request(
    framed: FramedStream,
    peer: PeerId,
    opts: { query?: string; pageSize?: number; pageToken?: string; offerId?: string; signal?: AbortSignal }
  ): Promise<[CatalogPage, number]> {
    const requestId = randomUUID()
    await framed.write(
      CatalogRequest,
      { requestId, query: opts.query ?? '', pageSize: opts.pageSize ?? 0, pageToken: opts.pageToken ?? '', offerId: opts.offerId ?? '' },
      opts.signal
    )
    const frame = await framed.next(opts.signal)
    if (frame === undefined) throw new CatalogError('PEER_CLOSED', `peer ${peer.toString()} closed the catalogue stream without an answer`)
    const res = decodeFrame(CatalogResponse, frame)
    if (res.error != null) throw new RelayedError(res.error.code ?? '', `peer ${peer.toString()}: ${res.error.message}`)
    if (res.requestId !== requestId) throw new CatalogError('PROTOCOL_ERROR', `peer ${peer.toString()} answered another request`)
    const page = res.page ?? {}
    return [
      {
        offers: (page.offers ?? []).map(o => offerFromWire(peer.toString(), o)),
        nextPageToken: page.nextPageToken ?? '',
        total: page.total ?? 0
      },
      frame.byteLength
    ]
  }

  /** Every connected hanse peer's catalogue, asked in parallel with a per-peer timeout, cached for a while. */
  async federated(opts: { query?: string; refresh?: boolean } = {}): Promise<FederatedCatalog> {
    const key = opts.query ?? ''
    const now = this.components.clock.now()
    const hit = this.cache.get(key)
    if (opts.refresh !== true && hit !== undefined && now - hit.at < this.init.cacheTtlMs) return { ...hit.value, cached: true }
    const peers = await this.catalogPeers()
    const results = await Promise.all(
      peers.map(async peer => {
        try {
          const offers = await this.fetchAll(peer, { query: opts.query, signal: AbortSignal.timeout(this.init.peerTimeoutMs) })
          return { peer: peer.toString(), ok: true, offers }
        } catch (err) {
          const e = err as Error & { code?: string }
          const code = e instanceof HanseError ? e.code : e.name === 'TimeoutError' || e.name === 'AbortError' ? 'PEER_TIMEOUT' : (e.code ?? 'PEER_UNREACHABLE')
          return { peer: peer.toString(), ok: false, offers: [] as RemoteOffer[], error: { code, message: e.message } }
        }
      })
    )
    const value: FederatedCatalog = {
      offers: results.flatMap(r => r.offers),
      peers: results.map(r => ({ peer: r.peer, ok: r.ok, offers: r.offers.length, ...(r.error !== undefined ? { error: r.error } : {}) })),
      failed: results.filter(r => !r.ok).map(r => r.peer),
      cached: false,
      fetchedAt: new Date(now).toISOString()
    }
    this.cache.set(key, { at: now, value })
    return value
  }

  /** Connected peers that announced the catalogue protocol (through identify). */
  private async catalogPeers(): Promise<PeerId[]> {
    const seen = new Map<string, PeerId>()
    for (const c of this.components.host.getConnections()) seen.set(c.remotePeer.toString(), c.remotePeer)
    const out: PeerId[] = []
    for (const peer of seen.values()) {
      try {
        const p = await this.components.host.peerStore.get(peer)
        if (p.protocols.includes(CATALOG_PROTOCOL)) out.push(peer)
      } catch {
        /* not identified yet */
      }
    }
    return out
  }

  parsePeer(s: string): PeerId {
    try {
      return peerIdFromString(s)
    } catch {
      throw new CatalogError('BAD_REQUEST', `'${s}' is not a peer ID`)
    }
  }
}

export function offerToWire(o: OfferInfo): hanse.v1.Offer.$Properties {
  const d = o.dataset
  return {
    offerId: o.id,
    manualApproval: o.approval === 'manual',
    dataset: {
      id: d.id,
      title: d.title,
      description: d.description,
      keywords: [...d.keywords],
      license: d.license,
      mediaType: d.mediaType,
      byteSize: d.byteSize,
      fileCount: d.fileCount,
      sha256: d.sha256,
      directory: d.directory
    },
    policy: policyToWire(o.policy, `urn:hanse:policy:${o.policy.name}`)
  }
}

function offerFromWire(peer: string, o: hanse.v1.Offer.$Properties): RemoteOffer {
  const d = o.dataset ?? {}
  return {
    peer,
    offerId: o.offerId ?? '',
    manualApproval: o.manualApproval === true,
    dataset: {
      id: d.id ?? '',
      title: d.title ?? '',
      description: d.description ?? '',
      keywords: [...(d.keywords ?? [])],
      license: d.license ?? '',
      mediaType: d.mediaType ?? '',
      byteSize: Number(d.byteSize ?? 0),
      fileCount: d.fileCount ?? 0,
      sha256: d.sha256 ?? '',
      directory: d.directory === true
    },
    policy: policyFromWire(o.policy ?? {}, (o.policy?.uid ?? '').replace(/^urn:hanse:policy:/, ''))
  }
}
