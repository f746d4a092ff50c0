import { createHash, timingSafeEqual } from 'node:crypto'
import Fastify, { type FastifyInstance, type FastifyError } from 'fastify'
import swagger from '@fastify/swagger'
import { Ajv, type ErrorObject } from 'ajv'
import { isIP } from 'node:net'
import { HanseError, errorBody } from '../errors/index.ts'
import type { Logger } from '../logging/index.ts'
import type { PeerView } from '../net/index.ts'
import { PortInUseError } from '../net/index.ts'
import { answerClientError } from './client-error.ts'

export { answerClientError }

/** What the admin API needs from the node: nothing more. */
export interface ApiNode {
  status: () => Promise<NodeStatus>
  peers: () => Promise<PeerView[]>
  /** True once every component has started and until stop begins. */
  ready: () => boolean
  /** Reload policies, datasets and the revocation list (SIGHUP does the same). */
  reload?: () => Promise<unknown>
}

export interface NodeStatus {
  name: string
  peerId: string
  version: string
  startedAt: string
  uptimeSeconds: number
  listenAddrs: string[]
  announceAddrs: string[]
  connectedPeers: number
  knownPeers: number
  trustMode: string
  /** This node's DID (identity.did, else the did:key of its node key): its DSP participant id. */
  did: string
  /** The node's own membership credential (trust with an authority), else null. */
  membership: {
    state: string
    credential?: { orgName: string; orgId: string; country: string; attributes: Record<string, string>; authorityId: string }
    expiresAt?: string
    code?: string
    reason?: string
  } | null
  dataDir: string
}

export interface ApiInit {
  host: string
  port: number
  token: string
  version: string
}

/** A component's routes, registered on the same server (and in the OpenAPI document). */
export type ApiRoutes = (app: FastifyInstance) => void

export interface ApiComponents {
  logger: Logger
  node: ApiNode
  metrics?: { text: () => Promise<string>; contentType: string }
  routes?: readonly ApiRoutes[]
}

export class UnauthorizedError extends HanseError {
  constructor() {
    super('UNAUTHORIZED', 'missing or wrong bearer token; the CLI reads it from <dataDir>/admin.token')
  }
}

const ErrorSchema = {
  type: 'object',
  properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } }, required: ['code', 'message'] } },
  required: ['error']
} as const

const PeerSchema = {
  type: 'object',
  properties: {
    peerId: { type: 'string' },
    connected: { type: 'boolean' },
    addresses: { type: 'array', items: { type: 'string' } },
    connections: {
      type: 'array',
      items: {
        type: 'object',
        properties: { remoteAddr: { type: 'string' }, direction: { type: 'string' }, rttMs: { type: ['number', 'null'] }, openedAt: { type: 'string' } }
      }
    },
    protocols: { type: 'array', items: { type: 'string' } },
    agentVersion: { type: ['string', 'null'] },
    tags: { type: 'array', items: { type: 'string' } },
    membership: {
      type: ['object', 'null'],
      description: 'valid, expired, revoked, invalid, missing or pending; the organisation from its verified credential',
      properties: {
        status: { type: 'string' },
        orgName: { type: 'string' },
        orgId: { type: 'string' },
        country: { type: 'string' },
        attributes: { type: 'object', additionalProperties: { type: 'string' } },
        validUntil: { type: 'string' },
        code: { type: 'string' },
        reason: { type: 'string' },
        acceptsUs: { type: 'boolean' },
        did: { type: 'string' },
        issuer: { type: 'string' }
      }
    }
  }
} as const

const StatusSchema = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    peerId: { type: 'string' },
    version: { type: 'string' },
    startedAt: { type: 'string' },
    uptimeSeconds: { type: 'number' },
    listenAddrs: { type: 'array', items: { type: 'string' } },
    announceAddrs: { type: 'array', items: { type: 'string' } },
    connectedPeers: { type: 'integer' },
    knownPeers: { type: 'integer' },
    trustMode: { type: 'string' },
    did: { type: 'string' },
    dataDir: { type: 'string' },
    membership: {
      type: ['object', 'null'],
      properties: {
        state: { type: 'string' },
        credential: {
          type: 'object',
          properties: {
            orgName: { type: 'string' },
            orgId: { type: 'string' },
            country: { type: 'string' },
            attributes: { type: 'object', additionalProperties: { type: 'string' } },
            authorityId: { type: 'string' },
            credentialId: { type: 'string' },
            issuedAt: { type: 'string' },
            expiresAt: { type: 'string' }
          }
        },
        expiresAt: { type: 'string' },
        code: { type: 'string' },
        reason: { type: 'string' }
      }
    }
  }
} as const

const digest = (s: string): Buffer => createHash('sha256').update(s).digest()

