import Fastify, { type FastifyError, type FastifyInstance, type FastifyRequest } from 'fastify'
import { HanseError, errorBody, type ErrorCode } from '../errors/index.ts'
import type { Logger } from '../logging/index.ts'
import { PortInUseError } from '../net/index.ts'
import { answerClientError } from '../api/index.ts'
import type { Counterparty, DspAuthenticator } from './auth.ts'
import { DSP_CONTEXT, DSP_VERSION, type DspInit } from './types.ts'
import { dspProblem, type DspType } from './validate.ts'

/*
 * The DSP 2025-1 HTTPS listener: the version metadata document, then one set of routes per
 * protocol (catalogue now; negotiation and transfer plug in the same way). Every request but the
 * version document is authenticated (auth.ts) and rate-limited per counterparty; bodies are
 * bounded, must be JSON, and are checked against the official schema before a route sees them.
 * Errors are DSP error bodies (CatalogError, ContractNegotiationError, TransferError) with the
 * status the binding asks for.
 * https://eclipse-dataspace-protocol-base.github.io/DataspaceProtocol/2025-1/#exposure-of-versions
 */

export const VERSION_PATH = '/.well-known/dspace-version'

/** What a protocol's routes get: who is asking, and the checked body. */
export interface DspRequestContext {
  counterparty(req: FastifyRequest): Counterparty
  /** The body checked against the schema of `type` (DSP_INVALID_MESSAGE otherwise). */
  body<T>(req: FastifyRequest, type: DspType): T
  /** Public URL of the DSP base (`<publicUrl><basePath>`), for links and service entries. */
  baseUrl: string
  participantId: string
}

export type DspRoutes = (app: FastifyInstance, ctx: DspRequestContext) => void

export interface DspServerComponents {
  logger: Logger
  authenticator: DspAuthenticator
  routes: readonly DspRoutes[]
  /**
   * Routes under `<base>/data/` (the HTTP data plane): they carry their own authorisation (a
   * bearer token bound to one transfer), so DSP authentication does not apply to them.
   */
  dataRoutes?: (app: FastifyInstance) => void
  /**
   * Routes outside DSP authentication, each under its own path prefix (from the server root): the
   * node's DID document, its DCP CredentialService (which checks its own tokens).
   */
  openRoutes?: ReadonlyArray<{ prefix: string; routes: (app: FastifyInstance) => void }>
  /** Counts requests by protocol area and status class. */
  requests?: (area: string, status: number) => void
}

/** A DSP error with the fields its error body needs. */
export class DspError extends HanseError {
  readonly pids: { consumerPid?: string; providerPid?: string }
  constructor(code: ErrorCode, message: string, pids: { consumerPid?: string; providerPid?: string } = {}, status?: number) {
    super(code, message)
    this.pids = pids
    if (status !== undefined) Object.defineProperty(this, 'status', { value: status })
  }
}

/** Which DSP error type answers for a path (the binding's area). */
function areaOf(url: string): 'catalog' | 'negotiations' | 'transfers' | 'other' {
  const path = url.split('?')[0] ?? ''
  const m = /\/(catalog|negotiations|transfers|data)(\/|$)/.exec(path)
  if (m?.[1] === 'data') return 'transfers'
  return (m?.[1] as 'catalog' | 'negotiations' | 'transfers' | undefined) ?? 'other'
}

/** The DSP error body for `area`, as the schemas define them. */
export function errorDocument(area: string, code: string, message: string, pids: { consumerPid?: string; providerPid?: string } = {}): Record<string, unknown> {
  const base = { '@context': [DSP_CONTEXT], code, reason: [message] }
  if (area === 'negotiations') return { ...base, '@type': 'ContractNegotiationError', consumerPid: pids.consumerPid ?? '', providerPid: pids.providerPid ?? '' }
  if (area === 'transfers') return { ...base, '@type': 'TransferError', consumerPid: pids.consumerPid ?? '', providerPid: pids.providerPid ?? '' }
  return { ...base, '@type': 'CatalogError' }
}

