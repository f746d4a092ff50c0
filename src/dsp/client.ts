import { Agent as HttpAgent, request as httpRequest } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import { rootCertificates } from 'node:tls'
import { HanseError } from '../errors/index.ts'
import type { DestinationGuard } from './destinations.ts'
import { DSP_CONTEXT, DSP_VERSION } from './types.ts'
import { dspProblem, type DspType } from './validate.ts'
import { VERSION_PATH } from './server.ts'

/*
 * hanse as a DSP client: discovery through the version metadata, catalogue requests (following
 * `Link: rel="next"`), and the POSTs of the negotiation protocol. Every answer is bounded in size
 * and time and checked against its schema before anything reads it.
 */

export interface DspClientComponents {
  /** The Authorization header value for a request to `url` addressed to `audience`. */
  authorization: (url: string, audience: string) => Promise<string>
}

export interface DspClientInit {
  timeoutMs: number
  maxResponseBytes: number
  /** Extra trusted CA certificates (PEM) for counterparties on a private PKI, added to the system's. */
  ca?: string
  /**
   * Checks the addresses a counterparty named (its callback address) before this node connects
   * there; absent: any address (a client that only speaks to URLs its operator gave).
   */
  destinations?: DestinationGuard
  /** Catalogue pages followed at most... */
  maxPages: number
  /** ...and bytes read over all of a catalogue's pages (each page is held until the last). */
  maxCatalogBytes: number
}

export const dspClientDefaults: DspClientInit = {
  timeoutMs: 10_000,
  maxResponseBytes: 8 * 1024 * 1024,
  maxPages: 100,
  maxCatalogBytes: 64 * 1024 * 1024
}

/** Per request: a signal, whether to sign it, and whether a counterparty named its URL. */
export interface DspRequestOptions {
  signal?: AbortSignal
  /** Send an Authorization header (default true; the version document is read without). */
  auth?: boolean
  /** The URL is a counterparty's callback address, not one the operator gave: checked (see destinations.ts). */
  counterpartyNamed?: boolean
}

export interface DspResponse {
  status: number
  body: unknown
  link: string | null
  /** The body's size as it arrived. */
  bytes: number
}

/** A counterparty's answer we could not use (it is reachable, but said no or said nonsense). */
export class DspCounterpartyError extends HanseError {
  /** The counterparty's HTTP status, and its body when it was JSON. */
  readonly remoteStatus: number
  readonly remoteBody: unknown
  constructor(message: string, status: number, body: unknown) {
    super('DSP_COUNTERPARTY_ERROR', message)
    this.remoteStatus = status
    this.remoteBody = body
  }
}

/** The DSP base URL a connector at `url` announces for 2025-1 over HTTPS. */
export function baseFromVersions(root: string, doc: unknown): string | undefined {
  const versions = (doc as { protocolVersions?: Array<{ version?: string; binding?: string; path?: string }> }).protocolVersions ?? []
  const v = versions.find(x => x.version === DSP_VERSION && x.binding === 'HTTPS' && typeof x.path === 'string')
  if (v === undefined) return undefined
  return root.replace(/\/+$/, '') + (v.path as string).replace(/\/+$/, '')
}

export class DspClient {
  private readonly components: DspClientComponents
  private readonly init: DspClientInit
  private readonly agents: { http: HttpAgent; https: HttpsAgent }
  /** For counterparty-named URLs: their own pools, so none reuses a connection the check did not see. */
  private readonly guardedAgents: { http: HttpAgent; https: HttpsAgent }

  constructor(components: DspClientComponents, init: Partial<DspClientInit> = {}) {
    this.components = components
    this.init = { ...dspClientDefaults, ...init }
    const ca = this.init.ca === undefined ? {} : { ca: [...rootCertificates, this.init.ca] }
    this.agents = { http: new HttpAgent({ keepAlive: true, maxSockets: 64 }), https: new HttpsAgent({ keepAlive: true, maxSockets: 64, ...ca }) }
    const lookup = this.init.destinations === undefined ? {} : { lookup: this.init.destinations.lookup }
    this.guardedAgents = {
      http: new HttpAgent({ keepAlive: true, maxSockets: 64, ...lookup }),
      https: new HttpsAgent({ keepAlive: true, maxSockets: 64, ...ca, ...lookup })
    }
  }

