import type { Clock } from '../clock/index.ts'
import { HanseError } from '../errors/index.ts'
import { fetchBounded, type FetchLimits } from './fetch.ts'
import { checkDid, didKeyDocument, didWebUrl, documentProblem, type DidDocument } from './document.ts'

/*
 * Resolving DIDs to documents: did:key locally, did:web with one HTTPS GET
 * (https://w3c-ccg.github.io/did-method-web/#read-resolve). What arrives is a stranger's: the
 * request has a deadline, the body a size cap, a redirect is refused (a document must come from
 * the host its DID names), the document's id must be the DID asked for. Documents are cached for
 * `cacheMs` (every DSP request of a counterparty would otherwise fetch it); concurrent
 * resolutions of one DID share one fetch.
 */

export interface DidResolverInit {
  /** The whole fetch (connect, TLS, headers, body) must end within this. */
  timeoutMs: number
  /** Largest document accepted. */
  maxBytes: number
  /** How long a fetched document is used before it is fetched again. */
  cacheMs: number
  /** Documents kept at most (oldest go first). */
  maxCached: number
  /** Extra trusted CA certificates (PEM), e.g. a data space's private CA; the system's are used besides. */
  ca?: string
  /** Where a did:web may send this node (a stranger names it): see FetchLimits.destinations. */
  destinations?: FetchLimits['destinations']
}

export const didResolverDefaults: DidResolverInit = { timeoutMs: 5_000, maxBytes: 64 * 1024, cacheMs: 5 * 60_000, maxCached: 1_000 }

export interface DidResolution {
  resolve(did: string): Promise<DidDocument>
}

export class DidResolver implements DidResolution {
  private readonly clock: Clock
  private readonly init: DidResolverInit
  private readonly cache = new Map<string, { doc: DidDocument; until: number }>()
  private readonly inflight = new Map<string, Promise<DidDocument>>()

  constructor(components: { clock: Clock }, init: Partial<DidResolverInit> = {}) {
    this.clock = components.clock
    this.init = { ...didResolverDefaults, ...init }
  }

  async resolve(did: string): Promise<DidDocument> {
    checkDid(did)
    if (did.startsWith('did:key:')) return didKeyDocument(did)
    const now = this.clock.now()
    const cached = this.cache.get(did)
    if (cached !== undefined && cached.until > now) return cached.doc
    const running = this.inflight.get(did)
    if (running !== undefined) return await running
    const fetching = this.fetch(did).finally(() => this.inflight.delete(did))
    this.inflight.set(did, fetching)
    const doc = await fetching
    this.cache.delete(did)
    this.cache.set(did, { doc, until: this.clock.now() + this.init.cacheMs })
    if (this.cache.size > this.init.maxCached) this.cache.delete(this.cache.keys().next().value as string)
    return doc
  }

  /** Forget a cached document (a key rotated: the next resolution fetches it again). */
  forget(did: string): void {
    this.cache.delete(did)
  }

  private async fetch(did: string): Promise<DidDocument> {
    const url = didWebUrl(did)
    let text: string
    try {
      text = await fetchBounded(url, {
        timeoutMs: this.init.timeoutMs,
        maxBytes: this.init.maxBytes,
        ca: this.init.ca,
        destinations: this.init.destinations,
        accept: 'application/did+json, application/json'
      })
    } catch (err) {
      const message = (err as Error).message
      // too large is the document's fault; everything else is not reaching it
      throw new HanseError(/larger than/.test(message) ? 'DID_DOCUMENT_INVALID' : 'DID_UNRESOLVABLE', `${did}: ${message}`, { cause: err })
    }
    let doc: unknown
    try {
      doc = JSON.parse(text)
    } catch {
      throw new HanseError('DID_DOCUMENT_INVALID', `${did}: ${url} is not JSON`)
    }
    const problem = documentProblem(did, doc)
    if (problem !== undefined) throw new HanseError('DID_DOCUMENT_INVALID', `${did}: the document at ${url} is not its DID document: ${problem}`)
    return doc as DidDocument
  }
}