/** Fixed-window request counter per key, with a bounded number of keys. */
class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>()
  private readonly limit: number
  constructor(limit: number) {
    this.limit = limit
  }
  allow(key: string, now: number): boolean {
    let w = this.windows.get(key)
    if (w === undefined || now - w.start >= 60_000) {
      if (w === undefined && this.windows.size >= 10_000) {
        // a flood of distinct keys: forget the oldest windows first (insertion order)
        for (const k of this.windows.keys()) {
          this.windows.delete(k)
          if (this.windows.size < 9_000) break
        }
      }
      w = { start: now, count: 0 }
      this.windows.delete(key)
      this.windows.set(key, w)
    }
    w.count++
    return w.count <= this.limit
  }
}

const counterparties = new WeakMap<FastifyRequest, Counterparty>()

export class DspServer {
  private readonly components: DspServerComponents
  private readonly init: DspInit
  private app: FastifyInstance | undefined
  private boundUrl: string | undefined

  constructor(components: DspServerComponents, init: DspInit) {
    this.components = components
    this.init = init
  }

  /** Where the listener is bound (`http(s)://host:port`), once started. */
  get url(): string {
    if (this.boundUrl === undefined) throw new HanseError('API_NOT_STARTED', 'the DSP listener is not started')
    return this.boundUrl
  }

  /** How counterparties reach it: `publicUrl`, or the bound address. */
  get publicUrl(): string {
    return (this.init.publicUrl ?? this.url).replace(/\/+$/, '')
  }

  get baseUrl(): string {
    return this.publicUrl + this.init.basePath
  }

  async start(): Promise<void> {
    if (this.app !== undefined) return
    // the schemas compile once here, not on the first counterparty's request
    dspProblem('VersionResponse', { protocolVersions: [{ version: DSP_VERSION, path: '/', binding: 'HTTPS' }] })
    const tls = this.init.tls
    const app = Fastify({
      logger: false,
      bodyLimit: this.init.maxBodyBytes,
      requestTimeout: this.init.requestTimeoutMs,
      connectionTimeout: this.init.requestTimeoutMs,
      keepAliveTimeout: 5_000,
      // a counterparty's ids become path segments; 256 characters is plenty for a URN or DID
      routerOptions: { maxParamLength: 256 },
      ...(tls === undefined ? {} : { https: { cert: tls.cert, key: tls.key } }),
      clientErrorHandler: (err: Error & { code?: string }, socket: import('node:stream').Duplex) => {
        answerClientError(err, socket, (_status, code, message) => errorDocument('other', code, message))
      }
    } as Parameters<typeof Fastify>[0])
    this.build(app as unknown as FastifyInstance)
    // the per-counterparty rate limit counts requests; a peer that only opens connections (and
    // lets each sit out its timeout) is held by this: every socket is a file descriptor
    app.server.maxConnections = this.init.maxConnections
    try {
      await app.listen({ host: this.init.host, port: this.init.port })
    } catch (err) {
      await app.close()
      if ((err as { code?: string }).code === 'EADDRINUSE') throw new PortInUseError(`dsp.listen.port ${this.init.port} on ${this.init.host}`, err)
      throw err
    }
    const addr = app.server.address()
    const port = typeof addr === 'object' && addr !== null ? addr.port : this.init.port
    const shown = this.init.host === '0.0.0.0' || this.init.host === '::' ? '127.0.0.1' : this.init.host
    this.boundUrl = `${tls === undefined ? 'http' : 'https'}://${shown.includes(':') ? `[${shown}]` : shown}:${port}`
    this.app = app as unknown as FastifyInstance
    this.components.logger.info({ url: this.boundUrl, publicUrl: this.publicUrl, participantId: this.init.participantId }, 'DSP listening')
  }

  async stop(): Promise<void> {
    const app = this.app
    if (app === undefined) return
    this.app = undefined
    this.boundUrl = undefined
    await app.close()
  }

  private build(app: FastifyInstance): void {
    const { logger, authenticator } = this.components
    const limiter = new RateLimiter(this.init.requestsPerMinute)
    const now = (): number => Date.now()

    // DSP allows application/ld+json next to application/json; both are parsed as JSON
    app.addContentTypeParser('application/ld+json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'))
    // and nothing else: a text body is refused with 415 rather than validated as a string
    app.removeContentTypeParser('text/plain')