  /**
   * The DSP base of the connector at `url`: its version document at `<url>/.well-known/dspace-version`,
   * else at the origin (RFC 8615); a URL that already ends in the base is taken as it is.
   */
  async discover(url: string, signal?: AbortSignal): Promise<string> {
    const root = url.replace(/\/+$/, '')
    if (root.endsWith(`/${DSP_VERSION}`)) return root
    const candidates = [root, new URL(root).origin].filter((v, i, a) => a.indexOf(v) === i)
    let lastError: unknown
    for (const r of candidates) {
      try {
        const res = await this.request('GET', r + VERSION_PATH, undefined, r, { signal, auth: false })
        if (res.status !== 200) continue
        const problem = dspProblem('VersionResponse', res.body)
        if (problem !== undefined) throw new DspCounterpartyError(`${r}${VERSION_PATH}: ${problem}`, res.status, res.body)
        const base = baseFromVersions(r, res.body)
        if (base === undefined) throw new DspCounterpartyError(`${r} does not offer DSP ${DSP_VERSION} over HTTPS`, res.status, res.body)
        return base
      } catch (err) {
        lastError = err
        if (err instanceof DspCounterpartyError) throw err
      }
    }
    if (lastError instanceof HanseError) throw lastError
    throw new DspCounterpartyError(`no DSP version document at ${root}${VERSION_PATH}`, 404, undefined)
  }

  /** The whole catalogue (every page, up to maxPages) a provider shows us. */
  async catalog(
    base: string,
    audience: string,
    filter?: string[],
    signal?: AbortSignal
  ): Promise<{ participantId: string; datasets: Array<Record<string, unknown>> }> {
    const message: Record<string, unknown> = { '@context': [DSP_CONTEXT], '@type': 'CatalogRequestMessage' }
    if (filter !== undefined) message.filter = filter
    const datasets: Array<Record<string, unknown>> = []
    let participantId = ''
    let url: string | undefined = `${base}/catalog/request`
    let bytes = 0
    for (let page = 0; url !== undefined && page < this.init.maxPages; page++) {
      const res = await this.expect('POST', url, message, audience, 200, 'Catalog', signal)
      // a provider decides how long its catalogue is; what one read of it holds is bounded
      bytes += res.bytes
      if (bytes > this.init.maxCatalogBytes)
        throw new DspCounterpartyError(
          `${base}: the catalogue is larger than ${this.init.maxCatalogBytes / 1024 / 1024} MiB; ask it with a filter`,
          200,
          undefined
        )
      const body = res.body as { participantId: string; dataset?: Array<Record<string, unknown>> }
      participantId = body.participantId
      datasets.push(...(body.dataset ?? []))
      const next = /<([^>]+)>;\s*rel="?next"?/.exec(res.link ?? '')?.[1]
      // a next link elsewhere than the provider's own base is not followed
      url = next?.startsWith(`${base}/`) === true ? next : undefined
    }
    return { participantId, datasets }
  }

  /** A request that must answer `status` with a valid `type` (or, for `undefined`, any body). */
  async expect(
    method: string,
    url: string,
    body: unknown,
    audience: string,
    status: number,
    type: DspType | undefined,
    signal?: AbortSignal
  ): Promise<DspResponse> {
    const res = await this.request(method, url, body, audience, { signal })
    if (res.status !== status) {
      const reason = (res.body as { reason?: unknown })?.reason
      const code = (res.body as { code?: unknown })?.code
      const said = Array.isArray(reason) ? reason.map(String).join('; ').slice(0, 500) : ''
      throw new DspCounterpartyError(
        `${method} ${url} answered ${res.status}${typeof code === 'string' ? ` ${code.slice(0, 64)}` : ''}${said !== '' ? `: ${said}` : ''}`,
        res.status,
        res.body
      )
    }
    if (type !== undefined) {
      const problem = dspProblem(type, res.body)
      if (problem !== undefined) throw new DspCounterpartyError(`${method} ${url}: ${problem}`, res.status, res.body)
    }
    return res
  }