const HTTP_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  431: 'HEADERS_TOO_LARGE'
}

/** One line naming the field and what is wrong with it (`body.terms.maxUses: must be integer`). */
function describeValidation(errors: ErrorObject[], dataVar: string): string {
  const e = errors[0]
  if (e === undefined) return `${dataVar}: invalid`
  const at = dataVar + e.instancePath.replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.')
  if (e.keyword === 'additionalProperties') return `${at}: unknown field '${String((e.params as { additionalProperty?: string }).additionalProperty)}'`
  if (e.keyword === 'required') return `${at}: missing field '${String((e.params as { missingProperty?: string }).missingProperty)}'`
  if (e.keyword === 'enum')
    return `${at}: must be one of ${((e.params as { allowedValues?: unknown[] }).allowedValues ?? []).map(v => JSON.stringify(v)).join(', ')}`
  return `${at}: ${e.message ?? 'is invalid'}`
}

/**
 * The admin API: JSON over HTTP on 127.0.0.1 by default, bearer-token protected except for
 * the health probes and the OpenAPI document. Error bodies are `{ "error": { code, message } }`.
 */
export class ApiServer {
  private readonly components: ApiComponents
  private readonly init: ApiInit
  private app: FastifyInstance | undefined
  private boundUrl: string | undefined

  constructor(components: ApiComponents, init: ApiInit) {
    this.components = components
    this.init = init
  }

