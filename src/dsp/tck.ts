import Fastify, { type FastifyInstance } from 'fastify'
import { HanseError, errorBody } from '../errors/index.ts'
import type { Logger } from '../logging/index.ts'
import { PortInUseError } from '../net/index.ts'
import { fromOdrl, type Policy } from '../policy/index.ts'
import { HTTP_PULL } from './types.ts'

/*
 * The trigger the official DSP TCK needs for its consumer scenarios (CN_C, TP_C): the TCK plays
 * the provider and tells the connector under test to start, by POSTing plain JSON to the URLs in
 * its properties `dataspacetck.dsp.connector.negotiation.initiate.url` and
 * `...transfer.initiate.url`:
 *   {providerId, offerId, datasetId, connectorAddress}   -> hanse requests that offer
 *   {agreementId, format, providerId, connectorAddress}  -> hanse requests that transfer
 * The TCK only looks at the status (200) and then watches the protocol.
 * https://github.com/eclipse-dataspacetck/dsp-tck (HttpConsumerNegotiationClientImpl)
 *
 * It starts negotiations and transfers without the admin token, so it is off unless configured
 * (`dsp.tck.enabled`), listens on loopback by default, and is meant for conformance runs only.
 */

export interface TckTriggerComponents {
  logger: Logger
  /** Start a consumer negotiation for `offerId` of `providerId` on these terms; returns its consumerPid. */
  negotiate: (o: { providerId: string; base: string; offerId: string; datasetId: string; policy: Policy }) => Promise<string>
  /** Start the transfer of an agreement made with `providerId`; returns its consumerPid. */
  transfer: (o: { providerId: string; base: string; agreementId: string }) => Promise<string>
}

export interface TckTriggerInit {
  host: string
  port: number
}

const id = { type: 'string', minLength: 1, maxLength: 256 } as const
const url = { type: 'string', minLength: 1, maxLength: 2048, pattern: '^https?://' } as const

/**
 * The terms hanse asks for when the TCK names only an offer id: the TCK's offers are plain `use`
 * permissions (NegotiationFunctions.createOfferPolicy), read through the same ODRL path as any
 * offer so the agreement the TCK sends back is the terms on the table.
 */
function tckTerms(offerId: string, datasetId: string): Policy {
  const read = fromOdrl({ '@type': 'Offer', '@id': offerId, target: datasetId, permission: [{ action: 'use', constraint: [] }] }, offerId)
  if (!('policy' in read)) throw new HanseError('INTERNAL', `the TCK's offer does not read: ${read.problems.join('; ')}`)
  return read.policy
}

/** A DSP base URL as the TCK gives it (its connector address), without a trailing slash. */
function baseOf(address: string): string {
  const u = new URL(address)
  if (u.username !== '' || u.password !== '' || u.search !== '' || u.hash !== '')
    throw new HanseError('BAD_REQUEST', 'connectorAddress must be an http(s) URL without credentials, query or fragment')
  return address.replace(/\/+$/, '')
}

export class TckTrigger {
  private readonly c: TckTriggerComponents
  private readonly init: TckTriggerInit
  private app: FastifyInstance | undefined
  private boundUrl: string | undefined

  constructor(components: TckTriggerComponents, init: TckTriggerInit) {
    this.c = components
    this.init = init
  }

  get url(): string {
    if (this.boundUrl === undefined) throw new HanseError('API_NOT_STARTED', 'the TCK trigger is not started')
    return this.boundUrl
  }

  async start(): Promise<void> {
    if (this.app !== undefined) return
    const app = Fastify({ logger: false, bodyLimit: 16 * 1024, requestTimeout: 10_000 }) as unknown as FastifyInstance
    app.setErrorHandler((err: Error, _req, reply) => {
      const status = err instanceof HanseError ? err.status : ((err as { statusCode?: number }).statusCode ?? 500)
      if (status >= 500) this.c.logger.error({ err }, 'TCK trigger failed')
      return reply.status(status).send(errorBody(err))
    })
    app.post<{ Body: { providerId: string; offerId: string; datasetId: string; connectorAddress: string } }>(
      '/tck/negotiations/requests',
      {
        schema: {
          body: {
            type: 'object',
            required: ['providerId', 'offerId', 'datasetId', 'connectorAddress'],
            properties: { providerId: id, offerId: id, datasetId: id, connectorAddress: url }
          }
        }
      },
      async req => {
        const { providerId, offerId, datasetId, connectorAddress } = req.body
        const consumerPid = await this.c.negotiate({ providerId, base: baseOf(connectorAddress), offerId, datasetId, policy: tckTerms(offerId, datasetId) })
        this.c.logger.info({ providerId, offerId, consumerPid }, 'TCK: negotiation started')
        return { consumerPid }
      }
    )
    app.post<{ Body: { agreementId: string; format: string; providerId: string; connectorAddress: string } }>(
      '/tck/transfers/requests',
      {
        schema: {
          body: {
            type: 'object',
            required: ['agreementId', 'format', 'providerId', 'connectorAddress'],
            properties: { agreementId: id, format: id, providerId: id, connectorAddress: url }
          }
        }
      },
      async req => {
        const { agreementId, format, providerId, connectorAddress } = req.body
        if (format !== HTTP_PULL) throw new HanseError('TRANSFER_FORMAT_UNSUPPORTED', `hanse pulls (${HTTP_PULL}); ${format.slice(0, 64)} is not offered`)
        const consumerPid = await this.c.transfer({ providerId, base: baseOf(connectorAddress), agreementId })
        this.c.logger.info({ providerId, agreementId, consumerPid }, 'TCK: transfer started')
        return { consumerPid }
      }
    )
    try {
      await app.listen({ host: this.init.host, port: this.init.port })
    } catch (err) {
      await app.close()
      if ((err as { code?: string }).code === 'EADDRINUSE') throw new PortInUseError(`dsp.tck.port ${this.init.port} on ${this.init.host}`, err)
      throw err
    }
    const addr = app.server.address()
    const port = typeof addr === 'object' && addr !== null ? addr.port : this.init.port
    this.boundUrl = `http://${this.init.host.includes(':') ? `[${this.init.host}]` : this.init.host}:${port}`
    this.app = app
    this.c.logger.warn(
      { url: this.boundUrl },
      'DSP TCK trigger listening: it starts negotiations and transfers without the admin token; enable it for conformance runs only'
    )
  }

  async stop(): Promise<void> {
    const app = this.app
    this.app = undefined
    this.boundUrl = undefined
    await app?.close()
  }
}