    app.addHook('onRequest', async (req, reply) => {
      const path = req.url.split('?')[0] ?? ''
      // the data plane authorises each GET by its transfer's token; a directory of thousands of
      // files is as many GETs, so the per-counterparty budget does not apply to it
      if (path.startsWith(`${this.init.basePath}/data/`)) return
      if (this.components.openRoutes?.some(o => path === o.prefix || path.startsWith(`${o.prefix}/`))) {
        if (!limiter.allow(`ip:${req.ip}`, now())) throw new DspError('TOO_MANY_REQUESTS', 'too many requests; try again in a minute')
        return
      }
      if (path === VERSION_PATH) {
        // unauthenticated by the spec; still bounded per address
        if (!limiter.allow(`ip:${req.ip}`, now())) throw new DspError('TOO_MANY_REQUESTS', 'too many requests; try again in a minute')
        return
      }
      const who = await authenticator.authenticate(req.headers.authorization)
      if ('refused' in who) {
        if (!limiter.allow(`ip:${req.ip}`, now())) throw new DspError('TOO_MANY_REQUESTS', 'too many requests; try again in a minute')
        logger.debug({ ip: req.ip, url: req.url.slice(0, 200), reason: who.refused }, 'DSP request refused: not authenticated')
        // the negotiation and transfer bindings answer an unauthorised client with 404, so it
        // learns nothing about which processes exist
        const area = areaOf(req.url)
        throw new DspError('DSP_AUTH_REQUIRED', `not authorised: ${who.refused}`, {}, area === 'negotiations' || area === 'transfers' ? 404 : 401)
      }
      if (!limiter.allow(`cp:${who.participantId}`, now())) throw new DspError('TOO_MANY_REQUESTS', 'too many requests; try again in a minute')
      counterparties.set(req, who)
      reply.header('cache-control', 'no-store')
    })

    app.addHook('onResponse', async (req, reply) => {
      this.components.requests?.(areaOf(req.url), reply.statusCode)
      logger.debug({ method: req.method, url: req.url.slice(0, 200), status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'DSP request')
    })

    app.setErrorHandler((err: FastifyError | HanseError, req, reply) => {
      const area = areaOf(req.url)
      if (err instanceof HanseError) {
        const pids = err instanceof DspError ? err.pids : {}
        return reply.status(err.status).send(errorDocument(area, err.code, err.message, pids))
      }
      const status = (err as FastifyError).statusCode ?? 500
      if (status >= 500) logger.error({ err }, 'DSP handler failed')
      const body = errorBody(err)
      const code =
        status >= 500
          ? 'INTERNAL'
          : status === 413
            ? 'PAYLOAD_TOO_LARGE'
            : status === 415
              ? 'DSP_INVALID_MESSAGE'
              : status === 400
                ? 'DSP_INVALID_MESSAGE'
                : body.code
      const message = status >= 500 ? 'internal error; the provider log has the details' : status === 415 ? 'the body must be application/json' : body.message
      return reply.status(status).send(errorDocument(area, code, message))
    })
    app.setNotFoundHandler((req, reply) =>
      reply.status(404).send(errorDocument(areaOf(req.url), 'NOT_FOUND', `no DSP endpoint ${req.method} ${req.url.slice(0, 200)}`))
    )

    app.get(VERSION_PATH, async () => ({
      protocolVersions: [
        {
          version: DSP_VERSION,
          path: this.init.basePath,
          binding: 'HTTPS',
          serviceId: this.baseUrl,
          ...(this.init.participantId.startsWith('did:') ? { identifierType: this.init.participantId.split(':').slice(0, 2).join(':') } : {})
        }
      ]
    }))

    const ctx: DspRequestContext = {
      counterparty: req => {
        const who = counterparties.get(req)
        if (who === undefined) throw new DspError('DSP_AUTH_REQUIRED', 'not authorised')
        return who
      },
      body: <T>(req: FastifyRequest, type: DspType): T => {
        const problem = dspProblem(type, req.body)
        if (problem !== undefined) throw new DspError('DSP_INVALID_MESSAGE', problem)
        return req.body as T
      },
      get baseUrl() {
        return base()
      },
      participantId: this.init.participantId
    }
    const base = (): string => this.baseUrl
    app.register(
      async scoped => {
        for (const routes of this.components.routes) routes(scoped, ctx)
        this.components.dataRoutes?.(scoped)
      },
      { prefix: this.init.basePath }
    )
    for (const open of this.components.openRoutes ?? []) app.register(async scoped => open.routes(scoped), { prefix: open.prefix })
  }
}