  /** Whether a request's Host header names this API: an IP literal, localhost or the configured host, on our port. */
  private hostAllowed(header: string | undefined): boolean {
    if (header === undefined || header === '') return false
    const m = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+)(?::(\d+))?$/.exec(header)
    if (m === null) return false
    const name = (m[1] ?? '').replace(/^\[|\]$/g, '').toLowerCase()
    const port = m[2] === undefined ? 80 : Number(m[2])
    const bound = this.boundUrl === undefined ? this.init.port : Number(new URL(this.boundUrl).port || 80)
    if (port !== bound) return false
    return isIP(name) !== 0 || name === 'localhost' || name === this.init.host.toLowerCase()
  }

  /** `http://host:port` once listening. */
  get url(): string {
    if (this.boundUrl === undefined) throw new HanseError('API_NOT_STARTED', 'the admin API is not started')
    return this.boundUrl
  }

  async start(): Promise<void> {
    if (this.app !== undefined) return
    const app = Fastify({
      logger: false,
      bodyLimit: 1024 * 1024,
      // errors the HTTP parser raises before a route runs (431 headers too large, 400 bad
      // request line) get the same `{ error: { code, message } }` body as every other error
      clientErrorHandler: (err: Error & { code?: string }, socket) => {
        answerClientError(err, socket, (_status, code, message) => ({ error: { code, message } }))
      }
    })
    await this.build(app)
    try {
      await app.listen({ host: this.init.host, port: this.init.port })
    } catch (err) {
      await app.close()
      if ((err as { code?: string }).code === 'EADDRINUSE') throw new PortInUseError(`api.port ${this.init.port} on ${this.init.host}`, err)
      throw err
    }
    const addr = app.server.address()
    const port = typeof addr === 'object' && addr !== null ? addr.port : this.init.port
    const host = this.init.host.includes(':') ? `[${this.init.host}]` : this.init.host
    this.boundUrl = `http://${host}:${port}`
    this.app = app
    this.components.logger.info({ url: this.boundUrl }, 'admin API listening')
  }

  async stop(): Promise<void> {
    const app = this.app
    if (app === undefined) return
    this.app = undefined
    this.boundUrl = undefined
    // a caller waiting on ?wait=true would hold the close for its whole timeout: after a grace
    // period its connection is closed (it sees the node go away, as on any stop)
    const closing = app.close()
    const grace = setTimeout(() => app.server.closeAllConnections(), 2_000)
    try {
      await closing
    } finally {
      clearTimeout(grace)
    }
  }

  private async build(app: FastifyInstance): Promise<void> {
    const { node, logger } = this.components
    const expected = digest(this.init.token)
    const open = new Set(['/healthz', '/readyz', '/openapi.json'])

    // strict requests: a body is taken as sent (no coercion of "5" or true into numbers, no
    // silently dropped fields: an unknown one is a 400 naming it); query strings are text, so
    // their numbers are converted, but unknown parameters are refused all the same
    const bodyAjv = new Ajv({ coerceTypes: false, removeAdditional: false, useDefaults: true, allErrors: false, strict: false })
    const queryAjv = new Ajv({ coerceTypes: 'array', removeAdditional: false, useDefaults: true, allErrors: false, strict: false })
    app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? bodyAjv : queryAjv).compile(schema as object))
    app.setSchemaErrorFormatter((errors, dataVar) => new HanseError('BAD_REQUEST', describeValidation(errors as ErrorObject[], dataVar)))
    app.addHook('preValidation', async req => {
      // a route that takes no body takes none: fields sent to it would be silently ignored
      if (req.routeOptions.schema?.body !== undefined || req.body === undefined || req.body === null) return
      const keys = typeof req.body === 'object' ? Object.keys(req.body as object) : ['(body)']
      if (keys.length > 0) throw new HanseError('BAD_REQUEST', `body: unknown field '${keys[0] ?? ''}'; this route takes no body`)
    })

    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: { title: 'hanse admin API', version: this.init.version, description: 'Local admin API of a hanse data-space connector node.' },
        components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
        security: [{ bearer: [] }]
      }
    })

    app.addHook('onRequest', async req => {
      // DNS rebinding: a web page can make a browser send requests to 127.0.0.1 under a name of
      // its own; only our own address (or an IP literal, or localhost) is accepted as Host
      if (!this.hostAllowed(req.headers.host))
        throw new HanseError(
          'HOST_NOT_ALLOWED',
          `Host '${String(req.headers.host ?? '').slice(0, 100)}' is not this API's address; use ${this.boundUrl ?? 'the address the node printed'}`
        )
      const path = req.url.split('?')[0] ?? ''
      if (open.has(path)) return
      const header = req.headers.authorization ?? ''
      const m = /^Bearer\s+(\S+)$/i.exec(header)
      if (m === null || !timingSafeEqual(digest(m[1] ?? ''), expected)) throw new UnauthorizedError()
    })
    app.addHook('onResponse', async (req, reply) => {
      logger.debug({ method: req.method, url: req.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'api request')
    })

    app.setErrorHandler((err: FastifyError | HanseError, _req, reply) => {
      if (err instanceof HanseError) return reply.status(err.status).send({ error: err.toJSON() })
      if ((err as FastifyError).validation !== undefined) return reply.status(400).send({ error: { code: 'BAD_REQUEST', message: err.message } })
      const status = (err as FastifyError).statusCode ?? 500
      if (status >= 500) logger.error({ err }, 'api handler failed')
      const body = errorBody(err)
      // Fastify's own codes (FST_…) become ours by status: the catalogue stays stable
      const code = status >= 500 ? 'INTERNAL' : body.code.startsWith('FST_') || body.code.startsWith('ERR_') ? (HTTP_CODES[status] ?? 'BAD_REQUEST') : body.code
      return reply.status(status).send({ error: { code, message: body.message } })
    })
    app.setNotFoundHandler((req, reply) => reply.status(404).send({ error: { code: 'NOT_FOUND', message: `no route ${req.method} ${req.url}` } }))

    const errors = { 401: ErrorSchema, 500: ErrorSchema }
    app.get(
      '/healthz',
      { schema: { summary: 'Liveness: the process answers', security: [], response: { 200: { type: 'object', properties: { status: { type: 'string' } } } } } },
      async () => ({ status: 'ok' })
    )
    app.get(
      '/readyz',
      {
        schema: {
          summary: 'Readiness: every component started',
          security: [],
          response: { 200: { type: 'object', properties: { status: { type: 'string' } } }, 503: ErrorSchema }
        }
      },
      async (_req, reply) =>
        node.ready() ? { status: 'ready' } : reply.status(503).send({ error: { code: 'NOT_READY', message: 'the node is starting or stopping' } })
    )
    app.get(
      '/v1/status',
      { schema: { summary: 'Node identity, addresses, version, uptime, peer counts', response: { 200: StatusSchema, ...errors } } },
      async () => await node.status()
    )
    app.get(
      '/v1/peers',
      {
        schema: {
          summary: 'Connected and known peers with addresses and latency',
          response: { 200: { type: 'object', properties: { peers: { type: 'array', items: PeerSchema } } }, ...errors }
        }
      },
      async () => ({ peers: await node.peers() })
    )
    app.post(
      '/v1/reload',
      {
        schema: {
          summary:
            'Reload policies, datasets and the revocation list from the config file without dropping connections; an invalid config is refused (400) and the running one stays'
        }
      },
      async () => {
        if (node.reload === undefined) throw new HanseError('RELOAD_UNAVAILABLE', 'this node cannot reload')
        return { reload: await node.reload() }
      }
    )
    const metrics = this.components.metrics
    if (metrics !== undefined) {
      app.get('/metrics', { schema: { summary: 'Prometheus metrics (text exposition format)' } }, async (_req, reply) => {
        return reply.type(metrics.contentType).send(await metrics.text())
      })
    }
    for (const routes of this.components.routes ?? []) routes(app)
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
  }
}
