import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { HanseError } from '../errors/index.ts'
import { serveData } from './dataplane.ts'
import { errorDocument, type DspRequestContext, type DspRoutes } from './server.ts'
import { transferDocument, type TransferMessageType } from './transfer-records.ts'
import type { DspTransfers } from './transfer.ts'

/** The transfer process endpoints: the provider's, and this node's consumer callbacks. */
export function dspTransferRoutes(t: DspTransfers): DspRoutes {
  return (app: FastifyInstance, ctx: DspRequestContext) => {
    const on = (type: TransferMessageType, role: 'provider' | 'consumer') => async (req: FastifyRequest, reply: FastifyReply) => {
      const who = ctx.counterparty(req)
      const body = ctx.body<Record<string, unknown>>(req, type)
      const r = await t.received(type, role, who.participantId, (req.params as { pid: string }).pid, body)
      return reply.status(200).send(transferDocument(r))
    }
    const get = (role: 'provider' | 'consumer' | undefined) => async (req: FastifyRequest) =>
      transferDocument(await t.visible((req.params as { pid: string }).pid, role, ctx.counterparty(req).participantId))
    // a process by its local pid, either role (as for negotiations: the TCK reads a consumer's
    // state at the connector's base, a provider reads it at the callback address)
    app.get('/transfers/:pid', get(undefined))
    app.post('/transfers/request', async (req, reply) => {
      const who = ctx.counterparty(req)
      const body = ctx.body<Record<string, unknown>>(req, 'TransferRequestMessage')
      return reply.status(201).send(transferDocument(await t.requested(who.participantId, body)))
    })
    app.post('/transfers/:pid/start', on('TransferStartMessage', 'provider'))
    app.post('/transfers/:pid/completion', on('TransferCompletionMessage', 'provider'))
    app.post('/transfers/:pid/termination', on('TransferTerminationMessage', 'provider'))
    app.post('/transfers/:pid/suspension', on('TransferSuspensionMessage', 'provider'))
    app.get('/callback/transfers/:pid', get('consumer'))
    app.post('/callback/transfers/:pid/start', on('TransferStartMessage', 'consumer'))
    app.post('/callback/transfers/:pid/completion', on('TransferCompletionMessage', 'consumer'))
    app.post('/callback/transfers/:pid/termination', on('TransferTerminationMessage', 'consumer'))
    app.post('/callback/transfers/:pid/suspension', on('TransferSuspensionMessage', 'consumer'))
  }
}

/** The data plane's routes: authorised by the transfer's bearer token, not by DSP authentication. */
export function dspDataRoutes(t: DspTransfers): (app: FastifyInstance) => void {
  return app => {
    const handler = async (req: FastifyRequest, reply: FastifyReply) => {
      const params = req.params as { pid: string; '*'?: string }
      let allowed: Awaited<ReturnType<DspTransfers['authorizeData']>>
      try {
        allowed = await t.authorizeData(params.pid, req.headers.authorization)
      } catch (err) {
        const e = err as HanseError
        return reply.status(e.code === 'NOT_FOUND' ? 404 : 403).send(errorDocument('transfers', e.code, e.message))
      }
      // cut if the process leaves STARTED while the bytes flow (suspension, termination, revocation)
      t.serve(allowed.record.id, reply.raw)
      return await serveData(reply, req, allowed.dataset, params['*'] ?? '')
    }
    app.get('/data/:pid', handler)
    app.get('/data/:pid/*', handler)
  }
}