  /** One request; rejects DSP_UNREACHABLE when no answer came (the caller may retry). */
  async request(method: string, url: string, body: unknown, audience: string, opts: DspRequestOptions = {}): Promise<DspResponse> {
    const headers: Record<string, string> = { accept: 'application/json' }
    if (opts.auth !== false) headers.authorization = await this.components.authorization(url, audience)
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body))
    if (payload !== undefined) headers['content-type'] = 'application/json'
    const res = await this.exchange(method, url, headers, payload, opts)
    const text = res.body.toString('utf8')
    let parsed: unknown
    if (text !== '') {
      try {
        parsed = JSON.parse(text)
      } catch {
        throw new DspCounterpartyError(`${method} ${url} answered ${res.status} with a body that is not JSON`, res.status, undefined)
      }
    }
    return { status: res.status, body: parsed, link: res.link, bytes: res.body.length }
  }

  /** POST raw bytes (hanse's own extensions, e.g. the ledger protocol) and read raw bytes back. */
  async postBytes(url: string, body: Uint8Array, audience: string, opts: DspRequestOptions = {}): Promise<{ status: number; body: Buffer }> {
    const headers = { authorization: await this.components.authorization(url, audience), 'content-type': 'application/x-protobuf' }
    const res = await this.exchange('POST', url, headers, Buffer.from(body), opts)
    return { status: res.status, body: res.body }
  }

  /** Close the kept-alive connections. */
  close(): void {
    for (const a of [this.agents, this.guardedAgents]) {
      a.http.destroy()
      a.https.destroy()
    }
  }

  /**
   * One HTTP exchange on kept-alive connections (node:http; fetch costs ~0.8 ms more per request
   * on this machine). Redirects are not followed; the answer is read up to maxResponseBytes.
   */
  private async exchange(
    method: string,
    url: string,
    headers: Record<string, string>,
    body: Buffer | undefined,
    opts: DspRequestOptions
  ): Promise<{ status: number; body: Buffer; link: string | null }> {
    const signal = opts.signal
    let u: URL
    try {
      u = new URL(url)
    } catch {
      throw new HanseError('DSP_UNREACHABLE', `${url} is not a URL`)
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new HanseError('DSP_UNREACHABLE', `${url}: only http and https are spoken`)
    const guard = opts.counterpartyNamed === true ? this.init.destinations : undefined
    // an address in the URL is connected to without a lookup: checked here; a name, by the agents' lookup
    guard?.checkHost(u.hostname)
    const agents = guard === undefined ? this.agents : this.guardedAgents
    // a timer cleared once the answer is in: AbortSignal.timeout would fire after every request
    // anyway, building a DOMException with its stack (as the negotiation outbox found)
    const timeout = new AbortController()
    const timer = setTimeout(() => {
      timeout.abort(new DOMException(`no answer within ${this.init.timeoutMs} ms`, 'TimeoutError'))
    }, this.init.timeoutMs)
    timer.unref()
    const abort = signal === undefined ? timeout.signal : AbortSignal.any([signal, timeout.signal])
    const send = u.protocol === 'https:' ? httpsRequest : httpRequest
    try {
      return await new Promise((resolve, reject) => {
        const fail = (err: Error): void => {
          // the check refused the address a name resolved to: that is the answer, not a failure to retry
          if ((err as { code?: string }).code === 'DSP_ADDRESS_FORBIDDEN') {
            reject(err)
            return
          }
          const cause = abort.aborted ? ` (${timeout.signal.aborted ? `no answer within ${this.init.timeoutMs} ms` : 'aborted'})` : ''
          reject(new HanseError('DSP_UNREACHABLE', `${method} ${url}: ${err.message}${cause}`, { cause: err }))
        }
        const req = send(
          u,
          {
            method,
            headers: body === undefined ? headers : { ...headers, 'content-length': String(body.length) },
            agent: u.protocol === 'https:' ? agents.https : agents.http,
            signal: abort
          },
          res => {
            const declared = Number(res.headers['content-length'] ?? '0')
            if (declared > this.init.maxResponseBytes) {
              res.destroy()
              reject(
                new DspCounterpartyError(`${url} answered with ${declared} bytes, more than ${this.init.maxResponseBytes}`, res.statusCode ?? 0, undefined)
              )
              return
            }
            const chunks: Buffer[] = []
            let size = 0
            res.on('data', (chunk: Buffer) => {
              size += chunk.length
              if (size > this.init.maxResponseBytes) {
                res.destroy()
                reject(new DspCounterpartyError(`${url} answered with more than ${this.init.maxResponseBytes} bytes`, res.statusCode ?? 0, undefined))
                return
              }
              chunks.push(chunk)
            })
            res.on('end', () => {
              const link = res.headers.link
              resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), link: Array.isArray(link) ? link.join(', ') : (link ?? null) })
            })
            res.on('error', fail)
          }
        )
        req.on('error', fail)
        req.end(body)
      })
    } finally {
      clearTimeout(timer)
    }
  }
}
