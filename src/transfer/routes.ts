import type { FastifyInstance } from 'fastify'
import { HanseError } from '../errors/index.ts'
import type { TransferRecord } from './records.ts'
import type { TransferService } from './service.ts'

/** API view with progress: bytes, total, rate and ETA. */
export function transferView(r: TransferRecord, now: number): Record<string, unknown> {
  const elapsed = r.startedAt === undefined ? 0 : ((r.completedAt ?? now) - r.startedAt) / 1000
  const rate = elapsed > 0 ? r.bytes / elapsed : 0
  return {
    id: r.id,
    role: r.role,
    agreementId: r.agreementId,
    peer: r.peer,
    datasetId: r.datasetId,
    state: r.state,
    dest: r.dest,
    bytes: r.bytes,
    size: r.size,
    sha256: r.sha256,
    directory: r.directory,
    files: r.files.length,
    rateBytesPerSecond: Math.round(rate),
    etaSeconds: r.state === 'STARTED' && rate > 0 ? Math.round((r.size - r.bytes) / rate) : null,
    createdAt: new Date(r.createdAt).toISOString(),
    completedAt: r.completedAt === undefined ? null : new Date(r.completedAt).toISOString(),
    error: r.error ?? null
  }
}

export function transferRoutes(c: { transfers: TransferService; now: () => number }) {
  const t = c.transfers
  return (app: FastifyInstance): void => {
    app.post<{ Body: { agreementId: string; dest?: string; overwrite?: boolean }; Querystring: { wait?: string; timeoutMs?: number } }>(
      '/v1/transfers',
      {
        schema: {
          summary: "Fetch an agreement's dataset (consumer). ?wait=true answers when it is COMPLETED, TERMINATED or SUSPENDED",
          body: {
            type: 'object',
            required: ['agreementId'],
            additionalProperties: false,
            properties: {
              agreementId: { type: 'string', minLength: 1, maxLength: 256 },
              dest: {
                type: 'string',
                minLength: 1,
                maxLength: 4096,
                description: 'absolute path, or relative to the receive dir; default <receiveDir>/<provider peer id>/<dataset id>'
              },
              overwrite: { type: 'boolean', description: 'replace what exists at dest (default: refuse with DESTINATION_EXISTS)' }
            }
          },
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: { wait: { type: 'string', enum: ['true', 'false'] }, timeoutMs: { type: 'integer', minimum: 1 } }
          }
        }
      },
      async (req, reply) => {
        const r = await t.fetch(req.body)
        const out = req.query.wait === 'true' ? await t.waitFor(r.id, req.query.timeoutMs ?? 3_600_000) : r
        return reply.status(201).send({ transfer: transferView(out, c.now()) })
      }
    )
    app.get('/v1/transfers', { schema: { summary: 'Transfers on both sides, newest first' } }, async () => ({
      transfers: (await t.list()).map(r => transferView(r, c.now()))
    }))
    app.get<{ Params: { id: string } }>('/v1/transfers/:id', { schema: { summary: 'One transfer with progress' } }, async req => {
      const r = await t.get(req.params.id)
      if (r === undefined) throw new HanseError('TRANSFER_NOT_FOUND', `no transfer ${req.params.id}`)
      return { transfer: transferView(r, c.now()) }
    })
    app.post<{ Params: { id: string } }>(
      '/v1/transfers/:id/suspend',
      { schema: { summary: 'Suspend a running transfer, either side (resumable)' } },
      async req => ({ transfer: transferView(await t.suspend(req.params.id), c.now()) })
    )
    app.post<{ Params: { id: string } }>('/v1/transfers/:id/terminate', { schema: { summary: 'End a transfer, either side (not resumed)' } }, async req => ({
      transfer: transferView(await t.terminate(req.params.id), c.now())
    }))
    app.post<{ Params: { id: string } }>(
      '/v1/transfers/:id/resume',
      { schema: { summary: 'Resume a suspended or failed download from its last verified chunk' } },
      async req => ({ transfer: transferView(await t.resume(req.params.id), c.now()) })
    )
  }
}
